// rules.md §8: the leave days line by line (NAT-619 七), the allowance from the employer's average
// monthly wage ÷ 30 (half up, fen), each province's extended leave, who is eligible and who is
// paid, and every decided reading said in a notice.
import {
  allowanceFigures,
  maternityAllowance,
  type Insurance,
  type LeaveLine,
  type MaternityAllowanceAnswer,
  type MaternityAllowanceRequest,
  type PregnancyEvent,
} from '../../src/domain';
import { errorOf, expectChinese, paths, value } from './helpers';

const birth = (o: Partial<Extract<PregnancyEvent, { kind: 'birth' }>> = {}): PregnancyEvent => ({ kind: 'birth', date: '2027-04-23', ...o });
const loss = (weeks: number): PregnancyEvent => ({ kind: 'loss', date: '2027-04-23', weeks });

/** The api.md example, with overrides. */
const request = (o: Partial<MaternityAllowanceRequest> = {}): MaternityAllowanceRequest => ({
  region: '430400',
  insurance: 'employee',
  employer: { fullyFunded: false },
  event: { kind: 'birth', date: '2027-04-23', babies: 1, difficult: false, childOrder: 1 },
  employerAverageMonthlyWage: 600000,
  ...o,
});
const answer = (o: Partial<MaternityAllowanceRequest> = {}): MaternityAllowanceAnswer => value(maternityAllowance(request(o)));

const ESTIMATE = /÷ 30/;
const NEEDS_WAGE = /不是您本人的工资/;
const LOSS_16_WEEKS = /按满16周计算/;
const ASK_FUND = /是否也由生育保险基金发放/;
const JILIN_UNKNOWN = /没有写明吉林省在国家产假之外延长的天数/;
const DIRECT_PAYMENT = /自2025年起，全国推行生育津贴直接发放给参保人本人/;

test('the api.md example comes out exactly', () => {
  expect(answer()).toEqual({
    eligible: true,
    reason: expect.stringContaining('直接发放给生育职工本人'),
    citation: 'HN-WJ-2025-12 四(三)2',
    draft: false,
    leave: { days: 98, lines: [{ id: 'base', days: 98, citation: 'NAT-619 七' }] },
    dailyRate: 20000,
    amount: 1960000,
    amountCitation: 'SIL-2010 五十六',
    extended: { days: 60, citation: 'HN-RKJS-2021', paidByFund: null, amountIfPaid: 1200000 },
    payee: 'mother',
    needs: [],
    notices: [expect.stringContaining('单位人事或参保地医保部门'), expect.stringMatching(ESTIMATE), expect.stringMatching(ASK_FUND)],
  });
});

describe('leave days (NAT-619 七), line by line, in the order of api.md', () => {
  const L = (id: LeaveLine['id'], days: number): LeaveLine => ({ id, days, citation: 'NAT-619 七' });
  test.each<[string, PregnancyEvent, LeaveLine[], number]>([
    ['a birth: 98', birth(), [L('base', 98)], 98],
    ['defaults written out', birth({ babies: 1, difficult: false, childOrder: 1 }), [L('base', 98)], 98],
    ['nulls mean the defaults', birth({ babies: null, difficult: null, childOrder: null }), [L('base', 98)], 98],
    ['a difficult birth: +15', birth({ difficult: true }), [L('base', 98), L('difficult', 15)], 113],
    ['twins: +15', birth({ babies: 2 }), [L('base', 98), L('multiple', 15)], 113],
    ['triplets: +30', birth({ babies: 3 }), [L('base', 98), L('multiple', 30)], 128],
    ['five babies: +60', birth({ babies: 5 }), [L('base', 98), L('multiple', 60)], 158],
    ['difficult twins: base, difficult, multiple', birth({ babies: 2, difficult: true }), [L('base', 98), L('difficult', 15), L('multiple', 15)], 128],
    ['loss at 0 weeks: 15', loss(0), [L('loss-early', 15)], 15],
    ['loss at 15+6 (15 completed weeks): 15', loss(15), [L('loss-early', 15)], 15],
    ['loss at 16+0: 42', loss(16), [L('loss-late', 42)], 42],
    ['loss at 44 weeks: 42', loss(44), [L('loss-late', 42)], 42],
  ])('%s', (_name, event, lines, days) => {
    // The days are the same whoever she is, eligible or not.
    for (const insurance of ['employee', 'resident', 'none'] as Insurance[]) {
      expect(answer({ event, insurance }).leave).toEqual({ days, lines });
    }
  });

  test('a loss: no extended leave, and the 16-week reading of "4 months" said in a notice', () => {
    for (const weeks of [15, 16]) {
      const a = answer({ event: loss(weeks) });
      expect(a.extended).toBeNull();
      expect(a.notices).toEqual(expect.arrayContaining([expect.stringMatching(LOSS_16_WEEKS)]));
    }
    expect(answer().notices.some((n) => LOSS_16_WEEKS.test(n))).toBe(false);
  });

  test('a loss at 15 weeks is 15 days of allowance, at 16 weeks 42 (wage ¥6,000)', () => {
    expect(answer({ event: loss(15) }).amount).toBe(300000);
    expect(answer({ event: loss(16) }).amount).toBe(840000);
  });
});

