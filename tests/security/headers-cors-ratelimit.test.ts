// Security headers on every kind of answer, CORS for the app's own origin only, and the rate limit
// holding under a concurrent burst (per address always, per user as well, logins a tenth per
// address; forged or fresh tokens and spoofed X-Forwarded-For buy no fresh budget; only the proxies
// named in TRUST_PROXY are believed; the H5 files are exempt, unknown paths are not).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { signToken } from '../../server/auth/tokens';
import { type Storage } from '../../server/storage/types';
import { FUZZ_NOW, checkAnyAnswer, fuzzApp, type FuzzApp, type FuzzRequest, type FuzzResponse } from '../fuzz/support/harness';

const ELIGIBILITY = JSON.stringify({ region: '220200', insurance: 'employee', stage: 'pregnant' });
const json = { 'content-type': 'application/json' };

function expectSecurityHeaders(what: string, res: FuzzResponse): void {
  const h = res.headers;
  const missing: string[] = [];
  // API answers carry the OWASP REST set (server/security-headers.ts); the H5 documents carry
  // helmet's full set (tests/server/static.test.ts).
  const want: [string, RegExp][] = [
    ['x-content-type-options', /^nosniff$/],
    ['content-security-policy', /^default-src 'none';frame-ancestors 'none'$/],
    ['x-frame-options', /^DENY$/],
    ['strict-transport-security', /max-age=\d+/],
    ['cross-origin-resource-policy', /^same-origin$/],
    ['cache-control', /^no-store$/],
  ];
  for (const [name, pattern] of want) if (!pattern.test(String(h[name] ?? ''))) missing.push(`${name}=${String(h[name])}`);
  if (h['x-powered-by'] !== undefined) missing.push('x-powered-by present');
  if (missing.length > 0) throw new Error(`${what} (${res.status}): ${missing.join(', ')}`);
}

describe('security headers', () => {
  let t: FuzzApp;
  let token: string;
  beforeAll(async () => {
    t = await fuzzApp();
    token = await t.login('alice');
  });
  afterAll(() => t.close());

  const cases = (): [string, FuzzRequest][] => [
    ['200 GET', { method: 'GET', url: '/api/v1/regions' }],
    ['200 POST', { method: 'POST', url: '/api/v1/eligibility', headers: json, payload: ELIGIBILITY }],
    ['200 openapi', { method: 'GET', url: '/api/v1/openapi.json' }],
    ['204', { method: 'DELETE', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } }],
    ['400 schema', { method: 'POST', url: '/api/v1/eligibility', headers: json, payload: '{"region":1}' }],
    ['400 malformed JSON', { method: 'POST', url: '/api/v1/eligibility', headers: json, payload: '{' }],
    ['400 content type', { method: 'POST', url: '/api/v1/eligibility', headers: { 'content-type': 'text/plain' }, payload: ELIGIBILITY }],
    ['400 bad URL', { method: 'GET', url: '/api/v1/regions/%E0%A4%A/policy' }],
    ['401', { method: 'GET', url: '/api/v1/me/export' }],
    ['404 unknown path', { method: 'GET', url: '/api/v1/nothing' }],
    ['404 region', { method: 'GET', url: '/api/v1/regions/110000/policy' }],
    ['413', { method: 'POST', url: '/api/v1/eligibility', headers: json, payload: `{"pad":"${'x'.repeat(70_000)}"}` }],
  ];

  test('on every kind of answer', async () => {
    for (const [what, req] of cases()) {
      const res = await t.send(req);
      checkAnyAnswer(req, res);
      expectSecurityHeaders(what, res);
    }
  });

  test('on a 413 without a declared length', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/eligibility', headers: json, payload: Readable.from([Buffer.alloc(40_000, 32), Buffer.alloc(40_000, 32)]) });
    expect(res.statusCode).toBe(413);
    expectSecurityHeaders('413 chunked', { status: res.statusCode, headers: res.headers, body: res.body });
  });

  test('on a 429 and on a 500', async () => {
    const limited = await fuzzApp({ rateLimitPerMinute: 1 });
    const failing: Storage = {
      insertEnrollment: () => Promise.reject(new Error('boom')),
      getEnrollment: () => Promise.reject(new Error('boom')),
      listEnrollments: () => Promise.reject(new Error('boom')),
      deleteOwner: () => Promise.reject(new Error('boom')),
      kind: 'sqlite',
      ping: async () => undefined,
      close: async () => undefined,
    };
    const broken = await fuzzApp({ storage: failing });
    try {
      await limited.send({ method: 'GET', url: '/api/v1/health' });
      const r429 = await limited.send({ method: 'GET', url: '/api/v1/health' });
      expect(r429.status).toBe(429);
      expectSecurityHeaders('429', r429);
      const t2 = await broken.login('alice');
      const r500 = await broken.send({ method: 'GET', url: '/api/v1/newborn-enrollments', headers: { authorization: `Bearer ${t2}` } });
      expect(r500.status).toBe(500);
      expectSecurityHeaders('500', r500);
    } finally {
      await limited.close();
      await broken.close();
    }
  });
});

