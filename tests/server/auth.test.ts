// Logins (api.md, Accounts): device codes everywhere, dev codes only where dev login is on (never
// with WeChat or under NODE_ENV=production: main.ts passes devLogin: false), WeChat's codes where
// configured; tokens that name their kind, live at most 7 days from an issue time that is not in
// the future, and stop working when their kind is off; 401 everywhere without a valid token.
import { createHmac, randomBytes } from 'node:crypto';
import { CLOCK_SKEW_MS, TOKEN_TTL_MS, signToken, verifyToken } from '../../server/auth/tokens';
import { deviceUser } from '../../server/auth/login';
import { bearerToken } from '../../server/core/auth';
import { anEnrollment } from '../../mock/fixtures';
import { errorOf, fakeClock, makeApp, TEST_SECRET, type TestApp } from './helpers';

const t0 = new Date('2026-03-20T08:00:00.000Z');
const ALICE = { user: 'dev:alice', kind: 'dev' } as const;
const deviceSecret = () => randomBytes(32).toString('base64url');
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** A token signed with the right secret: what a leaked secret could make. */
const signed = (claims: unknown, version = 'v2') => {
  const body = `${version}.${b64(claims)}`;
  return `${body}.${createHmac('sha256', TEST_SECRET).update(body).digest('base64url')}`;
};

