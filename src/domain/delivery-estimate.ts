// The delivery estimate (rules.md §4): which rule prices the delivery, and who pays each bucket.
import { dayNumber, firstOfNextMonthDay } from './dates';
import { type FullDeliveryRule, type LineCitations, type RegionPolicy } from './policy';
import { isDraftRegion, resolveRegion } from './regions';
import {
  type CostBucket,
  type DeliveryEstimateAnswer,
  type DeliveryEstimateRequest,
  type DeliveryRule,
  type EstimateLine,
  type Insurance,
  type IsoDate,
  type Result,
} from './types';
import {
  boolField,
  dateField,
  fail,
  fenField,
  insuranceField,
  intField,
  invalid,
  isAbsent,
  isRecord,
  Issues,
  objectField,
  ok,
  regionField,
  regionUnsupported,
} from './validate';

export const BUCKETS: readonly CostBucket[] = ['inScope', 'outOfScope', 'specialNeeds', 'complications'];

export const NOT_INSURED_NOTICE = '未参加基本医疗保险，分娩费用全部需要自己支付；可向当地医保部门咨询参保。';
export const NON_DESIGNATED_NOTICE =
  '非医保定点医疗机构的费用，医保基金不予支付；急诊抢救另有结算办法，请向参保地医保部门咨询。';
export const EXCLUDED_NOTICE = '医保目录外的费用和特需服务费用不在保障范围内，需要自己支付。';
export const NEEDS_ORDINARY_NOTICE =
  '部分费用要按您所参加医保的住院起付标准和报销比例计算：请填写这两项（可向医保部门或医院咨询），才能算出医保支付和个人自付。';

type Pricing = 'fund' | 'self' | 'ordinary';

interface Input {
  region: RegionPolicy;
  insurance: Insurance;
  day: number;
  designated: boolean;
  obstetrics: boolean;
  inRegion: boolean;
  /** hospital.zeroCopay, when given (validated). */
  joinedOn: IsoDate | null;
  leftOn: IsoDate | null;
  costs: Record<CostBucket, number>;
  ordinary: { deductible: number; ratioPct: number } | null;
}

/** In Hengyang's scheme on the day: joins and leaves take effect on the 1st of the month after (rules.md §4, decided). */
function inScheme(x: Input): boolean {
  if (x.joinedOn === null) return false;
  if (x.day < firstOfNextMonthDay(x.joinedOn)) return false;
  return x.leftOn === null || x.day < firstOfNextMonthDay(x.leftOn);
}

type Miss = 'insurance' | 'window' | 'hospital' | 'scheme' | null;

/** The first condition of a full rule that does not hold, or null when it applies. */
function missOf(r: FullDeliveryRule, x: Input): Miss {
  if (!r.insurances.includes(x.insurance)) return 'insurance';
  if ((r.from !== null && x.day < dayNumber(r.from)) || (r.to !== null && x.day > dayNumber(r.to))) return 'window';
  if ((r.hospital.obstetrics && !x.obstetrics) || (r.hospital.inRegion && !x.inRegion)) return 'hospital';
  if (r.hospital.zeroCopayScheme && !inScheme(x)) return 'scheme';
  return null;
}

