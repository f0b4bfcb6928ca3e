// Tokens (HMAC-SHA256, 7 days), dev login, WeChat mode refusing dev codes, 401 everywhere.
import { TOKEN_TTL_MS, bearerToken, signToken, verifyToken } from '../../server/auth/tokens';
import { errorOf, fakeClock, makeApp, TEST_SECRET, type TestApp } from './helpers';

const t0 = new Date('2026-03-20T08:00:00.000Z');

describe('tokens', () => {
  const { token, expiresAt } = signToken(TEST_SECRET, 'dev:alice', t0);

  test('verify gives the user until 7 days have passed', () => {
    expect(expiresAt.getTime() - t0.getTime()).toBe(TOKEN_TTL_MS);
    expect(verifyToken(TEST_SECRET, token, t0)).toBe('dev:alice');
    expect(verifyToken(TEST_SECRET, token, new Date(expiresAt.getTime() - 1))).toBe('dev:alice');
    expect(verifyToken(TEST_SECRET, token, expiresAt)).toBeNull();
  });

  test('a tampered payload or signature, another secret or garbage is refused', () => {
    const [v, payload = '', sig = ''] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'dev:mallory', iat: t0.getTime(), exp: t0.getTime() + TOKEN_TTL_MS })).toString('base64url');
    expect(verifyToken(TEST_SECRET, `${v}.${forged}.${sig}`, t0)).toBeNull();
    const flipped = sig.slice(0, -2) + (sig.at(-2) === 'A' ? 'B' : 'A') + sig.slice(-1);
    expect(verifyToken(TEST_SECRET, `${v}.${payload}.${flipped}`, t0)).toBeNull();
    expect(verifyToken('another-secret-0123456789', token, t0)).toBeNull();
    for (const bad of ['', 'x', 'v1..', `v2.${payload}.${sig}`, `${token}.x`, 'v1.e30.']) expect(verifyToken(TEST_SECRET, bad, t0)).toBeNull();
  });

  test('bearer header parsing', () => {
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(token)).toBeNull();
    expect(bearerToken(`Basic ${token}`)).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe('POST /auth/login (dev)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeApp({}, fakeClock(t0));
  });
  afterAll(() => t.close());

  test('dev:<name> logs in as that user, token valid for 7 days', async () => {
    const res = await t.send('POST', '/api/v1/auth/login', { body: { code: 'dev:alice_01-x' } });
    expect(res.status).toBe(200);
    const body = res.json<{ token: string; expiresAt: string }>();
    expect(body.expiresAt).toBe('2026-03-27T08:00:00.000Z');
    expect(verifyToken(TEST_SECRET, body.token, t0)).toBe('dev:alice_01-x');
  });

  test.each(['dev:', 'dev:with space', `dev:${'a'.repeat(65)}`, 'alice', 'DEV:alice', 'dev:名字', 'wx-code-123'])('code %j is 401', async (code) => {
    const res = await t.send('POST', '/api/v1/auth/login', { body: { code } });
    expect(res.status).toBe(401);
    expect(errorOf(res).code).toBe('UNAUTHENTICATED');
  });

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
      const res = await t.send(method, url, { headers, ...(method === 'POST' ? { body: 'not json', } : {}) });
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

describe('WeChat mode (jscode2session stubbed through the fetch option)', () => {
  test('dev codes are refused, the openid becomes the user, /health says wechat', async () => {
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
});
