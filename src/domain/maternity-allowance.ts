// POST /maternity-allowance (rules.md §8): the request read field by field, the figures of
// maternity-leave.ts and every decided reading said in a notice. Eligibility is §5's
// `maternity-allowance` benefit. Only the allowance page and the server read it (see index.ts).
import {
  allowanceFiguresOf,
  benefitTerms,
  isDraftRegion,
  MAX_BABIES,
  MAX_CHILD_ORDER,
  MAX_LOSS_WEEKS,
  readInput,
  resolveRegion,
  type AllowanceInput,
  type LeaveEvent,
  type MaternityAllowanceAnswer,
  type MaternityAllowanceRequest,
  type Result,
} from './core';

export const LOSS_WEEKS_NOTICE =
  '国家规定以“怀孕满4个月”为界，这里按满16周计算：怀孕未满16周终止的休产假15天，满16周的休42天；以医院的证明和当地的认定为准。';
export const ESTIMATE_NOTICE =
  '金额是估算：按单位上年度职工月平均工资 ÷ 30 × 产假天数计算（各地常用的算法；国家文件只规定以单位月平均工资为基数），实际以医保部门核定的为准。生育津贴低于您本人工资的，差额按当地规定由您和单位之间结算。';
export const NEEDS_WAGE_NOTICE =
  '填写单位上年度职工月平均工资，才能算出金额：这是单位的数字，不是您本人的工资，可以向单位人事询问。';
export const EXTENDED_FUND_NOTICE = (days: number) =>
  `这些文件没有说明延长产假的${days}天是否也由生育保险基金发放生育津贴，请向参保地医保部门询问；这里给出的延长部分金额，是假如按同样标准发放时的数额。`;
export const EXTENDED_UNKNOWN_FUND_NOTICE = '延长产假期间是否发放生育津贴，也请向参保地医保部门询问。';

const { boolField, dateField, fail, fenField, fullyFundedField, insuranceField, intField, invalid, isAbsent, isRecord, Issues, ok, regionField, regionUnsupported } = readInput;
type Issues = InstanceType<typeof Issues>;

const BIRTH_ONLY = ['babies', 'difficult', 'childOrder'] as const;

function readEvent(issues: Issues, value: unknown): LeaveEvent | null {
  if (!isRecord(value)) {
    issues.add('event', '请说明是分娩（birth）还是妊娠终止（loss），以及日期');
    return null;
  }
  const { kind } = value;
  if (kind !== 'birth' && kind !== 'loss') {
    issues.add('event.kind', '请选择分娩（birth）或妊娠终止（loss）');
    return null;
  }
  if (kind === 'birth') {
    const day = dateField(issues, value.date, 'event.date', '分娩日期', true);
    const babies = isAbsent(value.babies) ? 1 : intField(issues, value.babies, 'event.babies', '这次生了几个宝宝', 1, MAX_BABIES);
    const difficult = boolField(issues, value.difficult, 'event.difficult', '是否难产', false);
    const childOrder = isAbsent(value.childOrder) ? 1 : intField(issues, value.childOrder, 'event.childOrder', '这是您的第几个孩子', 1, MAX_CHILD_ORDER);
    if (!isAbsent(value.weeks)) issues.add('event.weeks', '分娩时不需要填写孕周（孕周只在妊娠终止时填写）');
    return babies === null || childOrder === null ? null : { kind, day, babies, difficult, childOrder };
  }
  const day = dateField(issues, value.date, 'event.date', '妊娠终止的日期', true);
  const weeks = intField(issues, value.weeks, 'event.weeks', '妊娠终止时怀孕满几周', 0, MAX_LOSS_WEEKS);
  for (const field of BIRTH_ONLY) {
    if (!isAbsent(value[field])) issues.add(`event.${field}`, '只有分娩时才填写胎数、是否难产和第几个孩子');
  }
  return weeks === null ? null : { kind, day, weeks };
}

function readRequest(req: MaternityAllowanceRequest): Result<AllowanceInput> {
  if (!isRecord(req)) return fail(invalid('', '请求内容应为一个对象'));
  const issues = new Issues();
  const code = regionField(issues, req.region);
  const insurance = insuranceField(issues, req.insurance);
  const fullyFunded = fullyFundedField(issues, req.employer);
  const event = readEvent(issues, req.event);
  const wage = isAbsent(req.employerAverageMonthlyWage)
    ? null
    : fenField(issues, req.employerAverageMonthlyWage, 'employerAverageMonthlyWage', '单位上年度职工月平均工资', null);
  if (issues.any || code === null || insurance === null || event === null) return fail(issues.error());
  const region = resolveRegion(code);
  if (!region) return fail(regionUnsupported());
  const terms = benefitTerms(region, 'maternity-allowance', insurance, event.day, fullyFunded);
  return ok({ region, eligible: terms.eligible, reason: terms.reason, citation: terms.citation, event, wage });
}

/** POST /maternity-allowance: the leave days, the allowance (when eligible and the wage is given), the extended leave, who is paid. */
export function maternityAllowance(req: MaternityAllowanceRequest): Result<MaternityAllowanceAnswer> {
  const read = readRequest(req);
  if (!read.ok) return read;
  const { region, eligible, event, wage } = read.value;
  const figures = allowanceFiguresOf(read.value);
  const { extended } = figures;
  const rule = region.maternity.extendedLeave;

  const notices: string[] = [];
  if (region.draftNotice) notices.push(region.draftNotice);
  if (event.kind === 'loss') notices.push(LOSS_WEEKS_NOTICE);
  if (eligible) {
    notices.push(region.maternity.application, ...region.maternity.notices);
    notices.push(wage === null ? NEEDS_WAGE_NOTICE : ESTIMATE_NOTICE);
  }
  if (extended && !rule.known) notices.push(rule.notice, ...(eligible ? [EXTENDED_UNKNOWN_FUND_NOTICE] : []));
  else if (extended && extended.days !== null && eligible) notices.push(EXTENDED_FUND_NOTICE(extended.days));

  // Added to the fresh figures in place: an object spread of them cost V8 ~2 µs a call (bench/README.md).
  const rest: Pick<MaternityAllowanceAnswer, 'draft' | 'needs' | 'notices'> = { draft: isDraftRegion(region), needs: eligible && wage === null ? ['wage'] : [], notices };
  return ok(Object.assign(figures, rest));
}
