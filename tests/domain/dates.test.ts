// dates.ts, format.ts and names.ts: strict dates, day arithmetic, Shanghai's today, display formats.
import dayjs from 'dayjs';
import {
  addDays,
  addDaysIso,
  addMonths,
  childAgeDays,
  dayNumber,
  daysBetween,
  firstOfNextMonth,
  daysLeftLabel,
  formatChineseDate,
  formatYuan,
  fromDayNumber,
  INSURANCE_KINDS,
  insuranceExplanation,
  insuranceName,
  INVALID_DATE,
  isIsoDate,
  pregnancyStageName,
  regionName,
  todayInShanghai,
  yearsBefore,
} from '../../src/domain';

describe('isIsoDate: real calendar days 1900-01-01 … 2100-12-31, strict', () => {
  test.each([
    ['2026-03-15', true],
    ['1900-01-01', true],
    ['2100-12-31', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['1899-12-31', false],
    ['2101-01-01', false],
    ['2026-02-29', false], // not a leap year
    ['1900-02-29', false], // divisible by 100, not 400
    ['2100-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-05', false],
    ['2026/01/05', false],
    ['20260105', false],
    ['2026-01-05T00:00:00Z', false],
    [' 2026-01-05', false],
    ['2026-01-05\n', false],
    ['２０２６-01-05', false], // full-width digits
    ['', false],
  ])('%j → %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });

  test.each([[null], [undefined], [20260105], [{}], [['2026-01-05']], [new Date('2026-01-05')]])('%p is not a date', (v) => {
    expect(isIsoDate(v)).toBe(false);
  });

  test('asking twice answers the same (the cache)', () => {
    for (let i = 0; i < 3; i++) {
      expect(isIsoDate('2026-02-30')).toBe(false);
      expect(isIsoDate('2026-02-28')).toBe(true);
    }
  });
});

describe('day arithmetic', () => {
  test.each([
    ['2026-01-05', '2026-10-12', 280],
    ['2026-10-12', '2026-01-05', -280],
    ['2024-02-28', '2024-03-01', 2], // leap day
    ['2026-02-28', '2026-03-01', 1],
    ['2025-12-31', '2026-01-01', 1],
    ['1900-01-01', '2100-12-31', 73413],
    ['2026-03-15', '2026-03-15', 0],
  ])('daysBetween(%s, %s) = %d', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  test('daysBetween of a non-date is NaN', () => {
    expect(daysBetween('2026-02-30', '2026-03-01')).toBeNaN();
  });

  test.each([
    ['2026-01-05', 280, '2026-10-12'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2030-12-31', 1, '2031-01-01'],
    ['2100-12-31', 1, '2101-01-01'], // output may leave the input range (an EDD late in 2100)
    ['1900-01-01', -1, '1899-12-31'],
  ])('addDays(%s, %d) = %s', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
    expect(addDaysIso(d, n)).toBe(expected);
  });

  test('addDays never throws: a non-date or fractional days answer INVALID_DATE', () => {
    expect(addDays('2026-13-01', 1)).toBe(INVALID_DATE);
    expect(addDays('2026-01-01', 1.5)).toBe(INVALID_DATE);
    expect(isIsoDate(INVALID_DATE)).toBe(false);
  });

  test('day numbers round-trip', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(dayNumber('2026-03-15'))).toBe('2026-03-15');
    expect(dayNumber('2026-02-30')).toBeNaN();
  });

  test.each([
    ['2025-12-10', '2026-01-01'],
    ['2025-12-31', '2026-01-01'],
    ['2026-01-31', '2026-02-01'],
    ['2024-02-29', '2024-03-01'],
    ['2026-11-01', '2026-12-01'],
  ])('firstOfNextMonth(%s) = %s', (d, expected) => {
    expect(firstOfNextMonth(d)).toBe(expected);
  });

  test.each([
    ['2026-03-20', 18, '2008-03-20'],
    ['2024-02-29', 18, '2006-02-28'],
    ['2026-01-01', 1, '2025-01-01'],
  ])('yearsBefore(%s, %d) = %s', (d, n, expected) => {
    expect(yearsBefore(d, n)).toBe(expected);
  });
});

describe('todayInShanghai: the calendar day at UTC+8', () => {
  test.each([
    ['2026-03-20T08:00:00.000Z', '2026-03-20'],
    ['2026-03-20T15:59:59.999Z', '2026-03-20'],
    ['2026-03-20T16:00:00.000Z', '2026-03-21'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01'],
    ['2024-02-28T16:00:00.000Z', '2024-02-29'],
  ])('%s → %s', (instant, day) => {
    expect(todayInShanghai(new Date(instant))).toBe(day);
  });
});

describe('format.ts', () => {
  test.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [123450, '¥1,234.50'],
    [300000, '¥3,000.00'],
    [10_000_000_000, '¥100,000,000.00'],
    [-150, '-¥1.50'],
  ])('formatYuan(%d) = %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  test('formatYuan of no number', () => {
    expect(formatYuan(Number.NaN)).toBe('—');
  });

  test.each([
    ['2026-03-15', '2026年3月15日'],
    ['2026-10-01', '2026年10月1日'],
    ['not a date', 'not a date'],
  ])('formatChineseDate(%s) = %s', (iso, text) => {
    expect(formatChineseDate(iso)).toBe(text);
  });

  test.each([
    [31, '还剩 31 天'],
    [1, '还剩 1 天'],
    [0, '今天截止'],
    [-1, '已过期限 1 天'],
    [-40, '已过期限 40 天'],
  ])('daysLeftLabel(%i) = %s', (n, text) => {
    expect(daysLeftLabel(n)).toBe(text);
  });
});

