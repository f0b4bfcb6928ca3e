// When PostgreSQL cannot serve (stopped, crashed and restarted, no free connection in the pool):
// each request that needs it is a 503 STORE_UNAVAILABLE with Retry-After, never a 500, the rest of
// the API answers, /health says the store does not answer, and the instance recovers by itself.
// A server of its own: stopping the shared one would fail the other test files.
import fs from 'node:fs';
import os from 'node:os';
import { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { FIXED_NOW, aDeliveryEstimateRequest, anEnrollment } from '../../mock/fixtures';
import { startLocalPostgres, type LocalPostgres } from '../../scripts/lib/local-postgres.mjs';
import { buildApp, type BuildAppOptions } from '../../server/app';
import { type EnrollmentListAnswer } from '../../src/api/contract';
import { LEAK } from '../fuzz/support/harness';

let server: LocalPostgres;
beforeAll(async () => {
  server = await startLocalPostgres({ parent: fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), label: 'test-pg-down' });
});
afterAll(() => server.destroy());

interface Running {
  app: FastifyInstance;
  lines: string[];
  send(method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown): Promise<{ status: number; headers: Record<string, unknown>; body: string }>;
}

async function instance(postgres: BuildAppOptions['postgres'] = {}): Promise<Running> {
  const lines: string[] = [];
  const app = await buildApp({
    databaseUrl: server.url,
    postgres,
    tokenSecret: 'unavailable-secret-0123456789',
    rateLimitPerMinute: 0,
    logger: { level: 'info', stream: { write: (l: string) => void lines.push(l) } },
    now: () => FIXED_NOW,
  });
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { code: 'dev:alice' } });
  const token = (login.json() as { token: string }).token;
  return {
    app,
    lines,
    async send(method, url, body) {
      const res = await app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(body !== undefined ? { payload: body as object } : {}) });
      return { status: res.statusCode, headers: res.headers, body: res.body };
    },
  };
}

function expectUnavailable(res: { status: number; headers: Record<string, unknown>; body: string }, what: string): void {
  expect({ what, status: res.status, retryAfter: res.headers['retry-after'] }).toEqual({ what, status: 503, retryAfter: '2' });
  expect(JSON.parse(res.body)).toEqual({ error: { code: 'STORE_UNAVAILABLE', message: '服务暂时繁忙，请稍后重试', details: [] } });
  expect(res.body).not.toMatch(LEAK);
}

/** Sends until the answer is not a 503 (at most `ms`); every answer on the way is a 503, never a 500. */
async function untilServed(send: () => Promise<{ status: number; headers: Record<string, unknown>; body: string }>, ms = 15_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await send();
    if (res.status !== 503) return res;
    expectUnavailable(res, 'while the database comes back');
    if (Date.now() > deadline) throw new Error(`still 503 after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const ENROLL = '/api/v1/newborn-enrollments';

test('the database stopped: 503 + Retry-After on every route that needs it, the rest answers; started again: served, nothing lost', async () => {
  const t = await instance({ connectTimeoutMs: 1000 });
  try {
    expect((await t.send('POST', ENROLL, anEnrollment({ certificateNo: 'S000000001' }))).status).toBe(201);
    await server.stop();

    expectUnavailable(await t.send('POST', ENROLL, anEnrollment({ certificateNo: 'S000000002' })), 'POST enrollment');
    expectUnavailable(await t.send('GET', ENROLL), 'GET list');
    expectUnavailable(await t.send('GET', `${ENROLL}/some-id`), 'GET one');
    expectUnavailable(await t.send('GET', '/api/v1/me/export'), 'GET export');
    expectUnavailable(await t.send('DELETE', '/api/v1/me'), 'DELETE /me');
    const health = await t.send('GET', '/api/v1/health');
    expect({ status: health.status, store: JSON.parse(health.body).store }).toEqual({ status: 200, store: { kind: 'postgres', ok: false } });
    expect((await t.send('POST', '/api/v1/delivery-estimate', aDeliveryEstimateRequest())).status).toBe(200);

    await server.start();
    const retried = await untilServed(() => t.send('POST', ENROLL, anEnrollment({ certificateNo: 'S000000002' })));
    expect(retried.status).toBe(201);
    const list = JSON.parse((await t.send('GET', ENROLL)).body) as EnrollmentListAnswer;
    expect(list.enrollments.map((e) => e.certificateNo).sort()).toEqual(['S000000001', 'S000000002']);
    expect(JSON.parse((await t.send('GET', '/api/v1/health')).body).store).toEqual({ kind: 'postgres', ok: true });
  } finally {
    await t.app.close();
  }
  // The log says which failure it was (a code, no message), and never the database's password.
  const warnings = t.lines.map((l) => JSON.parse(l) as { level: number; msg: string; cause?: { code?: string } }).filter((l) => l.msg === 'store unavailable');
  expect(warnings.length).toBeGreaterThanOrEqual(5);
  expect(warnings.every((w) => typeof w.cause?.code === 'string')).toBe(true);
  expect(t.lines.join('\n')).not.toContain(new URL(server.url).password);
});

test('a crash and restart of the database under idle pooled connections: no 500, served again by itself', async () => {
  const t = await instance({ connectTimeoutMs: 1000 });
  try {
    // Several connections open and idle in the pool.
    await Promise.all(Array.from({ length: 5 }, () => t.send('GET', ENROLL)));
    await server.stop({ mode: 'immediate' });
    await server.start();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await untilServed(() => t.send('GET', ENROLL));
      statuses.push(res.status);
    }
    expect(statuses).toEqual(Array(10).fill(200));
    expect((await untilServed(() => t.send('POST', ENROLL, anEnrollment({ certificateNo: 'S000000003' })))).status).toBe(201);
  } finally {
    await t.app.close();
  }
});

test('a connection dropped under a request (its backend terminated): 503 for that request, the next one served', async () => {
  const t = await instance();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  try {
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE enrollments IN ACCESS EXCLUSIVE MODE');
    const blocked = t.send('GET', ENROLL);
    // Wait until the request's backend is waiting on the lock, then cut its connection.
    for (let i = 0; i < 50; i++) {
      const { rows } = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'yunbao' AND wait_event_type = 'Lock'");
      if (rows[0].n > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const { rows } = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity, pg_terminate_backend(pid) WHERE application_name = 'yunbao' AND wait_event_type = 'Lock'");
    expect(rows[0].n).toBe(1);
    expectUnavailable(await blocked, 'its connection terminated');
    await admin.query('COMMIT');
    expect((await t.send('GET', ENROLL)).status).toBe(200);
  } finally {
    await admin.end();
    await t.app.close();
  }
});

test('no free connection in time: 503 for the request that waited, served again once the pool frees', async () => {
  const t = await instance({ poolSize: 1, connectTimeoutMs: 300, statementTimeoutMs: 1500 });
  const locker = new pg.Client({ connectionString: server.url });
  await locker.connect();
  try {
    // Another session holds the table: the pool's one connection waits on it.
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE enrollments IN ACCESS EXCLUSIVE MODE');
    const blocked = t.send('GET', ENROLL);
    await new Promise((r) => setTimeout(r, 100));
    expectUnavailable(await t.send('GET', ENROLL), 'waiting for the pool');
    // The blocked statement is cancelled by its timeout (57014): also a 503.
    expectUnavailable(await blocked, 'cancelled by statement_timeout');
    await locker.query('COMMIT');
    expect((await t.send('GET', ENROLL)).status).toBe(200);
  } finally {
    await locker.end();
    await t.app.close();
  }
});
