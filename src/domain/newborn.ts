// Newborn enrollment (rules.md §7): what YunBao records (not a filing with a 医保 agency), and the
// dates it computes: cover from birth when enrolled within 90 days (GOV-2024-38), Hunan's
// birth-year premium waiver (HN-2025-45 三(三), HN-2026-ENROLL).
import { addDays, dayNumber, yearOf, yearsBefore } from './dates';
import { resolveRegion } from './regions';
import { type EnrollmentFields, type IsoDate, type NewbornEnrollmentInput, type NewbornTerms, type Result } from './types';
import { boolField, fail, invalid, isRecord, Issues, ok, regionField } from './validate';
import { validateCertificateNo, validateHanName, validateResidentId } from './validators';

/** Enrolled within this many days of birth (enrollment − birth ≤ 90), cover starts at birth. */
export const NEWBORN_WINDOW_DAYS = 90;
export const MAX_CHILD_AGE_YEARS = 18;

export const FILING_BRING: readonly string[] = ['出生医学证明', '监护人（父母一方）的居民身份证'];
const DEFAULT_WHERE: readonly string[] = ['国家医保服务平台（线上）', '“出生一件事”窗口（线下）'];

/** Field by field, collected into issues; the normalised value or null. */
function collect<T>(issues: Issues, r: Result<T>): T | null {
  if (r.ok) return r.value;
  issues.details.push(...r.error.details);
  return null;
}

/** What is wrong with a baby's birth date on `today` (a real day, not in the future, under 18 years ago), or null. */
export function birthDateIssue(birthDate: unknown, today: IsoDate): string | null {
  const birthDay = dayNumber(birthDate);
  if (Number.isNaN(birthDay)) return '请填写宝宝真实的出生日期（YYYY-MM-DD），与出生医学证明一致';
  if (birthDay > dayNumber(today)) return '出生日期不能晚于今天，请对照出生医学证明核对';
  if (birthDay < dayNumber(yearsBefore(today, MAX_CHILD_AGE_YEARS))) return '出生日期早于18年前：新生儿参保只适用于未满18岁的孩子，请核对';
  return null;
}

/** The POST /newborn-enrollments body, validated and normalised (ID x → X, insuredInRegion default false). Region resolution (404) is the caller's. */
export function validateNewbornEnrollment(body: NewbornEnrollmentInput, today: IsoDate): Result<NewbornEnrollmentInput> {
  if (!isRecord(body)) return fail(invalid('', '请求内容应为一个对象'));
  const issues = new Issues();
  const todayDay = dayNumber(today);
  if (Number.isNaN(todayDay)) return fail(invalid('today', '今天的日期无效'));
  const certificateNo = collect(issues, validateCertificateNo(body.certificateNo, 'certificateNo'));
  const babyName = collect(issues, validateHanName(body.babyName, 'babyName', '出生医学证明'));
  const sex = body.sex === 'M' || body.sex === 'F' ? body.sex : null;
  if (sex === null) issues.add('sex', '请选择宝宝的性别：男（M）或女（F）');
  const birthIssue = birthDateIssue(body.birthDate, today);
  if (birthIssue) issues.add('birthDate', birthIssue);
  const region = regionField(issues, body.region);
  const g: unknown = body.guardian;
  let guardian: NewbornEnrollmentInput['guardian'] | null = null;
  if (!isRecord(g)) issues.add('guardian', '请填写监护人（父母一方）的姓名、身份证号和与宝宝的关系');
  else {
    const name = collect(issues, validateHanName(g.name as string, 'guardian.name'));
    const idNo = collect(issues, validateResidentId(g.idNo as string, today, 'guardian.idNo'));
    const relation = g.relation === 'mother' || g.relation === 'father' || g.relation === 'guardian' ? g.relation : null;
    if (relation === null) issues.add('guardian.relation', '请选择监护人与宝宝的关系：母亲（mother）、父亲（father）或其他监护人（guardian）');
    const insuredInRegion = boolField(issues, g.insuredInRegion, 'guardian.insuredInRegion', '父母一方是否在本地参加基本医保', false);
    if (name !== null && idNo !== null && relation !== null) guardian = { name, idNo, relation, insuredInRegion };
  }
  if (issues.any || certificateNo === null || babyName === null || sex === null || region === null || guardian === null) {
    return fail(issues.error());
  }
  return ok({ certificateNo, babyName, sex, birthDate: body.birthDate, region, guardian });
}

/** The terms of an enrollment made on `enrolledOn`: coverage start, waiver, citation, days left, where to file, what to bring. */
export function newbornTerms(
  input: { birthDate: IsoDate; region: string; guardianInsuredInRegion: boolean },
  enrolledOn: IsoDate,
): NewbornTerms {
  const age = dayNumber(enrolledOn) - dayNumber(input.birthDate);
  const inTime = age <= NEWBORN_WINDOW_DAYS; // false for NaN
  const region = resolveRegion(input.region);
  const waiver = region?.newborn.premiumWaiver ?? null;
  const waived = waiver !== null && input.guardianInsuredInRegion === true && waiver.years.includes(yearOf(input.birthDate));
  return {
    coverageStart: inTime ? input.birthDate : enrolledOn,
    birthYearPremiumWaived: waived,
    citation: region?.newborn.citation ?? 'GOV-2024-38',
    daysLeft: inTime ? Math.min(NEWBORN_WINDOW_DAYS, NEWBORN_WINDOW_DAYS - age) : 0,
    deadline: addDays(input.birthDate, NEWBORN_WINDOW_DAYS),
    inTime,
    citations: [...(region?.newborn.citations ?? ['GOV-2024-38'])],
    filing: { where: [...(region?.newborn.where ?? DEFAULT_WHERE)], bring: [...FILING_BRING] },
  };
}

/** The fields of the enrollment answer the engine computes (the server stores them with the record). */
export function enrollmentFields(input: NewbornEnrollmentInput, enrolledOn: IsoDate): EnrollmentFields {
  const t = newbornTerms(
    { birthDate: input.birthDate, region: input.region, guardianInsuredInRegion: input.guardian.insuredInRegion === true },
    enrolledOn,
  );
  return { coverageStart: t.coverageStart, birthYearPremiumWaived: t.birthYearPremiumWaived, citation: t.citation };
}
