// WeChat login against a local fake jscode2session (WECHAT_API_BASE): the openid becomes the
// user, dev codes are refused.
import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { type FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { createTestDatabase, type TestDatabase } from '../support/test-store';
import { apiAt, expectError } from './harness';

let wechat: http.Server;
let wechatBase: string;
const seen: URLSearchParams[] = [];
let app: FastifyInstance;
let base: string;
let db: TestDatabase;

beforeAll(async () => {
  wechat = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push(url.searchParams);
    res.setHeader('content-type', 'text/plain'); // WeChat answers JSON as text/plain
    if (url.pathname !== '/sns/jscode2session') {
      res.statusCode = 404;
      res.end('{}');
      return;
    }
    const code = url.searchParams.get('js_code');
    res.end(JSON.stringify(code === 'wx-good' ? { openid: 'oABC123', session_key: 'sk', unionid: 'u' } : { errcode: 40029, errmsg: 'invalid code' }));
  });
  await new Promise<void>((resolve) => wechat.listen(0, '127.0.0.1', resolve));
  wechatBase = `http://127.0.0.1:${(wechat.address() as AddressInfo).port}`;
  db = await createTestDatabase();
  app = await buildApp({
    ...db.options,
    tokenSecret: 'contract-secret-0123456789',
    rateLimitPerMinute: 0,
    logger: false,
    wechat: { appId: 'wxapp', secret: 'wxsecret', apiBase: wechatBase },
  });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await app.close();
  await db.drop();
  await new Promise((resolve) => wechat.close(resolve));
});

test('a good code logs in as its openid', async () => {
  const api = apiAt(base);
  expect((await api.call('GET', '/api/v1/health')).json).toMatchObject({ login: 'wechat' });
  const res = await api.call('POST', '/api/v1/auth/login', { body: { code: 'wx-good' } });
  expect(res.status).toBe(200);
  const last = seen.at(-1);
  expect(Object.fromEntries(last ?? [])).toEqual({ appid: 'wxapp', secret: 'wxsecret', js_code: 'wx-good', grant_type: 'authorization_code' });
  const token = (res.json as { token: string }).token;
  expect((await api.call('GET', '/api/v1/me/export', { token })).json).toMatchObject({ user: 'oABC123', enrollments: [] });
});

test('a code WeChat refuses is 401; dev codes are refused without asking WeChat', async () => {
  const api = apiAt(base);
  expectError(await api.call('POST', '/api/v1/auth/login', { body: { code: 'wx-bad' } }), 401, 'UNAUTHENTICATED');
  const before = seen.length;
  expectError(await api.call('POST', '/api/v1/auth/login', { body: { code: 'dev:alice' } }), 401, 'UNAUTHENTICATED');
  expect(seen.length).toBe(before);
});
