// The prenatal quota (rules.md §3): 100%, no deductible, up to the cap, spent in date order.
import { type RegionPolicy } from './policy';
import { isDraftRegion, resolveRegion } from './regions';
import {
  type ClaimOutcome,
  type ClaimReason,
  type Insurance,
  type IsoDate,
  type PrenatalQuotaAnswer,
  type PrenatalQuotaRequest,
  type Result,
} from './types';
import {
  boolField,
  dateField,
  fail,
  fenField,
  insuranceField,
  invalid,
  isRecord,
  Issues,
  ok,
  regionField,
  regionUnsupported,
} from './validate';

export const MAX_CLAIMS = 200;
export const MAX_CLAIM_ID = 64;

interface Claim {
  id: string;
  day: number;
  amount: number;
  inList: boolean;
  publicHealth: boolean;
}

function readClaims(issues: Issues, value: unknown): Claim[] {
  if (!Array.isArray(value)) {
    issues.add('claims', '请提供产检费用记录列表（可以为空）');
    return [];
  }
  if (value.length > MAX_CLAIMS) {
    issues.add('claims', `产检费用记录最多 ${MAX_CLAIMS} 条`);
    return [];
  }
  const seen = new Set<string>();
  const claims: Claim[] = [];
  value.forEach((c: unknown, i) => {
    const path = `claims.${i}`;
    if (!isRecord(c)) {
      issues.add(path, '每条产检费用记录应包含编号、日期和金额');
      return;
    }
    const { id } = c;
    if (typeof id !== 'string' || id.length < 1 || id.length > MAX_CLAIM_ID) {
      issues.add(`${path}.id`, `记录编号应为 1 到 ${MAX_CLAIM_ID} 个字符`);
    } else if (seen.has(id)) {
      issues.add(`${path}.id`, `记录编号“${id}”重复了，每条记录的编号须不同`);
    } else seen.add(id);
    claims.push({
      id: typeof id === 'string' ? id : '',
      day: dateField(issues, c.date, `${path}.date`, '产检日期', true),
      amount: fenField(issues, c.amount, `${path}.amount`, '产检费用', null),
      inList: boolField(issues, c.inList, `${path}.inList`, '是否在产前检查目录内', true),
      publicHealth: boolField(issues, c.publicHealth, `${path}.publicHealth`, '是否由公共卫生服务支付', false),
    });
  });
  return claims;
}

interface Cycle {
  from: number; // inclusive; -Infinity: open
  to: number; // inclusive; +Infinity: open
}

function ledger(claims: readonly Claim[], cap: number, cycle: Cycle | null): ClaimOutcome[] {
  const out: ClaimOutcome[] = new Array<ClaimOutcome>(claims.length);
  if (cap <= 0 || cycle === null) {
    claims.forEach((c, i) => {
      out[i] = { id: c.id, covered: 0, overflow: c.amount, reason: 'NO_PRENATAL_QUOTA' };
    });
    return out;
  }
  // Date order, ties in request order (a stable sort of the indices).
  const order = claims.map((_, i) => i).sort((a, b) => (claims[a]?.day ?? 0) - (claims[b]?.day ?? 0) || a - b);
  let remaining = cap;
  for (const i of order) {
    const c = claims[i];
    if (!c) continue;
    let covered = 0;
    let reason: ClaimReason | null;
    if (c.publicHealth) reason = 'PUBLIC_HEALTH';
    else if (!c.inList) reason = 'NOT_IN_LIST';
    else if (c.day < cycle.from || c.day > cycle.to) reason = 'OUTSIDE_CYCLE';
    else {
      covered = Math.min(c.amount, remaining);
      remaining -= covered;
      reason = covered < c.amount ? 'CAP_REACHED' : null;
    }
    out[i] = { id: c.id, covered, overflow: c.amount - covered, reason };
  }
  return out;
}

function cycleOf(region: RegionPolicy, insurance: Insurance, registeredDay: number, deliveredDay: number): Cycle | null {
  const rule = region.prenatalQuota[insurance];
  const to = Number.isNaN(deliveredDay) ? Number.POSITIVE_INFINITY : deliveredDay;
  if (rule.cycle === 'pregnancy') return { from: Number.NEGATIVE_INFINITY, to };
  if (rule.cycle === 'registration') return { from: registeredDay, to };
  return null;
}

/** POST /prenatal-quota. */
export function prenatalQuota(req: PrenatalQuotaRequest, _today: IsoDate): Result<PrenatalQuotaAnswer> {
  if (!isRecord(req)) return fail(invalid('', '请求内容应为一个对象'));
  const issues = new Issues();
  const code = regionField(issues, req.region);
  const insurance = insuranceField(issues, req.insurance);
  const registeredDay = dateField(issues, req.registeredOn, 'registeredOn', '生育保险备案日期', false);
  const deliveredDay = dateField(issues, req.deliveredOn, 'deliveredOn', '分娩日期', false);
  if (deliveredDay < registeredDay) issues.add('deliveredOn', '分娩日期不能早于生育保险备案日期，请检查两个日期');
  const claims = readClaims(issues, req.claims);
  if (issues.any || code === null || insurance === null) return fail(issues.error());

  const region = resolveRegion(code);
  if (!region) return fail(regionUnsupported());
  const rule = region.prenatalQuota[insurance];
  if (rule.cycle === 'registration' && Number.isNaN(registeredDay)) {
    return fail(invalid('registeredOn', '请先填写生育保险备案日期：限额从备案之日起计算，还没有备案的请先到医保经办机构办理备案'));
  }

  const outcomes = ledger(claims, rule.cap, cycleOf(region, insurance, registeredDay, deliveredDay));
  let used = 0;
  let overflowing = false;
  for (const o of outcomes) {
    used += o.covered;
    if (o.overflow > 0) overflowing = true;
  }
  const answer: PrenatalQuotaAnswer = {
    eligible: rule.cap > 0,
    cap: rule.cap,
    used,
    remaining: rule.cap - used,
    draft: isDraftRegion(region),
    claims: outcomes,
    citation: rule.citation,
  };
  if (overflowing || rule.cap <= 0) answer.hint = rule.hint;
  const notices = region.draftNotice ? [region.draftNotice, ...rule.notices] : [...rule.notices];
  if (notices.length > 0) answer.notices = notices;
  return ok(answer);
}
