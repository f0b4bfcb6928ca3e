// Fuzz of the account endpoints (api.md, Accounts), model-based: every answer to
// POST /newborn-enrollments is predicted from a model of what is stored (201 new to its account,
// another account's number included; 200 same user and same data; 409 otherwise), the table is counted through a second connection after every run
// (an invalid body writes nothing), and list / get / export / delete are checked against the model.
import fc from 'fast-check';
import {
  EnrollmentAnswer,
  EnrollmentListAnswer,
  ExportAnswer,
  LoginAnswer,
  type NewbornEnrollmentRequest,
} from '../../src/api/contract';
import { TOKEN_TTL_MS, signToken } from '../../server/auth/tokens';
import { NASTY_STRINGS, enrollmentArb, headerNoiseArb, queryNoiseArb } from './support/arbitraries';
import { checkSchema, fuzzEndpoint, malformedGet, malformedPost, same, type ValidCase } from './support/drive';
import { enrollmentVerdict, expectedRecord, normalised, sameData } from './support/enrollment-oracle';
import {
  FUZZ_NOW,
  FUZZ_SECRET,
  HALF,
  Tally,
  checkAnyAnswer,
  expectCode,
  fail,
  fuzzApp,
  type FuzzApp,
  type FuzzRequest,
  type FuzzResponse,
} from './support/harness';

let t: FuzzApp;
const tally = new Tally();
const USERS = ['alice', 'bob', 'carol'] as const;
type User = (typeof USERS)[number];
const tokens = {} as Record<User, string>;

interface Stored {
  owner: User;
  request: NewbornEnrollmentRequest;
  answer: EnrollmentAnswer;
}
/** The model: what the server must hold, by owner and certificate number (unique within one account), in insertion order. */
const model = new Map<string, Stored>();
const keyOf = (owner: User, certificateNo: string) => `${owner} ${certificateNo}`;
const ownedBy = (u: User) => [...model.values()].filter((s) => s.owner === u);

beforeAll(async () => {
  t = await fuzzApp();
  for (const u of USERS) tokens[u] = await t.login(u);
});
afterAll(async () => {
  await t.close();
  tally.print('accounts');
});

const bearer = (u: User) => `Bearer ${tokens[u]}`;
const userOfAuth = (auth: string | undefined): User | null => USERS.find((u) => auth === bearer(u)) ?? null;

/** Authorization values that must all be 401 UNAUTHENTICATED. */
function badAuthArb(): fc.Arbitrary<string | undefined> {
  const real = tokens.alice;
  const tampered = fc.record({ at: fc.nat(), ch: fc.constantFrom('A', 'b', '0', '-', '_', '.', 'z') }).map(({ at, ch }) => {
    const i = at % real.length;
    const c = real[i] === ch ? (ch === 'A' ? 'B' : 'A') : ch;
    return `Bearer ${real.slice(0, i)}${c}${real.slice(i + 1)}`;
  });
  const [, payload = '', signature = ''] = real.split('.');
  const forgedSub = Buffer.from(JSON.stringify({ sub: 'dev:bob', knd: 'dev', iat: FUZZ_NOW.getTime(), exp: FUZZ_NOW.getTime() + TOKEN_TTL_MS })).toString('base64url');
  const fixed = [
    undefined,
    '',
    'Bearer',
    'Bearer ',
    'Bearer x',
    'Bearer null',
    `Basic ${Buffer.from('alice:pw').toString('base64')}`,
    `Token ${real}`,
    `Bearer ${real} extra`,
    `Bearer ${real}.`,
    `Bearer .${real}`,
    `Bearer v1.${payload}.${signature}`,
    `Bearer v2.${payload}.`,
    `Bearer v2..${signature}`,
    `Bearer v2.${forgedSub}.${signature}`, // another user's claims under alice's signature
    `Bearer ${signToken('another-secret-0123456789abcdef', { user: 'dev:alice', kind: 'dev' }, FUZZ_NOW).token}`, // wrongly signed
    `Bearer ${signToken(FUZZ_SECRET, { user: 'dev:alice', kind: 'dev' }, new Date(FUZZ_NOW.getTime() - TOKEN_TTL_MS)).token}`, // expired just now
    `Bearer ${signToken(FUZZ_SECRET, { user: 'dev:alice', kind: 'dev' }, new Date(FUZZ_NOW.getTime() - 30 * TOKEN_TTL_MS)).token}`, // long expired
    `Bearer ${real}${'A'.repeat(2000)}`,
    `Bearer ${'A'.repeat(5000)}`,
    `Bearer v2.${Buffer.from('{"sub":"","exp":99999999999999}').toString('base64url')}.${signature}`,
    `Bearer v2.${Buffer.from('"__proto__"').toString('base64url')}.${signature}`,
  ];
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...fixed) }, { weight: 2, arbitrary: tampered }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 60 }).map((s) => `Bearer ${s}`) });
}

