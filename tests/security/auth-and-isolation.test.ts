// Tokens that must not open an account (expired, tampered, wrongly signed, malformed), and one
// user's records out of every other user's reach: 404 for their ids, nothing in their export,
// nothing deleted by their DELETE, nothing learnt or blocked by posting their certificate number.
// Ids shaped like paths or SQL are 404 NOT_FOUND, never a 5xx.
import { createHmac } from 'node:crypto';
import { TOKEN_TTL_MS, signToken } from '../../server/auth/tokens';
import { type EnrollmentAnswer, type ExportAnswer } from '../../src/api/contract';
import { FUZZ_NOW, FUZZ_SECRET, checkAnyAnswer, fuzzApp, type FuzzApp, type FuzzRequest } from '../fuzz/support/harness';
import { residentId } from '../fuzz/support/oracle';

let t: FuzzApp;
let alice: string;
let bob: string;
let aliceRecord: EnrollmentAnswer;
const ALICE_ID = residentId('430421', '1992-03-15', 4);
const BOB_ID = residentId('330302', '1990-07-01', 11);

const enrollment = (certificateNo: string, idNo: string, babyName = '张小满') => ({
  certificateNo,
  babyName,
  sex: 'F',
  birthDate: '2026-03-15',
  region: '430400',
  guardian: { name: '李华', idNo, relation: 'mother', insuredInRegion: true },
});