describe('extended leave by province (rules.md §8)', () => {
  test.each<[string, string, number, number | null, string | null, number | null]>([
    ['Hengyang, first child', '430400', 1, 60, 'HN-RKJS-2021', 1200000],
    ['Changsha (rest of Hunan), third child', '430100', 3, 60, 'HN-RKJS-2021', 1200000],
    ['Wenzhou, first child', '330300', 1, 60, 'ZJ-RKJS-2021', 1200000],
    ['Wenzhou, second child', '330300', 2, 90, 'ZJ-RKJS-2021', 1800000],
    ['Wenzhou, third child', '330300', 3, 90, 'ZJ-RKJS-2021', 1800000],
    ['Wenzhou, tenth child', '330300', 10, 90, 'ZJ-RKJS-2021', 1800000],
    ["Rui'an (Wenzhou), second child", '330381', 2, 90, 'ZJ-RKJS-2021', 1800000],
    ['Jilin City: not known from these texts', '220200', 1, null, null, null],
    ['Changchun (rest of Jilin), second child', '220100', 2, null, null, null],
  ])('%s', (_name, region, childOrder, days, citation, amountIfPaid) => {
    const a = answer({ region, event: birth({ childOrder }) });
    expect(a.extended).toEqual({ days, citation, paidByFund: null, amountIfPaid });
    // Whether the fund pays those days is not in the texts: a notice says to ask, or that the days are unknown.
    expect(a.notices.some((n) => (days === null ? JILIN_UNKNOWN : ASK_FUND).test(n))).toBe(true);
  });

  test('not eligible: the days stand, nothing is priced, nothing to ask the fund', () => {
    const a = answer({ region: '330300', insurance: 'resident', event: birth({ childOrder: 2 }) });
    expect(a.extended).toEqual({ days: 90, citation: 'ZJ-RKJS-2021', paidByFund: null, amountIfPaid: null });
    expect(a.notices.some((n) => ASK_FUND.test(n))).toBe(false);
    const jilin = answer({ region: '220200', insurance: 'flexible' });
    expect(jilin.notices).toEqual(expect.arrayContaining([expect.stringMatching(JILIN_UNKNOWN)]));
    expect(jilin.notices.some((n) => /也请向参保地医保部门询问/.test(n))).toBe(false);
  });
});