const json = { 'content-type': 'application/json' };

// --- POST /auth/login ---------------------------------------------------------------------------

test('POST /auth/login', async () => {
  const url = '/api/v1/auth/login';
  const nameArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
  // 32 bytes as the device makes them: 43 characters of base64url.
  const deviceSecretArb = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('base64url'));
  const codeArb = fc.oneof(nameArb.map((n) => `dev:${n}`), deviceSecretArb.map((s) => `device:${s}`));
  await fuzzEndpoint({
    name: 'POST /auth/login',
    t,
    tally,
    valid: fc.record({ code: codeArb, noise: headerNoiseArb }).map(({ code, noise }) => ({
      body: { code },
      req: { method: 'POST' as const, url, headers: { ...noise, ...json }, payload: JSON.stringify({ code }) },
    })),
    checkValid: async (c, res, parsed) => {
      if (res.status !== 200) fail(c.req, res, 'a dev:<name> or device:<secret> code must log in');
      checkSchema(c.req, res, LoginAnswer, parsed);
      const a = parsed as LoginAnswer;
      same(c.req, res, a.expiresAt, new Date(FUZZ_NOW.getTime() + TOKEN_TTL_MS).toISOString(), 'expiresAt (7 days)');
      const list = await t.send({ method: 'GET', url: '/api/v1/newborn-enrollments', headers: { authorization: `Bearer ${a.token}` } });
      if (list.status !== 200) fail(c.req, list, 'the new token does not open the account');
    },
    malformed: fc.oneof(
      { weight: 3, arbitrary: malformedPost(url, fc.record({ code: nameArb.map((n) => `dev:${n}`) })) },
      {
        weight: 2,
        arbitrary: fc
          .oneof(
            fc.constantFrom(...NASTY_STRINGS),
            fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }),
            nameArb.map((n) => `dev:${n}!`),
            nameArb.map((n) => `wx:${n}`),
            deviceSecretArb.map((s) => `device:${s.slice(1)}`),
            deviceSecretArb.map((s) => `device:${s}A`),
            deviceSecretArb.map((s) => `device:${s.slice(0, 42)}B`),
            deviceSecretArb.map((s) => `DEVICE:${s}`),
          )
          .map((code): FuzzRequest => ({ method: 'POST', url, headers: json, payload: JSON.stringify({ code }) })),
      },
    ),
    answer: LoginAnswer,
    checkMalformed: (req, res, parsed) => {
      // A string code that is neither dev:<name> nor device:<32 bytes in base64url> is 401; one that is, 200 (api.md, Accounts).
      let body: unknown;
      try {
        body = typeof req.payload === 'string' && req.headers?.['content-type'] === 'application/json' ? JSON.parse(req.payload) : undefined;
      } catch {
        body = undefined;
      }
      const code = (body as { code?: unknown } | undefined)?.code;
      if (typeof code === 'string' && Object.keys(body as object).length === 1 && [...code].length >= 1 && [...code].length <= 200 && !req.payload?.includes('__proto__')) {
        const device = /^device:([A-Za-z0-9_-]{43})$/.exec(code)?.[1];
        const ok = /^dev:[A-Za-z0-9_-]{1,64}$/.test(code) || (device !== undefined && Buffer.from(device, 'base64url').toString('base64url') === device);
        if (ok !== (res.status === 200)) fail(req, res, ok ? 'expected 200' : 'expected 401');
        if (!ok) expectCode(req, res, 'UNAUTHENTICATED');
      }
      if (res.status === 200) checkSchema(req, res, LoginAnswer, parsed);
    },
  });
});

// --- POST /newborn-enrollments -------------------------------------------------------------------

type Kind = 'new' | 'replay' | 'other-user' | 'other-data';

