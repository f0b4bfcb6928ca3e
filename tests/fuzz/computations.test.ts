// Fuzz of the four computations (api.md, Computations): half the runs contract-valid bodies built
// from the schemas and checked against rules.md, half malformed; never a 5xx, errors in the
// contract's shape, nothing written.
import fc from 'fast-check';
import {
  DeliveryEstimateAnswer,
  EligibilityAnswer,
  PrenatalQuotaAnswer,
  TimelineAnswer,
  type DeliveryEstimateRequest,
  type EligibilityRequest,
  type PrenatalQuotaRequest,
  type TimelineRequest,
} from '../../src/api/contract';
import { deliveryEstimateArb, eligibilityArb, prenatalQuotaArb, timelineArb } from './support/arbitraries';
import { checkSchema, expect200, fuzzEndpoint, malformedPost, same, validPost, type ValidCase } from './support/drive';
import { FUZZ_TODAY, Tally, expectCode, fail, fuzzApp, type FuzzApp, type FuzzRequest, type FuzzResponse } from './support/harness';
import {
  CHECK_WEEKS,
  dayOf,
  deliveryRule,
  expectedLines,
  isHunan,
  isJilin,
  isWenzhou,
  isoOf,
  quotaCap,
  resolveRegion,
  type Insurance,
} from './support/oracle';

let t: FuzzApp;
const tally = new Tally();
beforeAll(async () => {
  t = await fuzzApp();
});
afterAll(async () => {
  await t.close();
  tally.print('computations');
});

// --- /pregnancy/timeline --------------------------------------------------------------------------

function checkTimeline({ req, body }: ValidCase<TimelineRequest>, res: FuzzResponse, parsed: unknown): void {
  expect200(req, res);
  checkSchema(req, res, TimelineAnswer, parsed);
  const a = parsed as TimelineAnswer;
  const b = body as TimelineRequest;
  const today = dayOf(b.today ?? FUZZ_TODAY);
  const d = b.dating;
  const edd =
    d.method === 'lmp' ? dayOf(d.date) + 280 + ((d.cycleDays ?? 28) - 28) : d.method === 'edd' ? dayOf(d.date) : dayOf(d.date) + 266 - d.embryoDay;
  const lmp = edd - 280;
  const days = today - lmp;
  const weeks = Math.floor(days / 7);
  same(req, res, [a.lmp, a.edd], [isoOf(lmp), isoOf(edd)], 'lmp, edd');
  same(req, res, a.gestation, { days, weeks, dayOfWeek: days % 7, label: `孕${weeks}周+${days % 7}天` }, 'gestation');
  same(req, res, a.trimester, days < 98 ? 1 : days < 196 ? 2 : 3, 'trimester');
  same(req, res, a.band, days < 196 ? 'early' : days <= 258 ? 'preterm' : days <= 293 ? 'term' : 'post-term', 'band');
  const done = new Set(b.done ?? []);
  const checks = CHECK_WEEKS.map(([from, to], i) => {
    const start = lmp + from * 7;
    const end = lmp + to * 7 + 6;
    const status = done.has(i + 1) ? 'done' : today < start ? 'upcoming' : today <= end ? 'due' : 'overdue';
    return { no: i + 1, start: isoOf(start), end: isoOf(end), status, endDay: end };
  });
  same(req, res, a.checks, checks.map(({ endDay: _e, ...c }) => c), 'checks');
  const next = checks.find((c) => !done.has(c.no) && c.endDay >= today)?.no ?? null;
  same(req, res, a.nextCheckNo, next, 'nextCheckNo');
}

test('POST /pregnancy/timeline', async () => {
  const url = '/api/v1/pregnancy/timeline';
  await fuzzEndpoint({
    name: 'POST /pregnancy/timeline',
    t,
    tally,
    valid: validPost(url, timelineArb as fc.Arbitrary<TimelineRequest>),
    checkValid: checkTimeline,
    malformed: malformedPost(url, timelineArb),
    answer: TimelineAnswer,
  });
});

test('timeline: gestation below 0 or above 308 days is 400 VALIDATION_FAILED', async () => {
  await fc.assert(
    fc.asyncProperty(timelineArb, fc.constantFrom(-1, -30, 309, 400), async (body, shift) => {
      const today = dayOf((body as { today?: string }).today ?? FUZZ_TODAY);
      const b = { ...(body as object), today: isoOf(today + (shift < 0 ? -400 : 400)) } as TimelineRequest;
      // Move `today` far enough out of 0…308 whatever the generated gestation was.
      const req: FuzzRequest = { method: 'POST', url: '/api/v1/pregnancy/timeline', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(b) };
      expectCode(req, await t.send(req), 'VALIDATION_FAILED');
    }),
    { numRuns: 100 },
  );
});