function readInput(req: DeliveryEstimateRequest): Result<Input> {
  if (!isRecord(req)) return fail(invalid('', '请求内容应为一个对象'));
  const issues = new Issues();
  const code = regionField(issues, req.region);
  const insurance = insuranceField(issues, req.insurance);
  const day = dateField(issues, req.deliveryDate, 'deliveryDate', '分娩日期', true);

  const hospital = objectField(issues, req.hospital, 'hospital', '医院信息', true);
  let designated = false;
  let obstetrics = false;
  let inRegion = true;
  if (hospital) {
    designated = boolField(issues, hospital.designated, 'hospital.designated', '医院是否为医保定点医疗机构', null);
    obstetrics = boolField(issues, hospital.obstetrics, 'hospital.obstetrics', '医院是否有产科资质', null);
    inRegion = boolField(issues, hospital.inRegion, 'hospital.inRegion', '医院是否在参保地区内', true);
    if (!isAbsent(hospital.level)) intField(issues, hospital.level, 'hospital.level', '医院等级', 1, 3);
    const zero = objectField(issues, hospital.zeroCopay, 'hospital.zeroCopay', '医院参加“零自付”的时间', false);
    if (zero) {
      const joinedDay = dateField(issues, zero.joinedOn, 'hospital.zeroCopay.joinedOn', '医院申请参加“零自付”的日期', true);
      const leftDay = dateField(issues, zero.leftOn, 'hospital.zeroCopay.leftOn', '医院申请退出“零自付”的日期', false);
      if (leftDay < joinedDay) issues.add('hospital.zeroCopay.leftOn', '退出“零自付”的日期不能早于参加的日期，请检查两个日期');
    }
  }

  const costsIn = objectField(issues, req.costs, 'costs', '费用', true);
  const costs: Record<CostBucket, number> = { inScope: 0, outOfScope: 0, specialNeeds: 0, complications: 0 };
  if (costsIn) {
    costs.inScope = fenField(issues, costsIn.inScope, 'costs.inScope', '符合规定的费用', 0);
    costs.outOfScope = fenField(issues, costsIn.outOfScope, 'costs.outOfScope', '目录外费用', 0);
    costs.specialNeeds = fenField(issues, costsIn.specialNeeds, 'costs.specialNeeds', '特需服务费用', 0);
    costs.complications = fenField(issues, costsIn.complications, 'costs.complications', '并发症治疗费用', 0);
  }

  let ordinary: Input['ordinary'] = null;
  const ord = objectField(issues, req.ordinary, 'ordinary', '住院起付标准和报销比例', false);
  if (ord) {
    const deductible = fenField(issues, ord.deductible, 'ordinary.deductible', '住院起付标准', null);
    const ratioPct = intField(issues, ord.ratioPct, 'ordinary.ratioPct', '住院报销比例（%）', 0, 100);
    ordinary = { deductible, ratioPct: ratioPct ?? 0 };
  }

  if (issues.any || code === null || insurance === null) return fail(issues.error());
  const region = resolveRegion(code);
  if (!region) return fail(regionUnsupported());
  const zero = hospital?.zeroCopay;
  const joinedOn = isRecord(zero) && typeof zero.joinedOn === 'string' ? zero.joinedOn : null;
  const leftOn = isRecord(zero) && typeof zero.leftOn === 'string' ? zero.leftOn : null;
  return ok({ region, insurance, day, designated, obstetrics, inRegion, joinedOn, leftOn, costs, ordinary });
}

interface Decision {
  rule: DeliveryRule;
  inScope: Pricing;
  complications: Pricing;
  citations: LineCitations;
  notices: string[];
}

const NO_CITATIONS: LineCitations = { inScope: null, excluded: null, complications: null };

function decide(x: Input): Decision {
  if (x.insurance === 'none') {
    return { rule: 'NOT_INSURED', inScope: 'self', complications: 'self', citations: NO_CITATIONS, notices: [NOT_INSURED_NOTICE] };
  }
  if (!x.designated) {
    return { rule: 'NON_DESIGNATED', inScope: 'self', complications: 'self', citations: NO_CITATIONS, notices: [NON_DESIGNATED_NOTICE] };
  }
  const missed: string[] = [];
  for (const r of x.region.delivery.rules) {
    const miss = missOf(r, x);
    if (miss === null) {
      const notices = [...r.notices];
      if (r.complications === 'ordinary' && r.complicationsNotice && x.costs.complications > 0) notices.push(r.complicationsNotice);
      return { rule: r.rule, inScope: 'fund', complications: r.complications, citations: r.citations, notices };
    }
    const why = miss === 'insurance' ? r.missed.insurance?.[x.insurance] : r.missed[miss];
    if (why) missed.push(why);
  }
  const extra = x.region.delivery.ordinaryNotices[x.insurance] ?? [];
  return {
    rule: 'ORDINARY_INPATIENT',
    inScope: 'ordinary',
    complications: 'ordinary',
    citations: x.region.delivery.ordinary[x.insurance],
    notices: [...missed, ...extra],
  };
}

/** Half up to whole fen: ⌊(x × (100 − ratioPct) + 50) / 100⌋ (rules.md §4). */
export const selfShare = (x: number, ratioPct: number): number => Math.floor((x * (100 - ratioPct) + 50) / 100);

/** What the estimate form knows so far: each answer null until she gives it. */
export interface DeliveryEstimateFacts {
  region: string;
  insurance: Insurance;
  deliveryDate: IsoDate | null;
  designated: boolean | null;
  obstetrics: boolean | null;
  inRegion: boolean;
  /** Where the region has a hospital scheme (Hengyang's zero copay): in it, not, 'unsure' (estimated as not), or null unanswered. */
  inScheme: boolean | 'unsure' | null;
  /** With `inScheme: true`: the month it joined ('YYYY-MM'), null until picked; whether it left, and the month it stopped. */
  schemeFrom: string | null;
  schemeLeft: boolean;
  schemeUntil: string | null;
}

