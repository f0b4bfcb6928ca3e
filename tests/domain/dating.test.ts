// rules.md §2: every dating formula, the days either side of each trimester and band boundary,
// leap days, and the inputs refused.
import { addDays, bandOf, datePregnancy, trimesterOf, type DatingInput } from '../../src/domain';
import { errorOf, expectChinese, paths, value } from './helpers';

const TODAY = '2026-03-01';

describe('formulas', () => {
  test.each<[string, DatingInput, string, string]>([
    ['LMP, cycle 28 (api.md example)', { method: 'lmp', date: '2026-01-05', cycleDays: 28 }, '2026-01-05', '2026-10-12'],
    ['LMP, cycle absent means 28', { method: 'lmp', date: '2026-01-05' }, '2026-01-05', '2026-10-12'],
    ['LMP, cycle null means 28', { method: 'lmp', date: '2026-01-05', cycleDays: null }, '2026-01-05', '2026-10-12'],
    ['LMP, cycle 35: edd = lmp + 280 + 7', { method: 'lmp', date: '2026-01-05', cycleDays: 35 }, '2026-01-12', '2026-10-19'],
    ['LMP, cycle 21: edd = lmp + 280 − 7', { method: 'lmp', date: '2026-01-05', cycleDays: 21 }, '2025-12-29', '2026-10-05'],
    ['LMP, cycle 45: edd = lmp + 297', { method: 'lmp', date: '2026-01-05', cycleDays: 45 }, '2026-01-22', '2026-10-29'],
    ['EDD: lmp = edd − 280', { method: 'edd', date: '2026-10-12' }, '2026-01-05', '2026-10-12'],
    ['IVF day 3: edd = transfer + 263', { method: 'ivf', date: '2026-01-20', embryoDay: 3 }, '2026-01-03', '2026-10-10'],
    ['IVF day 5: edd = transfer + 261', { method: 'ivf', date: '2026-01-20', embryoDay: 5 }, '2026-01-01', '2026-10-08'],
    ['IVF day 6: edd = transfer + 260', { method: 'ivf', date: '2026-01-20', embryoDay: 6 }, '2025-12-31', '2026-10-07'],
    ['leap day LMP', { method: 'lmp', date: '2024-02-29' }, '2024-02-29', '2024-12-05'],
    ['a pregnancy across 29 February', { method: 'lmp', date: '2023-05-26' }, '2023-05-26', '2024-03-01'],
    ['EDD the day after a leap day', { method: 'edd', date: '2024-03-01' }, '2023-05-26', '2024-03-01'],
  ])('%s', (_name, dating, lmp, edd) => {
    const today = addDays(lmp, 100);
    const d = value(datePregnancy(dating, today));
    expect(d.lmp).toBe(lmp);
    expect(d.edd).toBe(edd);
    expect(d.gestation.days).toBe(100);
  });

  test('the api.md example: lmp 2026-01-05 on 2026-03-01 is 孕7周+6天', () => {
    expect(value(datePregnancy({ method: 'lmp', date: '2026-01-05', cycleDays: 28 }, TODAY))).toEqual({
      lmp: '2026-01-05',
      edd: '2026-10-12',
      gestation: { days: 55, weeks: 7, dayOfWeek: 6, label: '孕7周+6天' },
      trimester: 1,
      band: 'early',
    });
  });

  test.each([
    [0, 0, 0, '孕0周+0天'],
    [6, 0, 6, '孕0周+6天'],
    [7, 1, 0, '孕1周+0天'],
    [55, 7, 6, '孕7周+6天'],
    [280, 40, 0, '孕40周+0天'],
    [308, 44, 0, '孕44周+0天'],
  ])('%d days → %d weeks + %d days, %s', (days, weeks, dayOfWeek, label) => {
    const d = value(datePregnancy({ method: 'lmp', date: '2026-01-05' }, addDays('2026-01-05', days)));
    expect(d.gestation).toEqual({ days, weeks, dayOfWeek, label });
  });
});

describe('trimester and band: the days either side of each boundary', () => {
  test.each([
    [0, 1, 'early'],
    [97, 1, 'early'],
    [98, 2, 'early'],
    [195, 2, 'early'],
    [196, 3, 'preterm'],
    [258, 3, 'preterm'],
    [259, 3, 'term'],
    [293, 3, 'term'],
    [294, 3, 'post-term'],
    [308, 3, 'post-term'],
  ] as const)('%d days: trimester %d, band %s', (days, trimester, band) => {
    expect(trimesterOf(days)).toBe(trimester);
    expect(bandOf(days)).toBe(band);
    const d = value(datePregnancy({ method: 'edd', date: '2026-10-12' }, addDays('2026-01-05', days)));
    expect(d.trimester).toBe(trimester);
    expect(d.band).toBe(band);
  });
});

