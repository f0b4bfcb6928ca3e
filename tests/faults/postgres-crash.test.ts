// Crash under load on PostgreSQL: two API instances on one database, 200 concurrent enrollments
// with distinct certificate numbers spread over both; at a random moment one instance is SIGKILLed
// and, a random 0–20 ms later, the database is stopped in immediate mode (SIGQUIT: no checkpoint,
// crash recovery at the next start). Then the database and the killed instance are started again;
// the other instance is left running and must serve again by itself. Every enrollment answered
// 201 is there exactly once, on both instances; the instance left running answered nothing but
// 201 or 503 (never a 500); a client retrying the rest ends with all 200, committed-but-unanswered
// ones replaying as 200. Rounds as in crash.test.ts (FAULTS_CRASHES, FAULTS_SEED).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type EnrollmentAnswer, type EnrollmentListAnswer } from '../../src/api/contract';
import { startLocalPostgres, type LocalPostgres } from '../../scripts/lib/local-postgres.mjs';
import { idSealer } from '../../server/id-sealing';
import { call, checkAfterCrash, deviceUserOf, enrollmentBody, login, matches, retryUnacknowledged, startServer, stop, type Answer, type Body, type Server } from './support';

const CRASHES = Number(process.env.FAULTS_CRASHES ?? 5);
const PER_ROUND = 200;

let database: LocalPostgres;
let instances: Server[] = [];
let secrets: string;
/** The ID number key both instances share (the database keeps the numbers sealed with it). */
const ID_KEY = Buffer.alloc(32, 11);
beforeAll(async () => {
  // On disk, not in memory: the commits being checked are fsynced ones.
  database = await startLocalPostgres({ parent: os.tmpdir(), label: 'crash-pg' });
  secrets = fs.mkdtempSync(path.join(os.tmpdir(), 'yunbao-crash-pg-secrets-'));
});
afterAll(async () => {
  await Promise.all(instances.map(stop));
  await database.destroy();
  fs.rmSync(secrets, { recursive: true, force: true });
});