// --- /prenatal-quota -------------------------------------------------------------------------------

function checkQuota({ req, body }: ValidCase<PrenatalQuotaRequest>, res: FuzzResponse, parsed: unknown): void {
  const b = body as PrenatalQuotaRequest;
  // Cross-field check (api.md, Validation details): deliveredOn before registeredOn is 400.
  if (b.registeredOn && b.deliveredOn && b.deliveredOn < b.registeredOn) {
    expectCode(req, res, 'VALIDATION_FAILED');
    return;
  }
  expect200(req, res);
  checkSchema(req, res, PrenatalQuotaAnswer, parsed);
  const a = parsed as PrenatalQuotaAnswer;
  const entry = resolveRegion(b.region);
  const cap = quotaCap(entry, b.insurance as Insurance);
  same(req, res, [a.cap, a.eligible, a.draft], [cap, cap > 0, isWenzhou(entry)], 'cap, eligible, draft');
  same(req, res, a.claims.map((c) => c.id), b.claims.map((c) => c.id), 'claims in request order');
  // The oracle of rules.md §3: date order (ties: request order), first applicable reason.
  const order = b.claims.map((c, i) => ({ c, i })).sort((x, y) => (x.c.date < y.c.date ? -1 : x.c.date > y.c.date ? 1 : x.i - y.i));
  let remaining = cap;
  const expected = new Array<{ id: string; covered: number; overflow: number; reason: string | null }>(b.claims.length);
  for (const { c, i } of order) {
    const inCycle = isJilin(entry)
      ? (!b.registeredOn || c.date >= b.registeredOn) && (!b.deliveredOn || c.date <= b.deliveredOn)
      : !b.deliveredOn || c.date <= b.deliveredOn;
    let covered = 0;
    let reason: string | null;
    if (cap === 0) reason = 'NO_PRENATAL_QUOTA';
    else if (c.publicHealth === true) reason = 'PUBLIC_HEALTH';
    else if (c.inList === false) reason = 'NOT_IN_LIST';
    else if (!inCycle) reason = 'OUTSIDE_CYCLE';
    else {
      covered = Math.min(c.amount, remaining);
      remaining -= covered;
      reason = covered < c.amount ? 'CAP_REACHED' : null;
    }
    expected[i] = { id: c.id, covered, overflow: c.amount - covered, reason };
  }
  same(req, res, a.claims, expected, 'claims');
  const used = expected.reduce((s, c) => s + c.covered, 0);
  same(req, res, [a.used, a.remaining], [used, cap - used], 'used, remaining');
  const needsHint = cap === 0 || expected.some((c) => c.overflow > 0);
  if (needsHint !== (typeof a.hint === 'string' && a.hint !== '')) fail(req, res, `hint ${needsHint ? 'missing' : 'unexpected'}`);
  if (cap > 0 && a.citation === null) fail(req, res, 'a cap without a citation');
}

test('POST /prenatal-quota', async () => {
  const url = '/api/v1/prenatal-quota';
  await fuzzEndpoint({
    name: 'POST /prenatal-quota',
    t,
    tally,
    valid: validPost(url, prenatalQuotaArb as fc.Arbitrary<PrenatalQuotaRequest>),
    checkValid: checkQuota,
    malformed: malformedPost(url, prenatalQuotaArb),
    answer: PrenatalQuotaAnswer,
  });
});

test('prenatal-quota: negative, fractional, huge or string amounts and repeated claim ids are 400', async () => {
  await fc.assert(
    fc.asyncProperty(
      prenatalQuotaArb.filter((b) => (b as PrenatalQuotaRequest).claims.length > 0),
      fc.constantFrom<unknown>(-1, -0.5, 0.5, 1.5, 10_000_000_001, 1e21, '100', null, true, 'RAW'),
      fc.boolean(),
      async (body, amount, duplicate) => {
        const b = body as PrenatalQuotaRequest;
        const claims = duplicate ? [...b.claims, { ...b.claims[0] }] : [{ ...b.claims[0], amount }, ...b.claims.slice(1)];
        const text = JSON.stringify({ ...b, claims }).replace('"RAW"', '1e400');
        const req: FuzzRequest = { method: 'POST', url: '/api/v1/prenatal-quota', headers: { 'content-type': 'application/json' }, payload: text };
        expectCode(req, await t.send(req), 'VALIDATION_FAILED');
      },
    ),
    { numRuns: 200 },
  );
});

