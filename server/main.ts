// Starts the policy API: `npm run api` (tsx server/main.ts). Settings from the environment.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, buildApp } from './app';
import { SealError, idSealer } from './id-sealing';
import { SecretsProblem, idKey, secretsDir, tokenSecret } from './secrets';
import { sampleEnrollment } from './storage/sqlite';

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

const list = (raw: string | undefined) => (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** TRUST_PROXY: the proxies whose X-Forwarded-For is believed, by address or CIDR range (proxy-addr's names too). */
function trustedProxies(): string[] {
  const proxies = list(process.env.TRUST_PROXY);
  const vague = proxies.find((p) => ['true', '*', '0.0.0.0/0', '::/0'].includes(p.toLowerCase()));
  if (vague) fail(`TRUST_PROXY names the proxies whose X-Forwarded-For is believed (addresses or CIDR ranges); "${vague}" would believe every client`);
  return proxies;
}

/** DATABASE_URL: a postgres:// URL selects PostgreSQL; unset or empty keeps SQLite. */
function databaseUrl(): string | undefined {
  const raw = process.env.DATABASE_URL;
  if (!raw) return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw)) fail('DATABASE_URL must be a postgres:// or postgresql:// URL (unset it for the embedded SQLite)');
  // Several instances verify each other's tokens and open each other's ID numbers only with one
  // shared secret and one shared key; a key made here could not open what another sealed.
  if (!process.env.TOKEN_SECRET) fail('TOKEN_SECRET must be set with DATABASE_URL: every instance on the database must share it');
  if (!process.env.ID_NUMBER_KEY) fail('ID_NUMBER_KEY must be set with DATABASE_URL: every instance on the database must share it');
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
  const wechat = appId && secret ? { appId, secret, apiBase: process.env.WECHAT_API_BASE || undefined } : null;
  const production = process.env.NODE_ENV === 'production';
  const sample = url ? null : sampleEnrollment(databasePath);
  let secrets;
  try {
    const dir = secretsDir(process.env.SECRETS_DIR, dataDir);
    secrets = { token: tokenSecret(process.env.TOKEN_SECRET, dir, dataDir), id: idKey(process.env.ID_NUMBER_KEY, dir, sample !== null) };
  } catch (e) {
    if (e instanceof SecretsProblem) fail(e.message);
    throw e;
  }
  if (sample) {
    try {
      idSealer(secrets.id.key).open(sample.record.guardian.idNo, sample.id);
    } catch (e) {
      if (e instanceof SealError) fail(`the ID number key does not open the ID numbers in ${databasePath} (${e.message}): start with the key they were sealed with`);
      throw e;
    }
  }

  const app = await buildApp({
    ...(url ? { databaseUrl: url, postgres: { poolSize: nonNegativeInteger('DATABASE_POOL_SIZE', 10) || 10 } } : { databasePath }),
    tokenSecret: secrets.token.secret,
    idKey: secrets.id.key,
    wechat,
    devLogin: !production,
    rateLimitPerMinute: nonNegativeInteger('RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT_PER_MINUTE),
    staticRoot: process.env.STATIC_ROOT || null,
    corsOrigins: list(process.env.CORS_ORIGINS),
    trustProxy: trustedProxies(),
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

  for (const note of [...secrets.token.notes, ...secrets.id.notes]) app.log.info(note);
  if (wechat) app.log.info({ login: 'wechat' }, 'login: WeChat codes and device:<secret>; dev:<name> is refused');
  else if (production) app.log.info({ login: 'device' }, 'login: device:<secret> only; dev login is off (NODE_ENV=production)');
  else app.log.warn({ login: 'dev' }, 'login: dev login is ON, anyone may log in as any dev:<name>; a real server runs with NODE_ENV=production');
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