/** A contract-valid enrollment request: new, an idempotent replay (spelled differently), or a conflict. */
const enrollCaseArb = fc.record({
  kind: fc.constantFrom<Kind>('new', 'new', 'new', 'new', 'replay', 'replay', 'other-user', 'other-data'),
  fresh: enrollmentArb as fc.Arbitrary<NewbornEnrollmentRequest>,
  pick: fc.nat(),
  user: fc.constantFrom<User>('alice', 'bob'),
  spelling: fc.record({ flipCase: fc.boolean(), insured: fc.constantFrom('keep', 'absent', 'null'), reorder: fc.boolean() }),
  noise: headerNoiseArb,
  query: fc.oneof(fc.constant(''), queryNoiseArb),
});

function respell(b: NewbornEnrollmentRequest, s: { flipCase: boolean; insured: string; reorder: boolean }): NewbornEnrollmentRequest {
  const g = { ...b.guardian };
  if (s.flipCase && /[xX]$/.test(g.idNo)) g.idNo = g.idNo.endsWith('X') ? `${g.idNo.slice(0, 17)}x` : `${g.idNo.slice(0, 17)}X`;
  if (!g.insuredInRegion) {
    if (s.insured === 'absent') delete g.insuredInRegion;
    else if (s.insured === 'null') g.insuredInRegion = null;
    else g.insuredInRegion = false;
  }
  const out = { ...b, guardian: g };
  return s.reorder ? (Object.fromEntries(Object.entries(out).reverse()) as unknown as NewbornEnrollmentRequest) : out;
}

type EnrollCase = ValidCase<{ user: User; body: NewbornEnrollmentRequest }>;

interface EnrollCaseInput {
  kind: Kind;
  fresh: NewbornEnrollmentRequest;
  pick: number;
  user: User;
  spelling: { flipCase: boolean; insured: string; reorder: boolean };
  noise: Record<string, string>;
  query: string;
}

function buildEnrollCase(rec: EnrollCaseInput): EnrollCase {
  const stored = [...model.values()];
  let user = rec.user;
  let body = rec.fresh;
  const s = stored[rec.pick % Math.max(1, stored.length)];
  if (s && rec.kind !== 'new') {
    user = rec.kind === 'other-user' ? (s.owner === 'alice' ? 'bob' : 'alice') : s.owner;
    body = respell(s.request, rec.spelling);
    if (rec.kind === 'other-data') body = { ...body, sex: body.sex === 'M' ? 'F' : 'M' };
  }
  return {
    body: { user, body },
    req: {
      method: 'POST',
      url: `/api/v1/newborn-enrollments${rec.query ? `?${rec.query}` : ''}`,
      headers: { ...rec.noise, ...json, authorization: bearer(user) },
      payload: JSON.stringify(body),
    },
  };
}

/** Checks an answer to a (valid) body against the model, and records a creation. */
async function checkAgainstModel(req: FuzzRequest, res: FuzzResponse, parsed: unknown, user: User, body: NewbornEnrollmentRequest, before: number): Promise<void> {
  const raw = normalised(body).guardian.idNo;
  if (res.body.includes(raw) || res.body.includes(raw.toLowerCase())) fail(req, res, 'the raw ID number is in the answer');
  const held = model.get(keyOf(user, body.certificateNo));
  if (held) {
    if (held.owner === user && sameData(held.request, body)) {
      if (res.status !== 200) fail(req, res, 'an idempotent repeat must answer 200');
      same(req, res, parsed, held.answer, 'a repeat answers the record as first stored');
    } else expectCode(req, res, 'ENROLLMENT_EXISTS');
    if ((await t.rows()) !== before) fail(req, res, 'a repeat or a conflict wrote a row');
    return;
  }
  if (res.status !== 201) fail(req, res, 'a new valid enrollment must answer 201');
  checkSchema(req, res, EnrollmentAnswer, parsed);
  const a = parsed as EnrollmentAnswer;
  const { id: _id, citation: _c, ...rest } = a;
  same(req, res, rest, expectedRecord(body, FUZZ_NOW.toISOString()), 'the 201 answer');
  if (typeof a.id !== 'string' || a.id === '' || [...model.values()].some((s) => s.answer.id === a.id)) fail(req, res, 'id missing or reused');
  if ((await t.rows()) !== before + 1) fail(req, res, `a 201 must write exactly one row (${before} → ${await t.rows()})`);
  model.set(keyOf(user, body.certificateNo), { owner: user, request: body, answer: a });
}