// --- /delivery-estimate ----------------------------------------------------------------------------

function checkEstimate({ req, body }: ValidCase<DeliveryEstimateRequest>, res: FuzzResponse, parsed: unknown): void {
  const b = body as DeliveryEstimateRequest;
  const z = b.hospital.zeroCopay;
  if (z && z.leftOn && z.leftOn < z.joinedOn) {
    expectCode(req, res, 'VALIDATION_FAILED');
    return;
  }
  expect200(req, res);
  checkSchema(req, res, DeliveryEstimateAnswer, parsed);
  const a = parsed as DeliveryEstimateAnswer;
  const c = b.costs;
  const total = (c.inScope ?? 0) + (c.outOfScope ?? 0) + (c.specialNeeds ?? 0) + (c.complications ?? 0);
  same(req, res, a.total, total, 'total = sum of the four buckets');
  // Line invariants, whatever the rule: one per non-zero bucket, in order, fund + self = amount.
  for (const l of a.lines) {
    if ((l.fund === null) !== (l.self === null)) fail(req, res, 'fund and self must be null together');
    if (l.fund !== null && l.self !== null && l.fund + l.self !== l.amount) fail(req, res, `fund + self ≠ amount on ${l.bucket}`);
  }
  const unpriced = a.lines.some((l) => l.fund === null);
  same(req, res, a.needs, unpriced ? ['ordinary'] : [], 'needs');
  if (unpriced) same(req, res, [a.fundPays, a.selfPay], [null, null], 'fundPays, selfPay with needs');
  else {
    same(req, res, a.fundPays, a.lines.reduce((s, l) => s + (l.fund ?? 0), 0), 'fundPays = sum of fund');
    same(req, res, a.selfPay, a.lines.reduce((s, l) => s + (l.self ?? 0), 0), 'selfPay = sum of self');
    if ((a.fundPays ?? 0) + (a.selfPay ?? 0) !== total) fail(req, res, 'fundPays + selfPay ≠ total');
  }
  // The oracle of rules.md §4.
  const rule = deliveryRule(b as Parameters<typeof deliveryRule>[0]);
  same(req, res, a.rule, rule, 'rule');
  same(req, res, a.draft, isWenzhou(resolveRegion(b.region)), 'draft');
  const lines = a.lines.map(({ bucket, amount, fund, self }) => ({ bucket, amount, fund, self }));
  same(req, res, lines, expectedLines(rule, c, rule === 'NOT_INSURED' || rule === 'NON_DESIGNATED' ? null : b.ordinary), 'lines');
}

test('POST /delivery-estimate', async () => {
  const url = '/api/v1/delivery-estimate';
  await fuzzEndpoint({
    name: 'POST /delivery-estimate',
    t,
    tally,
    valid: validPost(url, deliveryEstimateArb as fc.Arbitrary<DeliveryEstimateRequest>),
    checkValid: checkEstimate,
    malformed: malformedPost(url, deliveryEstimateArb),
    answer: DeliveryEstimateAnswer,
  });
});

test('delivery-estimate: a bad amount in any bucket, or a bad ratio, is 400', async () => {
  await fc.assert(
    fc.asyncProperty(
      deliveryEstimateArb,
      fc.constantFrom('inScope', 'outOfScope', 'specialNeeds', 'complications', 'deductible', 'ratioPct'),
      fc.constantFrom<unknown>(-1, -1e-9, 0.5, 10_000_000_001, 1e300, '5', [], {}, 'RAW', 'RAWNEG'),
      async (body, field, value) => {
        const b = body as DeliveryEstimateRequest;
        const changed =
          field === 'deductible' || field === 'ratioPct'
            ? { ...b, ordinary: { deductible: 0, ratioPct: 50, [field]: field === 'ratioPct' && value === 0.5 ? 101 : value } }
            : { ...b, costs: { ...b.costs, [field]: value } };
        const text = JSON.stringify(changed).replace('"RAW"', '1e400').replace('"RAWNEG"', '-1e400');
        const req: FuzzRequest = { method: 'POST', url: '/api/v1/delivery-estimate', headers: { 'content-type': 'application/json' }, payload: text };
        expectCode(req, await t.send(req), 'VALIDATION_FAILED');
      },
    ),
    { numRuns: 200 },
  );
});

// --- /eligibility -----------------------------------------------------------------------------------

const BENEFITS = ['prenatal-quota', 'delivery-zero-copay', 'delivery-full-coverage', 'maternity-allowance', 'art-coverage', 'family-planning', 'newborn-enrollment', 'service-packages'];

