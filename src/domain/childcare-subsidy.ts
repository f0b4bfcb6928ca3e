// The national childcare subsidy (rules.md §9, GOV-2025-YEBT): from 2025-01-01, 3,600 yuan a year
// for each child under three, whatever the parents' insurance or region, counted by months.
import { monthIndex, yearMonthOf } from './dates';
import { type ChildcareSubsidyAnswer, type ChildcareSubsidyRequest, type IsoDate, type Result, type SubsidyYear } from './types';
import { dateField, fail, invalid, isAbsent, isRecord, Issues, ok } from './validate';

export const CHILDCARE_SUBSIDY = {
  citation: 'GOV-2025-YEBT',
  /** The first month paid: January 2025. */
  firstMonth: '2025-01',
  perYear: 360_000,
  perMonth: 30_000,
  /** Paid until the child turns this many years old. */
  untilAge: 3,
} as const;

export const SUBSIDY_NOTICES = {
  expected: '这是按预产期做的预估：宝宝出生后，以出生医学证明上的出生日期为准。',
  // rules.md §9, decided: the national text says only "pro-rated by months" for children born before 2025.
  months:
    '按月计算：从出生当月（2025年以前出生的从2025年1月）起，到满3周岁的前一个月止，每月300元。国家文件对2025年以前出生的孩子只说“按月折算”，这里是本应用的理解，以当地实际发放为准。',
  hukouFirst: '育儿补贴在孩子户籍所在地申领，所以要先给孩子办好出生登记（上户口）。',
  howToApply: '由父母一方或其他监护人申领：可以通过当地政务服务平台在线申请，也可以到乡镇（街道）办理；每年发放，具体发放时间由当地安排。',
  taxFree: '育儿补贴免征个人所得税（财政部 税务总局公告2025年第6号），也不计入低保等社会救助对象的家庭收入。',
  provinceMayAdd: '各省可以在国家标准之上提高补贴，请留意当地的政策。',
  tooOld: '育儿补贴从2025年1月起按月计算到满3周岁的前一个月；这个孩子满3周岁的月份不晚于2025年1月，按这个算法没有可以发放的月份。',
} as const;

/** The months paid for a child born on `birthDate`, as month indexes [from, to), and their split by calendar year. */
export function subsidyMonths(birthDate: IsoDate): { from: number; to: number; byYear: SubsidyYear[] } {
  const birth = monthIndex(birthDate);
  const from = Math.max(birth, monthIndex(CHILDCARE_SUBSIDY.firstMonth));
  // Through the month before the month of the third birthday.
  const to = Math.max(from, birth + CHILDCARE_SUBSIDY.untilAge * 12);
  const byYear: SubsidyYear[] = [];
  for (let m = from; m < to; ) {
    const year = Math.floor(m / 12);
    const months = Math.min(to, (year + 1) * 12) - m;
    byYear.push({ year, months, amount: months * CHILDCARE_SUBSIDY.perMonth });
    m += months;
  }
  return { from, to, byYear };
}

/** POST /childcare-subsidy. `req.today` overrides `today`; a birth date after today is a forecast (`expected`). */
export function childcareSubsidy(req: ChildcareSubsidyRequest, today: IsoDate): Result<ChildcareSubsidyAnswer> {
  if (!isRecord(req)) return fail(invalid('', '请求内容应为一个对象'));
  const issues = new Issues();
  const birthDay = dateField(issues, req.birthDate, 'birthDate', '宝宝的出生日期（或预产期）', true);
  const todayDay = dateField(issues, isAbsent(req.today) ? today : req.today, 'today', '今天的日期', true);
  if (issues.any) return fail(issues.error());
  const expected = birthDay > todayDay;
  const { from, to, byYear } = subsidyMonths(req.birthDate);
  const months = to - from;
  const eligible = months > 0;
  const notices: string[] = [];
  if (eligible) {
    if (expected) notices.push(SUBSIDY_NOTICES.expected);
    notices.push(SUBSIDY_NOTICES.months, SUBSIDY_NOTICES.hukouFirst, SUBSIDY_NOTICES.howToApply, SUBSIDY_NOTICES.taxFree, SUBSIDY_NOTICES.provinceMayAdd);
  } else notices.push(SUBSIDY_NOTICES.tooOld);
  return ok({
    eligible,
    expected,
    perYear: CHILDCARE_SUBSIDY.perYear,
    months,
    total: months * CHILDCARE_SUBSIDY.perMonth,
    from: eligible ? yearMonthOf(from) : null,
    to: eligible ? yearMonthOf(to - 1) : null,
    byYear,
    citation: CHILDCARE_SUBSIDY.citation,
    notices,
  });
}

