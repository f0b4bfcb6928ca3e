// Row 4: the policy API under load from a second process (bench/api-load.mjs, autocannon),
// 50 connections, 10 s per endpoint after a 2 s warm-up. The estimate's budget is against a bare
// Fastify route answering a fixed JSON of the estimate answer's size (bench/baseline-fastify.mjs);
// a bare node:http server doing the same (bench/baseline-server.mjs) is measured as information.
// The three take turns in 2 s windows so that all see the same machine; then each After-the-birth
// computation takes turns with the Fastify route, under the same budget. The API runs as
// `npm run api` does, with RATE_LIMIT_PER_MINUTE=0 and a fresh SQLite file in a temp folder;
// committed enrollments are counted in that file afterwards.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BENCH, addDaysIso, fmtMs, fmtRate, ratio, run, shanghaiToday, startApi, startChild } from '../lib/util.mjs';

export const API_BUDGET = { estimateVsFastify: 0.6, estimateP99: 20, enrollPerSec: 1000, enrollP99: 50 };

const ESTIMATE = {
  region: '430400',
  insurance: 'resident',
  deliveryDate: '2026-03-15',
  hospital: { designated: true, obstetrics: true, inRegion: true, level: 2, zeroCopay: { joinedOn: '2025-12-10', leftOn: null } },
  costs: { inScope: 420000, outOfScope: 30000, specialNeeds: 50000, complications: 0 },
  ordinary: { deductible: 50000, ratioPct: 70 },
};

// The After-the-birth computations: the api.md examples, each measured in turns with the baseline.
const AFTER_BIRTH = [
  {
    name: 'API maternity-allowance',
    path: '/api/v1/maternity-allowance',
    body: {
      region: '430400',
      insurance: 'employee',
      employer: { fullyFunded: false },
      event: { kind: 'birth', date: '2027-04-23', babies: 1, difficult: false, childOrder: 1 },
      employerAverageMonthlyWage: 600000,
    },
  },
  { name: 'API childcare-subsidy', path: '/api/v1/childcare-subsidy', body: { birthDate: '2026-05-10', today: '2026-12-04' } },
];

function quotaBody(today) {
  const start = addDaysIso(today, -200);
  return {
    region: '330300',
    insurance: 'employee',
    registeredOn: start,
    deliveredOn: null,
    claims: Array.from({ length: 12 }, (_, i) => ({
      id: `c${i + 1}`,
      date: addDaysIso(start, 10 + i * 15),
      amount: 18000 + i * 2500,
      inList: i !== 4,
      publicHealth: i === 7,
    })),
  };
}

const WARMUP_S = 2;

/** A 2 s warm-up (JIT, connection setup; not counted), then the measured run. */
export async function load(job) {
  await loadOnce({ ...job, duration: WARMUP_S, ...(job.enroll ? { enroll: { ...job.enroll, letter: 'W' } } : {}) });
  return loadOnce(job);
}

export async function loadOnce(job) {
  const { code, tail, stdout } = await run(process.execPath, [path.join(BENCH, 'api-load.mjs'), JSON.stringify(job)], { timeoutMs: (job.duration + 60) * 1000 });
  if (code !== 0) throw new Error(`load generator failed: ${tail.slice(-400)}`);
  return JSON.parse(stdout);
}

export async function post(base, p, body, token) {
  const res = await fetch(`${base}${p}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${p} → ${res.status}: ${text.slice(0, 300)}`);
  return { status: res.status, bytes: Buffer.byteLength(text), json: JSON.parse(text) };
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);

/** The value below which `p` of the latencies lie, from whole-millisecond buckets. */
function percentileOf(buckets, p) {
  const entries = Object.entries(buckets).map(([ms, n]) => [Number(ms), n]).sort((a, b) => a[0] - b[0]);
  const rank = Math.ceil(p * sum(entries.map(([, n]) => n)));
  let seen = 0;
  for (const [ms, n] of entries) {
    seen += n;
    if (seen >= rank) return ms;
  }
  return entries.length > 0 ? entries[entries.length - 1][0] : NaN;
}