function checkEligibility({ req, body }: ValidCase<EligibilityRequest>, res: FuzzResponse, parsed: unknown): void {
  expect200(req, res);
  checkSchema(req, res, EligibilityAnswer, parsed);
  const a = parsed as EligibilityAnswer;
  const b = body as EligibilityRequest;
  const entry = resolveRegion(b.region);
  const ins = b.insurance as Insurance;
  const dd = b.deliveryDate ?? null;
  const staff = ins === 'employee' || ins === 'flexible';
  same(req, res, a.benefits.map((x) => x.id), BENEFITS, 'benefit ids in order');
  const expected: Record<string, boolean> = {
    'prenatal-quota': quotaCap(entry, ins) > 0,
    'delivery-zero-copay': entry === '430400' && ins !== 'none' && (dd === null || (dd >= '2026-01-01' && dd <= '2030-12-31')),
    'delivery-full-coverage': (isWenzhou(entry) && staff) || (isJilin(entry) && ins === 'employee' && (dd === null || dd >= '2024-07-01')),
    'maternity-allowance': ins === 'employee' && (isHunan(entry) || isWenzhou(entry) || (isJilin(entry) && b.employer?.fullyFunded !== true)),
    'art-coverage': (ins !== 'none' && (isJilin(entry) || isHunan(entry))) || (isWenzhou(entry) && staff),
    'family-planning': (isJilin(entry) && ins === 'employee') || (isWenzhou(entry) && staff),
    'newborn-enrollment': true,
    'service-packages': isHunan(entry),
  };
  same(req, res, Object.fromEntries(a.benefits.map((x) => [x.id, x.eligible])), expected, 'eligible');
  for (const x of a.benefits) {
    if (x.draft !== isWenzhou(entry)) fail(req, res, `draft on ${x.id}`);
    if (x.reason === '') fail(req, res, `empty reason on ${x.id}`);
  }
}

test('POST /eligibility', async () => {
  const url = '/api/v1/eligibility';
  await fuzzEndpoint({
    name: 'POST /eligibility',
    t,
    tally,
    valid: validPost(url, eligibilityArb as fc.Arbitrary<EligibilityRequest>),
    checkValid: checkEligibility,
    malformed: malformedPost(url, eligibilityArb),
    answer: EligibilityAnswer,
  });
});

test('invalid calendar dates in any date field of any computation are 400 VALIDATION_FAILED', async () => {
  const BAD_DATES = ['2026-02-30', '2025-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '1899-12-31', '2101-01-01', '0000-00-00', '2026-1-5', '２０２６-０１-０５', '2026-03-15T00:00:00Z'];
  const cases = fc.oneof(
    fc.record({ url: fc.constant('/api/v1/pregnancy/timeline'), body: timelineArb, field: fc.constantFrom('dating.date', 'today') }),
    fc.record({ url: fc.constant('/api/v1/prenatal-quota'), body: prenatalQuotaArb, field: fc.constantFrom('registeredOn', 'deliveredOn', 'claims.0.date') }),
    fc.record({ url: fc.constant('/api/v1/delivery-estimate'), body: deliveryEstimateArb, field: fc.constantFrom('deliveryDate', 'hospital.zeroCopay.joinedOn', 'hospital.zeroCopay.leftOn') }),
    fc.record({ url: fc.constant('/api/v1/eligibility'), body: eligibilityArb, field: fc.constant('deliveryDate') }),
  );
  await fc.assert(
    fc.asyncProperty(cases, fc.constantFrom(...BAD_DATES), async ({ url, body, field }, bad) => {
      const copy = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
      // Make room for the field: a claim, a zeroCopay (each otherwise valid).
      if (field.startsWith('claims.') && (copy.claims as unknown[]).length === 0) copy.claims = [{ id: 'c', date: '2026-01-01', amount: 1 }];
      const hospital = copy.hospital as Record<string, unknown> | undefined;
      if (field.startsWith('hospital.zeroCopay') && hospital && !hospital.zeroCopay) hospital.zeroCopay = { joinedOn: '2026-01-01' };
      const keys = field.split('.');
      let o: Record<string, unknown> = copy;
      for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
      o[keys[keys.length - 1] as string] = bad;
      const req: FuzzRequest = { method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(copy) };
      expectCode(req, await t.send(req), 'VALIDATION_FAILED');
      // The detail names the field (its dotted path).
      const details = (JSON.parse((await t.send(req)).body) as { error: { details?: { path: string }[] } }).error.details ?? [];
      if (!details.some((d) => d.path === field)) fail(req, await t.send(req), `no detail on ${field}`);
    }),
    { numRuns: 300 },
  );
});
