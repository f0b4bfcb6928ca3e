// rules.md §7: the enrollment body validated and normalised, cover from birth within 90 days, the
// Hunan birth-year waiver, where to file and what to bring.
import { addDays, enrollmentFields, newbornTerms, validateNewbornEnrollment, type NewbornEnrollmentInput } from '../../src/domain';
import { errorOf, expectChinese, paths, value } from './helpers';

const TODAY = '2026-03-20';
const body = (o: Partial<NewbornEnrollmentInput> = {}, g: Partial<NewbornEnrollmentInput['guardian']> = {}): NewbornEnrollmentInput => ({
  certificateNo: 'R430123456',
  babyName: '张小满',
  sex: 'F',
  birthDate: '2026-03-15',
  region: '430400',
  ...o,
  guardian: { name: '李华', idNo: '430421199203150047', relation: 'mother', insuredInRegion: true, ...g },
});

describe('validateNewbornEnrollment', () => {
  test('the api.md body is valid and comes back as given', () => {
    expect(value(validateNewbornEnrollment(body(), TODAY))).toEqual(body());
  });

  test('normalised: x → X, insuredInRegion absent or null → false', () => {
    const v = value(validateNewbornEnrollment(body({}, { idNo: '11010519491231002x', insuredInRegion: undefined }), TODAY));
    expect(v.guardian).toEqual({ name: '李华', idNo: '11010519491231002X', relation: 'mother', insuredInRegion: false });
    expect(value(validateNewbornEnrollment(body({}, { insuredInRegion: null }), TODAY)).guardian.insuredInRegion).toBe(false);
  });

  test('a six-digit region of no entry passes here (the caller answers 404 after every 400)', () => {
    expect(validateNewbornEnrollment(body({ region: '110000' }), TODAY).ok).toBe(true);
  });

  test.each<[string, NewbornEnrollmentInput, string]>([
    ['certificate lowercase', body({ certificateNo: 'r430123456' }), 'certificateNo'],
    ['certificate too short', body({ certificateNo: 'R43012345' }), 'certificateNo'],
    ['certificate with space', body({ certificateNo: ' R430123456' }), 'certificateNo'],
    ['certificate with newline', body({ certificateNo: 'R430123456\n' }), 'certificateNo'],
    ['ID check digit wrong', body({}, { idNo: '430421199203150048' }), 'guardian.idNo'],
    ['ID birth date not real', body({}, { idNo: '430421199202300040' }), 'guardian.idNo'],
    ['ID of 15 digits', body({}, { idNo: '430421920315004' }), 'guardian.idNo'],
    ['baby name in Latin letters', body({ babyName: 'Tom' }), 'babyName'],
    ['baby name of 21 characters', body({ babyName: '张'.repeat(21) }), 'babyName'],
    ['guardian name with a leading middle dot', body({}, { name: '·李华' }), 'guardian.name'],
    ['birth in the future', body({ birthDate: '2026-03-21' }), 'birthDate'],
    ['birth over 18 years ago', body({ birthDate: '2008-03-19' }), 'birthDate'],
    ['birth date not real', body({ birthDate: '2026-02-29' }), 'birthDate'],
    ['sex X', body({ sex: 'X' as 'F' }), 'sex'],
    ['relation aunt', body({}, { relation: 'aunt' as 'mother' }), 'guardian.relation'],
    ['insuredInRegion not a boolean', body({}, { insuredInRegion: 'yes' as unknown as boolean }), 'guardian.insuredInRegion'],
    ['region of five digits', body({ region: '43040' }), 'region'],
    ['guardian missing', { ...body(), guardian: undefined } as unknown as NewbornEnrollmentInput, 'guardian'],
    ['body not an object', 'x' as unknown as NewbornEnrollmentInput, ''],
  ])('400: %s', (_name, b, path) => {
    const r = validateNewbornEnrollment(b, TODAY);
    expect(errorOf(r).code).toBe('VALIDATION_FAILED');
    expect(paths(r)).toContain(path);
    expectChinese(errorOf(r));
    expect(JSON.stringify(errorOf(r))).not.toContain('430421199203150048');
  });

  test('born exactly 18 years ago and born today are accepted', () => {
    expect(validateNewbornEnrollment(body({ birthDate: '2008-03-20' }), TODAY).ok).toBe(true);
    expect(validateNewbornEnrollment(body({ birthDate: TODAY }), TODAY).ok).toBe(true);
  });

  test('every problem is reported at once', () => {
    const r = validateNewbornEnrollment(body({ certificateNo: 'x', babyName: 'Tom', sex: 'X' as 'F' }, { relation: 'aunt' as 'mother' }), TODAY);
    expect(paths(r)).toEqual(['certificateNo', 'babyName', 'sex', 'guardian.relation']);
  });
});