/** autocannon results of several windows as one: rates over the summed time, percentiles over all 2xx answers. */
export function combine(results) {
  const statusCodeStats = {};
  for (const r of results) for (const [code, { count }] of Object.entries(r.statusCodeStats ?? {})) statusCodeStats[code] = { count: (statusCodeStats[code]?.count ?? 0) + count };
  const buckets = {};
  for (const r of results) for (const [ms, n] of Object.entries(r.latencyBuckets ?? {})) buckets[ms] = (buckets[ms] ?? 0) + n;
  return {
    duration: sum(results.map((r) => r.duration)),
    total: sum(results.map((r) => r.total)),
    ok2xx: sum(results.map((r) => r.ok2xx)),
    non2xx: sum(results.map((r) => r.non2xx)),
    errors: sum(results.map((r) => r.errors)),
    timeouts: sum(results.map((r) => r.timeouts)),
    statusCodeStats,
    latency: { p50: percentileOf(buckets, 0.5), p99: percentileOf(buckets, 0.99), max: Math.max(...results.map((r) => r.latency.max)) },
    reqPerSec: sum(results.map((r) => r.ok2xx)) / sum(results.map((r) => r.duration)),
  };
}

const WINDOW_S = 2;

/**
 * The jobs in turns of WINDOW_S seconds, `duration` seconds each in all, after a warm-up of each:
 * a drift of the shared machine's speed then weighs on all of them alike.
 */
async function alternating(jobs, duration) {
  for (const job of jobs) await loadOnce({ ...job, duration: WARMUP_S });
  const windows = Math.max(1, Math.round(duration / WINDOW_S));
  const runs = jobs.map(() => []);
  for (let i = 0; i < windows; i++) {
    for (const [k, job] of jobs.entries()) runs[k].push(await loadOnce({ ...job, duration: WINDOW_S }));
  }
  return runs;
}

/** Per window, the throughput of `a` over that of `b`. */
const windowRatios = (a, b) => a.map((r, i) => r.reqPerSec / b[i].reqPerSec);

/** A server of bench/ that prints its port on stdout. */
async function startBaseline(file, bytes) {
  const handle = startChild(process.execPath, [path.join(BENCH, file)], { env: { ...process.env, BENCH_BYTES: String(bytes) }, stdout: 'pipe' });
  const port = await new Promise((resolve, reject) => {
    handle.child.stdout.once('data', (d) => resolve(Number(String(d).trim())));
    handle.child.once('exit', () => reject(new Error(`${file} exited: ${handle.stderr()}`)));
  });
  return { handle, port };
}

export const statusSummary = (r) =>
  Object.entries(r.statusCodeStats ?? {})
    .map(([code, { count }]) => `${code}×${count}`)
    .join(' ') + (r.errors ? ` errors×${r.errors}` : '') + (r.timeouts ? ` timeouts×${r.timeouts}` : '');

