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

/** DATABASE_URL: a postgres:// URL selects PostgreSQL; unset or empty keeps SQLite. */
function databaseUrl(): string | undefined {
  const raw = process.env.DATABASE_URL;
  if (!raw) return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw)) fail('DATABASE_URL must be a postgres:// or postgresql:// URL (unset it for the embedded SQLite)');
  // Several instances verify each other's tokens only with one shared secret.
  if (!process.env.TOKEN_SECRET) fail('TOKEN_SECRET must be set with DATABASE_URL: every instance on the database must share it');
  return raw;
}

async function main(): Promise<void> {
  // The database holds ID numbers: files this process creates (db, -wal, -shm, secret) are 0600.
  process.umask(0o077);
  const port = nonNegativeInteger('PORT', 8787);
  const url = databaseUrl();
  const databasePath = path.resolve(process.env.DATABASE_PATH || './data/yunbao.sqlite');
  const dataDir = path.dirname(databasePath);
  if (!url) fs.mkdirSync(dataDir, { recursive: true });
  const appId = process.env.WECHAT_APPID;
  const secret = process.env.WECHAT_SECRET;

  const app = await buildApp({
    ...(url ? { databaseUrl: url, postgres: { poolSize: nonNegativeInteger('DATABASE_POOL_SIZE', 10) || 10 } } : { databasePath }),
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

  // Which store, never its URL (it carries the password) or file path.
  app.log.info({ store: url ? 'postgres' : 'sqlite' }, 'store opened');
  await app.listen({ host: '127.0.0.1', port, listenTextResolver: (address) => `YunBao API listening at ${address}` });
}

main().catch((err: unknown) => {
  // The URL's password could be in a driver's message: say what failed, by code.
  const code = (err as { code?: unknown } | null)?.code;
  if (process.env.DATABASE_URL && typeof code === 'string') {
    console.error(`cannot open the PostgreSQL database (${code}); is it running and is DATABASE_URL right?`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
