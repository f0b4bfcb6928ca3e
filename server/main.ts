// Starts the policy API: `npm run api` (tsx server/main.ts). Settings from the environment.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, buildApp } from './app';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function nonNegativeInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[0-9]+$/.test(raw)) fail(`${name} must be a non-negative integer, got "${raw}"`);
  return Number(raw);
}

/** TOKEN_SECRET, else a secret generated once into the data folder (mode 0600). */
function tokenSecret(dataDir: string): string {
  const fromEnv = process.env.TOKEN_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 16) fail('TOKEN_SECRET must be at least 16 characters');
    return fromEnv;
  }
  const file = path.join(dataDir, 'token-secret');
  try {
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return fs.readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  // The database holds ID numbers: files this process creates (db, -wal, -shm, secret) are 0600.
  process.umask(0o077);
  const port = nonNegativeInteger('PORT', 8787);
  const databasePath = path.resolve(process.env.DATABASE_PATH || './data/yunbao.sqlite');
  const dataDir = path.dirname(databasePath);
  fs.mkdirSync(dataDir, { recursive: true });
  const appId = process.env.WECHAT_APPID;
  const secret = process.env.WECHAT_SECRET;

  const app = await buildApp({
    databasePath,
    tokenSecret: tokenSecret(dataDir),
    wechat: appId && secret ? { appId, secret, apiBase: process.env.WECHAT_API_BASE || undefined } : null,
    rateLimitPerMinute: nonNegativeInteger('RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT_PER_MINUTE),
    staticRoot: process.env.STATIC_ROOT || null,
    corsOrigins: (process.env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    logger: { level: process.env.LOG_LEVEL || 'info' },
  });

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Stop taking requests and finish the ones in flight, then close the database (onClose).
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);

  await app.listen({ host: '127.0.0.1', port, listenTextResolver: (address) => `YunBao API listening at ${address}` });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
