// Small helpers shared by the benchmark rows: paths, ports, child processes, figures.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { freePort } from '../../scripts/lib/free-port.mjs';
import { buildServer, serverArgs } from '../../scripts/lib/server-build.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BENCH = path.join(ROOT, 'bench');
export const KB = 1024;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** gzip size as a server would send it (zlib's default level 6). */
export const gzipSize = (buf) => gzipSync(buf).length;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const fmtKB = (bytes) => (bytes == null ? '–' : `${(bytes / KB).toFixed(1)} KB`);
export const fmtMs = (ms) => (ms == null ? '–' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
export const fmtRate = (n, unit = '/s') => (n == null ? '–' : `${Math.round(n).toLocaleString('en-US')}${unit}`);
export const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);

/** Today in Asia/Shanghai as YYYY-MM-DD (the machine runs in UTC). */
export function shanghaiToday(at = new Date()) {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
export function addDaysIso(iso, n) {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Runs a command; resolves {code, stdout, tail (last 8 KB of stdout+stderr)}; output also goes to `log`. */
export function run(cmd, args, { cwd = ROOT, env = process.env, log = null, timeoutMs = 15 * 60_000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    let stdout = '';
    const take = (chunk) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-8000);
      if (log) log(text);
    };
    child.stdout.on('data', (c) => {
      stdout = (stdout + c.toString()).slice(-1_000_000);
      take(c);
    });
    child.stderr.on('data', take);
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 1 : 0), tail, stdout });
    });
  });
}

/** Spawns a long-running child; returns {child, stop()}. stdout is discarded unless asked. */
export function startChild(cmd, args, { cwd = ROOT, env = process.env, stdout = 'ignore' } = {}) {
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', stdout, 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => {
    stderr = (stderr + c.toString()).slice(-4000);
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  return {
    child,
    stderr: () => stderr,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    },
  };
}

/** Polls `url` until it answers 2xx, the child exits, or the deadline passes. */
export async function waitHttp(url, handle, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (handle && (handle.child.exitCode !== null || handle.child.signalCode !== null)) {
      throw new Error(`process exited before ${url} answered: ${handle.stderr().trim().slice(-600)}`);
    }
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await sleep(150);
  }
}

let serverBuilt = null;

/** The policy API as `npm start` and `npm run api` run it (dist/server/main.mjs, built once a run from the current source), on a free port. */
export async function startApi({ databasePath, staticRoot = null, rateLimit = '0', env = {} }) {
  serverBuilt ??= buildServer(ROOT);
  await serverBuilt;
  const port = await freePort();
  const secretsDir = mkdtempSync(path.join(os.tmpdir(), 'yunbao-bench-secrets-'));
  const handle = startChild(process.execPath, serverArgs(ROOT), {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: databasePath,
      SECRETS_DIR: secretsDir,
      RATE_LIMIT_PER_MINUTE: rateLimit,
      WECHAT_APPID: '',
      WECHAT_SECRET: '',
      TOKEN_SECRET: 'bench-token-secret-0123456789',
      // One key for every instance of a run (several share one PostgreSQL database).
      ID_NUMBER_KEY: Buffer.alloc(32, 1).toString('base64url'),
      ...(staticRoot ? { STATIC_ROOT: staticRoot } : { STATIC_ROOT: '' }),
      ...env,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await handle.stop();
    rmSync(secretsDir, { recursive: true, force: true });
  };
  try {
    await waitHttp(`${base}/api/v1/health`, handle, 60_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { ...handle, stop, port, base };
}

export const readText = (p) => readFileSync(p, 'utf8');
