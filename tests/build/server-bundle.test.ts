// The API as it runs (dist/server/main.mjs, built by jest's globalSetup from the current source):
// one ES module holding server/ and the engine, which reads nothing of the project at run time and
// imports only packages that `npm install` puts in node_modules (so a deployment needs the bundle
// and node_modules, never the TypeScript sources or tsx).
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import packageJson from '../../package.json';
import { SERVER_BUNDLE } from '../../scripts/lib/server-build.mjs';

const bundle = fs.readFileSync(path.resolve(__dirname, '..', '..', SERVER_BUNDLE), 'utf8');
const specifiers = [...bundle.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["'];?$/gm)].map((m) => m[1]!);
const packageOf = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);

test('imports only node built-ins and the dependencies in package.json: no project file, no TypeScript at run time', () => {
  expect(specifiers.length).toBeGreaterThan(5);
  const dependencies = new Set(Object.keys(packageJson.dependencies));
  const outside = specifiers.filter((s) => !s.startsWith('node:') && !builtinModules.includes(s) && !dependencies.has(packageOf(s)));
  expect(outside).toEqual([]);
  expect(bundle).not.toMatch(/\brequire\(|import\(["']\.|from ["']\.{1,2}\//);
});

test('holds the engine and the server in the one module', () => {
  expect(bundle).toContain('// src/domain/maternity-allowance.ts');
  expect(bundle).toContain('// server/app.ts');
  expect(bundle).toMatch(/\/\/# sourceMappingURL=main\.mjs\.map\s*$/);
});
