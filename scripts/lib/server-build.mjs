// The policy API as it runs in production: server/main.ts and every project module it imports
// (server/, src/domain, src/api) bundled by esbuild into one ES module, dist/server/main.mjs, run
// by plain node; the packages (fastify, better-sqlite3, pg…) stay in node_modules.
// Why a build and not `node --import tsx server/main.ts`: tsx compiles each file to CommonJS at
// start, where every use of another module's export is a getter call; in one bundle they are
// plain references, ~1.8 µs less CPU a request under load (bench/README.md), and start-up
// compiles no TypeScript. `npm run build`, `npm run api`, the bench and every test that starts
// the server as a process build it first (~50 ms), so they always run the current source.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

/** The bundle, relative to the project root. */
export const SERVER_BUNDLE = path.join('dist', 'server', 'main.mjs');

/** node's arguments that start the built API (stack traces name the TypeScript lines). */
export function serverArgs(root) {
  return ['--enable-source-maps', path.join(root, SERVER_BUNDLE)];
}

/**
 * Bundles server/main.ts into dist/server/main.mjs (and its source map); throws on any error.
 * Each file is written beside itself and renamed over the old one, so an instance starting while
 * another builds (`npm run api` three times at once) never reads half a file.
 */
export async function buildServer(root) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['server/main.ts'],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    write: false,
  });
  for (const file of result.outputFiles) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    const partial = `${file.path}.${process.pid}.partial`;
    writeFileSync(partial, file.contents);
    renameSync(partial, file.path);
  }
}