test('POST /newborn-enrollments', async () => {
  const url = '/api/v1/newborn-enrollments';
  const validAuth = fc.constantFrom<User>('alice', 'bob').map(bearer);
  await fuzzEndpoint({
    name: 'POST /newborn-enrollments',
    t,
    tally,
    valid: enrollCaseArb.map(buildEnrollCase),
    validWrites: true,
    checkValid: (c, res, parsed, before) => checkAgainstModel(c.req, res, parsed, c.body?.user ?? 'alice', c.body?.body as NewbornEnrollmentRequest, before),
    malformed: fc.oneof(
      // Malformed bodies with a valid token: the engine's validation is reached.
      { weight: 3, arbitrary: malformedPost(url, enrollmentArb, validAuth) },
      // Anything without a valid token: 401 before the body is read.
      { weight: 1, arbitrary: malformedPost(url, enrollmentArb, badAuthArb()) },
      { weight: 1, arbitrary: fc.record({ body: enrollmentArb, auth: badAuthArb() }).map(({ body, auth }): FuzzRequest => ({ method: 'POST', url, headers: { ...json, ...(auth !== undefined ? { authorization: auth } : {}) }, payload: JSON.stringify(body) })) },
    ),
    answer: EnrollmentAnswer,
    checkMalformed: async (req, res, parsed, before) => {
      const user = userOfAuth(req.headers?.authorization);
      if (user === null) {
        expectCode(req, res, 'UNAUTHENTICATED');
        if ((await t.rows()) !== before) fail(req, res, 'rows written without a valid token');
        return;
      }
      const text = typeof req.payload === 'string' ? req.payload : '';
      const plainJson = ['application/json', 'application/json; charset=utf-8'].includes(req.headers?.['content-type'] ?? '') && Buffer.byteLength(text) <= 65_536;
      let body: unknown;
      let parses = false;
      try {
        body = JSON.parse(text);
        parses = true;
      } catch {
        /* malformed JSON */
      }
      const verdict = plainJson && parses && !text.includes('"__proto__"') ? enrollmentVerdict(body) : 'undecided';
      if (verdict === 'invalid') {
        if (res.status < 400) fail(req, res, 'an invalid enrollment was accepted');
        if (res.status !== 400 && res.status !== 413) fail(req, res, 'an invalid enrollment must be 400 (or 413)');
      }
      if (verdict === 'valid') {
        if (res.status === 404) {
          expectCode(req, res, 'REGION_UNSUPPORTED');
          if ((await t.rows()) !== before) fail(req, res, 'rows written on 404');
          return;
        }
        return checkAgainstModel(req, res, parsed, user, body as NewbornEnrollmentRequest, before);
      }
      if (res.status === 201 || res.status === 200) {
        // Accepted although the oracle could not decide: it must still be a proper record.
        checkSchema(req, res, EnrollmentAnswer, parsed);
        if (res.status === 201) {
          const a = parsed as EnrollmentAnswer;
          model.set(keyOf(user, a.certificateNo), { owner: user, request: JSON.parse(text) as NewbornEnrollmentRequest, answer: a });
          if ((await t.rows()) !== before + 1) fail(req, res, 'a 201 must write exactly one row');
        }
        return;
      }
      if ((await t.rows()) !== before) fail(req, res, 'rows written by a refused request');
    },
  });
  expect(model.size).toBeGreaterThan(100);
});

test('enrollment: unsupported regions are 404 REGION_UNSUPPORTED and write nothing', async () => {
  const unsupported = fc.stringMatching(/^[0-9]{6}$/).filter((c) => !/^(43|22|3303)/.test(c));
  await fc.assert(
    fc.asyncProperty(enrollmentArb, unsupported, async (body, region) => {
      const before = await t.rows();
      const req: FuzzRequest = { method: 'POST', url: '/api/v1/newborn-enrollments', headers: { ...json, authorization: bearer('alice') }, payload: JSON.stringify({ ...body, region }) };
      expectCode(req, await t.send(req), 'REGION_UNSUPPORTED');
      expect(await t.rows()).toBe(before);
    }),
    { numRuns: 100 },
  );
});

// --- GET /newborn-enrollments, GET /newborn-enrollments/{id}, GET /me/export ----------------------