test(`${CRASHES} crashes of an instance and then of PostgreSQL under ${PER_ROUND} concurrent enrollments: nothing acknowledged is lost, nothing is doubled`, async () => {
  const env = { DATABASE_URL: database.url, TOKEN_SECRET: 'crash-test-secret-0123456789abcdef', ID_NUMBER_KEY: ID_KEY.toString('base64url'), SECRETS_DIR: secrets };
  const seed = Number(process.env.FAULTS_SEED ?? Date.now() % 1_000_000);
  let rand = seed;
  const random = () => ((rand = (rand * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  // First, so that a failing run can be replayed (FAULTS_SEED=<seed> npm run test:faults).
  process.stdout.write(`\n[faults] PostgreSQL crash under load: seed ${seed}\n`);
  const report: string[] = [];
  let totalAcked = 0;
  let totalFound = 0;
  const bodiesByUser = new Map<string, Body[]>();
  let midBurst = 0;
  let round = 0;

  instances = await Promise.all([startServer(env), startServer(env)]);
  while (midBurst < CRASHES) {
    round += 1;
    if (round > 2 * CRASHES) throw new Error(`only ${midBurst} of ${round - 1} kills came while answers were owed:\n${report.join('\n')}`);
    const [victim, survivor] = instances as [Server, Server];
    const user = `pgcrash${round}`;
    const token = await login(survivor.base, user);
    const bodies = Array.from({ length: PER_ROUND }, (_, i) => enrollmentBody(round * 1000 + i, `G${String(round).padStart(2, '0')}${String(i).padStart(7, '0')}`));
    bodiesByUser.set(await deviceUserOf(user), bodies);
    const killAt = 20 + Math.floor(random() * (PER_ROUND * 0.7 - 20));
    const killDelay = Math.floor(random() * 21);
    const acked = new Set<string>();
    const survivorAnswers: number[] = [];
    let killed = false;
    let databaseDown: Promise<void> = Promise.resolve();
    const kill = () => {
      if (killed) return;
      killed = true;
      victim.child.kill('SIGKILL');
      databaseDown = new Promise((resolve) => setTimeout(() => void database.stop({ mode: 'immediate' }).then(resolve), killDelay));
    };
    const outcomes = await Promise.allSettled(
      bodies.map(async (body, i) => {
        const via = i % 2 === 0 ? victim : survivor;
        const res: Answer = await call(via.base, 'POST', '/api/v1/newborn-enrollments', { token, body });
        if (via === survivor) survivorAnswers.push(res.status);
        if (res.status === 201) {
          acked.add(body.certificateNo);
          if (acked.size === killAt) kill();
        } else if (!killed) throw new Error(`unexpected ${res.status} before the kill: ${res.body}`);
        return res.status;
      }),
    );
    kill();
    await databaseDown;
    expect((await victim.exited).signal).toBe('SIGKILL');
    const duringBurst = acked.size < PER_ROUND;
    if (duringBurst) midBurst += 1;
    expect(outcomes.filter((o) => o.status === 'rejected' && String(o.reason).includes('before the kill'))).toEqual([]);
    // The instance left running: committed (201) or refused for now (503), never a 500.
    expect(survivorAnswers.filter((s) => s !== 201 && s !== 503)).toEqual([]);

    // The database comes back (crash recovery), then the killed instance; the survivor was never restarted.
    await database.start();
    const restarted = await startServer(env);
    instances = [restarted, survivor];
    const lists = await Promise.all(instances.map((s) => untilServed(() => call(s.base, 'GET', '/api/v1/newborn-enrollments', { token }))));
    const present = lists[0]!.json<EnrollmentListAnswer>().enrollments;
    expect(lists[1]!.json<EnrollmentListAnswer>().enrollments).toEqual(present);
    const { byCert, committedUnacked, found } = checkAfterCrash(present, bodies, acked);
    // The client retries everything not acknowledged, over both instances.
    const retried = await retryUnacknowledged(bodies, acked, byCert, token, (i) => instances[i % 2]!.base);
    const final = (await call(survivor.base, 'GET', '/api/v1/newborn-enrollments', { token })).json<EnrollmentListAnswer>().enrollments;
    expect(final).toHaveLength(PER_ROUND);
    expect(new Set(final.map((r) => r.certificateNo)).size).toBe(PER_ROUND);
    totalAcked += acked.size;
    totalFound += found;
    const refused = survivorAnswers.filter((s) => s === 503).length;
    report.push(
      `  crash ${round}: instance killed after 201 no. ${killAt}, database ${killDelay} ms later; ${acked.size} acknowledged in all (${refused} × 503 from the surviving instance); ` +
        `${present.length} present after restart (all ${acked.size} acknowledged found once; ${committedUnacked} committed but unanswered); retries: ` +
        `${retried.filter((s) => s === 201).length}×201 + ${retried.filter((s) => s === 200).length}×200 → ${final.length} records, no duplicate` +
        (duringBurst ? '' : ' (every answer had come back before the kill: not counted)'),
    );
  }

  // The database itself: each (owner, certificate number) once, every record whole.
  const reader = new pg.Client({ connectionString: database.url });
  await reader.connect();
  try {
    const { rows } = await reader.query<{ id: string; owner: string; certificate_no: string; record: EnrollmentAnswer }>('SELECT id, owner, certificate_no, record FROM enrollments');
    expect(rows).toHaveLength(round * PER_ROUND);
    const keys = new Set(rows.map((r) => `${r.owner}|${r.certificate_no}`));
    expect(keys.size).toBe(rows.length);
    const sealer = idSealer(ID_KEY);
    for (const row of rows) {
      const body = bodiesByUser.get(row.owner)?.find((b) => b.certificateNo === row.certificate_no);
      // The ID number is stored sealed: whole means it opens, bound to its own record.
      const record = { ...row.record, guardian: { ...row.record.guardian, idNo: sealer.open(row.record.guardian.idNo, row.id) } };
      if (!body || !matches(record, body, true) || row.record.id !== row.id) throw new Error(`half-written row: ${JSON.stringify(row)}`);
    }
  } finally {
    await reader.end();
  }
  process.stdout.write(
    `\n[faults] PostgreSQL crash under load (seed ${seed}): ${midBurst} crashes during the burst survived (${round} rounds), ${totalAcked} enrollments acknowledged before the kills, ${totalFound} found exactly once after restart\n${report.join('\n')}\n` +
      `  database: ${round * PER_ROUND} rows, no duplicate (owner, certificate number), every record whole (its ID number sealed and opening)\n`,
  );
  expect(totalFound).toBe(totalAcked);
});

/** Sends until the answer is not a 503 (the pool reconnecting), at most 15 s. */
async function untilServed(send: () => Promise<Answer>): Promise<Answer> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const res = await send();
    if (res.status !== 503) {
      expect(res.status).toBe(200);
      return res;
    }
    if (Date.now() > deadline) throw new Error('still 503 after 15 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}