export async function apiRows({ connections = 50, duration = 10, log }) {
  const rows = [];
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'yunbao-bench-api-'));
  const databasePath = path.join(tmp, 'bench.sqlite');
  const today = shanghaiToday();
  let api = null;
  const baselines = [];
  const errorRows = (message) => [
    { name: 'API estimate throughput', error: message, budget: `≥ ${API_BUDGET.estimateVsFastify}× bare Fastify` },
    { name: 'API estimate p99', error: message, budget: `≤ ${API_BUDGET.estimateP99} ms` },
    ...AFTER_BIRTH.map((c) => ({ name: c.name, error: message, budget: `≥ ${API_BUDGET.estimateVsFastify}× bare Fastify, p99 ≤ ${API_BUDGET.estimateP99} ms` })),
    { name: 'API enrollments committed', error: message, budget: `≥ ${fmtRate(API_BUDGET.enrollPerSec)}` },
    { name: 'API enrollments p99', error: message, budget: `≤ ${API_BUDGET.enrollP99} ms` },
  ];
  try {
    api = await startApi({ databasePath });
    const est = await post(api.base, '/api/v1/delivery-estimate', ESTIMATE);
    const quota = await post(api.base, '/api/v1/prenatal-quota', quotaBody(today));
    // A device login, as the H5 app's: it works whatever NODE_ENV the bench inherits.
    const { json: login } = await post(api.base, '/api/v1/auth/login', { code: `device:${randomBytes(32).toString('base64url')}` });
    const auth = { 'content-type': 'application/json', authorization: `Bearer ${login.token}` };
    const enrollSpec = { letter: 'B', birthDate: addDaysIso(today, -10), region: '430400' };

    // Baselines: same process type (node), same answer size as the estimate, same load.
    const fastify = await startBaseline('baseline-fastify.mjs', est.bytes);
    baselines.push(fastify.handle);
    const nodeHttp = await startBaseline('baseline-server.mjs', est.bytes);
    baselines.push(nodeHttp.handle);
    const json = { 'content-type': 'application/json' };
    const body = JSON.stringify(ESTIMATE);
    const jobAt = (base) => ({ url: `${base}/api/v1/delivery-estimate`, connections, headers: json, body });
    log(`  bare Fastify, node:http (${est.bytes} B answers) and POST /delivery-estimate, alternating…`);
    const [fastifyRuns, nodeRuns, estRuns] = await alternating(
      [jobAt(`http://127.0.0.1:${fastify.port}`), jobAt(`http://127.0.0.1:${nodeHttp.port}`), jobAt(api.base)],
      duration,
    );
    const afterBirth = [];
    for (const c of AFTER_BIRTH) {
      const { bytes } = await post(api.base, c.path, c.body);
      // The budget's baseline serves the same bytes: a bare route answering this row's size, sent this row's request.
      const own = await startBaseline('baseline-fastify.mjs', bytes);
      baselines.push(own.handle);
      log(`  ${c.path} (${bytes} B answer) and the bare Fastify route (${bytes} B), alternating…`);
      const requestBody = JSON.stringify(c.body);
      const [baseRuns, runs] = await alternating(
        [{ ...jobAt(`http://127.0.0.1:${own.port}`), body: requestBody }, { ...jobAt(api.base), url: `${api.base}${c.path}`, body: requestBody }],
        duration,
      );
      afterBirth.push({ ...c, bytes, base: combine(baseRuns), e: combine(runs), rounds: windowRatios(runs, baseRuns) });
    }
    for (const handle of baselines.splice(0)) await handle.stop();
    const [fa, nh, e] = [combine(fastifyRuns), combine(nodeRuns), combine(estRuns)];
    log(`  POST /prenatal-quota (12 claims)…`);
    const q = await load({ url: `${api.base}/api/v1/prenatal-quota`, connections, duration, headers: json, body: JSON.stringify(quotaBody(today)) });
    log(`  POST /newborn-enrollments…`);
    const n = await load({ url: `${api.base}/api/v1/newborn-enrollments`, connections, duration, headers: auth, enroll: enrollSpec });
    await api.stop();
    api = null;
    const db = new Database(databasePath, { readonly: true });
    const committed = db.prepare("SELECT count(*) AS c FROM enrollments WHERE certificate_no LIKE 'B%'").get().c;
    db.close();

    const fastifyNote = `bare Fastify ${fmtRate(fa.reqPerSec)}, p99 ${fmtMs(fa.latency.p99)}`;
    const eRatio = ratio(e.reqPerSec, fa.reqPerSec);
    const perWindow = (runs, base) => windowRatios(runs, base).map((x) => x.toFixed(2)).join(' ');
    rows.push({
      name: 'API estimate throughput',
      value: e.reqPerSec,
      figure: fmtRate(e.reqPerSec),
      baseline: `${fmtRate(fa.reqPerSec)} bare Fastify`,
      ratio: eRatio,
      budget: `≥ ${API_BUDGET.estimateVsFastify}× bare Fastify`,
      ok: eRatio != null && eRatio >= API_BUDGET.estimateVsFastify && e.non2xx === 0 && e.errors === 0 && fa.non2xx === 0,
      note: `${connections} conns, ${estRuns.length} windows of ${WINDOW_S} s each, in turns with both baselines (ratio per window ${perWindow(estRuns, fastifyRuns)}), ${est.bytes} B answers; ${statusSummary(e)}`,
    });
    rows.push({
      name: 'API estimate p99',
      value: e.latency.p99,
      figure: fmtMs(e.latency.p99),
      baseline: `${fmtMs(fa.latency.p99)} bare Fastify`,
      ratio: ratio(e.latency.p99, fa.latency.p99),
      budget: `≤ ${API_BUDGET.estimateP99} ms`,
      ok: e.latency.p99 <= API_BUDGET.estimateP99,
      note: `over all windows; p50 ${fmtMs(e.latency.p50)}, max ${fmtMs(e.latency.max)}`,
    });
    rows.push({
      name: 'API estimate vs node:http',
      value: e.reqPerSec,
      figure: fmtRate(e.reqPerSec),
      baseline: `${fmtRate(nh.reqPerSec)} node:http`,
      ratio: ratio(e.reqPerSec, nh.reqPerSec),
      budget: '–',
      ok: null,
      note: `the same windows (ratio per window ${perWindow(estRuns, nodeRuns)}); bare Fastify is ${ratio(fa.reqPerSec, nh.reqPerSec)?.toFixed(2)}× node:http; node:http p99 ${fmtMs(nh.latency.p99)}`,
    });
    rows.push({
      name: 'API prenatal-quota, 12 claims',
      value: q.reqPerSec,
      figure: `${fmtRate(q.reqPerSec)}, p99 ${fmtMs(q.latency.p99)}`,
      baseline: `${fmtRate(fa.reqPerSec)} bare Fastify`,
      ratio: ratio(q.reqPerSec, fa.reqPerSec),
      budget: '–',
      ok: q.non2xx === 0 && q.errors === 0 ? null : false,
      note: `${quota.bytes} B answers; ${statusSummary(q)}`,
    });
    for (const c of afterBirth) {
      const r = ratio(c.e.reqPerSec, c.base.reqPerSec);
      rows.push({
        name: c.name,
        value: c.e.reqPerSec,
        figure: `${fmtRate(c.e.reqPerSec)}, p99 ${fmtMs(c.e.latency.p99)}`,
        baseline: `${fmtRate(c.base.reqPerSec)} bare Fastify, p99 ${fmtMs(c.base.latency.p99)}`,
        ratio: r,
        budget: `≥ ${API_BUDGET.estimateVsFastify}× bare Fastify, p99 ≤ ${API_BUDGET.estimateP99} ms`,
        ok: r != null && r >= API_BUDGET.estimateVsFastify && c.e.latency.p99 <= API_BUDGET.estimateP99 && c.e.non2xx === 0 && c.e.errors === 0,
        note: `the api.md example, ${c.bytes} B answers (the baseline's too, for the same request); ${c.rounds.length} alternating windows of ${WINDOW_S} s (ratio per window ${c.rounds.map((x) => x.toFixed(2)).join(' ')}); p50 ${fmtMs(c.e.latency.p50)}, max ${fmtMs(c.e.latency.max)}; ${statusSummary(c.e)}`,
      });
    }
    const perSec = committed / n.duration;
    rows.push({
      name: 'API enrollments committed',
      value: perSec,
      figure: fmtRate(perSec),
      baseline: `${fmtRate(fa.reqPerSec)} bare Fastify`,
      ratio: ratio(perSec, fa.reqPerSec),
      budget: `≥ ${fmtRate(API_BUDGET.enrollPerSec)}`,
      ok: perSec >= API_BUDGET.enrollPerSec && n.errors === 0,
      note: `${committed.toLocaleString('en-US')} rows in the SQLite file after ${n.duration} s (${(n.statusCodeStats['201']?.count ?? 0).toLocaleString('en-US')} × 201); ${statusSummary(n)}`,
    });
    rows.push({
      name: 'API enrollments p99',
      value: n.latency.p99,
      figure: fmtMs(n.latency.p99),
      baseline: `${fmtMs(fa.latency.p99)} bare Fastify`,
      ratio: ratio(n.latency.p99, fa.latency.p99),
      budget: `≤ ${API_BUDGET.enrollP99} ms`,
      ok: n.latency.p99 <= API_BUDGET.enrollP99,
      note: `p50 ${fmtMs(n.latency.p50)}, max ${fmtMs(n.latency.max)}; baseline ${fastifyNote}`,
    });
  } catch (e) {
    rows.push(...errorRows(e.message));
  } finally {
    for (const handle of baselines) await handle.stop();
    if (api) await api.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
}