const authOrBad = (valid: fc.Arbitrary<string>) => fc.oneof(valid, badAuthArb());

async function checkAuthOrNot(req: FuzzRequest, res: FuzzResponse, before: number): Promise<User | null> {
  const user = userOfAuth(req.headers?.authorization);
  if (user === null && res.status !== 404 && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
    // A route that needs login answers 401 first; another method on the path is 404.
    if (res.status !== 401 && res.status !== 404 && res.status !== 413) fail(req, res, 'expected 401 (or 404 for another method, 413 for a body over 64 KiB)');
  }
  if ((await t.rows()) !== before) fail(req, res, 'rows written by a read');
  return user;
}

test('GET /newborn-enrollments', async () => {
  await fuzzEndpoint({
    name: 'GET /newborn-enrollments',
    t,
    tally,
    valid: fc.record({ user: fc.constantFrom(...USERS), noise: headerNoiseArb, query: fc.oneof(fc.constant(''), queryNoiseArb) }).map(({ user, noise, query }) => ({
      body: user,
      req: { method: 'GET' as const, url: `/api/v1/newborn-enrollments${query ? `?${query}` : ''}`, headers: { ...noise, authorization: bearer(user) } },
    })),
    checkValid: (c, res, parsed) => {
      if (res.status !== 200) fail(c.req, res, 'expected 200');
      checkSchema(c.req, res, EnrollmentListAnswer, parsed);
      same(c.req, res, (parsed as EnrollmentListAnswer).enrollments, ownedBy(c.body as User).map((s) => s.answer).reverse(), 'the caller’s own, newest first');
    },
    malformed: malformedGet(fc.constant('/api/v1/newborn-enrollments'), 'GET', authOrBad(fc.constantFrom(...USERS).map(bearer))),
    answer: EnrollmentListAnswer,
    checkMalformed: async (req, res, _parsed, before) => void (await checkAuthOrNot(req, res, before)),
  });
});

/** Ids shaped like paths, SQL, encodings and unicode: 404 NOT_FOUND (or 400 past 200 characters or for a bad URL). */
const strangeIdArb = fc.oneof(
  fc.constantFrom(
    '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', "1'%20OR%20'1'%3D'1", '1%27%20OR%20%271%27%3D%271', '%00', '%ff', '%ED%A0%80',
    '%E2%80%AE', '%F0%9F%91%B6', 'null', 'undefined', '__proto__', 'constructor', 'prototype', '*', '%25', '..', '.', '%20', 'a'.repeat(200), 'a'.repeat(201),
    '1;DROP%20TABLE%20enrollments', '%3Cscript%3E', 'R430123456', '0', '-1', '1e3', 'SELECT%20*%20FROM%20enrollments',
    encodeURIComponent('张'.repeat(200)), encodeURIComponent('👶'.repeat(200)), encodeURIComponent('张'.repeat(201)),
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((s) => encodeURIComponent(s)),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }).map((s) => encodeURIComponent(s)),
);

