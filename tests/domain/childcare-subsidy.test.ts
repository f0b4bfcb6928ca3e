// rules.md §9: the national childcare subsidy, 300 yuan a month from the month of birth (or January
// 2025) through the month before the third birthday, split by calendar year; a future birth date
// is a forecast; the notices say where and how to apply.
import { childcareSubsidy, type ChildcareSubsidyAnswer, type ChildcareSubsidyRequest, type SubsidyYear } from '../../src/domain';
import { errorOf, expectChinese, paths, value } from './helpers';

const TODAY = '2026-12-04';
const subsidy = (birthDate: string, today: string | null = TODAY): ChildcareSubsidyAnswer => value(childcareSubsidy({ birthDate, today }, '2000-01-01'));
const Y = (year: number, months: number): SubsidyYear => ({ year, months, amount: months * 30000 });

test('the api.md example: born 2026-05-10, 36 months, 1,080,000 fen over four calendar years', () => {
  expect(subsidy('2026-05-10')).toEqual({
    eligible: true,
    expected: false,
    perYear: 360000,
    months: 36,
    total: 1080000,
    from: '2026-05',
    to: '2029-04',
    byYear: [Y(2026, 8), Y(2027, 12), Y(2028, 12), Y(2029, 4)],
    citation: 'GOV-2025-YEBT',
    notices: expect.any(Array),
  });
});

describe('months: from the month of birth (or 2025-01) through the month before the third birthday', () => {
  test.each<[string, string, number, string | null, string | null, SubsidyYear[]]>([
    ['born 2021-12-31: three before 2025', '2021-12-31', 0, null, null, []],
    ['born 2022-01-01: third birthday month is January 2025', '2022-01-01', 0, null, null, []],
    ['born 2022-01-15', '2022-01-15', 0, null, null, []],
    ['born 2022-01-31', '2022-01-31', 0, null, null, []],
    ['born 2022-02-01: January 2025 only', '2022-02-01', 1, '2025-01', '2025-01', [Y(2025, 1)]],
    ['born 2022-10-20 (rules.md): 2025-01…2025-09', '2022-10-20', 9, '2025-01', '2025-09', [Y(2025, 9)]],
    ['born 2024-12-01', '2024-12-01', 35, '2025-01', '2027-11', [Y(2025, 12), Y(2026, 12), Y(2027, 11)]],
    ['born 2024-12-31, the day before the scheme', '2024-12-31', 35, '2025-01', '2027-11', [Y(2025, 12), Y(2026, 12), Y(2027, 11)]],
    ['born 2025-01-01, its first day', '2025-01-01', 36, '2025-01', '2027-12', [Y(2025, 12), Y(2026, 12), Y(2027, 12)]],
    ['born 2025-01-02', '2025-01-02', 36, '2025-01', '2027-12', [Y(2025, 12), Y(2026, 12), Y(2027, 12)]],
    ['born 2024-02-29: third birthday 2027-02-28', '2024-02-29', 25, '2025-01', '2027-01', [Y(2025, 12), Y(2026, 12), Y(2027, 1)]],
  ])('%s', (_name, birthDate, months, from, to, byYear) => {
    const a = subsidy(birthDate);
    expect({ eligible: a.eligible, months: a.months, total: a.total, from: a.from, to: a.to, byYear: a.byYear }).toEqual({
      eligible: months > 0,
      months,
      total: months * 30000,
      from,
      to,
      byYear,
    });
    expect(a.perYear).toBe(360000);
  });

  // A third birthday on the 1st or the last day of a month: that month is not paid, the one before is.
  test.each<[string, string, string]>([
    ['third birthday on 2026-02-28 (last day)', '2023-02-28', '2026-01'],
    ['third birthday on 2026-03-01 (first day)', '2023-03-01', '2026-02'],
    ['third birthday on 2026-03-31 (last day)', '2023-03-31', '2026-02'],
    ['third birthday on 2026-04-01 (first day)', '2023-04-01', '2026-03'],
    ['third birthday on 2029-05-01 (first day)', '2026-05-01', '2029-04'],
    ['third birthday on 2029-05-31 (last day)', '2026-05-31', '2029-04'],
  ])('%s: paid through %s', (_name, birthDate, to) => {
    const a = subsidy(birthDate);
    expect(a.to).toBe(to);
    expect(a.byYear.reduce((s, y) => s + y.months, 0)).toBe(a.months);
  });

  test('every month from 2021-11 to 2026-12: months, total and byYear agree', () => {
    for (let y = 2021; y <= 2026; y++) {
      for (let m = 1; m <= 12; m++) {
        const a = subsidy(`${y}-${String(m).padStart(2, '0')}-15`);
        const birth = y * 12 + m - 1;
        const expected = Math.max(0, birth + 36 - Math.max(birth, 2025 * 12));
        expect([a.months, a.total, a.byYear.reduce((s, b) => s + b.amount, 0)]).toEqual([expected, expected * 30000, expected * 30000]);
      }
    }
  });
});

