// `npm start` after the build: the policy API with its embedded SQLite database, serving the H5
// app from the same origin. The WeChat build is in dist/weapp (open the project root in DevTools).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_BUNDLE, serverArgs } from './lib/server-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticRoot = path.join(root, 'dist', 'h5');
if (!existsSync(path.join(staticRoot, 'index.html'))) {
  console.error('dist/h5 is missing: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(path.join(root, SERVER_BUNDLE))) {
  console.error(`${SERVER_BUNDLE} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
if (existsSync(path.join(root, 'dist', 'weapp', 'app.json'))) {
  console.log('WeChat build: dist/weapp (open the project root in WeChat DevTools; project.config.json points it there).');
}
const port = process.env.PORT ?? '8787';
console.log(`YunBao: the H5 app and the policy API at http://127.0.0.1:${port}/ (API under /api/v1). Ctrl-C stops it.`);
const child = spawn(process.execPath, serverArgs(root), {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, STATIC_ROOT: process.env.STATIC_ROOT ?? staticRoot },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
