// A 201 means durable: kill -9 the server right after the answer, start it again on the same
// database, and the record is there. Also: SIGTERM shuts down cleanly, and on SQLite the token
// secret generated once (0600, in SECRETS_DIR, outside the data folder) survives restarts
// (PostgreSQL's instances share TOKEN_SECRET).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { anEnrollment } from '../../mock/fixtures';
import { STORE_UNDER_TEST, createTestDatabase, type TestDatabase } from '../support/test-store';
import { apiAt } from './harness';
import { startServer } from './process';

let dir: string;
let db: TestDatabase | null = null;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunbao-durable-'));
});
afterAll(async () => {
  await db?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test(`an answered enrollment survives SIGKILL (${STORE_UNDER_TEST})`, async () => {
  // SQLite in a folder that does not exist yet: the server creates it.
  db = STORE_UNDER_TEST === 'postgres' ? await createTestDatabase() : null;
  const env = db ? db.env : { DATABASE_PATH: path.join(dir, 'nested', 'yunbao.sqlite'), SECRETS_DIR: path.join(dir, 'secrets'), TOKEN_SECRET: '' };
  const first = await startServer(env);
  let token: string;
  let id: string;
  try {
    const api = apiAt(first.base);
    token = await api.login('alice');
    const created = await api.call('POST', '/api/v1/newborn-enrollments', { body: anEnrollment({ birthDate: daysAgo(10) }), token });
    expect(created.status).toBe(201);
    id = (created.json as { id: string }).id;
  } finally {
    first.child.kill('SIGKILL');
  }
  expect(await first.exited).toMatchObject({ signal: 'SIGKILL' });

  if (STORE_UNDER_TEST === 'sqlite') {
    // Outside the data folder: a backup of the data does not hold the key to its tokens.
    const secretFile = path.join(dir, 'secrets', 'token-secret');
    expect(fs.statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, 'secrets')).mode & 0o777).toBe(0o700);
    expect(fs.readdirSync(path.join(dir, 'nested')).filter((f) => !f.startsWith('yunbao.sqlite'))).toEqual([]);
  }

  const second = await startServer(env);
  try {
    const api = apiAt(second.base);
    // The same secret (generated on SQLite, shared on PostgreSQL): the token of the first run is still valid.
    const list = await api.call('GET', '/api/v1/newborn-enrollments', { token });
    expect(list.status).toBe(200);
    expect((list.json as { enrollments: { id: string }[] }).enrollments.map((e) => e.id)).toEqual([id]);
    expect(second.output()).not.toContain('430421199203150047');
    for (const line of second.stdout().trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  } finally {
    second.child.kill('SIGTERM');
  }
  expect(await second.exited).toEqual({ code: 0, signal: null });
});

/** A Shanghai calendar day `n` days before the real today (the child process uses the real clock). */
function daysAgo(n: number): string {
  return new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);
}