describe('tokens', () => {
  const { token, expiresAt } = signToken(TEST_SECRET, ALICE, t0);

  test('verify gives the user and the login kind until 7 days have passed', () => {
    expect(expiresAt.getTime() - t0.getTime()).toBe(TOKEN_TTL_MS);
    expect(verifyToken(TEST_SECRET, token, t0)).toEqual(ALICE);
    expect(verifyToken(TEST_SECRET, token, new Date(expiresAt.getTime() - 1))).toEqual(ALICE);
    expect(verifyToken(TEST_SECRET, token, expiresAt)).toBeNull();
  });

  test('a tampered payload or signature, another secret or garbage is refused', () => {
    const [v, payload = '', sig = ''] = token.split('.');
    const forged = b64({ sub: 'dev:mallory', knd: 'dev', iat: t0.getTime(), exp: t0.getTime() + TOKEN_TTL_MS });
    expect(verifyToken(TEST_SECRET, `${v}.${forged}.${sig}`, t0)).toBeNull();
    const flipped = sig.slice(0, -2) + (sig.at(-2) === 'A' ? 'B' : 'A') + sig.slice(-1);
    expect(verifyToken(TEST_SECRET, `${v}.${payload}.${flipped}`, t0)).toBeNull();
    expect(verifyToken('another-secret-0123456789', token, t0)).toBeNull();
    for (const bad of ['', 'x', 'v2..', `v1.${payload}.${sig}`, `${token}.x`, 'v2.e30.']) expect(verifyToken(TEST_SECRET, bad, t0)).toBeNull();
  });

  test.each<[string, Record<string, unknown>]>([
    ['an expiry later than issue + 7 days', { iat: t0.getTime(), exp: t0.getTime() + TOKEN_TTL_MS + 1 }],
    ['an expiry 30 days out', { iat: t0.getTime(), exp: t0.getTime() + 30 * 86_400_000 }],
    ['an issue time beyond the clocks’ allowance', { iat: t0.getTime() + CLOCK_SKEW_MS + 1, exp: t0.getTime() + CLOCK_SKEW_MS + 1 + TOKEN_TTL_MS }],
    ['an issue time tomorrow', { iat: t0.getTime() + 86_400_000, exp: t0.getTime() + 2 * 86_400_000 }],
    ['no issue time', { exp: t0.getTime() + TOKEN_TTL_MS }],
    ['no kind', { iat: t0.getTime(), exp: t0.getTime() + TOKEN_TTL_MS, knd: undefined }],
    ['an unknown kind', { iat: t0.getTime(), exp: t0.getTime() + TOKEN_TTL_MS, knd: 'root' }],
  ])('correctly signed but with %s: refused', (_why, claims) => {
    expect(verifyToken(TEST_SECRET, signed({ sub: 'dev:alice', knd: 'dev', ...claims }), t0)).toBeNull();
  });

  test('an issue time within the clocks’ allowance is accepted (instances a little apart)', () => {
    const iat = t0.getTime() + CLOCK_SKEW_MS;
    expect(verifyToken(TEST_SECRET, signed({ sub: 'dev:alice', knd: 'dev', iat, exp: iat + TOKEN_TTL_MS }), t0)).toEqual(ALICE);
  });

  test('as evidence of a dev account (the one-time move), a token past its expiry and one of the first format are read', () => {
    const expired = signToken(TEST_SECRET, ALICE, new Date(t0.getTime() - 30 * TOKEN_TTL_MS)).token;
    expect(verifyToken(TEST_SECRET, expired, t0)).toBeNull();
    expect(verifyToken(TEST_SECRET, expired, t0, { evidence: true })).toEqual(ALICE);
    expect(verifyToken('another-secret-0123456789', expired, t0, { evidence: true })).toBeNull();
    const v1 = signed({ sub: 'dev:alice', iat: t0.getTime(), exp: t0.getTime() + TOKEN_TTL_MS }, 'v1');
    expect(verifyToken(TEST_SECRET, v1, t0)).toBeNull();
    expect(verifyToken(TEST_SECRET, v1, t0, { evidence: true })).toEqual(ALICE);
    const wechat = signed({ sub: 'o-123', iat: t0.getTime(), exp: t0.getTime() + TOKEN_TTL_MS }, 'v1');
    expect(verifyToken(TEST_SECRET, wechat, t0, { evidence: true })).toBeNull();
  });

  test('bearer header parsing', () => {
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(token)).toBeNull();
    expect(bearerToken(`Basic ${token}`)).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe('POST /auth/login (dev login on)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeApp({}, fakeClock(t0));
  });
  afterAll(() => t.close());

  test('dev:<name> logs in as that user, token valid for 7 days, naming its kind', async () => {
    const res = await t.send('POST', '/api/v1/auth/login', { body: { code: 'dev:alice_01-x' } });
    expect(res.status).toBe(200);
    const body = res.json<{ token: string; expiresAt: string }>();
    expect(body.expiresAt).toBe('2026-03-27T08:00:00.000Z');
    expect(verifyToken(TEST_SECRET, body.token, t0)).toEqual({ user: 'dev:alice_01-x', kind: 'dev' });
  });

  test('/health says dev', async () => {
    expect((await t.send('GET', '/api/v1/health')).json()).toMatchObject({ login: 'dev' });
  });

  test.each(['dev:', 'dev:with space', `dev:${'a'.repeat(65)}`, 'alice', 'DEV:alice', 'dev:名字', 'wx-code-123', 'device:', 'device:short'])(
    'code %j is 401',
    async (code) => {
      const res = await t.send('POST', '/api/v1/auth/login', { body: { code } });
      expect(res.status).toBe(401);
      expect(errorOf(res).code).toBe('UNAUTHENTICATED');
    },
  );

  test('a bad body is 400', async () => {
    expect((await t.send('POST', '/api/v1/auth/login', { body: { code: '' } })).status).toBe(400);
    expect((await t.send('POST', '/api/v1/auth/login', { body: { code: 'dev:a', extra: 1 } })).status).toBe(400);
  });

  test.each([
    ['GET', '/api/v1/newborn-enrollments'],
    ['GET', '/api/v1/newborn-enrollments/abc'],
    ['POST', '/api/v1/newborn-enrollments'],
    ['GET', '/api/v1/me/export'],
    ['DELETE', '/api/v1/me'],
  ] as const)('%s %s without a valid token is 401', async (method, url) => {
    const variants: Record<string, string>[] = [{}, { authorization: 'Bearer nonsense' }, { authorization: 'Token abc' }, { authorization: 'Bearer ' }];
    for (const headers of variants) {
      const res = await t.send(method, url, { headers, ...(method === 'POST' ? { body: 'not json' } : {}) });
      expect(res.status).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: '请先登录', details: [] } });
    }
  });

  test('an expired token is 401; the token of another secret is 401', async () => {
    const clock = fakeClock(t0);
    const app = await makeApp({}, clock);
    try {
      const token = await app.login('alice');
      expect((await app.send('GET', '/api/v1/newborn-enrollments', { token })).status).toBe(200);
      clock.advance(TOKEN_TTL_MS - 1000);
      expect((await app.send('GET', '/api/v1/newborn-enrollments', { token })).status).toBe(200);
      clock.advance(1000);
      expect((await app.send('GET', '/api/v1/newborn-enrollments', { token })).status).toBe(401);
      const other = await makeApp({ tokenSecret: 'a-different-secret-987654321' }, fakeClock(t0));
      try {
        expect((await other.send('GET', '/api/v1/newborn-enrollments', { token: await t.login('alice') })).status).toBe(401);
      } finally {
        await other.close();
      }
    } finally {
      await app.close();
    }
  });
});