describe('names', () => {
  test('insurance kinds: a name and a one-line explanation each', () => {
    expect(Object.keys(INSURANCE_KINDS)).toEqual(['employee', 'flexible', 'resident', 'none']);
    expect(insuranceName('employee')).toBe('职工医保');
    expect(insuranceName('resident')).toBe('城乡居民医保');
    for (const k of ['employee', 'flexible', 'resident', 'none'] as const) expect(insuranceExplanation(k)).toMatch(/。$/);
  });

  test.each([
    ['430421', '衡阳市'],
    ['430100', '湖南省'],
    ['330381', '温州市'],
    ['220281', '吉林市'],
    ['220100', '吉林省'],
    ['110000', '110000'],
  ])('regionName(%s) = %s', (code, name) => {
    expect(regionName(code)).toBe(name);
  });

  test.each([
    [1, 0, '孕早期'],
    [1, 97, '孕早期'],
    [2, 98, '孕中期'],
    [3, 196, '孕晚期'],
    [3, 258, '孕晚期'],
    [3, 259, '已足月'],
    [3, 300, '已足月'],
  ] as const)('pregnancyStageName(%d, %d) = %s (never 早产)', (trimester, days, name) => {
    expect(pregnancyStageName(trimester, days)).toBe(name);
  });

  test.each([
    ['2026-03-15', '2026-03-15', 0],
    ['2026-03-15', '2026-04-12', 28],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-03-16', '2026-03-15', null],
    ['2026-02-30', '2026-03-15', null],
  ])('childAgeDays(%s, %s) = %p', (birth, today, age) => {
    expect(childAgeDays(birth, today)).toBe(age);
  });
});

describe('addMonths: the same day n months later, the month-end when that month is shorter (as dayjs)', () => {
  test.each<[string, number, string]>([
    ['2026-03-15', 1, '2026-04-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-31', 1, '2027-01-31'],
    ['2026-12-15', 13, '2028-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2100-12-31', 1, '2101-01-31'],
  ])('%s + %i months = %s', (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected);
  });

  test('agrees with dayjs on every day of 2023–2024 for −13 … 13 months', () => {
    for (let day = dayNumber('2023-01-01'); day <= dayNumber('2024-12-31'); day++) {
      const d = fromDayNumber(day);
      for (let n = -13; n <= 13; n++) expect([d, n, addMonths(d, n)]).toEqual([d, n, dayjs(d).add(n, 'month').format('YYYY-MM-DD')]);
    }
  });

  test('not a date or not a whole number of months: INVALID_DATE', () => {
    expect(addMonths('2026-02-30', 1)).toBe(INVALID_DATE);
    expect(addMonths('2026-01-31', 1.5)).toBe(INVALID_DATE);
  });
});