describe('eligibility as §5, who is paid', () => {
  test.each<[string, string, Insurance, boolean | undefined, boolean, 'mother' | 'employer' | null, string]>([
    ['Hengyang employee', '430400', 'employee', undefined, true, 'mother', 'HN-WJ-2025-12 四(三)2'],
    ['Hunan employee, a fully funded unit changes nothing outside Jilin', '430100', 'employee', true, true, 'mother', 'HN-WJ-2025-12 四(三)2'],
    ['Hunan flexible', '430000', 'flexible', undefined, false, null, 'HN-WJ-2025-12 四(三)2'],
    ['Hunan resident', '430400', 'resident', undefined, false, null, 'HN-WJ-2025-12 四(三)2'],
    ['Hunan not insured', '430400', 'none', undefined, false, null, 'HN-WJ-2025-12 四(三)2'],
    ['Wenzhou employee', '330300', 'employee', false, true, 'mother', 'WZ-DRAFT 二(三)'],
    ['Wenzhou flexible', '330300', 'flexible', undefined, false, null, 'WZ-DRAFT 二(三)'],
    ['Jilin City employee, no employer given', '220200', 'employee', undefined, true, 'employer', 'JL-2024 五(二)'],
    ['Jilin employee, not fully funded', '220000', 'employee', false, true, 'employer', 'JL-2024 五(二)'],
    ['Jilin employee of a fully funded unit', '220281', 'employee', true, false, null, 'JL-2024 五(二)'],
    ['Jilin resident', '220200', 'resident', undefined, false, null, 'JL-2024 五(二)'],
  ])('%s', (_name, region, insurance, fullyFunded, eligible, payee, citation) => {
    const a = answer({ region, insurance, employer: fullyFunded === undefined ? undefined : { fullyFunded } });
    expect({ eligible: a.eligible, payee: a.payee, citation: a.citation }).toEqual({ eligible, payee, citation });
    expect(a.reason).toMatch(/\p{Script=Han}/u);
    expect(a.draft).toBe(region.startsWith('33'));
    if (eligible) {
      expect({ dailyRate: a.dailyRate, amount: a.amount, amountCitation: a.amountCitation }).toEqual({ dailyRate: 20000, amount: 1960000, amountCitation: 'SIL-2010 五十六' });
    } else {
      expect({ dailyRate: a.dailyRate, amount: a.amount, amountCitation: a.amountCitation, needs: a.needs }).toEqual({ dailyRate: null, amount: null, amountCitation: null, needs: [] });
      expect(a.notices.some((n) => ESTIMATE.test(n))).toBe(false);
    }
  });

  test('the reasons say why not: no allowance in these texts, no maternity insurance, the unit keeps paying', () => {
    expect(answer({ insurance: 'flexible' }).reason).toMatch(/医保部门/);
    expect(answer({ insurance: 'resident' }).reason).toMatch(/不含生育保险/);
    expect(answer({ region: '220200', employer: { fullyFunded: true } }).reason).toMatch(/照发/);
  });

  test('Jilin: paid to the employer, with a notice that direct payment to her has been rolled out since 2025', () => {
    const a = answer({ region: '220200' });
    expect(a.reason).toMatch(/按月支付给您的单位/);
    expect(a.notices).toEqual(expect.arrayContaining([expect.stringMatching(DIRECT_PAYMENT)]));
    expect(answer().notices.some((n) => DIRECT_PAYMENT.test(n))).toBe(false);
  });

  test('Wenzhou: draft on the answer, the draft notice first', () => {
    const a = answer({ region: '330300' });
    expect(a.draft).toBe(true);
    expect(a.notices[0]).toMatch(/征求意见稿/);
  });
});

describe('the amount: round(wage × days / 30) and round(wage / 30), half up, in fen', () => {
  test.each<[string, number, PregnancyEvent, number, number]>([
    ['¥6,000.01: 1960003.27 → 1960003', 600001, birth(), 20000, 1960003],
    ['15 fen: 0.5 a day → 1; 98 days → 49', 15, birth(), 1, 49],
    ['14 fen: 0.47 a day → 0', 14, birth(), 0, 46],
    ['45 fen: 1.5 a day → 2', 45, birth(), 2, 147],
    ['¥6,000.15 over 113 days: 2260056.5 → 2260057', 600015, birth({ difficult: true }), 20001, 2260057],
    ['¥6,000.01 over 15 days: 300000.5 → 300001', 600001, loss(3), 20000, 300001],
    ['¥6,000.29 over 42 days: 840040.6 → 840041', 600029, loss(20), 20001, 840041],
    ['wage 0', 0, birth(), 0, 0],
    ['the largest wage, 158 days: exact in integers', 10_000_000_000, birth({ babies: 5 }), 333333333, 52666666667],
  ])('%s', (_name, wage, event, dailyRate, amount) => {
    const a = answer({ employerAverageMonthlyWage: wage, event });
    expect({ dailyRate: a.dailyRate, amount: a.amount, needs: a.needs }).toEqual({ dailyRate, amount, needs: [] });
    expect(Number.isInteger(a.amount)).toBe(true);
  });

  test('extended days priced the same way: ¥6,000.01 × 90 / 30 = 1800003', () => {
    expect(answer({ region: '330300', employerAverageMonthlyWage: 600001, event: birth({ childOrder: 2 }) }).extended?.amountIfPaid).toBe(1800003);
  });

  test.each([['absent', undefined], ['null', null]])('no wage (%s): the days, no amounts, needs ["wage"], a notice saying where to find it', (_n, wage) => {
    const a = answer({ employerAverageMonthlyWage: wage });
    expect(a.leave.days).toBe(98);
    expect({ dailyRate: a.dailyRate, amount: a.amount, amountIfPaid: a.extended?.amountIfPaid, extendedDays: a.extended?.days, needs: a.needs }).toEqual({
      dailyRate: null,
      amount: null,
      amountIfPaid: null,
      extendedDays: 60,
      needs: ['wage'],
    });
    expect(a.notices).toEqual(expect.arrayContaining([expect.stringMatching(NEEDS_WAGE)]));
    expect(a.notices.some((n) => ESTIMATE.test(n))).toBe(false);
  });
});

