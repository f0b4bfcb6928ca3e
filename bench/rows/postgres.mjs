// Rows 6–9: enrollments committed on PostgreSQL by one API instance and by two on one database,
// next to one instance on SQLite, in the same run. A private PostgreSQL server on disk
// (scripts/lib/local-postgres.mjs: fsync on, synchronous_commit on); each instance as `npm run api`
// runs it (DATABASE_URL, its own pool of 10); load from bench/api-load.mjs, 50 connections shared
// among the instances. The three take turns in 2 s windows (as the API row does with its
// baseline), so that a drift of the shared machine's speed weighs on all three alike. Committed =
// rows counted in the database afterwards ÷ measured seconds.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { startLocalPostgres } from '../../scripts/lib/local-postgres.mjs';
import { addDaysIso, fmtMs, fmtRate, ratio, shanghaiToday, startApi } from '../lib/util.mjs';
import { combine, loadOnce, post, statusSummary } from './api.mjs';

export const PG_BUDGET = { twoVsOne: 1.5, p99: 50 };

// CPU time from /proc, in clock ticks (USER_HZ, 100 on Linux): where a set-up's cores went.
const TICKS_PER_S = 100;
function statOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}
const ticksOf = (pids) => pids.reduce((sum, pid) => sum + (statOf(pid)?.ticks ?? 0), 0);
/** The postmaster and its children (backends, WAL writer, checkpointer…). */
function postgresPids(postmaster) {
  if (!postmaster) return [];
  const children = readdirSync('/proc').filter((d) => /^\d+$/.test(d) && statOf(d)?.ppid === postmaster);
  return [postmaster, ...children.map(Number)];
}
/** Busy ticks of the whole machine (all but idle and iowait), summed over its cores. */
function machineBusy() {
  const [, ...n] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  return n.reduce((a, b) => a + b, 0) - n[3] - n[4];
}

const WARMUP_S = 2;
const WINDOW_S = 2;
const TOKEN_SECRET = 'bench-token-secret-0123456789';

