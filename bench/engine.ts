// Row 5: the policy engine on one thread (one core): delivery estimates, full pregnancy timelines,
// 12-claim quota ledgers and the two After-the-birth computations per second, through the public surface of src/domain. Baseline:
// JSON.parse of the estimate request body, the work any server does for that request anyway.
// Run by bench/rows/engine.mjs as `node --import tsx bench/engine.ts [seconds]`; prints JSON.
import {
  addDays,
  childcareSubsidy,
  deliveryEstimate,
  maternityAllowance,
  prenatalQuota,
  pregnancyTimeline,
  type ChildcareSubsidyRequest,
  type DeliveryEstimateRequest,
  type MaternityAllowanceRequest,
  type PrenatalQuotaRequest,
  type TimelineRequest,
} from '../src/domain';

const seconds = Number(process.argv[2] ?? 2);
const today = '2026-03-01';

const regions = ['430400', '430000', '330300', '220200', '220000'] as const;
const insurances = ['employee', 'flexible', 'resident', 'none'] as const;
const estimates: DeliveryEstimateRequest[] = [];
for (const region of regions) {
  for (const insurance of insurances) {
    estimates.push({
      region,
      insurance,
      deliveryDate: '2026-03-15',
      hospital: { designated: true, obstetrics: true, inRegion: true, level: 2, zeroCopay: { joinedOn: '2025-12-10', leftOn: null } },
      costs: { inScope: 420000, outOfScope: 30000, specialNeeds: 50000, complications: 0 },
      ordinary: { deductible: 50000, ratioPct: 70 },
    });
  }
}
const timelines: TimelineRequest[] = [
  { dating: { method: 'lmp', date: '2025-10-05' }, done: [1, 2, 3] },
  { dating: { method: 'lmp', date: '2025-12-20', cycleDays: 32 }, done: [1] },
  { dating: { method: 'edd', date: '2026-07-01' } },
  { dating: { method: 'ivf', date: '2025-11-01', embryoDay: 5 }, done: [1, 2] },
];
const quota: PrenatalQuotaRequest = {
  region: '330300',
  insurance: 'employee',
  registeredOn: '2025-08-01',
  deliveredOn: null,
  claims: Array.from({ length: 12 }, (_, i) => ({
    id: `c${i + 1}`,
    date: addDays('2025-08-10', i * 15),
    amount: 18000 + i * 2500,
    inList: i !== 4,
    publicHealth: i === 7,
  })),
};

// The api.md examples, as the API rows send them.
const allowance: MaternityAllowanceRequest = {
  region: '430400',
  insurance: 'employee',
  employer: { fullyFunded: false },
  event: { kind: 'birth', date: '2027-04-23', babies: 1, difficult: false, childOrder: 1 },
  employerAverageMonthlyWage: 600000,
};
const subsidy: ChildcareSubsidyRequest = { birthDate: '2026-05-10', today: '2026-12-04' };

/** Calls fn(i) for `secs` seconds after a short warm-up; returns calls per second. */
function rate(fn: (i: number) => unknown, secs: number): number {
  let sink = 0;
  const until = (ns: bigint) => {
    const end = process.hrtime.bigint() + ns;
    let n = 0;
    while (process.hrtime.bigint() < end) {
      for (let k = 0; k < 256; k++) {
        if (fn(n + k)) sink++;
      }
      n += 256;
    }
    return n;
  };
  until(BigInt(Math.round(secs * 0.25 * 1e9)));
  const t0 = process.hrtime.bigint();
  const n = until(BigInt(Math.round(secs * 1e9)));
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  if (sink < 0) console.error(sink);
  return n / elapsed;
}

function assertOk(label: string, r: { ok: boolean; error?: unknown }): void {
  if (!r.ok) throw new Error(`${label} rejected its benchmark input: ${JSON.stringify(r.error)}`);
}
estimates.forEach((req, i) => assertOk(`deliveryEstimate #${i}`, deliveryEstimate(req, today)));
timelines.forEach((req, i) => assertOk(`pregnancyTimeline #${i}`, pregnancyTimeline(req, today)));
assertOk('prenatalQuota', prenatalQuota(quota, today));
assertOk('maternityAllowance', maternityAllowance(allowance));
assertOk('childcareSubsidy', childcareSubsidy(subsidy, today));

const bodies = estimates.map((e) => JSON.stringify(e));
const result = {
  estimatesPerSec: rate((i) => deliveryEstimate(estimates[i % estimates.length]!, today).ok, seconds),
  timelinesPerSec: rate((i) => pregnancyTimeline(timelines[i % timelines.length]!, today).ok, seconds),
  quotasPerSec: rate(() => prenatalQuota(quota, today).ok, seconds),
  allowancesPerSec: rate(() => maternityAllowance(allowance).ok, seconds),
  subsidiesPerSec: rate(() => childcareSubsidy(subsidy, today).ok, seconds),
  parsePerSec: rate((i) => JSON.parse(bodies[i % bodies.length]!) !== null, seconds),
  estimateBodyBytes: bodies[0]!.length,
};
process.stdout.write(JSON.stringify(result));
