// Browser tests: the production H5 build served by the real API on 127.0.0.1 (a fresh database in
// a temp folder), Debian's Chromium driven by playwright-core through jest (tests/e2e).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, serverArgs } from './lib/server-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}: install Debian's chromium (see .ci/run) or set CHROMIUM_PATH.`);
  process.exit(1);
}
if (!existsSync(path.join(root, 'dist', 'h5', 'index.html'))) {
  console.error('dist/h5 is missing: run `npm run build:h5` first.');
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

// The API as npm start runs it, built from the current source.
await buildServer(root);
const port = await freePort();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yunbao-e2e-'));
const base = `http://127.0.0.1:${port}`;
const api = spawn(process.execPath, serverArgs(root), {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    PORT: String(port),
    DATABASE_PATH: path.join(dataDir, 'data', 'e2e.sqlite'),
    SECRETS_DIR: path.join(dataDir, 'secrets'),
    STATIC_ROOT: path.join(root, 'dist', 'h5'),
    RATE_LIMIT_PER_MINUTE: '0',
    WECHAT_APPID: '',
    WECHAT_SECRET: '',
  },
});

let exitCode = 1;
try {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`${base}/api/v1/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the API did not answer /api/v1/health within 30 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  const jest = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '-c', 'jest.e2e.config.js', '--runInBand', ...process.argv.slice(2)],
    { cwd: root, stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: base, CHROMIUM_PATH: chromium, E2E_PORT: String(port) } },
  );
  exitCode = await new Promise((resolve) => jest.on('exit', (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
