// Two API instances (two `server/main.ts` processes, each with its own pool) on one PostgreSQL
// database: racing enrollments store one record per certificate number, and what one instance
// deletes the other no longer shows.
import { type EnrollmentAnswer, type EnrollmentListAnswer } from '../../src/api/contract';
import { call, enrollmentBody, login, startServer, stop, type Answer, type Server } from '../faults/support';
import { createTestDatabase, type TestDatabase } from '../support/test-store';

let db: TestDatabase;
let instances: Server[] = [];

beforeAll(async () => {
  db = await createTestDatabase('postgres');
  // Started together: both run the migrations' check under the advisory lock.
  instances = await Promise.all([startServer(db.env), startServer(db.env)]);
});
afterAll(async () => {
  await Promise.all(instances.map(stop));
  await db.drop();
});

test('200 concurrent enrollments over both instances, 20 numbers × 10 posts: 20 records, the rest 200 replays or 409, no 5xx', async () => {
  const [one, two] = instances as [Server, Server];
  const token = await login(one.base, 'racer');
  const NUMBERS = 20;
  const POSTS = 10;
  // Per number: 7 posts of one body and 3 of another (another baby name), alternating instances,
  // sent round by round so that each number's posts are in flight on both instances at once.
  const bodies = Array.from({ length: NUMBERS }, (_, i) => {
    const certificateNo = `P${String(i).padStart(9, '0')}`;
    const same = enrollmentBody(i, certificateNo);
    return { certificateNo, same, other: { ...same, babyName: same.babyName === '张小满' ? '李小雨' : '张小满' } };
  });
  const posts = Array.from({ length: POSTS }, (_, k) =>
    bodies.map((b, i) => ({ certificateNo: b.certificateNo, body: k % 3 === 2 ? b.other : b.same, via: (k + i) % 2 === 0 ? one : two })),
  ).flat();
  const answers = await Promise.all(
    posts.map(async (p) => ({ ...p, answer: await call(p.via.base, 'POST', '/api/v1/newborn-enrollments', { token, body: p.body }) })),
  );

  const statuses = answers.map((a) => a.answer.status);
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  expect(statuses.filter((s) => s === 201)).toHaveLength(NUMBERS);
  expect(statuses.every((s) => s === 201 || s === 200 || s === 409)).toBe(true);
  // Each number: one 201; the posts of the winning body replay its record (200, same id), the others are 409.
  for (let i = 0; i < NUMBERS; i++) {
    const mine = answers.filter((a) => a.certificateNo === `P${String(i).padStart(9, '0')}`);
    const created = mine.filter((a) => a.answer.status === 201);
    expect(created).toHaveLength(1);
    const winner = created[0]!;
    const record = winner.answer.json<EnrollmentAnswer>();
    for (const a of mine) {
      if (a === winner) continue;
      if (a.body === winner.body) expect({ status: a.answer.status, id: a.answer.json<EnrollmentAnswer>().id }).toEqual({ status: 200, id: record.id });
      else expect(a.answer.status).toBe(409);
    }
  }
  // Both instances created records, and both list all 20.
  expect(new Set(answers.filter((a) => a.answer.status === 201).map((a) => a.via.base)).size).toBe(2);
  expect(await db.count('P')).toBe(NUMBERS);
  for (const instance of instances) {
    const list = (await call(instance.base, 'GET', '/api/v1/newborn-enrollments', { token })).json<EnrollmentListAnswer>();
    expect(list.enrollments.filter((e) => e.certificateNo.startsWith('P'))).toHaveLength(NUMBERS);
  }
});

test('DELETE /me on one instance is seen at once by the other', async () => {
  const [one, two] = instances as [Server, Server];
  const token = await login(two.base, 'leaver');
  const created = await call(one.base, 'POST', '/api/v1/newborn-enrollments', { token, body: enrollmentBody(7, 'D000000001') });
  expect(created.status).toBe(201);
  const id = created.json<EnrollmentAnswer>().id;
  expect((await call(two.base, 'GET', `/api/v1/newborn-enrollments/${id}`, { token })).status).toBe(200);

  expect((await call(two.base, 'DELETE', '/api/v1/me', { token })).status).toBe(204);
  // No wait, no retry: the very next requests on the other instance.
  const [list, one404, exported] = await Promise.all([
    call(one.base, 'GET', '/api/v1/newborn-enrollments', { token }),
    call(one.base, 'GET', `/api/v1/newborn-enrollments/${id}`, { token }),
    call(one.base, 'GET', '/api/v1/me/export', { token }),
  ]);
  expect(list.json()).toEqual({ enrollments: [] });
  expect(one404.status).toBe(404);
  expect(exported.json<{ enrollments: unknown[] }>().enrollments).toEqual([]);
  // The number is free again, on either instance.
  const again: Answer = await call(one.base, 'POST', '/api/v1/newborn-enrollments', { token, body: enrollmentBody(7, 'D000000001') });
  expect(again.status).toBe(201);
  expect(again.json<EnrollmentAnswer>().id).not.toBe(id);
});

test('/health on each instance names PostgreSQL and says it answers', async () => {
  for (const instance of instances) {
    const health = await call(instance.base, 'GET', '/api/v1/health');
    expect(health.status).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok', store: { kind: 'postgres', ok: true } });
  }
});

test('started wrong, an instance says why and stops: no TOKEN_SECRET, not a postgres:// URL, no database there', async () => {
  await expect(startServer({ ...db.env, TOKEN_SECRET: '' })).rejects.toThrow(/TOKEN_SECRET must be set with DATABASE_URL/);
  await expect(startServer({ ...db.env, ID_NUMBER_KEY: '' })).rejects.toThrow(/ID_NUMBER_KEY must be set with DATABASE_URL/);
  await expect(startServer({ ...db.env, DATABASE_URL: 'mysql://u:p@127.0.0.1/x' })).rejects.toThrow(/DATABASE_URL must be a postgres/);
  const nowhere = new URL(db.env.DATABASE_URL!);
  nowhere.port = '1';
  const refused = startServer({ ...db.env, DATABASE_URL: nowhere.toString() });
  await expect(refused).rejects.toThrow(/cannot open the PostgreSQL database \(ECONNREFUSED\)/);
  await expect(refused).rejects.not.toThrow(nowhere.password);
});