describe('newbornTerms', () => {
  const terms = (birthDate: string, enrolledOn: string, region = '430400', guardianInsuredInRegion = true) =>
    newbornTerms({ birthDate, region, guardianInsuredInRegion }, enrolledOn);

  test.each([
    [0, '2026-03-15', 90, true],
    [5, '2026-03-15', 85, true],
    [89, '2026-03-15', 1, true],
    [90, '2026-03-15', 0, true], // enrollment − birth ≤ 90: still from birth
    [91, null, 0, false], // from the enrollment day
    [400, null, 0, false],
  ])('enrolled %d days after birth: coverage from %s, %d days left, in time %s', (age, start, daysLeft, inTime) => {
    const enrolledOn = addDays('2026-03-15', age);
    const t = terms('2026-03-15', enrolledOn);
    expect(t.coverageStart).toBe(start ?? enrolledOn);
    expect(t.daysLeft).toBe(daysLeft);
    expect(t.inTime).toBe(inTime);
    expect(t.deadline).toBe('2026-06-13');
  });

  test.each<[string, string, boolean, boolean]>([
    ['430400', '2026-03-15', true, true],
    ['430421', '2026-03-15', true, true], // a county of Hengyang
    ['430000', '2026-03-15', true, true],
    ['431000', '2026-01-01', true, true], // another Hunan city, first day of 2026
    ['430400', '2025-12-31', true, false], // born 2025
    ['430400', '2027-01-01', true, false], // a later notice would have to extend the trial
    ['430400', '2026-03-15', false, false], // no parent insured in Hunan
    ['330300', '2026-03-15', true, false],
    ['220200', '2026-03-15', true, false],
    ['220000', '2026-03-15', true, false],
    ['110000', '2026-03-15', true, false],
  ])('%s, born %s, guardian insured %s → waived %s', (region, birthDate, insured, waived) => {
    expect(terms(birthDate, addDays(birthDate, 3), region, insured).birthYearPremiumWaived).toBe(waived);
  });

  test('citation, where to file and what to bring', () => {
    const hunan = terms('2026-03-15', TODAY);
    expect(hunan.citation).toBe('HN-2025-45 三(三)');
    expect(hunan.citations).toEqual(['HN-2025-45 三(三)', 'GOV-2024-38', 'HN-2026-ENROLL']);
    expect(hunan.filing.where.join()).toMatch(/湘医保/);
    expect(hunan.filing.where.join()).toMatch(/国家医保服务平台/);
    expect(hunan.filing.where.join()).toMatch(/出生一件事/);
    expect(hunan.filing.bring).toEqual(['出生医学证明', '监护人（父母一方）的居民身份证']);
    const wenzhou = terms('2026-03-15', TODAY, '330300');
    expect(wenzhou.citation).toBe('GOV-2024-38');
    expect(wenzhou.filing.where.join()).not.toMatch(/湘医保/);
    expect(terms('2026-03-15', TODAY, '220200').citation).toBe('GOV-2024-38');
    expect(terms('2026-03-15', TODAY, '110000').filing.where.length).toBeGreaterThan(0);
  });
});

describe('enrollmentFields: what the server stores with the record', () => {
  test('the api.md answer: enrolled within 90 days of the birth', () => {
    expect(enrollmentFields(body(), TODAY)).toEqual({ coverageStart: '2026-03-15', birthYearPremiumWaived: true, citation: 'HN-2025-45 三(三)' });
  });
  test('enrolled 100 days later: coverage from the enrollment day', () => {
    expect(enrollmentFields(body(), '2026-06-28').coverageStart).toBe('2026-06-28');
  });
  test('insuredInRegion absent: not waived', () => {
    expect(enrollmentFields(body({}, { insuredInRegion: undefined }), TODAY).birthYearPremiumWaived).toBe(false);
  });
});
