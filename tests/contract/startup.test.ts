// `npm run api` as a real server starts it: NODE_ENV=production turns dev login off and says so in
// its first lines; the token secret lives outside the data folder (an earlier version's copy in
// the data folder moves out, its tokens stay valid); a secrets folder inside the data folder is
// refused at start.
import { spawnSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverArgs } from '../../scripts/lib/server-build.mjs';
import { apiAt, expectError } from './harness';
import { startServer } from './process';

const ROOT = path.resolve(__dirname, '..', '..');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunbao-startup-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const env = () => ({ DATABASE_PATH: path.join(dir, 'data', 'yunbao.sqlite'), SECRETS_DIR: path.join(dir, 'secrets'), TOKEN_SECRET: '' });
const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as { level: number; msg: string; login?: string });

test('NODE_ENV=production: dev codes are 401, /health says device, and the start log says dev login is off', async () => {
  const server = await startServer({ ...env(), NODE_ENV: 'production' });
  try {
    const api = apiAt(server.base);
    expect((await api.call('GET', '/api/v1/health')).json).toMatchObject({ login: 'device' });
    expectError(await api.call('POST', '/api/v1/auth/login', { body: { code: 'dev:bob' } }), 401, 'UNAUTHENTICATED');
    const device = await api.call('POST', '/api/v1/auth/login', { body: { code: `device:${randomBytes(32).toString('base64url')}` } });
    expect(device.status).toBe(200);
    const start = lines(server.stdout()).find((l) => l.login !== undefined);
    expect(start).toMatchObject({ login: 'device', msg: expect.stringMatching(/dev login is off \(NODE_ENV=production\)/) });
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});

test('without NODE_ENV=production the start log warns that dev login is on', async () => {
  const server = await startServer({ ...env(), NODE_ENV: '' });
  try {
    expect((await apiAt(server.base).call('GET', '/api/v1/health')).json).toMatchObject({ login: 'dev' });
    expect(lines(server.stdout()).find((l) => l.login !== undefined)).toMatchObject({ level: 40, login: 'dev', msg: expect.stringMatching(/dev login is ON/) });
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});

test('a token secret an earlier version kept in the data folder moves out of it, and its tokens stay valid', async () => {
  fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(path.join(dir, 'data', 'token-secret'), secret, { mode: 0o600 });
  // A token that server signed for its dev user: still good here (dev login on).
  const now = Date.now();
  const body = `v2.${Buffer.from(JSON.stringify({ sub: 'dev:alice', knd: 'dev', iat: now, exp: now + 3_600_000 })).toString('base64url')}`;
  const token = `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
  const server = await startServer(env());
  try {
    expect(fs.existsSync(path.join(dir, 'data', 'token-secret'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'secrets', 'token-secret'), 'utf8')).toBe(secret);
    expect((await apiAt(server.base).call('GET', '/api/v1/me/export', { token })).json).toMatchObject({ user: 'dev:alice' });
    expect(server.stdout()).not.toContain(secret);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});

test('TRUST_PROXY=true would believe every client: the server refuses to start, and says why', () => {
  const res = spawnSync(process.execPath, serverArgs(ROOT), {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ...env(), TRUST_PROXY: '10.0.0.1, true' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(res.status).toBe(1);
  expect(res.stderr).toMatch(/TRUST_PROXY names the proxies .* "true" would believe every client/);
});

test('SECRETS_DIR inside the data folder: the server refuses to start, and says why', () => {
  const res = spawnSync(process.execPath, serverArgs(ROOT), {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATABASE_PATH: path.join(dir, 'data', 'yunbao.sqlite'), SECRETS_DIR: path.join(dir, 'data', 'keys') },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(res.status).toBe(1);
  expect(res.stderr).toMatch(/SECRETS_DIR .* must be outside the data folder/);
});

describe('the key of the ID numbers', () => {
  const run = (extra: Record<string, string>) =>
    spawnSync(process.execPath, serverArgs(ROOT), {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', ...env(), ...extra },
      encoding: 'utf8',
      timeout: 20_000,
    });

  test('made on first start outside the data folder (0600); the server then refuses to start without it or with another', async () => {
    const server = await startServer(env());
    try {
      const api = apiAt(server.base);
      const token = ((await api.call('POST', '/api/v1/auth/login', { body: { code: `device:${randomBytes(32).toString('base64url')}` } })).json as { token: string }).token;
      const body = { certificateNo: 'R430123456', babyName: '张小满', sex: 'F', birthDate: new Date(Date.now() + 8 * 3_600_000 - 5 * 86_400_000).toISOString().slice(0, 10), region: '430400', guardian: { name: '李华', idNo: '430421199203150047', relation: 'mother' } };
      expect((await api.call('POST', '/api/v1/newborn-enrollments', { body, token })).status).toBe(201);
      expect(lines(server.stdout()).some((l) => /a new ID number key was written/.test(l.msg))).toBe(true);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    const keyFile = path.join(dir, 'secrets', 'id-number-key');
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const data = fs.readdirSync(path.join(dir, 'data')).map((f) => fs.readFileSync(path.join(dir, 'data', f)));
    expect(data.some((b) => b.includes('R430123456'))).toBe(true);
    expect(data.some((b) => b.includes('430421199203150047'))).toBe(false);

    const key = fs.readFileSync(keyFile, 'utf8');
    fs.rmSync(keyFile);
    const lost = run({});
    expect(lost.status).toBe(1);
    expect(lost.stderr).toMatch(/id-number-key is missing but the database holds ID numbers sealed with it/);
    expect(fs.existsSync(keyFile)).toBe(false);
    const other = run({ ID_NUMBER_KEY: randomBytes(32).toString('base64') });
    expect(other.status).toBe(1);
    expect(other.stderr).toMatch(/does not open the ID numbers/);
    // The right key, from the environment: it starts.
    const server2 = await startServer({ ...env(), ID_NUMBER_KEY: key });
    server2.child.kill('SIGTERM');
    expect(await server2.exited).toEqual({ code: 0, signal: null });
  });
});
