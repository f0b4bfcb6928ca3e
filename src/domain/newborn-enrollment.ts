// Reading a newborn enrollment (rules.md §7): the form's and POST /newborn-enrollments' checks of
// the certificate, the names, the guardian's ID and the birth date. Apart from newborn.ts (the
// dates and terms) because only the enrollment page and the server read it: see index.ts.
import { dayNumber, MAX_CHILD_AGE_YEARS, readInput, yearsBefore, type IsoDate, type NewbornEnrollmentInput, type Result } from './core';
import { validateCertificateNo, validateHanName, validateResidentId } from './validators';

/** Field by field, collected into issues; the normalised value or null. */
function collect<T>(issues: readInput.Issues, r: Result<T>): T | null {
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
  if (!readInput.isRecord(body)) return readInput.fail(readInput.invalid('', '请求内容应为一个对象'));
  const issues = new readInput.Issues();
  const todayDay = dayNumber(today);
  if (Number.isNaN(todayDay)) return readInput.fail(readInput.invalid('today', '今天的日期无效'));
  const certificateNo = collect(issues, validateCertificateNo(body.certificateNo, 'certificateNo'));
  const babyName = collect(issues, validateHanName(body.babyName, 'babyName', '出生医学证明'));
  const sex = body.sex === 'M' || body.sex === 'F' ? body.sex : null;
  if (sex === null) issues.add('sex', '请选择宝宝的性别：男（M）或女（F）');
  const birthIssue = birthDateIssue(body.birthDate, today);
  if (birthIssue) issues.add('birthDate', birthIssue);
  const region = readInput.regionField(issues, body.region);
  const g: unknown = body.guardian;
  let guardian: NewbornEnrollmentInput['guardian'] | null = null;
  if (!readInput.isRecord(g)) issues.add('guardian', '请填写监护人（父母一方）的姓名、身份证号和与宝宝的关系');
  else {
    const name = collect(issues, validateHanName(g.name as string, 'guardian.name'));
    const idNo = collect(issues, validateResidentId(g.idNo as string, today, 'guardian.idNo'));
    const relation = g.relation === 'mother' || g.relation === 'father' || g.relation === 'guardian' ? g.relation : null;
    if (relation === null) issues.add('guardian.relation', '请选择监护人与宝宝的关系：母亲（mother）、父亲（father）或其他监护人（guardian）');
    const insuredInRegion = readInput.boolField(issues, g.insuredInRegion, 'guardian.insuredInRegion', '父母一方是否在本地参加基本医保', false);
    if (name !== null && idNo !== null && relation !== null) guardian = { name, idNo, relation, insuredInRegion };
  }
  if (issues.any || certificateNo === null || babyName === null || sex === null || region === null || guardian === null) {
    return readInput.fail(issues.error());
  }
  return readInput.ok({ certificateNo, babyName, sex, birthDate: body.birthDate, region, guardian });
}
