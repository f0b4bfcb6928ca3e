// Independent re-statements of docs/spec (api.md + rules.md) used as test oracles by the fuzz
// properties: calendar arithmetic, region resolution, resident ID check digits, and the small
// rule tables. Written from the spec, never imported from src/domain, so a shared mistake cannot
// hide.

export const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01) of a YYYY-MM-DD string. */
export const dayOf = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** YYYY-MM-DD of a day number. */
export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const MIN_DAY = dayOf('1900-01-01');
export const MAX_DAY = dayOf('2100-12-31');

/** A real calendar day between 1900-01-01 and 2100-12-31, as the contract defines it. */
export function isCalendarDay(s: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(s)) return false;
  const d = dayOf(s);
  return Number.isFinite(d) && isoOf(d) === s && d >= MIN_DAY && d <= MAX_DAY;
}

/** The 1st of the month after the given day. */
export function firstOfNextMonth(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Shanghai calendar day of an instant (UTC+8, no DST). */
export const shanghaiDay = (at: Date): string => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

// --- Regions (api.md, Conventions) --------------------------------------------------------------

export const REGION_ENTRIES = ['430400', '430000', '330300', '220200', '220000'] as const;
export type RegionEntry = (typeof REGION_ENTRIES)[number];

/** The entry a six-digit code resolves to (itself, its city, its province), or null. */
export function resolveRegion(code: string): RegionEntry | null {
  for (const c of [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`]) {
    if ((REGION_ENTRIES as readonly string[]).includes(c)) return c as RegionEntry;
  }
  return null;
}

export const isHunan = (e: RegionEntry | null) => e === '430400' || e === '430000';
export const isJilin = (e: RegionEntry | null) => e === '220200' || e === '220000';
export const isWenzhou = (e: RegionEntry | null) => e === '330300';

// --- Resident ID (GB 11643) ---------------------------------------------------------------------

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export function checkDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return '10X98765432'[sum % 11] ?? '?';
}

/** A valid 18-character resident ID for an area code, a birth day and a sequence number. */
export const residentId = (area: string, birth: string, seq: number): string => {
  const first17 = `${area}${birth.replace(/-/g, '')}${String(seq % 1000).padStart(3, '0')}`;
  return `${first17}${checkDigit(first17)}`;
};

export const maskId = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;

// --- Rule tables (rules.md) ---------------------------------------------------------------------

export type Insurance = 'employee' | 'flexible' | 'resident' | 'none';

/** rules.md §3: the prenatal quota cap in fen. */
export function quotaCap(entry: RegionEntry | null, insurance: Insurance): number {
  if (entry === '330300' && (insurance === 'employee' || insurance === 'flexible')) return 300000;
  if (entry === '220200' && insurance === 'employee') return 150000;
  if (entry === '220000' && insurance === 'employee') return 100000;
  return 0;
}

export const CHECK_WEEKS: readonly (readonly [number, number])[] = [
  [6, 13], [14, 19], [20, 24], [25, 28], [29, 30], [31, 32], [33, 34], [35, 36], [37, 37], [38, 38], [39, 39], [40, 41],
];

/** rules.md §6: the current service packages. */
export function currentPackages(q: { stage?: string; weeks?: number; childAgeDays?: number; daysSince?: number }): string[] {
  switch (q.stage) {
    case undefined:
      return [];
    case 'planning':
      return ['pre-pregnancy'];
    case 'pregnant':
      return (q.weeks ?? 0) < 14 ? ['early-pregnancy'] : ['pregnancy-delivery'];
    case 'postpartum': {
      const d = q.childAgeDays ?? 0;
      if (d <= 28) return ['postpartum', 'newborn'];
      if (d <= 42) return ['postpartum', 'growth'];
      return ['growth'];
    }
    case 'ended':
      return (q.daysSince ?? 0) <= 42 ? ['postpartum'] : [];
    default:
      return [];
  }
}

/** rules.md §4: which rule prices `inScope`. */
export function deliveryRule(r: {
  region: string;
  insurance: Insurance;
  deliveryDate: string;
  hospital: { designated: boolean; obstetrics: boolean; inRegion?: boolean | null; zeroCopay?: { joinedOn: string; leftOn?: string | null } | null };
}): string {
  const entry = resolveRegion(r.region);
  const h = r.hospital;
  const inRegion = h.inRegion ?? true;
  if (r.insurance === 'none') return 'NOT_INSURED';
  if (!h.designated) return 'NON_DESIGNATED';
  const z = h.zeroCopay;
  const inScheme =
    !!z && r.deliveryDate >= firstOfNextMonth(z.joinedOn) && (!z.leftOn || r.deliveryDate < firstOfNextMonth(z.leftOn));
  if (entry === '430400' && r.deliveryDate >= '2026-01-01' && r.deliveryDate <= '2030-12-31' && h.obstetrics && inRegion && inScheme) {
    return 'HY_ZERO_COPAY';
  }
  if (entry === '330300' && (r.insurance === 'employee' || r.insurance === 'flexible') && h.obstetrics && inRegion) {
    return 'WZ_FULL_GUARANTEE';
  }
  if (isJilin(entry) && r.insurance === 'employee' && r.deliveryDate >= '2024-07-01') return 'JL_MATERNITY_FULL';
  return 'ORDINARY_INPATIENT';
}

export type Pricing = 'fund' | 'self' | 'ordinary';

/** rules.md §4: how each bucket is priced under a rule. */
export function bucketPricing(rule: string, bucket: string): Pricing {
  if (bucket === 'outOfScope' || bucket === 'specialNeeds') return 'self';
  if (rule === 'NOT_INSURED' || rule === 'NON_DESIGNATED') return 'self';
  if (rule === 'ORDINARY_INPATIENT') return 'ordinary';
  if (bucket === 'inScope') return 'fund';
  return rule === 'JL_MATERNITY_FULL' ? 'fund' : 'ordinary';
}

export const BUCKETS = ['inScope', 'outOfScope', 'specialNeeds', 'complications'] as const;

/** rules.md §4: the expected lines (fund/self null when ordinary is needed and absent). */
export function expectedLines(
  rule: string,
  costs: Partial<Record<(typeof BUCKETS)[number], number | null>>,
  ordinary: { deductible: number; ratioPct: number } | null | undefined,
): { bucket: string; amount: number; fund: number | null; self: number | null }[] {
  let deductibleLeft = ordinary?.deductible ?? 0;
  const out: { bucket: string; amount: number; fund: number | null; self: number | null }[] = [];
  for (const bucket of BUCKETS) {
    const amount = costs[bucket] ?? 0;
    if (amount === 0) continue;
    const pricing = bucketPricing(rule, bucket);
    if (pricing === 'fund') out.push({ bucket, amount, fund: amount, self: 0 });
    else if (pricing === 'self') out.push({ bucket, amount, fund: 0, self: amount });
    else if (!ordinary) out.push({ bucket, amount, fund: null, self: null });
    else {
      const d = Math.min(amount, deductibleLeft);
      deductibleLeft -= d;
      const self = d + Math.floor(((amount - d) * (100 - ordinary.ratioPct) + 50) / 100);
      out.push({ bucket, amount, fund: amount - self, self });
    }
  }
  return out;
}

/** rules.md §8 with §5: the leave lines and the allowance, restated from the spec (BigInt for the rounding). */
export function expectedAllowance(r: {
  region: string;
  insurance: Insurance;
  employer?: { fullyFunded: boolean } | null;
  event: { kind: 'birth'; babies?: number | null; difficult?: boolean | null; childOrder?: number | null } | { kind: 'loss'; weeks: number };
  employerAverageMonthlyWage?: number | null;
}) {
  const entry = resolveRegion(r.region);
  const eligible = r.insurance === 'employee' && (isHunan(entry) || isWenzhou(entry) || (isJilin(entry) && r.employer?.fullyFunded !== true));
  const lines: { id: string; days: number; citation: string }[] = [];
  const e = r.event;
  if (e.kind === 'loss') lines.push(e.weeks < 16 ? { id: 'loss-early', days: 15, citation: 'NAT-619 七' } : { id: 'loss-late', days: 42, citation: 'NAT-619 七' });
  else {
    lines.push({ id: 'base', days: 98, citation: 'NAT-619 七' });
    if (e.difficult === true) lines.push({ id: 'difficult', days: 15, citation: 'NAT-619 七' });
    if ((e.babies ?? 1) > 1) lines.push({ id: 'multiple', days: 15 * ((e.babies ?? 1) - 1), citation: 'NAT-619 七' });
  }
  const days = lines.reduce((s, l) => s + l.days, 0);
  const wage = r.employerAverageMonthlyWage ?? null;
  const priced = eligible && wage !== null;
  // round(x / 30) half up, computed exactly.
  const round30 = (x: bigint) => Number((x * 2n + 30n) / 60n);
  const extendedDays =
    e.kind === 'loss' ? undefined : isHunan(entry) ? 60 : isWenzhou(entry) ? ((e.childOrder ?? 1) === 1 ? 60 : 90) : null;
  const extended =
    extendedDays === undefined
      ? null
      : {
          days: extendedDays,
          citation: isHunan(entry) ? 'HN-RKJS-2021' : isWenzhou(entry) ? 'ZJ-RKJS-2021' : null,
          paidByFund: null,
          amountIfPaid: priced && extendedDays !== null ? round30(BigInt(wage) * BigInt(extendedDays)) : null,
        };
  return {
    eligible,
    draft: isWenzhou(entry),
    leave: { days, lines },
    dailyRate: priced ? round30(BigInt(wage)) : null,
    amount: priced ? round30(BigInt(wage) * BigInt(days)) : null,
    extended,
    payee: !eligible ? null : isJilin(entry) ? 'employer' : 'mother',
    needs: eligible && wage === null ? ['wage'] : [],
  };
}

/** rules.md §9: the months paid, by calendar year (month numbers counted from year 0). */
export function expectedSubsidy(birthDate: string, today: string) {
  const birth = Number(birthDate.slice(0, 4)) * 12 + Number(birthDate.slice(5, 7)) - 1;
  const from = Math.max(birth, 2025 * 12);
  const end = birth + 36; // the month of the third birthday, not paid
  const byYear: { year: number; months: number; amount: number }[] = [];
  for (let m = from; m < end; m++) {
    const year = Math.floor(m / 12);
    const last = byYear[byYear.length - 1];
    if (last && last.year === year) {
      last.months += 1;
      last.amount += 30000;
    } else byYear.push({ year, months: 1, amount: 30000 });
  }
  const months = Math.max(0, end - from);
  const ym = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  return {
    eligible: months > 0,
    expected: birthDate > today,
    perYear: 360000,
    months,
    total: months * 30000,
    from: months > 0 ? ym(from) : null,
    to: months > 0 ? ym(end - 1) : null,
    byYear,
    citation: 'GOV-2025-YEBT',
  };
}
