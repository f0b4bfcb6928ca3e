// Nothing leaks: a 5xx (a storage that throws, a closed database) answers without a stack, a
// query or the data, and the raw ID number appears in no log line (the pino stream captured at
// trace level), no error answer and not in the OpenAPI document.
import { openSqliteStorage } from '../../server/storage/sqlite';
import { type Storage } from '../../server/storage/types';
import { LEAK, fuzzApp, type FuzzApp, type FuzzRequest } from '../fuzz/support/harness';
import { checkDigit, residentId } from '../fuzz/support/oracle';

const ID = residentId('430421', '1992-03-15', 4); // ends in a digit
const ID_X = residentId('110105', '1949-12-31', 2); // ends in X
const json = { 'content-type': 'application/json' };

const enrollment = (over: Record<string, unknown> = {}, guardian: Record<string, unknown> = {}) => ({
  certificateNo: 'R430123456',
  babyName: '张小满',
  sex: 'F',
  birthDate: '2026-03-15',
  region: '430400',
  ...over,
  guardian: { name: '李华', idNo: ID, relation: 'mother', insuredInRegion: true, ...guardian },
});

/** Every spelling of the ID numbers that must not leak. */
const secretsOf = (...ids: string[]) => ids.flatMap((id) => [id, id.toLowerCase(), id.slice(0, 17)]);

/** Requests over every route that touches storage, with a valid token. */
const storageRoutes = (token: string): FuzzRequest[] => [
  { method: 'POST', url: '/api/v1/newborn-enrollments', headers: { ...json, authorization: `Bearer ${token}` }, payload: JSON.stringify(enrollment()) },
  { method: 'GET', url: '/api/v1/newborn-enrollments', headers: { authorization: `Bearer ${token}` } },
  { method: 'GET', url: '/api/v1/newborn-enrollments/abc', headers: { authorization: `Bearer ${token}` } },
  { method: 'GET', url: '/api/v1/me/export', headers: { authorization: `Bearer ${token}` } },
  { method: 'DELETE', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } },
];

function expectOpaque500(req: FuzzRequest, res: { status: number; body: string; headers: Record<string, unknown> }, secrets: string[]): void {
  const where = `${req.method} ${req.url}: ${res.status} ${res.body}`;
  if (res.status !== 500) throw new Error(`expected 500 — ${where}`);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  const body = JSON.parse(res.body) as { error?: { code?: unknown; message?: unknown } };
  expect(typeof body.error?.code).toBe('string');
  expect(typeof body.error?.message).toBe('string');
  if (LEAK.test(res.body)) throw new Error(`5xx leaks internals — ${where}`);
  for (const s of secrets) if (res.body.includes(s)) throw new Error(`5xx leaks "${s}" — ${where}`);
}

describe('a 5xx never reveals a stack, a query or the data', () => {
  const QUERY = "SELECT * FROM enrollments WHERE owner = 'dev:alice' AND certificate_no = 'R430123456'";
  const throwing = (make: () => Error): Storage => ({
    insertEnrollment: () => Promise.reject(make()),
    getEnrollment: () => Promise.reject(make()),
    listEnrollments: () => Promise.reject(make()),
    deleteOwner: () => Promise.reject(make()),
    kind: 'sqlite',
    ping: async () => undefined,
    close: async () => undefined,
  });
  const failures: [string, () => Storage][] = [
    ['an Error quoting a query and the ID number', () => throwing(() => new Error(`SQLITE_CORRUPT: ${QUERY} idNo=${ID}`))],
    ['a TypeError', () => throwing(() => new TypeError("Cannot read properties of undefined (reading 'record')"))],
    ['a JSON.parse error of a corrupted row', () => throwing(() => {
      try {
        JSON.parse(`{"guardian":{"idNo":"${ID}"`);
      } catch (e) {
        return e as Error;
      }
      return new Error('unreachable');
    })],
    ['a synchronous throw', () => ({ ...throwing(() => new Error('x')), listEnrollments: () => { throw new RangeError(`Maximum call stack size exceeded ${QUERY}`); } })],
    ['a thrown non-Error', () => ({ ...throwing(() => new Error('x')), getEnrollment: () => Promise.reject(`${QUERY}`), listEnrollments: () => Promise.reject({ sql: QUERY, idNo: ID }) })],
    ['a closed database', () => {
      const s = openSqliteStorage(':memory:');
      void s.close();
      return s;
    }],
  ];

  test.each(failures)('%s', async (_what, make) => {
    const lines: string[] = [];
    const t: FuzzApp = await fuzzApp({ storage: make(), logger: { level: 'trace', stream: { write: (l: string) => void lines.push(l) } } });
    try {
      const token = await t.login('alice');
      for (const req of storageRoutes(token)) {
        const res = await t.send(req);
        expectOpaque500(req, res, [...secretsOf(ID), 'SELECT', 'enrollments', 'R430123456', '张小满', '李华']);
      }
      // The server stays up: reference data still answers.
      expect((await t.send({ method: 'GET', url: '/api/v1/health' })).status).toBe(200);
    } finally {
      await t.close();
    }
    // The log keeps what we need to debug (an error line per failure) but never the ID number.
    const log = lines.join('\n');
    expect(lines.filter((l) => /"level":50/.test(l)).length).toBeGreaterThanOrEqual(5);
    for (const s of secretsOf(ID)) if (log.includes(s)) throw new Error(`the log holds the raw ID number (${s}):\n${lines.find((l) => l.includes(s))}`);
  });
});