describe('CORS: only the app’s own origin', () => {
  const FOREIGN = ['https://evil.example', 'null', 'https://app.yunbao.example.evil.com', 'http://app.yunbao.example', 'https://app.yunbao.example:8443', 'https://APP.YUNBAO.EXAMPLE.', 'file://'];

  const preflight = (origin: string): FuzzRequest => ({
    method: 'OPTIONS',
    url: '/api/v1/newborn-enrollments',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });

  test('default (same origin only, as main.ts runs without CORS_ORIGINS): no foreign origin gets access', async () => {
    const t = await fuzzApp();
    try {
      for (const origin of [...FOREIGN, 'https://app.yunbao.example']) {
        for (const req of [{ method: 'GET', url: '/api/v1/regions', headers: { origin } } as FuzzRequest, { method: 'POST', url: '/api/v1/eligibility', headers: { ...json, origin }, payload: ELIGIBILITY } as FuzzRequest, preflight(origin)]) {
          const res = await t.send(req);
          expect(res.status).toBeLessThan(500);
          expect(res.headers['access-control-allow-origin']).toBeUndefined();
          expect(res.headers['access-control-allow-credentials']).toBeUndefined();
        }
      }
    } finally {
      await t.close();
    }
  });

  test('with the app’s origin configured: that origin exactly, never a wildcard, never another', async () => {
    const t = await fuzzApp({ corsOrigins: ['https://app.yunbao.example'] });
    try {
      const ok = await t.send({ method: 'GET', url: '/api/v1/regions', headers: { origin: 'https://app.yunbao.example' } });
      expect(ok.headers['access-control-allow-origin']).toBe('https://app.yunbao.example');
      expect(String(ok.headers.vary ?? '')).toMatch(/origin/i);
      const pre = await t.send(preflight('https://app.yunbao.example'));
      expect(pre.status).toBeLessThan(300);
      expect(pre.headers['access-control-allow-origin']).toBe('https://app.yunbao.example');
      for (const origin of FOREIGN) {
        for (const req of [{ method: 'GET', url: '/api/v1/regions', headers: { origin } } as FuzzRequest, preflight(origin)]) {
          const res = await t.send(req);
          expect(res.status).toBeLessThan(500);
          if (res.headers['access-control-allow-origin'] !== undefined) throw new Error(`${origin} got ${String(res.headers['access-control-allow-origin'])}`);
        }
      }
    } finally {
      await t.close();
    }
  });
});

