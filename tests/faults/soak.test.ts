// Soak (issue 7): 60 s of mixed traffic at a steady rate over every endpoint against the server as
// a child process. Zero errors (no 5xx, no network failure, no status other than the one each
// request must get: intended 4xx included), and resident memory at the end within 20% of its value
// after a warm-up. Prints the figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { call, daysAgo, deviceCode, enrollmentBody, login, median, percentile, rssKiB, startServer, stop, type Server } from './support';

const RATE = Number(process.env.SOAK_RATE ?? 150); // requests a second
const WARMUP_S = Number(process.env.SOAK_WARMUP_S ?? 10);
const SOAK_S = Number(process.env.SOAK_SECONDS ?? 60);
const USERS = 40;

let dir: string;
let server: Server | null = null;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunbao-soak-'));
});
afterAll(async () => {
  if (server) await stop(server);
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Planned {
  name: string;
  method: string;
  url: string;
  token?: string;
  body?: unknown;
  expect: number;
  after?: (json: unknown) => void;
}

test(`soak: ${SOAK_S} s at ${RATE} req/s, zero errors, memory flat`, async () => {
  server = await startServer({ DATABASE_PATH: path.join(dir, 'data', 'soak.sqlite'), SECRETS_DIR: path.join(dir, 'secrets'), TOKEN_SECRET: 'soak-test-secret-0123456789abcdef', LOG_LEVEL: 'info' });
  const base = server.base;
  const pid = server.pid;
  const tokens = await Promise.all(Array.from({ length: USERS }, (_, i) => login(base, `soak${i}`)));
  const created: { token: string; id: string; body: ReturnType<typeof enrollmentBody> }[] = [];
  let serial = 0;
  let tick = 0;
  // Round robin per list, so every entry of every list is sent.
  const turns = new Map<readonly unknown[], number>();
  const next = <T,>(xs: readonly T[]): T => {
    const n = (turns.get(xs) ?? -1) + 1;
    turns.set(xs, n);
    return xs[n % xs.length] as T;
  };
  const today = daysAgo(0);

  const computations: Planned[] = [
    { name: 'timeline', method: 'POST', url: '/api/v1/pregnancy/timeline', body: { dating: { method: 'edd', date: daysAgo(-120) }, done: [1, 2] }, expect: 200 },
    { name: 'quota', method: 'POST', url: '/api/v1/prenatal-quota', body: { region: '330300', insurance: 'employee', claims: [{ id: 'a', date: daysAgo(30), amount: 35000 }, { id: 'b', date: daysAgo(10), amount: 300000 }] }, expect: 200 },
    { name: 'quota-jilin', method: 'POST', url: '/api/v1/prenatal-quota', body: { region: '220281', insurance: 'employee', registeredOn: daysAgo(100), claims: [{ id: 'a', date: daysAgo(30), amount: 120000 }] }, expect: 200 },
    { name: 'estimate', method: 'POST', url: '/api/v1/delivery-estimate', body: { region: '430400', insurance: 'resident', deliveryDate: '2026-06-15', hospital: { designated: true, obstetrics: true, zeroCopay: { joinedOn: '2025-12-10' } }, costs: { inScope: 420000, outOfScope: 30000, complications: 80000 }, ordinary: { deductible: 50000, ratioPct: 70 } }, expect: 200 },
    { name: 'estimate-needs', method: 'POST', url: '/api/v1/delivery-estimate', body: { region: '430100', insurance: 'employee', deliveryDate: today, hospital: { designated: true, obstetrics: true }, costs: { inScope: 300000 } }, expect: 200 },
    { name: 'eligibility', method: 'POST', url: '/api/v1/eligibility', body: { region: '220200', insurance: 'employee', stage: 'pregnant', employer: { fullyFunded: false } }, expect: 200 },
    { name: 'eligibility-hn', method: 'POST', url: '/api/v1/eligibility', body: { region: '430421', insurance: 'resident', stage: 'postpartum', deliveryDate: daysAgo(10) }, expect: 200 },
  ];
  const reference: Planned[] = [
    { name: 'health', method: 'GET', url: '/api/v1/health', expect: 200 },
    { name: 'regions', method: 'GET', url: '/api/v1/regions', expect: 200 },
    { name: 'policy', method: 'GET', url: '/api/v1/regions/430421/policy', expect: 200 },
    { name: 'policy-wz', method: 'GET', url: '/api/v1/regions/330381/policy', expect: 200 },
    { name: 'checks', method: 'GET', url: '/api/v1/checks', expect: 200 },
    { name: 'packages', method: 'GET', url: '/api/v1/service-packages?stage=pregnant&weeks=20', expect: 200 },
    { name: 'packages-pp', method: 'GET', url: '/api/v1/service-packages?stage=postpartum&childAgeDays=30', expect: 200 },
  ];
  const refusals: Planned[] = [
    { name: '400 invalid', method: 'POST', url: '/api/v1/delivery-estimate', body: { region: '430400', insurance: 'resident', deliveryDate: '2026-02-30', hospital: { designated: true, obstetrics: true }, costs: { inScope: -1 } }, expect: 400 },
    { name: '400 malformed', method: 'POST', url: '/api/v1/eligibility', body: '{"region":', expect: 400 },
    { name: '404 region', method: 'GET', url: '/api/v1/regions/110000/policy', expect: 404 },
    { name: '404 path', method: 'GET', url: '/api/v1/nothing', expect: 404 },
    { name: '401', method: 'GET', url: '/api/v1/me/export', expect: 401 },
  ];

  /** The next request of the mix (weights by repetition). */
  function plan(): Planned {
    const roll = (tick += 1) % 40;
    if (roll < 14) return next(computations);
    if (roll < 24) return next(reference);
    if (roll < 27) return next(refusals);
    const token = next(tokens);
    if (roll < 31) {
      serial += 1;
      const body = enrollmentBody(serial, `S${String(serial).padStart(9, '0')}`);
      return { name: 'enroll', method: 'POST', url: '/api/v1/newborn-enrollments', token, body, expect: 201, after: (j) => created.push({ token, id: (j as { id: string }).id, body }) };
    }
    const mine = created.length > 0 ? created[(tick * 7919) % created.length] : undefined;
    if (roll < 33 && mine) return { name: 'replay', method: 'POST', url: '/api/v1/newborn-enrollments', token: mine.token, body: mine.body, expect: 200 };
    if (roll < 34 && mine) return { name: 'conflict', method: 'POST', url: '/api/v1/newborn-enrollments', token: mine.token, body: { ...mine.body, sex: mine.body.sex === 'F' ? 'M' : 'F' }, expect: 409 };
    if (roll < 36 && mine) return { name: 'get', method: 'GET', url: `/api/v1/newborn-enrollments/${mine.id}`, token: mine.token, expect: 200 };
    if (roll < 38) return { name: 'list', method: 'GET', url: '/api/v1/newborn-enrollments', token, expect: 200 };
    if (roll < 39) return { name: 'export', method: 'GET', url: '/api/v1/me/export', token, expect: 200 };
    return { name: 'login', method: 'POST', url: '/api/v1/auth/login', body: { code: deviceCode(`soak${tick % USERS}`) }, expect: 200 };
  }

  let latencies: number[] = [];
  const slowest = new Map<string, number>();
  const errors: string[] = [];
  const byName = new Map<string, number>();
  let sent = 0;
  let inFlight = 0;
  let maxInFlight = 0;

  async function fire(p: Planned): Promise<void> {
    const started = performance.now();
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const res = await call(base, p.method, p.url, { token: p.token, body: p.body, signal: AbortSignal.timeout(10_000) });
      const ms = performance.now() - started;
      latencies.push(ms);
      slowest.set(p.name, Math.max(slowest.get(p.name) ?? 0, ms));
      byName.set(p.name, (byName.get(p.name) ?? 0) + 1);
      if (res.status !== p.expect) errors.push(`${p.name}: expected ${p.expect}, got ${res.status} ${res.body.slice(0, 200)}`);
      else if (p.after) p.after(res.json());
    } catch (e) {
      errors.push(`${p.name}: ${(e as Error).message}`);
    } finally {
      inFlight -= 1;
    }
  }

  /** Sends at RATE a second for `seconds`, evenly (a tick every 10 ms), sampling RSS each second. */
  async function run(seconds: number, samples: number[]): Promise<void> {
    const pending: Promise<void>[] = [];
    const start = performance.now();
    let due = 0;
    let lastSample = start;
    while (performance.now() - start < seconds * 1000) {
      const elapsed = (performance.now() - start) / 1000;
      const target = Math.floor(elapsed * RATE);
      for (; due < target; due++) {
        sent += 1;
        pending.push(fire(plan()));
      }
      if (performance.now() - lastSample >= 1000) {
        lastSample = performance.now();
        samples.push(rssKiB(pid));
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    await Promise.all(pending);
  }

  const warmup: number[] = [];
  await run(WARMUP_S, warmup);
  const warmupSent = sent;
  const baseline = median(warmup.slice(-3));
  latencies = []; // figures of the soak itself, not of the cold start
  slowest.clear();
  const soak: number[] = [];
  const t0 = performance.now();
  await run(SOAK_S, soak);
  const seconds = (performance.now() - t0) / 1000;
  const end = median(soak.slice(-3));
  const peak = Math.max(...soak);
  const soakSent = sent - warmupSent;
  const ratio = end / baseline;
  const mix = [...byName.entries()].sort((a, b) => b[1] - a[1]).map(([n, c]) => `${n} ${c}`).join(', ');

  process.stdout.write(
    `\n[faults] soak: ${soakSent} requests in ${seconds.toFixed(1)} s (${(soakSent / seconds).toFixed(0)} req/s) after a ${WARMUP_S} s warm-up of ${warmupSent}; ` +
      `errors ${errors.length}; latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max in flight ${maxInFlight}\n` +
      `  RSS after warm-up ${(baseline / 1024).toFixed(1)} MiB, at the end ${(end / 1024).toFixed(1)} MiB (${((ratio - 1) * 100).toFixed(1)}%), peak ${(peak / 1024).toFixed(1)} MiB\n` +
      `  RSS per second (MiB): ${soak.map((k) => (k / 1024).toFixed(0)).join(' ')}\n` +
      `  mix: ${mix}; ${created.length} enrollments created\n` +
      `  slowest: ${[...slowest.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, ms]) => `${n} ${ms.toFixed(0)} ms`).join(', ')}\n`,
  );
  expect(errors.slice(0, 10)).toEqual([]);
  expect(soakSent / seconds).toBeGreaterThan(RATE * 0.9);
  expect(Math.abs(ratio - 1)).toBeLessThanOrEqual(0.2);
  const stopped = await stop(server);
  server = null;
  expect(stopped).toEqual({ code: 0, signal: null });
});