describe('the raw ID number in no log line, no error answer and not in the OpenAPI document', () => {
  test('a whole session, refusals included, at trace level', async () => {
    const lines: string[] = [];
    const t = await fuzzApp({ logger: { level: 'trace', stream: { write: (l: string) => void lines.push(l) } } });
    const answers: { what: string; status: number; body: string }[] = [];
    try {
      const alice = await t.login('alice');
      const bob = await t.login('bob');
      const post = async (what: string, payload: string, token = alice, headers: Record<string, string> = json) => {
        const res = await t.send({ method: 'POST', url: '/api/v1/newborn-enrollments', headers: { ...headers, authorization: `Bearer ${token}` }, payload });
        answers.push({ what, status: res.status, body: res.body });
        return res;
      };
      expect((await post('201', JSON.stringify(enrollment()))).status).toBe(201);
      expect((await post('200 replay, lowercase', JSON.stringify(enrollment({}, { idNo: ID.toLowerCase() }))) ).status).toBe(200);
      expect((await post('409 other data', JSON.stringify(enrollment({ babyName: '张小雨' })))).status).toBe(409);
      expect((await post('201 other user, same number', JSON.stringify(enrollment()), bob)).status).toBe(201);
      expect((await post('201 X', JSON.stringify(enrollment({ certificateNo: 'R430123457' }, { idNo: ID_X.toLowerCase() })))).status).toBe(201);
      const wrongCheck = `${ID.slice(0, 17)}${ID[17] === '0' ? '1' : '0'}`;
      expect((await post('400 check digit', JSON.stringify(enrollment({ certificateNo: 'R430123458' }, { idNo: wrongCheck })))).status).toBe(400);
      expect((await post('400 birth date in ID', JSON.stringify(enrollment({ certificateNo: 'R430123458' }, { idNo: residentId('430421', '2027-01-01', 1) })))).status).toBe(400);
      expect((await post('400 malformed JSON', JSON.stringify(enrollment()).slice(0, -2))).status).toBe(400);
      expect((await post('400 ID in an unknown field', JSON.stringify({ ...enrollment(), note: ID }))).status).toBe(400);
      expect((await post('400 ID as the name', JSON.stringify(enrollment({ babyName: ID })))).status).toBe(400);
      expect((await post('400 text/plain', JSON.stringify(enrollment()), alice, { 'content-type': 'text/plain' })).status).toBe(400);
      expect((await post('413', JSON.stringify({ ...enrollment(), pad: `${ID} `.repeat(4000) }))).status).toBe(413);
      expect((await post('401', JSON.stringify(enrollment()), 'forged.token.x')).status).toBe(401);
      for (const [what, req] of [
        ['export', { method: 'GET', url: '/api/v1/me/export', headers: { authorization: `Bearer ${alice}` } }],
        ['list', { method: 'GET', url: '/api/v1/newborn-enrollments', headers: { authorization: `Bearer ${alice}` } }],
        ['ID in the query', { method: 'GET', url: `/api/v1/newborn-enrollments?idNo=${ID}`, headers: { authorization: `Bearer ${alice}` } }],
        ['ID in a computation body', { method: 'POST', url: '/api/v1/eligibility', headers: json, payload: JSON.stringify({ region: '430400', insurance: 'none', stage: 'pregnant', idNo: ID }) }],
        ['ID in a header', { method: 'GET', url: '/api/v1/health', headers: { 'x-id-no': ID, cookie: `id=${ID}` } }],
        ['delete', { method: 'DELETE', url: '/api/v1/me', headers: { authorization: `Bearer ${alice}` } }],
      ] as [string, FuzzRequest][]) {
        const res = await t.send(req);
        answers.push({ what, status: res.status, body: res.body });
        expect(res.status).toBeLessThan(500);
      }
    } finally {
      await t.close();
    }
    // Answers: only the export carries the raw number (to its owner).
    for (const a of answers.filter((x) => x.what !== 'export')) {
      for (const s of secretsOf(ID, ID_X)) if (a.body.includes(s)) throw new Error(`answer "${a.what}" (${a.status}) holds ${s}: ${a.body}`);
    }
    expect(answers.find((a) => a.what === 'export')?.body).toContain(ID);
    // Logs: JSON lines, none holding an ID number, a certificate number, a name or a token.
    expect(lines.length).toBeGreaterThan(20);
    const log = lines.join('\n');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    for (const s of [...secretsOf(ID, ID_X), 'R430123456', 'R430123457', '张小满', '李华', 'Bearer']) {
      if (log.includes(s)) throw new Error(`the log holds "${s}":\n${lines.find((l) => l.includes(s))}`);
    }
  });

  test('the OpenAPI document holds no ID number, not even an example one', async () => {
    const t = await fuzzApp();
    try {
      const res = await t.send({ method: 'GET', url: '/api/v1/openapi.json' });
      expect(res.status).toBe(200);
      const doc = res.body;
      // Any 18-character run of 17 digits and a valid GB 11643 check character is an ID number.
      const candidates = [...doc.matchAll(/(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])/g)].map((m) => m[0]);
      const valid = candidates.filter((c) => checkDigit(c.slice(0, 17)) === c[17]?.toUpperCase());
      expect(valid).toEqual([]);
      for (const s of secretsOf(ID, ID_X, '430421199203150047', '11010519491231002X')) expect(doc).not.toContain(s);
    } finally {
      await t.close();
    }
  });
});