test('GET /newborn-enrollments/{id}', async () => {
  await fuzzEndpoint({
    name: 'GET /newborn-enrollments/{id}',
    t,
    tally,
    valid: fc.record({ user: fc.constantFrom(...USERS), pick: fc.nat(), own: fc.boolean(), noise: headerNoiseArb, query: fc.oneof(fc.constant(''), queryNoiseArb) }).map(({ user, pick, own, noise, query }) => {
      const pool = [...model.values()].filter((s) => (own ? s.owner === user : s.owner !== user));
      const s = pool[pick % Math.max(1, pool.length)];
      const id = s?.answer.id ?? 'no-such-id';
      return {
        body: { user, stored: own ? s : undefined },
        req: { method: 'GET' as const, url: `/api/v1/newborn-enrollments/${encodeURIComponent(id)}${query ? `?${query}` : ''}`, headers: { ...noise, authorization: bearer(user) } },
      };
    }),
    checkValid: (c, res, parsed) => {
      const { stored } = c.body as { user: User; stored?: Stored };
      if (!stored) return expectCode(c.req, res, 'NOT_FOUND'); // another user's id is not yours
      if (res.status !== 200) fail(c.req, res, 'expected 200 for the caller’s own record');
      same(c.req, res, parsed, stored.answer, 'the record');
    },
    malformed: fc.oneof(
      { weight: 3, arbitrary: fc.record({ id: strangeIdArb, user: fc.constantFrom(...USERS), noise: headerNoiseArb }).map(({ id, user, noise }): FuzzRequest => ({ method: 'GET', url: `/api/v1/newborn-enrollments/${id}`, headers: { ...noise, authorization: bearer(user) } })) },
      { weight: 1, arbitrary: fc.record({ id: strangeIdArb, user: fc.constantFrom(...USERS) }).map(({ id, user }): FuzzRequest => ({ method: 'GET', url: `/api/v1/newborn-enrollments/../../${id}`, headers: { authorization: bearer(user) } })) },
      { weight: 2, arbitrary: malformedGet(fc.constant(`/api/v1/newborn-enrollments/x`), 'GET', authOrBad(fc.constantFrom(...USERS).map(bearer))) },
    ),
    answer: EnrollmentAnswer,
    checkMalformed: async (req, res, parsed, before) => {
      const user = await checkAuthOrNot(req, res, before);
      if (user && req.method === 'GET') {
        const idPart = req.url.split('/newborn-enrollments/')[1]?.split('?')[0] ?? '';
        let decoded: string | null = null;
        try {
          decoded = decodeURIComponent(idPart);
        } catch {
          decoded = null;
        }
        const mine = ownedBy(user).find((s) => s.answer.id === decoded);
        if (mine) same(req, res, parsed, mine.answer, 'the record');
        else if (res.status !== 404 && res.status !== 400) fail(req, res, 'a strange id must be 404 (or 400)');
        // (`.` and `..` are resolved away by the URL parser, leaving an empty id: 400 like any empty field.)
        else if (res.status === 400 && decoded !== null && !['', '.', '..'].includes(decoded) && [...decoded].length <= 200 && !idPart.includes('%00') && !/[\ud800-\udfff]/.test(decoded)) {
          fail(req, res, 'a well-formed id of at most 200 characters must be 404, not 400');
        }
        if (res.status === 404) expectCode(req, res, 'NOT_FOUND');
      }
    },
  });
});

test('GET /me/export', async () => {
  await fuzzEndpoint({
    name: 'GET /me/export',
    t,
    tally,
    valid: fc.record({ user: fc.constantFrom(...USERS), noise: headerNoiseArb, query: fc.oneof(fc.constant(''), queryNoiseArb) }).map(({ user, noise, query }) => ({
      body: user,
      req: { method: 'GET' as const, url: `/api/v1/me/export${query ? `?${query}` : ''}`, headers: { ...noise, authorization: bearer(user) } },
    })),
    checkValid: (c, res, parsed) => {
      if (res.status !== 200) fail(c.req, res, 'expected 200');
      checkSchema(c.req, res, ExportAnswer, parsed);
      const user = c.body as User;
      const a = parsed as ExportAnswer;
      same(c.req, res, [a.user, a.exportedAt], [`dev:${user}`, FUZZ_NOW.toISOString()], 'user, exportedAt');
      const expected = ownedBy(user)
        .reverse()
        .map((s) => ({ ...s.answer, guardian: { ...s.answer.guardian, idNo: normalised(s.request).guardian.idNo } }));
      same(c.req, res, a.enrollments, expected, 'the caller’s own, newest first, ID numbers unmasked');
    },
    malformed: malformedGet(fc.constant('/api/v1/me/export'), 'GET', authOrBad(fc.constantFrom(...USERS).map(bearer))),
    answer: ExportAnswer,
    checkMalformed: async (req, res, parsed, before) => {
      const user = await checkAuthOrNot(req, res, before);
      if (user === null && res.status === 200) fail(req, res, 'an export without a valid token');
      if (res.status === 200 && user !== null && parsed !== undefined && (parsed as ExportAnswer).user !== `dev:${user}`) fail(req, res, 'another user’s export');
    },
  });
});

// --- DELETE /me -----------------------------------------------------------------------------------