describe('inputs refused with VALIDATION_FAILED', () => {
  test.each<[string, unknown, string, string]>([
    ['a future LMP (−1 day)', { method: 'lmp', date: '2026-03-02' }, TODAY, 'dating.date'],
    ['a cycle that puts the effective LMP after today', { method: 'lmp', date: '2026-02-25', cycleDays: 35 }, TODAY, 'dating.date'],
    ['over 44 weeks: 309 days', { method: 'lmp', date: addDays(TODAY, -309) }, TODAY, 'dating.date'],
    ['an EDD more than 280 days ahead', { method: 'edd', date: addDays(TODAY, 281) }, TODAY, 'dating.date'],
    ['an EDD 29 days past', { method: 'edd', date: addDays(TODAY, -29) }, TODAY, 'dating.date'],
    ['an IVF transfer in the future', { method: 'ivf', date: addDays(TODAY, 30), embryoDay: 5 }, TODAY, 'dating.date'],
    ['2026-02-30', { method: 'lmp', date: '2026-02-30' }, TODAY, 'dating.date'],
    ['2025-02-29 (not a leap year)', { method: 'lmp', date: '2025-02-29' }, TODAY, 'dating.date'],
    ['a date in another format', { method: 'lmp', date: '2026/01/05' }, TODAY, 'dating.date'],
    ['no date', { method: 'lmp' }, TODAY, 'dating.date'],
    ['cycle 20', { method: 'lmp', date: '2026-01-05', cycleDays: 20 }, TODAY, 'dating.cycleDays'],
    ['cycle 46', { method: 'lmp', date: '2026-01-05', cycleDays: 46 }, TODAY, 'dating.cycleDays'],
    ['cycle 28.5', { method: 'lmp', date: '2026-01-05', cycleDays: 28.5 }, TODAY, 'dating.cycleDays'],
    ['cycle as a string', { method: 'lmp', date: '2026-01-05', cycleDays: '28' }, TODAY, 'dating.cycleDays'],
    ['cycleDays with edd', { method: 'edd', date: '2026-10-12', cycleDays: 28 }, TODAY, 'dating.cycleDays'],
    ['cycleDays with ivf', { method: 'ivf', date: '2026-01-20', embryoDay: 5, cycleDays: 28 }, TODAY, 'dating.cycleDays'],
    ['embryoDay with lmp', { method: 'lmp', date: '2026-01-05', embryoDay: 5 }, TODAY, 'dating.embryoDay'],
    ['embryoDay with edd', { method: 'edd', date: '2026-10-12', embryoDay: 5 }, TODAY, 'dating.embryoDay'],
    ['ivf without embryoDay', { method: 'ivf', date: '2026-01-20' }, TODAY, 'dating.embryoDay'],
    ['embryoDay 4', { method: 'ivf', date: '2026-01-20', embryoDay: 4 }, TODAY, 'dating.embryoDay'],
    ['an unknown method', { method: 'ultrasound', date: '2026-01-05' }, TODAY, 'dating.method'],
    ['no dating at all', null, TODAY, 'dating'],
    ['today not a date', { method: 'lmp', date: '2026-01-05' }, '2026-02-30', 'today'],
  ])('%s', (_name, dating, today, path) => {
    const r = datePregnancy(dating as DatingInput, today);
    const e = errorOf(r);
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(paths(r)).toContain(path);
    expectChinese(e);
  });

  test('exactly 308 days (44+0 weeks) is accepted, 309 is not; 0 days is accepted, −1 is not', () => {
    expect(value(datePregnancy({ method: 'lmp', date: addDays(TODAY, -308) }, TODAY)).gestation.days).toBe(308);
    expect(datePregnancy({ method: 'lmp', date: addDays(TODAY, -309) }, TODAY).ok).toBe(false);
    expect(value(datePregnancy({ method: 'lmp', date: TODAY }, TODAY)).gestation.days).toBe(0);
    expect(datePregnancy({ method: 'lmp', date: addDays(TODAY, 1) }, TODAY).ok).toBe(false);
  });

  test('the message says what to check: a future LMP vs one over 44 weeks ago', () => {
    const future = errorOf(datePregnancy({ method: 'lmp', date: '2026-03-05' }, TODAY));
    const old = errorOf(datePregnancy({ method: 'lmp', date: '2025-04-01' }, TODAY));
    expect(future.message).toMatch(/早于今天/);
    expect(old.message).toMatch(/44 周/);
  });
});
