// The maternity allowance's figures (rules.md §8): the leave days of NAT-619 七 line by line, the
// allowance from the employer's average monthly wage (SIL-2010 五十六, NAT-619 八), the province's
// extended leave and who is paid. Reading a request and the notices are maternity-allowance.ts.
import { dayNumber } from './dates';
import { benefitTerms } from './eligibility';
import { type ExtendedLeaveRule, type RegionPolicy } from './policy';
import { resolveRegion } from './regions';
import { type AllowanceFigures, type ExtendedLeave, type Fen, type LeaveLine, type MaternityAllowanceRequest } from './types';

/** NAT-619 七: the national leave days. */
export const MATERNITY_LEAVE = {
  citation: 'NAT-619 七',
  base: 98,
  difficult: 15,
  perExtraBaby: 15,
  lossEarly: 15,
  lossLate: 42,
  // rules.md §8, decided: the text's "4 months" (怀孕未满4个月) read as 16 completed weeks.
  lossLateFromWeeks: 16,
} as const;

export const MAX_BABIES = 5;
export const MAX_CHILD_ORDER = 10;
export const MAX_LOSS_WEEKS = 44;

/** NAT-619 八: for an insured woman the allowance is paid by the maternity insurance fund. */
export const FUND_PAYS = { text: '生育津贴从生育保险基金中支付。', citation: 'NAT-619 八' } as const;

/** SIL-2010 五十六: the allowance is computed from the employer's previous-year average monthly wage. */
export const AMOUNT_CITATION = 'SIL-2010 五十六';
// rules.md §8, decided: ÷ 30, the usual local practice; the national texts name the base, not the divisor.
export const ALLOWANCE_DAYS_PER_MONTH = 30;

/** x ÷ d rounded half up to a whole number (x ≥ 0, d > 0), in integer arithmetic. */
const roundDiv = (x: number, d: number): number => Math.floor((2 * x + d) / (2 * d));

/** The allowance for `days` at this wage: round(wage × days / 30), half up, in fen. */
export const allowanceFor = (wage: Fen, days: number): Fen => roundDiv(wage * days, ALLOWANCE_DAYS_PER_MONTH);

/** The extra leave days for the n-th child, or null where the region's days are not known. */
export function extendedLeaveDays(rule: ExtendedLeaveRule, childOrder: number): number | null {
  if (!rule.known) return null;
  const { daysByChildOrder: days } = rule;
  return days[Math.min(childOrder, days.length) - 1] ?? null;
}

/** A birth or a loss as the figures read it: its day number and what decides the days. */
export type LeaveEvent = { kind: 'birth'; day: number; babies: number; difficult: boolean; childOrder: number } | { kind: 'loss'; day: number; weeks: number };

/** The leave lines of NAT-619 七, in the order of api.md: base, difficult, multiple, loss-early, loss-late. */
function leaveLines(event: LeaveEvent): LeaveLine[] {
  const citation = MATERNITY_LEAVE.citation;
  if (event.kind === 'loss') {
    return event.weeks < MATERNITY_LEAVE.lossLateFromWeeks
      ? [{ id: 'loss-early', days: MATERNITY_LEAVE.lossEarly, citation }]
      : [{ id: 'loss-late', days: MATERNITY_LEAVE.lossLate, citation }];
  }
  const lines: LeaveLine[] = [{ id: 'base', days: MATERNITY_LEAVE.base, citation }];
  if (event.difficult) lines.push({ id: 'difficult', days: MATERNITY_LEAVE.difficult, citation });
  if (event.babies > 1) lines.push({ id: 'multiple', days: MATERNITY_LEAVE.perExtraBaby * (event.babies - 1), citation });
  return lines;
}

/** What the figures start from: the region, §5's answer for her, the event and the wage (null: not given). */
export interface AllowanceInput {
  region: RegionPolicy;
  eligible: boolean;
  reason: string;
  citation: string | null;
  event: LeaveEvent;
  wage: Fen | null;
}

/** The leave days, the amount (when eligible and the wage is given), the extended leave, who is paid. */
export function allowanceFiguresOf({ region, eligible, reason, citation, event, wage }: AllowanceInput): AllowanceFigures {
  const lines = leaveLines(event);
  const days = lines.reduce((sum, l) => sum + l.days, 0);
  const priced = eligible && wage !== null;
  const rule = region.maternity.extendedLeave;
  let extended: ExtendedLeave | null = null;
  if (event.kind === 'birth') {
    const extraDays = extendedLeaveDays(rule, event.childOrder);
    extended = {
      days: extraDays,
      citation: rule.known ? rule.citation : null,
      paidByFund: null,
      amountIfPaid: priced && extraDays !== null ? allowanceFor(wage, extraDays) : null,
    };
  }
  return {
    eligible,
    reason,
    citation,
    leave: { days, lines },
    dailyRate: priced ? roundDiv(wage, ALLOWANCE_DAYS_PER_MONTH) : null,
    amount: priced ? allowanceFor(wage, days) : null,
    amountCitation: eligible ? AMOUNT_CITATION : null,
    extended,
    payee: eligible ? region.maternity.payee : null,
  };
}

/**
 * The figures of POST /maternity-allowance for a request the app built itself from its own store
 * (the home card's estimate): not read as untrusted input, no notices. Null for a region the
 * engine does not know.
 */
export function allowanceFigures(req: MaternityAllowanceRequest): AllowanceFigures | null {
  const region = resolveRegion(req.region);
  if (!region) return null;
  const e = req.event;
  const day = dayNumber(e.date);
  const event: LeaveEvent =
    e.kind === 'loss' ? { kind: 'loss', day, weeks: e.weeks } : { kind: 'birth', day, babies: e.babies ?? 1, difficult: e.difficult ?? false, childOrder: e.childOrder ?? 1 };
  const terms = benefitTerms(region, 'maternity-allowance', req.insurance, day, req.employer?.fullyFunded ?? false);
  return allowanceFiguresOf({ region, eligible: terms.eligible, reason: terms.reason, citation: terms.citation, event, wage: req.employerAverageMonthlyWage ?? null });
}