describe('device login', () => {
  test('device:<secret> logs in as device:<22 characters of its SHA-256>; the same secret is the same account', async () => {
    const lines: string[] = [];
    const t = await makeApp({ logger: { level: 'trace', stream: { write: (l: string) => void lines.push(l) } } }, fakeClock(t0));
    try {
      const secret = deviceSecret();
      const code = `device:${secret}`;
      const first = await t.send('POST', '/api/v1/auth/login', { body: { code } });
      expect(first.status).toBe(200);
      const token = first.json<{ token: string }>().token;
      const user = await deviceUser(secret);
      expect(user).toMatch(/^device:[A-Za-z0-9_-]{22}$/);
      expect(verifyToken(TEST_SECRET, token, t0)).toEqual({ user, kind: 'device' });
      expect((await t.send('POST', '/api/v1/newborn-enrollments', { token, body: anEnrollment() })).status).toBe(201);
      // A reload of the app: the same secret opens the same account.
      const again = (await t.send('POST', '/api/v1/auth/login', { body: { code } })).json<{ token: string }>().token;
      const exported = await t.send('GET', '/api/v1/me/export', { token: again });
      expect(exported.json()).toMatchObject({ user, enrollments: [{ certificateNo: 'R430123456' }] });
      // The secret is in no answer, no export and no log line.
      const answers = [first.body, exported.body, (await t.send('GET', '/api/v1/newborn-enrollments', { token: again })).body];
      for (const text of [...answers, lines.join('\n'), token, again]) expect(text).not.toContain(secret);
      // Another secret is another account.
      const other = (await t.send('POST', '/api/v1/auth/login', { body: { code: `device:${deviceSecret()}` } })).json<{ token: string }>().token;
      expect((await t.send('GET', '/api/v1/newborn-enrollments', { token: other })).json()).toEqual({ enrollments: [] });
    } finally {
      await t.close();
    }
  });

  test.each([
    ['42 characters', 'a'.repeat(42)],
    ['44 characters', 'a'.repeat(44)],
    ['spare bits set in the last character (not 32 bytes)', `${'A'.repeat(42)}B`],
    ['a character outside base64url', `${'A'.repeat(41)}+A`],
    ['padding', `${'A'.repeat(42)}=`],
  ])('device code with %s is 401', async (_why, secret) => {
    const t = await makeApp();
    try {
      expect((await t.send('POST', '/api/v1/auth/login', { body: { code: `device:${secret}` } })).status).toBe(401);
    } finally {
      await t.close();
    }
  });
});