export async function postgresRows({ connections = 50, duration = 10, log }) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'yunbao-bench-pg-'));
  const started = [];
  let database = null;
  const errorRows = (message) => [
    { name: 'PostgreSQL enrollments committed, 1 instance', error: message, budget: '–' },
    { name: 'PostgreSQL enrollments p99, 1 instance', error: message, budget: `≤ ${PG_BUDGET.p99} ms` },
    { name: 'PostgreSQL enrollments committed, 2 instances', error: message, budget: `≥ ${PG_BUDGET.twoVsOne}× 1 instance` },
    { name: 'PostgreSQL enrollments p99, 2 instances', error: message, budget: `≤ ${PG_BUDGET.p99} ms` },
  ];
  try {
    log('  starting PostgreSQL (on disk) and three API instances…');
    database = await startLocalPostgres({ label: 'bench-pg' });
    const env = { DATABASE_URL: database.url, TOKEN_SECRET };
    const sqliteFile = path.join(tmp, 'bench.sqlite');
    const start = async (options) => {
      const api = await startApi(options);
      started.push(api);
      return api;
    };
    const sqlite = await start({ databasePath: sqliteFile, env: { TOKEN_SECRET } });
    const [one, two] = await Promise.all([start({ databasePath: path.join(tmp, 'unused.sqlite'), env }), start({ databasePath: path.join(tmp, 'unused.sqlite'), env })]);
    // One token for all: the instances share TOKEN_SECRET.
    const { json: login } = await post(one.base, '/api/v1/auth/login', { code: 'dev:bench' });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${login.token}` };
    const today = shanghaiToday();
    const enroll = (letter, startAt) => ({ letter, start: startAt, birthDate: addDaysIso(today, -10), region: '430400' });
    const path_ = '/api/v1/newborn-enrollments';
    const configs = [
      { key: 'sqlite', urls: [`${sqlite.base}${path_}`], letter: 'S' },
      { key: 'one', urls: [`${one.base}${path_}`], letter: 'O' },
      { key: 'two', urls: [`${one.base}${path_}`, `${two.base}${path_}`], letter: 'T' },
    ];
    const windows = Math.max(1, Math.round(duration / WINDOW_S));
    const runs = Object.fromEntries(configs.map((c) => [c.key, []]));
    const cpu = Object.fromEntries(configs.map((c) => [c.key, { api: 0, pg: 0, machine: 0, seconds: 0 }]));
    const apiPids = { sqlite: [sqlite.child.pid], one: [one.child.pid], two: [one.child.pid, two.child.pid] };
    const measured = async (c, job) => {
      const pgPids = postgresPids(database.pid());
      const before = { api: ticksOf(apiPids[c.key]), pg: ticksOf(pgPids), machine: machineBusy(), at: Date.now() };
      const result = await loadOnce(job);
      const spent = cpu[c.key];
      spent.api += ticksOf(apiPids[c.key]) - before.api;
      spent.pg += ticksOf(pgPids) - before.pg;
      spent.machine += machineBusy() - before.machine;
      spent.seconds += (Date.now() - before.at) / 1000;
      return result;
    };
    let serial = 0;
    // 1e6 numbers per window: more than any window can send.
    const next = () => (serial += 1) * 1_000_000;
    log(`  warm-up, then ${windows} windows of ${WINDOW_S} s each: SQLite, PostgreSQL × 1, PostgreSQL × 2…`);
    for (const c of configs) await loadOnce({ urls: c.urls, connections, duration: WARMUP_S, headers, enroll: enroll('W', next()) });
    for (let i = 0; i < windows; i++) {
      for (const c of configs) runs[c.key].push(await measured(c, { urls: c.urls, connections, duration: WINDOW_S, headers, enroll: enroll(c.letter, next()) }));
    }
    const results = Object.fromEntries(configs.map((c) => [c.key, combine(runs[c.key])]));
    for (const api of started.splice(0)) await api.stop();

    const db = new Database(sqliteFile, { readonly: true });
    const sqliteRows = db.prepare("SELECT count(*) AS c FROM enrollments WHERE certificate_no LIKE 'S%'").get().c;
    db.close();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const counts = Object.fromEntries(
      (await client.query("SELECT left(certificate_no, 1) AS letter, count(*)::int AS c FROM enrollments GROUP BY 1")).rows.map((r) => [r.letter, r.c]),
    );
    await client.end();
    const perSec = {
      sqlite: sqliteRows / results.sqlite.duration,
      one: (counts.O ?? 0) / results.one.duration,
      two: (counts.T ?? 0) / results.two.duration,
    };
    const rounds = runs.two.map((r, i) => (r.ok2xx / r.duration / (runs.one[i].ok2xx / runs.one[i].duration)).toFixed(2)).join(' ');
    const clean = (r) => r.non2xx === 0 && r.errors === 0;
    // In cores: the API instance(s), PostgreSQL, and the whole machine (the rest: the load generator, other work).
    const cores = (key) => {
      const c = cpu[key];
      const f = (ticks) => (ticks / TICKS_PER_S / c.seconds).toFixed(2);
      return `CPU in cores: API ${f(c.api)}, PostgreSQL ${f(c.pg)}, machine ${f(c.machine)} of ${os.cpus().length}`;
    };
    const oneRatio = ratio(perSec.one, perSec.sqlite);
    const twoRatio = ratio(perSec.two, perSec.one);
    return [
      {
        name: 'PostgreSQL enrollments committed, 1 instance',
        value: perSec.one,
        figure: fmtRate(perSec.one),
        baseline: `${fmtRate(perSec.sqlite)} SQLite`,
        ratio: oneRatio,
        budget: '–',
        ok: clean(results.one) ? null : false,
        note: `${(counts.O ?? 0).toLocaleString('en-US')} rows after ${results.one.duration.toFixed(1)} s; ${cores('one')} (SQLite: ${sqliteRows.toLocaleString('en-US')} rows, p99 ${fmtMs(results.sqlite.latency.p99)}, ${cores('sqlite')}; ${statusSummary(results.sqlite)}); ${statusSummary(results.one)}`,
      },
      {
        name: 'PostgreSQL enrollments p99, 1 instance',
        value: results.one.latency.p99,
        figure: fmtMs(results.one.latency.p99),
        baseline: `${fmtMs(results.sqlite.latency.p99)} SQLite`,
        ratio: ratio(results.one.latency.p99, results.sqlite.latency.p99),
        budget: `≤ ${PG_BUDGET.p99} ms`,
        ok: results.one.latency.p99 <= PG_BUDGET.p99,
        note: `p50 ${fmtMs(results.one.latency.p50)}, max ${fmtMs(results.one.latency.max)}`,
      },
      {
        name: 'PostgreSQL enrollments committed, 2 instances',
        value: perSec.two,
        figure: fmtRate(perSec.two),
        baseline: `${fmtRate(perSec.one)} 1 instance`,
        ratio: twoRatio,
        budget: `≥ ${PG_BUDGET.twoVsOne}× 1 instance`,
        ok: twoRatio != null && twoRatio >= PG_BUDGET.twoVsOne && clean(results.two),
        note: `${(counts.T ?? 0).toLocaleString('en-US')} rows after ${results.two.duration.toFixed(1)} s, ${connections} connections shared by the two; ratio per window ${rounds}; ${cores('two')}; ${statusSummary(results.two)}`,
      },
      {
        name: 'PostgreSQL enrollments p99, 2 instances',
        value: results.two.latency.p99,
        figure: fmtMs(results.two.latency.p99),
        baseline: `${fmtMs(results.one.latency.p99)} 1 instance`,
        ratio: ratio(results.two.latency.p99, results.one.latency.p99),
        budget: `≤ ${PG_BUDGET.p99} ms`,
        ok: results.two.latency.p99 <= PG_BUDGET.p99,
        note: `p50 ${fmtMs(results.two.latency.p50)}, max ${fmtMs(results.two.latency.max)}`,
      },
    ];
  } catch (e) {
    return errorRows(e instanceof Error ? e.message : String(e));
  } finally {
    for (const api of started) await api.stop();
    await database?.destroy();
    rmSync(tmp, { recursive: true, force: true });
  }
}
