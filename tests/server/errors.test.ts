// The contract's error shape for what Fastify and its plugins answer themselves: unknown
// routes, oversized bodies, the rate limit, and a crash that must not leak anything.
import { Readable } from 'node:stream';
import { anEligibilityRequest, anEnrollment } from '../../mock/fixtures';
import { type Storage } from '../../server/storage/types';
import { errorOf, makeApp, type TestApp } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});
afterAll(() => t.close());

describe('404 NOT_FOUND', () => {
  test.each([
    ['GET', '/api/v1/nothing'],
    ['GET', '/api/v2/health'],
    ['GET', '/'],
    ['PUT', '/api/v1/checks'],
    ['DELETE', '/api/v1/checks'],
    ['POST', '/api/v1/health'],
    ['PATCH', '/api/v1/newborn-enrollments'],
    ['GET', '/api/v1/prenatal-quota'],
  ] as const)('%s %s', async (method, url) => {
    const res = await t.send(method, url);
    expect(res.status).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: '未找到请求的内容', details: [] } });
  });
});

test('an unknown path or method is 404 whatever its body (it is not read)', async () => {
  for (const [method, url, type, body] of [
    ['PUT', '/api/v1/health', 'text/plain', ''],
    ['POST', '/api/v1/me', 'application/json', ''],
    ['OPTIONS', '/api/v1/regions', 'application/json', '{'],
    ['PATCH', '/api/v1/nothing', 'application/json', 'x'.repeat(70_000)],
  ] as const) {
    const res = await t.send(method, url, { body, headers: { 'content-type': type } });
    expect({ method, url, status: res.status, code: errorOf(res).code }).toEqual({ method, url, status: 404, code: 'NOT_FOUND' });
  }
});

describe('413 PAYLOAD_TOO_LARGE, before the body is parsed or validated', () => {
  const big = JSON.stringify({ ...anEligibilityRequest(), pad: 'x'.repeat(70_000) });

  test('with content-length', async () => {
    const res = await t.send('POST', '/api/v1/eligibility', { body: big });
    expect(res.status).toBe(413);
    expect(errorOf(res).code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('without content-length (chunked)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility',
      headers: { 'content-type': 'application/json' },
      payload: Readable.from([Buffer.from(big.slice(0, 40_000)), Buffer.from(big.slice(40_000))]),
    });
    expect(res.statusCode).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('also when the body is not JSON at all, with or without its length', async () => {
    const declared = await t.send('POST', '/api/v1/eligibility', { body: 'x'.repeat(70_000), headers: { 'content-type': 'text/plain' } });
    expect(declared.status).toBe(413);
    const chunked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility',
      headers: { 'content-type': 'text/plain' },
      payload: Readable.from([Buffer.alloc(40_000, 120), Buffer.alloc(40_000, 120)]),
    });
    expect(chunked.statusCode).toBe(413);
  });

  test('exactly 65,536 bytes are read', async () => {
    const base = JSON.stringify(anEligibilityRequest());
    const body = `${base.slice(0, -1)}${' '.repeat(65_536 - base.length)}}`;
    expect(Buffer.byteLength(body)).toBe(65_536);
    expect((await t.send('POST', '/api/v1/eligibility', { body })).status).toBe(200);
  });

  test('401 comes first on a route that needs login', async () => {
    const res = await t.send('POST', '/api/v1/newborn-enrollments', { body: JSON.stringify({ ...anEnrollment(), pad: 'x'.repeat(70_000) }) });
    expect(res.status).toBe(401);
    expect(errorOf(res).code).toBe('UNAUTHENTICATED');
  });
});