describe('rate limit under a burst', () => {
  const LIMIT = 20;
  const status = (r: FuzzResponse) => r.status;

  function expect429(res: FuzzResponse): void {
    const req: FuzzRequest = { method: 'GET', url: '/api/v1/health' };
    checkAnyAnswer(req, res);
    expect(res.status).toBe(429);
    expect((JSON.parse(res.body) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
    const retry = Number(res.headers['retry-after']);
    expect(Number.isInteger(retry) && retry > 0 && retry <= 60).toBe(true);
  }

  test(`${LIMIT}/min: a concurrent burst of 100 from one address lets exactly ${LIMIT} through`, async () => {
    const t = await fuzzApp({ rateLimitPerMinute: LIMIT });
    try {
      const mixed: FuzzRequest[] = Array.from({ length: 100 }, (_, i) =>
        i % 3 === 0
          ? { method: 'POST', url: '/api/v1/eligibility', headers: json, payload: ELIGIBILITY }
          : i % 3 === 1
            ? { method: 'GET', url: '/api/v1/checks' }
            : { method: 'GET', url: '/api/v1/health', headers: { 'x-forwarded-for': `10.0.0.${i}`, 'x-real-ip': `10.0.1.${i}` } },
      );
      const answers = await Promise.all(mixed.map((r) => t.send(r)));
      const ok = answers.filter((r) => r.status < 400);
      expect(ok).toHaveLength(LIMIT);
      for (const r of answers.filter((x) => x.status >= 400)) expect429(r);
      // Another address has its own budget.
      const other = await t.app.inject({ method: 'GET', url: '/api/v1/health', remoteAddress: '192.0.2.7' });
      expect(other.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  const inject = (t: FuzzApp, remoteAddress: string, req: FuzzRequest) =>
    t.app.inject({ method: req.method, url: req.url, headers: req.headers ?? {}, remoteAddress, ...(req.payload !== undefined ? { payload: req.payload } : {}) }).then(
      (res): FuzzResponse => ({ status: res.statusCode, headers: res.headers, body: res.body }),
    );
  const loginAt = async (t: FuzzApp, name: string, ip: string) =>
    JSON.parse((await inject(t, ip, { method: 'POST', url: '/api/v1/auth/login', headers: json, payload: JSON.stringify({ code: `dev:${name}` }) })).body).token as string;
  const listAt = (t: FuzzApp, ip: string, token: string) => inject(t, ip, { method: 'GET', url: '/api/v1/newborn-enrollments', headers: { authorization: `Bearer ${token}` } });

  test('per address and per user: fresh tokens buy no budget at a spent address; a user’s burst leaves others theirs; forged tokens count only against the address', async () => {
    const t = await fuzzApp({ rateLimitPerMinute: LIMIT });
    try {
      // The address spends its budget anonymously; then tokens fresh from elsewhere change nothing.
      const spent = await Promise.all(Array.from({ length: LIMIT }, () => inject(t, '203.0.113.1', { method: 'GET', url: '/api/v1/health' })));
      expect(spent.every((r) => r.status === 200)).toBe(true);
      for (let i = 0; i < 5; i++) {
        const fresh = await loginAt(t, `fresh${i}`, `198.51.100.${10 + i}`);
        expect429(await listAt(t, '203.0.113.1', fresh));
      }
      expect429(await inject(t, '203.0.113.1', { method: 'POST', url: '/api/v1/auth/login', headers: json, payload: JSON.stringify({ code: 'dev:another' }) }));

      // Alice's burst spends her budget and her address's; bob, elsewhere, keeps his.
      const alice = await loginAt(t, 'alice', '198.51.100.1');
      const bob = await loginAt(t, 'bob', '198.51.100.2');
      const aliceBurst = await Promise.all(Array.from({ length: 60 }, () => listAt(t, '203.0.113.2', alice)));
      expect(aliceBurst.map(status).filter((s) => s === 200)).toHaveLength(LIMIT);
      aliceBurst.filter((r) => r.status !== 200).forEach(expect429);
      expect429(await listAt(t, '203.0.113.3', alice)); // a fresh address does not renew her budget
      expect((await listAt(t, '203.0.113.4', bob)).status).toBe(200);

      // Rotating forged tokens (each "another user") from one address: one budget, the address's.
      const forged = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          inject(t, '203.0.113.5', { method: 'GET', url: '/api/v1/health', headers: { authorization: `Bearer ${signToken('not-the-server-secret-0123456789', { user: `dev:u${i}`, kind: 'dev' }, FUZZ_NOW).token}` } }),
        ),
      );
      expect(forged.map(status).filter((s) => s === 200)).toHaveLength(LIMIT);
      forged.filter((r) => r.status !== 200).forEach(expect429);
    } finally {
      await t.close();
    }
  });

  test(`logins: a tenth of the budget per address (${LIMIT / 10} a minute here), counted in the address's budget too`, async () => {
    const t = await fuzzApp({ rateLimitPerMinute: LIMIT });
    try {
      const logins = await Promise.all(
        Array.from({ length: 10 }, (_, i) => inject(t, '203.0.113.9', { method: 'POST', url: '/api/v1/auth/login', headers: json, payload: JSON.stringify({ code: `dev:guess${i}` }) })),
      );
      expect(logins.map(status).filter((s) => s === 200)).toHaveLength(LIMIT / 10);
      logins.filter((r) => r.status !== 200).forEach(expect429);
      // The rest of the address's budget is still there for everything else…
      const rest = await Promise.all(Array.from({ length: LIMIT }, () => inject(t, '203.0.113.9', { method: 'GET', url: '/api/v1/checks' })));
      expect(rest.map(status).filter((s) => s === 200)).toHaveLength(LIMIT - 10);
      // …and another address logs in.
      expect((await inject(t, '203.0.113.10', { method: 'POST', url: '/api/v1/auth/login', headers: json, payload: JSON.stringify({ code: 'dev:someone' }) })).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  test('TRUST_PROXY: the named proxy’s X-Forwarded-For is believed, anyone else’s is not', async () => {
    const t = await fuzzApp({ rateLimitPerMinute: LIMIT, trustProxy: ['10.0.0.1'] });
    try {
      const viaProxy = (client: string, chain = client) => inject(t, '10.0.0.1', { method: 'GET', url: '/api/v1/health', headers: { 'x-forwarded-for': chain } });
      // Behind the proxy each client has a budget of its own, not the proxy's one.
      const first = await Promise.all(Array.from({ length: LIMIT + 5 }, () => viaProxy('203.0.113.20')));
      expect(first.map(status).filter((s) => s === 200)).toHaveLength(LIMIT);
      expect((await viaProxy('203.0.113.21')).status).toBe(200);
      // A client cannot put a fresh address before its own: the rightmost address not of a named proxy counts.
      expect429(await viaProxy('203.0.113.20', '198.51.100.99, 203.0.113.20'));
      // Sent by anyone else, X-Forwarded-For is ignored: the sender's own address counts.
      const direct = await Promise.all(Array.from({ length: LIMIT + 5 }, (_, i) => inject(t, '192.0.2.50', { method: 'GET', url: '/api/v1/health', headers: { 'x-forwarded-for': `203.0.113.${100 + i}` } })));
      expect(direct.map(status).filter((s) => s === 200)).toHaveLength(LIMIT);
      expect((await viaProxy('203.0.113.100')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  test('the H5 app’s files do not count; a missing file and unknown API paths do', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'yunbao-rl-static-'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>孕保通</title>');
    fs.writeFileSync(path.join(root, 'app.js'), 'console.log(1)');
    const t = await fuzzApp({ rateLimitPerMinute: LIMIT, staticRoot: root });
    try {
      const files = await Promise.all(Array.from({ length: 3 * LIMIT }, (_, i) => inject(t, '203.0.113.30', { method: 'GET', url: i % 2 ? '/app.js' : '/' })));
      expect(files.every((r) => r.status === 200)).toBe(true);
      expect((await inject(t, '203.0.113.30', { method: 'GET', url: '/api/v1/health' })).status).toBe(200);
      // Unknown paths, among the files or under the API, spend the address's budget like any request.
      const missing = await Promise.all(Array.from({ length: 10 }, (_, i) => inject(t, '203.0.113.31', { method: 'GET', url: `/missing${i}.js` })));
      expect(missing.every((r) => r.status === 404)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 10)); // they are counted once answered
      const unknown = await Promise.all(Array.from({ length: LIMIT }, (_, i) => inject(t, '203.0.113.31', { method: 'GET', url: `/api/v1/nope${i}` })));
      expect(unknown.map(status).filter((s) => s === 404)).toHaveLength(LIMIT - 10);
      unknown.filter((r) => r.status !== 404).forEach(expect429);
      expect429(await inject(t, '203.0.113.31', { method: 'GET', url: '/api/v1/health' }));
      expect((await inject(t, '203.0.113.31', { method: 'GET', url: '/app.js' })).status).toBe(200); // files still load
    } finally {
      await t.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test('a budget comes back when its minute is over', async () => {
    let now = FUZZ_NOW.getTime();
    const t = await fuzzApp({ rateLimitPerMinute: LIMIT, now: () => new Date(now) });
    try {
      for (let i = 0; i < LIMIT; i++) expect((await t.send({ method: 'GET', url: '/api/v1/health' })).status).toBe(200);
      const over = await t.send({ method: 'GET', url: '/api/v1/health' });
      expect429(over);
      now += 59_000;
      expect(Number((await t.send({ method: 'GET', url: '/api/v1/health' })).headers['retry-after'])).toBe(1);
      now += 1_000;
      expect((await t.send({ method: 'GET', url: '/api/v1/health' })).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  test('the default limit is at least 600 a minute', async () => {
    const t = await fuzzApp({ rateLimitPerMinute: undefined });
    try {
      const answers = await Promise.all(Array.from({ length: 600 }, () => t.send({ method: 'GET', url: '/api/v1/health' })));
      expect(answers.every((r) => r.status === 200)).toBe(true);
      expect((await t.send({ method: 'GET', url: '/api/v1/health' })).status).toBeLessThan(500);
    } finally {
      await t.close();
    }
  });
});