describe('400 VALIDATION_FAILED, then 404', () => {
  test.each<[string, unknown, string]>([
    ['body not an object', 'x', ''],
    ['region of five digits', request({ region: '43040' }), 'region'],
    ['unknown insurance', request({ insurance: 'private' as Insurance }), 'insurance'],
    ['employer without fullyFunded', request({ employer: {} as { fullyFunded: boolean } }), 'employer.fullyFunded'],
    ['no event', request({ event: undefined as unknown as PregnancyEvent }), 'event'],
    ['unknown kind', request({ event: { kind: 'stillbirth', date: '2027-04-23' } as unknown as PregnancyEvent }), 'event.kind'],
    ['no date', request({ event: { kind: 'birth' } as unknown as PregnancyEvent }), 'event.date'],
    ['not a calendar day', request({ event: birth({ date: '2027-02-29' }) }), 'event.date'],
    ['0 babies', request({ event: birth({ babies: 0 }) }), 'event.babies'],
    ['6 babies', request({ event: birth({ babies: 6 }) }), 'event.babies'],
    ['1.5 babies', request({ event: birth({ babies: 1.5 }) }), 'event.babies'],
    ['difficult as a string', request({ event: birth({ difficult: 'yes' as unknown as boolean }) }), 'event.difficult'],
    ['child order 0', request({ event: birth({ childOrder: 0 }) }), 'event.childOrder'],
    ['child order 11', request({ event: birth({ childOrder: 11 }) }), 'event.childOrder'],
    ['weeks with a birth', request({ event: { ...birth(), weeks: 30 } as unknown as PregnancyEvent }), 'event.weeks'],
    ['a loss without weeks', request({ event: { kind: 'loss', date: '2027-04-23' } as unknown as PregnancyEvent }), 'event.weeks'],
    ['a loss at 45 weeks', request({ event: loss(45) }), 'event.weeks'],
    ['a loss at -1 weeks', request({ event: loss(-1) }), 'event.weeks'],
    ['babies with a loss', request({ event: { ...loss(10), babies: 2 } as unknown as PregnancyEvent }), 'event.babies'],
    ['childOrder with a loss', request({ event: { ...loss(10), childOrder: 1 } as unknown as PregnancyEvent }), 'event.childOrder'],
    ['a negative wage', request({ employerAverageMonthlyWage: -1 }), 'employerAverageMonthlyWage'],
    ['a fractional wage', request({ employerAverageMonthlyWage: 600000.5 }), 'employerAverageMonthlyWage'],
    ['a wage as a string', request({ employerAverageMonthlyWage: '600000' as unknown as number }), 'employerAverageMonthlyWage'],
    ['a wage over 10^10', request({ employerAverageMonthlyWage: 10_000_000_001 }), 'employerAverageMonthlyWage'],
  ])('%s', (_name, body, path) => {
    const r = maternityAllowance(body as MaternityAllowanceRequest);
    expect(errorOf(r).code).toBe('VALIDATION_FAILED');
    expect(paths(r)).toContain(path);
    expectChinese(errorOf(r));
  });

  test('an unsupported region is 404 REGION_UNSUPPORTED, after every 400', () => {
    expect(errorOf(maternityAllowance(request({ region: '110000' }))).code).toBe('REGION_UNSUPPORTED');
    expect(errorOf(maternityAllowance(request({ region: '110000', event: birth({ babies: 9 }) }))).code).toBe('VALIDATION_FAILED');
  });
});

describe('allowanceFigures (the home card): the answer’s figures for a request the app built itself', () => {
  test.each<[string, Partial<MaternityAllowanceRequest>]>([
    ['the api.md example', {}],
    ['twins, difficult, a second child in Wenzhou', { region: '330300', event: birth({ babies: 2, difficult: true, childOrder: 2 }) }],
    ['defaults for a birth', { event: birth() }],
    ['no wage', { employerAverageMonthlyWage: null }],
    ['an odd wage', { employerAverageMonthlyWage: 654321 }],
    ['a loss at 15 weeks', { event: loss(15) }],
    ['a loss at 16 weeks', { event: loss(16) }],
    ['Jilin, unknown extended leave, paid to the unit', { region: '220000' }],
    ['Jilin, a fully funded unit', { region: '220000', employer: { fullyFunded: true } }],
    ['no employer said', { employer: null }],
    ['a resident', { insurance: 'resident' }],
    ['a flexible worker', { insurance: 'flexible' }],
  ])('%s', (_name, o) => {
    const { draft: _draft, needs: _needs, notices: _notices, ...figures } = answer(o);
    expect(allowanceFigures(request(o))).toEqual(figures);
  });

  test('a region the engine does not know: null', () => {
    expect(allowanceFigures(request({ region: '110000' }))).toBeNull();
  });
});