test('DELETE /me', async () => {
  // Valid half: a fresh user with 0–2 records, DELETE → 204, everything of theirs gone (list,
  // export, rows), nobody else's touched, and a deleted certificate number may be enrolled again.
  let serial = 0;
  const kept = model.size;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(0, 0, 0, 1, 2), enrollmentArb, headerNoiseArb, fc.oneof(fc.constant(''), queryNoiseArb), async (records, body, noise, query) => {
      const name = `del-${(serial += 1)}`;
      const token = await t.login(name);
      const auth = { authorization: `Bearer ${token}` };
      const certs: string[] = [];
      for (let i = 0; i < records; i++) {
        const b = { ...(body as NewbornEnrollmentRequest), certificateNo: `Z${String(serial * 10 + i).padStart(9, '0')}` };
        const setup: FuzzRequest = { method: 'POST', url: '/api/v1/newborn-enrollments', headers: { ...json, ...auth }, payload: JSON.stringify(b) };
        const res = await t.send(setup);
        if (res.status !== 201) fail(setup, res, 'setup enrollment');
        certs.push(b.certificateNo);
      }
      const before = await t.rows();
      const req: FuzzRequest = { method: 'DELETE', url: `/api/v1/me${query ? `?${query}` : ''}`, headers: { ...noise, ...auth } };
      const res = await t.send(req);
      tally.add('DELETE /me', 'valid', res.status);
      checkAnyAnswer(req, res);
      if (res.status !== 204) fail(req, res, 'expected 204');
      if ((await t.rows()) !== before - records) fail(req, res, `expected ${records} rows removed`);
      const list = await t.send({ method: 'GET', url: '/api/v1/newborn-enrollments', headers: auth });
      same(req, list, JSON.parse(list.body), { enrollments: [] }, 'list after DELETE /me');
      const exp = JSON.parse((await t.send({ method: 'GET', url: '/api/v1/me/export', headers: auth })).body) as ExportAnswer;
      same(req, res, exp.enrollments, [], 'export after DELETE /me');
      if (certs[0] && serial % 4 === 0) {
        const again: FuzzRequest = { method: 'POST', url: '/api/v1/newborn-enrollments', headers: { ...json, ...auth }, payload: JSON.stringify({ ...(body as object), certificateNo: certs[0] }) };
        const r2 = await t.send(again);
        if (r2.status !== 201) fail(again, r2, 'a deleted certificate number may be enrolled again');
        await t.send({ method: 'DELETE', url: '/api/v1/me', headers: auth });
      }
    }),
    { numRuns: HALF },
  );
  // Malformed half: no valid token (401), or a valid token with another method on /me or a DELETE
  // elsewhere (404): nothing deleted.
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        { weight: 2, arbitrary: malformedGet(fc.constant('/api/v1/me'), 'DELETE', badAuthArb()) },
        { weight: 1, arbitrary: fc.record({ method: fc.constantFrom<FuzzRequest['method']>('GET', 'POST', 'PUT', 'PATCH'), user: fc.constantFrom(...USERS), noise: headerNoiseArb }).map(({ method, user, noise }): FuzzRequest => ({ method, url: '/api/v1/me', headers: { ...noise, authorization: bearer(user) } })) },
        { weight: 1, arbitrary: fc.record({ path: fc.constantFrom('/api/v1/me/', '/api/v1/me/export', '/api/v1/newborn-enrollments', '/api/v1/me/x', '/api/v1/ME', '/api/v1//me', '/api/v1/me/..', '/api/v1/me%00'), user: fc.constantFrom(...USERS) }).map(({ path, user }): FuzzRequest => ({ method: 'DELETE', url: path, headers: { authorization: bearer(user) } })) },
      ),
      async (req) => {
        const before = await t.rows();
        const res = await t.send(req);
        tally.add('DELETE /me', 'malformed', res.status);
        checkAnyAnswer(req, res);
        if ((await t.rows()) !== before) fail(req, res, 'a refused DELETE removed rows');
        if (res.status === 204) fail(req, res, 'a refused DELETE answered 204');
        if (req.method === 'DELETE' && req.url.split('?')[0] === '/api/v1/me') expectCode(req, res, 'UNAUTHENTICATED');
      },
    ),
    { numRuns: HALF },
  );
  expect(model.size).toBe(kept);
  // Nobody else's records were touched by any of it.
  for (const u of USERS) {
    const res = await t.send({ method: 'GET', url: '/api/v1/newborn-enrollments', headers: { authorization: bearer(u) } });
    expect((JSON.parse(res.body) as EnrollmentListAnswer).enrollments.map((e) => e.id)).toEqual(ownedBy(u).map((s) => s.answer.id).reverse());
  }
});