const send = (method: FuzzRequest['method'], url: string, token?: string, body?: unknown) => {
  const req: FuzzRequest = {
    method,
    url,
    headers: { ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
  };
  return t.send(req).then((res) => {
    checkAnyAnswer(req, res);
    return { ...res, json: () => JSON.parse(res.body) as Record<string, unknown> };
  });
};
const code = (res: { body: string }) => (JSON.parse(res.body) as { error: { code: string } }).error.code;

beforeAll(async () => {
  t = await fuzzApp();
  alice = await t.login('alice');
  bob = await t.login('bob');
  const a = await send('POST', '/api/v1/newborn-enrollments', alice, enrollment('R430123456', ALICE_ID));
  expect(a.status).toBe(201);
  aliceRecord = a.json() as unknown as EnrollmentAnswer;
  expect((await send('POST', '/api/v1/newborn-enrollments', bob, enrollment('R330000001', BOB_ID, '王小雨'))).status).toBe(201);
});
afterAll(() => t.close());

/** Every route that needs login, with a body where it takes one. */
// (Three entries each: a test.each callback with more parameters than its row would be taken for a `done` callback.)
const AUTH_ROUTES: [FuzzRequest['method'], string, unknown][] = [
  ['GET', '/api/v1/newborn-enrollments', undefined],
  ['GET', '/api/v1/newborn-enrollments/some-id', undefined],
  ['GET', '/api/v1/me/export', undefined],
  ['DELETE', '/api/v1/me', undefined],
  ['POST', '/api/v1/newborn-enrollments', enrollment('R430999999', ALICE_ID)],
];

describe('tokens', () => {
  const bad = (): [string, string][] => {
    const [, payload = '', signature = ''] = alice.split('.');
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = FUZZ_NOW.getTime();
    const ALICE = { user: 'dev:alice', kind: 'dev' } as const;
    // Correctly signed with the server's secret: what only a leaked secret or the server could make.
    const signed = (version: string, claims: unknown) => {
      const body = `${version}.${b64(claims)}`;
      return `${body}.${createHmac('sha256', FUZZ_SECRET).update(body).digest('base64url')}`;
    };
    return [
      ['expired exactly now', signToken(FUZZ_SECRET, ALICE, new Date(now - TOKEN_TTL_MS)).token],
      ['expired a month ago', signToken(FUZZ_SECRET, ALICE, new Date(now - 5 * TOKEN_TTL_MS)).token],
      ['signed with another secret', signToken('some-other-secret-0123456789abcdef', ALICE, FUZZ_NOW).token],
      ['signed with an empty-ish secret', signToken('x', ALICE, FUZZ_NOW).token],
      ['another user under alice’s signature', `v2.${b64({ sub: 'dev:bob', knd: 'dev', iat: now, exp: now + TOKEN_TTL_MS })}.${signature}`],
      ['a later expiry under alice’s signature', `v2.${b64({ sub: 'dev:alice', knd: 'dev', iat: now, exp: now + 1000 * TOKEN_TTL_MS })}.${signature}`],
      ['signed, expiring 30 days after its issue', signed('v2', { sub: 'dev:alice', knd: 'dev', iat: now, exp: now + 30 * 86_400_000 })],
      ['signed, expiring 7 days and a second after its issue', signed('v2', { sub: 'dev:alice', knd: 'dev', iat: now - 1000, exp: now + TOKEN_TTL_MS })],
      ['signed, issued tomorrow', signed('v2', { sub: 'dev:alice', knd: 'dev', iat: now + 86_400_000, exp: now + 2 * 86_400_000 })],
      ['signed, without a kind', signed('v2', { sub: 'dev:alice', iat: now, exp: now + TOKEN_TTL_MS })],
      ['signed, of an unknown kind', signed('v2', { sub: 'dev:alice', knd: 'admin', iat: now, exp: now + TOKEN_TTL_MS })],
      ['signed, of WeChat (off here)', signed('v2', { sub: 'dev:alice', knd: 'wechat', iat: now, exp: now + TOKEN_TTL_MS })],
      ['signed in the first format (no kind)', signed('v1', { sub: 'dev:alice', iat: now, exp: now + TOKEN_TTL_MS })],
      ['signed, without an issue time', signed('v2', { sub: 'dev:alice', knd: 'dev', exp: now + TOKEN_TTL_MS })],
      ['no signature', `v2.${payload}.`],
      ['no payload', `v2..${signature}`],
      ['another version', `v1.${payload}.${signature}`],
      ['alg none, JWT style', `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'dev:alice', exp: now + 1e9 })}.`],
      ['signature in base64 (not base64url) spelling', `v2.${payload}.${Buffer.from(signature, 'base64url').toString('base64')}`],
      ['signature with padding', `v2.${payload}.${signature}=`],
      ['truncated', alice.slice(0, -1)],
      ['extended', `${alice}A`],
      ['four parts', `${alice}.x`],
      ['far too long', `${alice}${'A'.repeat(5000)}`],
    ];
  };

  test.each(AUTH_ROUTES)('%s %s: expired, tampered, wrongly signed and malformed tokens are 401', async (method, url, body) => {
    for (const [why, token] of bad()) {
      const res = await send(method, url, token, body);
      if (res.status !== 401) throw new Error(`${why}: ${res.status} ${res.body}`);
      expect(code(res)).toBe('UNAUTHENTICATED');
    }
    // No header, another scheme, a bare word.
    for (const authorization of [undefined, '', 'Bearer', `Basic ${alice}`, `Token ${alice}`, alice, `Bearer  ${alice}x`]) {
      const res = await t.send({ method, url, headers: authorization === undefined ? {} : { authorization }, ...(body ? { payload: JSON.stringify(body) } : {}) });
      expect(res.status).toBe(401);
    }
    expect(await t.rows()).toBe(2);
  });

  test('every single-character change of a valid token is refused', async () => {
    for (let i = 0; i < alice.length; i++) {
      const ch = alice[i] === 'A' ? 'B' : 'A';
      const res = await send('GET', '/api/v1/me/export', `${alice.slice(0, i)}${ch}${alice.slice(i + 1)}`);
      if (res.status !== 401) throw new Error(`position ${i}: ${res.status}`);
    }
  });

  test('a token stops working at its expiry: 7 days', async () => {
    const late = await fuzzApp({ now: () => new Date(FUZZ_NOW.getTime() + TOKEN_TTL_MS - 1) });
    const later = await fuzzApp({ now: () => new Date(FUZZ_NOW.getTime() + TOKEN_TTL_MS) });
    try {
      expect((await late.send({ method: 'GET', url: '/api/v1/newborn-enrollments', headers: { authorization: `Bearer ${alice}` } })).status).toBe(200);
      expect((await later.send({ method: 'GET', url: '/api/v1/newborn-enrollments', headers: { authorization: `Bearer ${alice}` } })).status).toBe(401);
    } finally {
      await late.close();
      await later.close();
    }
  });
});

describe('another user’s records', () => {
  test('bob gets 404 NOT_FOUND for alice’s id, the same answer as for an unknown id', async () => {
    const theirs = await send('GET', `/api/v1/newborn-enrollments/${aliceRecord.id}`, bob);
    const unknown = await send('GET', '/api/v1/newborn-enrollments/no-such-record', bob);
    expect(theirs.status).toBe(404);
    expect(theirs.body).toBe(unknown.body);
    expect(code(theirs)).toBe('NOT_FOUND');
    expect((await send('GET', `/api/v1/newborn-enrollments/${aliceRecord.id}`, alice)).status).toBe(200);
  });

  test('bob’s list and export hold nothing of alice’s', async () => {
    const list = await send('GET', '/api/v1/newborn-enrollments', bob);
    const exp = (await send('GET', '/api/v1/me/export', bob)).json() as unknown as ExportAnswer;
    for (const body of [list.body, JSON.stringify(exp)]) {
      expect(body).not.toContain(aliceRecord.id);
      expect(body).not.toContain(ALICE_ID);
      expect(body).not.toContain('R430123456');
    }
    expect(exp.user).toBe('dev:bob');
    expect(exp.enrollments.map((e) => e.guardian.idNo)).toEqual([BOB_ID]);
  });

  test('alice’s certificate number posted by a stranger: a record of the stranger’s own, nothing of hers', async () => {
    const mallory = await t.login('mallory');
    const res = await send('POST', '/api/v1/newborn-enrollments', mallory, enrollment('R430123456', BOB_ID, '王小雨'));
    expect(res.status).toBe(201);
    for (const secret of [aliceRecord.id, ALICE_ID, ALICE_ID.slice(0, 6), '张小满', 'dev:alice']) expect(res.body).not.toContain(secret);
    // Even alice's exact data: the stranger's own record (201, then replayed as the stranger's), not hers.
    const copy = await send('POST', '/api/v1/newborn-enrollments', mallory, enrollment('R430123456', ALICE_ID));
    expect(copy.status).toBe(409); // the stranger now holds the number with other data
    const fresh = await t.login('trudy');
    const first = await send('POST', '/api/v1/newborn-enrollments', fresh, enrollment('R430123456', ALICE_ID));
    const again = await send('POST', '/api/v1/newborn-enrollments', fresh, enrollment('R430123456', ALICE_ID));
    expect([first.status, again.status]).toEqual([201, 200]);
    for (const answer of [copy, first, again]) expect(answer.body).not.toContain(aliceRecord.id);
    expect((first.json() as unknown as EnrollmentAnswer).id).toBe((again.json() as unknown as EnrollmentAnswer).id);
    // Her records are as they were, and she can still enroll her number's repeat.
    expect((await send('GET', '/api/v1/newborn-enrollments', alice)).json()).toEqual({ enrollments: [aliceRecord] });
    expect((await send('POST', '/api/v1/newborn-enrollments', alice, enrollment('R430123456', ALICE_ID))).status).toBe(200);
    for (const token of [mallory, fresh]) expect((await send('DELETE', '/api/v1/me', token)).status).toBe(204);
    expect(await t.rows()).toBe(2);
  });

  test('bob’s DELETE /me leaves alice’s records', async () => {
    const eve = await t.login('eve');
    expect((await send('DELETE', '/api/v1/me', eve)).status).toBe(204);
    expect((await send('GET', `/api/v1/newborn-enrollments/${aliceRecord.id}`, alice)).status).toBe(200);
    expect(await t.rows()).toBe(2);
  });
});

describe('ids shaped like paths or SQL', () => {
  const IDS = [
    '..%2F..%2Fetc%2Fpasswd',
    '%2e%2e%2f',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '..%252F..%252Fetc%252Fpasswd',
    "1'%20OR%20'1'%3D'1",
    encodeURIComponent("1' OR '1'='1"),
    encodeURIComponent("x' UNION SELECT record FROM enrollments --"),
    encodeURIComponent('%'),
    encodeURIComponent('*'),
    encodeURIComponent('_'),
    '%00',
    encodeURIComponent('\u202e'),
    encodeURIComponent('../newborn-enrollments'),
    // The longest ids the contract allows (200 characters), percent-encoded up to 12 bytes each.
    'a'.repeat(200),
    encodeURIComponent('张'.repeat(200)),
    encodeURIComponent('👶'.repeat(200)),
  ];
  const labelled = IDS.map((id) => [id.length > 40 ? `${id.slice(0, 27)}… (${id.length} characters)` : id, id]);
  test.each(labelled)('GET /newborn-enrollments/%s is 404 NOT_FOUND', async (_label, id) => {
    for (const token of [alice, bob]) {
      const res = await send('GET', `/api/v1/newborn-enrollments/${id}`, token);
      expect(res.status).toBe(404);
      expect(code(res)).toBe('NOT_FOUND');
    }
  });

  test.each(['../../etc/passwd', '../../../../etc/passwd', './..', '..;/..;/etc/passwd', '%2e%2e/%2e%2e/etc/passwd'])(
    'GET /newborn-enrollments/%s (unencoded) is 404 NOT_FOUND',
    async (path) => {
      const res = await send('GET', `/api/v1/newborn-enrollments/${path}`, alice);
      expect(res.status).toBe(404);
      expect(code(res)).toBe('NOT_FOUND');
      expect(res.body).not.toMatch(/root:|passwd/);
    },
  );

  test('the SQL-shaped ids did not change anything', async () => {
    expect(await t.rows()).toBe(2);
    expect((await send('GET', '/api/v1/newborn-enrollments', alice)).json()).toEqual({ enrollments: [aliceRecord] });
  });

  test('region codes shaped like paths or SQL are 400/404, never 5xx', async () => {
    for (const code6 of ['..%2F..%2Fetc', "1'%20OR%20'1'%3D'1", '%2e%2e%2f', '430400%00', '4304%2000']) {
      const res = await send('GET', `/api/v1/regions/${code6}/policy`);
      expect([400, 404]).toContain(res.status);
    }
  });
});
