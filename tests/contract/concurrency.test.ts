// 20 identical enrollments at once over a real port: exactly one 201, the rest 200 replays of
// the same record, one row in the database (SQLite, or PostgreSQL in the jest project `postgres`);
// 20 users posting one number get a record each.
import { type FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { FIXED_NOW, anEnrollment } from '../../mock/fixtures';
import { createTestDatabase, type TestDatabase } from '../support/test-store';
import { apiAt } from './harness';

let db: TestDatabase;
let app: FastifyInstance;
let base: string;
beforeAll(async () => {
  db = await createTestDatabase();
  app = await buildApp({ ...db.options, tokenSecret: 'contract-secret-0123456789', rateLimitPerMinute: 0, logger: false, now: () => FIXED_NOW });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

test('20 parallel identical posts create exactly one record', async () => {
  const api = apiAt(base);
  const token = await api.login('alice');
  const body = anEnrollment();
  const replies = await Promise.all(Array.from({ length: 20 }, () => api.call('POST', '/api/v1/newborn-enrollments', { body, token })));
  const statuses = replies.map((r) => r.status).sort();
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 200)).toHaveLength(19);
  expect(new Set(replies.map((r) => (r.json as { id: string }).id)).size).toBe(1);

  expect(await db.count()).toBe(1);
});

test('20 parallel posts of one number by different users: twenty records, one each', async () => {
  const api = apiAt(base);
  const tokens = await Promise.all(Array.from({ length: 20 }, (_, i) => api.login(`user${i}`)));
  const body = anEnrollment({ certificateNo: 'Z000000001' });
  const replies = await Promise.all(tokens.map((token) => api.call('POST', '/api/v1/newborn-enrollments', { body, token })));
  expect(replies.map((r) => r.status)).toEqual(Array(20).fill(201));
  expect(new Set(replies.map((r) => (r.json as { id: string }).id)).size).toBe(20);
  expect(await db.count('Z')).toBe(20);
});
