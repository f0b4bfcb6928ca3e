// 20 identical enrollments at once over a real port: exactly one 201, the rest 200 replays of
// the same record, one row in the database; 20 users posting one number get a record each.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { FIXED_NOW, anEnrollment } from '../../mock/fixtures';
import { apiAt } from './harness';

let dir: string;
let app: FastifyInstance;
let base: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunbao-concurrency-'));
  app = await buildApp({ databasePath: path.join(dir, 'db.sqlite'), tokenSecret: 'contract-secret-0123456789', rateLimitPerMinute: 0, logger: false, now: () => FIXED_NOW });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
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

  const db = new Database(path.join(dir, 'db.sqlite'), { readonly: true });
  expect(db.prepare('SELECT COUNT(*) AS n FROM enrollments').get()).toEqual({ n: 1 });
  db.close();
});

test('20 parallel posts of one number by different users: twenty records, one each', async () => {
  const api = apiAt(base);
  const tokens = await Promise.all(Array.from({ length: 20 }, (_, i) => api.login(`user${i}`)));
  const body = anEnrollment({ certificateNo: 'Z000000001' });
  const replies = await Promise.all(tokens.map((token) => api.call('POST', '/api/v1/newborn-enrollments', { body, token })));
  const statuses = replies.map((r) => r.status);
  expect(statuses).toEqual(Array.from({ length: 20 }, () => 201));
  expect(new Set(replies.map((r) => (r.json as { id: string }).id)).size).toBe(20);
});