/** A question the estimate still needs answered, in the order the form asks them. */
export type EstimateQuestion = 'designated' | 'obstetrics' | 'deliveryDate' | 'scheme' | 'schemeFrom' | 'schemeUntil';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Whether a scheme rule could still be the one that prices her delivery, given what is known. */
function schemeMayApply(r: FullDeliveryRule, f: DeliveryEstimateFacts): boolean {
  if (!r.hospital.zeroCopayScheme || !r.insurances.includes(f.insurance)) return false;
  if (f.designated === false || (r.hospital.obstetrics && f.obstetrics === false) || (r.hospital.inRegion && !f.inRegion)) return false;
  if (f.deliveryDate !== null) {
    const day = dayNumber(f.deliveryDate);
    if ((r.from !== null && day < dayNumber(r.from)) || (r.to !== null && day > dayNumber(r.to))) return false;
  }
  return true;
}

/**
 * What the estimate still needs before it can name a rule (rules.md §4): the hospital's
 * designation and obstetrics, the delivery date, and, where a hospital scheme could price her
 * delivery, whether her hospital is in it and since (and, if it left, until) which month. Empty:
 * the estimate can be computed. Amounts are not asked for: empty ones count as 0.
 */
export function deliveryEstimateMissing(f: DeliveryEstimateFacts): EstimateQuestion[] {
  const missing: EstimateQuestion[] = [];
  if (f.designated === null) missing.push('designated');
  if (f.obstetrics === null) missing.push('obstetrics');
  if (f.deliveryDate === null || Number.isNaN(dayNumber(f.deliveryDate))) missing.push('deliveryDate');
  const scheme = resolveRegion(f.region)?.delivery.rules.find((r) => schemeMayApply(r, f));
  if (scheme) {
    if (f.inScheme === null) missing.push('scheme');
    else if (f.inScheme === true) {
      if (f.schemeFrom === null || !MONTH.test(f.schemeFrom)) missing.push('schemeFrom');
      if (f.schemeLeft && (f.schemeUntil === null || !MONTH.test(f.schemeUntil))) missing.push('schemeUntil');
    }
  }
  return missing;
}

/** POST /delivery-estimate. */
export function deliveryEstimate(req: DeliveryEstimateRequest, _today: IsoDate): Result<DeliveryEstimateAnswer> {
  const read = readInput(req);
  if (!read.ok) return read;
  const x = read.value;
  const d = decide(x);

  const lines: EstimateLine[] = [];
  let total = 0;
  let fundPays = 0;
  let selfPay = 0;
  let unpriced = false;
  let deductibleLeft = x.ordinary?.deductible ?? 0;
  let excluded = 0;
  for (const bucket of BUCKETS) {
    const amount = x.costs[bucket];
    total += amount;
    if (amount === 0) continue;
    const pricing: Pricing = bucket === 'inScope' ? d.inScope : bucket === 'complications' ? d.complications : 'self';
    const citation = bucket === 'inScope' ? d.citations.inScope : bucket === 'complications' ? d.citations.complications : d.citations.excluded;
    if (bucket === 'outOfScope' || bucket === 'specialNeeds') excluded += amount;
    let fund: number | null;
    let self: number | null;
    if (pricing === 'fund') {
      fund = amount;
      self = 0;
    } else if (pricing === 'self') {
      fund = 0;
      self = amount;
    } else if (x.ordinary === null) {
      fund = null;
      self = null;
      unpriced = true;
    } else {
      const share = Math.min(amount, deductibleLeft);
      deductibleLeft -= share;
      self = share + selfShare(amount - share, x.ordinary.ratioPct);
      fund = amount - self;
    }
    if (fund !== null && self !== null) {
      fundPays += fund;
      selfPay += self;
    }
    lines.push({ bucket, amount, fund, self, citation });
  }

  const notices: string[] = [];
  if (x.region.draftNotice) notices.push(x.region.draftNotice);
  notices.push(...d.notices);
  if (excluded > 0 && d.rule !== 'NOT_INSURED' && d.rule !== 'NON_DESIGNATED') notices.push(EXCLUDED_NOTICE);
  if (unpriced) notices.push(NEEDS_ORDINARY_NOTICE);

  return ok({
    rule: d.rule,
    total,
    fundPays: unpriced ? null : fundPays,
    selfPay: unpriced ? null : selfPay,
    lines,
    needs: unpriced ? ['ordinary'] : [],
    draft: isDraftRegion(x.region),
    notices,
  });
}