describe('429 RATE_LIMITED', () => {
  test('over the limit per address and per user, with Retry-After', async () => {
    const limited = await makeApp({ rateLimitPerMinute: 3 });
    const from = (remoteAddress: string, token?: string) =>
      limited.app.inject({ method: 'GET', url: '/api/v1/newborn-enrollments', remoteAddress, headers: token ? { authorization: `Bearer ${token}` } : {} });
    try {
      const alice = await limited.login('alice'); // 1 request from 127.0.0.1
      for (let i = 0; i < 2; i++) expect((await limited.send('GET', '/api/v1/health')).status).toBe(200);
      const over = await limited.send('GET', '/api/v1/health');
      expect(over.status).toBe(429);
      expect(errorOf(over)).toEqual({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试', details: [] });
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      // Her token buys no fresh budget at the spent address (and that try counts for her too)…
      expect((await from('127.0.0.1', alice)).statusCode).toBe(429);
      // …and her own budget follows her from address to address.
      for (const address of ['192.0.2.1', '192.0.2.2']) expect((await from(address, alice)).statusCode).toBe(200);
      expect((await from('192.0.2.3', alice)).statusCode).toBe(429);
      expect((await from('192.0.2.3')).statusCode).toBe(401); // the address itself had budget left
    } finally {
      await limited.close();
    }
  });

  test('a concurrent burst lets exactly the limit through', async () => {
    const limited = await makeApp({ rateLimitPerMinute: 20 });
    try {
      const answers = await Promise.all(Array.from({ length: 100 }, () => limited.send('GET', '/api/v1/checks')));
      expect(answers.filter((r) => r.status === 200)).toHaveLength(20);
      expect(answers.filter((r) => r.status === 429)).toHaveLength(80);
    } finally {
      await limited.close();
    }
  });

  test('0 turns the limit off', async () => {
    for (let i = 0; i < 50; i++) expect((await t.send('GET', '/api/v1/health')).status).toBe(200);
  });
});

describe('5xx', () => {
  test('a crash answers 500 with no stack, message or query', async () => {
    const failing: Storage = {
      insertEnrollment: async () => {
        throw new Error('SQLITE_SECRET_DETAIL at /srv/data/yunbao.sqlite');
      },
      getEnrollment: async () => null,
      listEnrollments: async () => {
        throw new Error('SQLITE_SECRET_DETAIL');
      },
      deleteOwner: async () => 0,
      kind: 'sqlite',
      ping: async () => undefined,
      close: async () => undefined,
    };
    const broken = await makeApp({ storage: failing });
    try {
      const token = await broken.login('alice');
      const res = await broken.send('POST', '/api/v1/newborn-enrollments', { body: anEnrollment(), token });
      expect(res.status).toBe(500);
      expect(res.body).not.toMatch(/SQLITE|stack|\.ts|at \w/);
      expect(res.json()).toEqual({ error: { code: 'INTERNAL_ERROR', message: '服务器内部错误，请稍后重试', details: [] } });
      const list = await broken.send('GET', '/api/v1/newborn-enrollments?secret=1', { token });
      expect(list.status).toBe(500);
      expect(list.body).not.toMatch(/SQLITE|secret/);
    } finally {
      await broken.close();
    }
  });

  test('the log keeps type and stack frames of a failure, never its message', async () => {
    const lines: string[] = [];
    const failing: Storage = {
      insertEnrollment: async () => {
        throw new Error('SQLITE_CORRUPT: SELECT * FROM enrollments idNo=430421199203150047');
      },
      getEnrollment: async () => null,
      listEnrollments: async () => [],
      deleteOwner: async () => 0,
      kind: 'sqlite',
      ping: async () => undefined,
      close: async () => undefined,
    };
    const broken = await makeApp({ storage: failing, logger: { level: 'info', stream: { write: (l: string) => void lines.push(l) } } });
    try {
      const token = await broken.login('alice');
      expect((await broken.send('POST', '/api/v1/newborn-enrollments', { body: anEnrollment(), token })).status).toBe(500);
    } finally {
      await broken.close();
    }
    const failure = lines.map((l) => JSON.parse(l) as { level: number; err?: { type: string; frames: string[] } }).find((l) => l.level === 50);
    expect(failure?.err?.type).toBe('Error');
    expect(failure?.err?.frames.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toMatch(/SQLITE_CORRUPT|SELECT|430421199203150047/);
  });
});

test('a malformed URL or an over-long parameter is 400 with the security headers, not a crash', async () => {
  for (const url of ['/api/v1/regions/%E0%A4%A/policy', `/api/v1/newborn-enrollments/${'a'.repeat(2401)}`]) {
    const res = await t.send('GET', url);
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('VALIDATION_FAILED');
    expect(errorOf(res).details).toEqual([{ path: '', message: '请求地址无效' }]);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  }
  const token = await t.login('alice');
  expect((await t.send('GET', `/api/v1/newborn-enrollments/${'a'.repeat(200)}`, { token })).status).toBe(404);
  expect((await t.send('GET', `/api/v1/newborn-enrollments/${encodeURIComponent('👶'.repeat(200))}`, { token })).status).toBe(404);
  expect((await t.send('GET', `/api/v1/newborn-enrollments/${'a'.repeat(201)}`, { token })).status).toBe(400);
});

test('security headers on API answers', async () => {
  const res = await t.send('GET', '/api/v1/health');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(String(res.headers['content-security-policy'])).toBe("default-src 'none';frame-ancestors 'none'");
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.headers['access-control-allow-origin']).toBeUndefined();
});