describe('a future birth date is a forecast', () => {
  test.each<[string, string, string, boolean]>([
    ['born today', '2026-12-04', '2026-12-04', false],
    ['due tomorrow', '2026-12-05', '2026-12-04', true],
    ['born yesterday', '2026-12-03', '2026-12-04', false],
    ['an expected date next year', '2027-04-23', '2026-12-04', true],
  ])('%s', (_name, birthDate, today, expected) => {
    const a = subsidy(birthDate, today);
    expect(a.expected).toBe(expected);
    expect(a.months).toBe(36);
    expect(a.notices.some((n) => /预产期/.test(n))).toBe(expected);
  });

  test('2027-04-23: 2027-04…2030-03', () => {
    expect(subsidy('2027-04-23')).toMatchObject({ from: '2027-04', to: '2030-03', byYear: [Y(2027, 9), Y(2028, 12), Y(2029, 12), Y(2030, 3)] });
  });

  test('today defaults to the day passed in (the server passes Shanghai\'s today)', () => {
    expect(value(childcareSubsidy({ birthDate: '2026-12-05' }, '2026-12-04')).expected).toBe(true);
    expect(value(childcareSubsidy({ birthDate: '2026-12-05', today: null }, '2026-12-05')).expected).toBe(false);
  });
});

describe('notices', () => {
  test('eligible: months reading (decided), 户口 first, who applies and how, tax and means tests, provinces may add', () => {
    const notices = subsidy('2026-05-10').notices;
    for (const re of [/按月计算/, /户籍所在地.*上户口/, /父母一方或其他监护人.*政务服务平台.*乡镇（街道）/, /免征个人所得税.*低保/, /各省/]) {
      expect(notices.some((n) => re.test(n))).toBe(true);
    }
  });

  test('not eligible: one sentence saying why, nothing about applying', () => {
    const a = subsidy('2021-06-01');
    expect(a.notices).toHaveLength(1);
    expect(a.notices[0]).toMatch(/满3周岁/);
  });
});

describe('400 VALIDATION_FAILED', () => {
  test.each<[string, unknown, string]>([
    ['body not an object', null, ''],
    ['no birthDate', { today: TODAY }, 'birthDate'],
    ['birthDate not a calendar day', { birthDate: '2026-02-30' }, 'birthDate'],
    ['birthDate before 1900', { birthDate: '1899-12-31' }, 'birthDate'],
    ['today not a calendar day', { birthDate: '2026-05-10', today: '2026-13-01' }, 'today'],
  ])('%s', (_name, body, path) => {
    const r = childcareSubsidy(body as ChildcareSubsidyRequest, TODAY);
    expect(errorOf(r).code).toBe('VALIDATION_FAILED');
    expect(paths(r)).toContain(path);
    expectChinese(errorOf(r));
  });
});