describe('dev login off (NODE_ENV=production)', () => {
  test('dev codes are 401, /health says device, device login works, a dev token of before stops working', async () => {
    const clock = fakeClock(t0);
    const before = await makeApp({}, clock);
    const devToken = await before.login('alice');
    await before.close();
    const t = await makeApp({ devLogin: false }, clock);
    try {
      expect((await t.send('GET', '/api/v1/health')).json()).toMatchObject({ login: 'device' });
      const dev = await t.send('POST', '/api/v1/auth/login', { body: { code: 'dev:alice' } });
      expect(dev.status).toBe(401);
      expect(errorOf(dev).code).toBe('UNAUTHENTICATED');
      expect((await t.send('GET', '/api/v1/me/export', { token: devToken })).status).toBe(401);
      expect((await t.send('POST', '/api/v1/auth/login', { body: { code: `device:${deviceSecret()}` } })).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('WeChat mode (jscode2session stubbed through the fetch option)', () => {
  test('dev codes are refused, the openid becomes the user, /health says wechat, device login still works', async () => {
    const calls: string[] = [];
    const fetchStub = (async (url: string | URL | Request) => {
      calls.push(String(url));
      const code = new URL(String(url)).searchParams.get('js_code');
      return new Response(JSON.stringify(code === 'good' ? { openid: 'o-123', session_key: 'k' } : { errcode: 40029, errmsg: 'invalid code' }), {
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;
    const t = await makeApp({ wechat: { appId: 'wx123', secret: 's3cret', apiBase: 'https://wechat.test' }, fetch: fetchStub });
    try {
      expect((await t.send('GET', '/api/v1/health')).json()).toMatchObject({ login: 'wechat' });
      const dev = await t.send('POST', '/api/v1/auth/login', { body: { code: 'dev:alice' } });
      expect(dev.status).toBe(401);
      expect((await t.send('POST', '/api/v1/auth/login', { body: { code: `device:${deviceSecret()}` } })).status).toBe(200);
      expect(calls).toHaveLength(0);
      expect((await t.send('POST', '/api/v1/auth/login', { body: { code: 'bad' } })).status).toBe(401);
      const good = await t.send('POST', '/api/v1/auth/login', { body: { code: 'good' } });
      expect(good.status).toBe(200);
      expect(calls[1]).toBe('https://wechat.test/sns/jscode2session?appid=wx123&secret=s3cret&js_code=good&grant_type=authorization_code');
      const token = good.json<{ token: string }>().token;
      expect((await t.send('GET', '/api/v1/me/export', { token })).json()).toMatchObject({ user: 'o-123' });
    } finally {
      await t.close();
    }
  });

  test('a dev token issued before still exports after a restart in WeChat mode: no longer', async () => {
    const clock = fakeClock(t0);
    const dev = await makeApp({}, clock);
    const token = await dev.login('alice');
    expect((await dev.send('GET', '/api/v1/me/export', { token })).status).toBe(200);
    await dev.close();
    const wechat = await makeApp({ wechat: { appId: 'wx123', secret: 's3cret', apiBase: 'https://wechat.test' } }, clock);
    try {
      const res = await wechat.send('GET', '/api/v1/me/export', { token });
      expect(res.status).toBe(401);
      expect(errorOf(res).code).toBe('UNAUTHENTICATED');
    } finally {
      await wechat.close();
    }
  });
});

describe('the H5 app’s dev account moves to its device account, once', () => {
  const loginWith = (t: TestApp, code: string, bearer?: string) =>
    t.send('POST', '/api/v1/auth/login', { body: { code }, ...(bearer ? { token: bearer } : {}) }).then((r) => r.json<{ token: string }>().token);
  const exportOf = (t: TestApp, token: string) => t.send('GET', '/api/v1/me/export', { token }).then((r) => r.json<{ user: string; enrollments: { id: string; certificateNo: string; createdAt: string }[] }>());

  test('a device login carrying a token of the dev account takes its records (ids new, the rest as stored); the dev account is empty', async () => {
    const clock = fakeClock(t0);
    const t = await makeApp({}, clock);
    try {
      const dev = await t.login('h5install0123456789ab');
      await t.send('POST', '/api/v1/newborn-enrollments', { token: dev, body: anEnrollment() });
      clock.advance(60_000);
      await t.send('POST', '/api/v1/newborn-enrollments', { token: dev, body: anEnrollment({ certificateNo: 'R430123457', babyName: '张小雨' }) });
      const before = await exportOf(t, dev);
      const device = await loginWith(t, `device:${deviceSecret()}`, dev);
      const after = await exportOf(t, device);
      expect(after.user).toMatch(/^device:/);
      const strip = (e: { id: string }) => ({ ...e, id: '' });
      expect(after.enrollments.map(strip)).toEqual(before.enrollments.map(strip));
      expect(after.enrollments.map((e) => e.id)).not.toContain(before.enrollments[0]!.id);
      expect((await exportOf(t, dev)).enrollments).toEqual([]);
      // Her replay now finds her record in the device account.
      expect((await t.send('POST', '/api/v1/newborn-enrollments', { token: device, body: anEnrollment() })).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  test('where dev login is off now, a dev token of before (expired, or of the first format) still proves the account; its name alone does not', async () => {
    const clock = fakeClock(t0);
    const dev = await makeApp({}, clock);
    const devToken = await dev.login('h5install');
    const storage = (await import('../../server/storage/sqlite')).openSqliteStorage(':memory:');
    await dev.close();
    const t = await makeApp({ devLogin: false, storage }, clock);
    try {
      const legacy = signed({ sub: 'dev:olduser', iat: t0.getTime(), exp: t0.getTime() + TOKEN_TTL_MS }, 'v1');
      const seed = await makeApp({ storage }, clock);
      for (const [name, cert] of [['h5install', 'R430123456'], ['olduser', 'R430123457'], ['named', 'R430123458'], ['away', 'R430123459']] as const) {
        await seed.send('POST', '/api/v1/newborn-enrollments', { token: await seed.login(name), body: anEnrollment({ certificateNo: cert }) });
      }
      await seed.app.close();
      const a = await loginWith(t, `device:${deviceSecret()}`, devToken);
      expect((await exportOf(t, a)).enrollments.map((e) => e.certificateNo)).toEqual(['R430123456']);
      const b = await loginWith(t, `device:${deviceSecret()}`, legacy);
      expect((await exportOf(t, b)).enrollments.map((e) => e.certificateNo)).toEqual(['R430123457']);
      // Back after months: the token the server gave her has long expired, and still proves the account.
      const expired = signToken(TEST_SECRET, { user: 'dev:away', kind: 'dev' }, new Date(t0.getTime() - 20 * TOKEN_TTL_MS)).token;
      const d = await loginWith(t, `device:${deviceSecret()}`, expired);
      expect((await exportOf(t, d)).enrollments.map((e) => e.certificateNo)).toEqual(['R430123459']);
      // Knowing the name (every export carries it) moves nothing: a forged dev token is no token.
      const forged = `v2.${b64({ sub: 'dev:named', knd: 'dev', iat: t0.getTime(), exp: t0.getTime() + TOKEN_TTL_MS })}.AAAA`;
      const c = await loginWith(t, `device:${deviceSecret()}`, forged);
      expect((await exportOf(t, c)).enrollments).toEqual([]);
      expect(await storage.listEnrollments('dev:named')).toHaveLength(1);
    } finally {
      await t.close();
      await storage.close();
    }
  });

  test('a device token or a WeChat account moves nothing', async () => {
    const t = await makeApp({}, fakeClock(t0));
    try {
      const first = await loginWith(t, `device:${deviceSecret()}`);
      await t.send('POST', '/api/v1/newborn-enrollments', { token: first, body: anEnrollment() });
      const second = await loginWith(t, `device:${deviceSecret()}`, first);
      expect((await exportOf(t, second)).enrollments).toEqual([]);
      expect((await exportOf(t, first)).enrollments).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});
