// rules.md §4: the rule table read top to bottom, the days either side of every policy date and of
// a hospital joining or leaving Hengyang's scheme, pricing per bucket with half-up rounding,
// needs ["ordinary"], line citations, draft and notices, and the inputs refused.
import { deliveryEstimate, deliveryEstimateMissing, selfShare, type DeliveryEstimateFacts, type DeliveryEstimateRequest, type DeliveryRule, type EstimateQuestion, type Insurance } from '../../src/domain';
import { aDeliveryEstimateRequest } from '../../mock/fixtures';
import { errorOf, expectChinese, paths, value } from './helpers';

const TODAY = '2026-03-01';
type Hospital = DeliveryEstimateRequest['hospital'];
type Costs = DeliveryEstimateRequest['costs'];

/** The api.md example (mock/fixtures, shared with the server and contract tests). */
const example = (): DeliveryEstimateRequest => aDeliveryEstimateRequest();

interface Case {
  region?: string;
  insurance?: Insurance;
  deliveryDate?: string;
  hospital?: Partial<Hospital>;
  costs?: Costs;
  ordinary?: DeliveryEstimateRequest['ordinary'];
}
const build = (c: Case): DeliveryEstimateRequest => {
  const base = example();
  return {
    ...base,
    ...(c.region ? { region: c.region } : {}),
    ...(c.insurance ? { insurance: c.insurance } : {}),
    ...(c.deliveryDate ? { deliveryDate: c.deliveryDate } : {}),
    hospital: { ...base.hospital, ...c.hospital },
    costs: c.costs ?? base.costs,
    ordinary: 'ordinary' in c ? c.ordinary : base.ordinary,
  };
};
const estimate = (c: Case) => value(deliveryEstimate(build(c), TODAY));

test('the api.md example, exactly: resident in Hengyang in the scheme → total 500000, fund 420000, self 80000', () => {
  const a = estimate({});
  expect(a).toEqual({
    rule: 'HY_ZERO_COPAY',
    total: 500000,
    fundPays: 420000,
    selfPay: 80000,
    lines: [
      { bucket: 'inScope', amount: 420000, fund: 420000, self: 0, citation: 'HY-2025-8 二(一)(三)(六)' },
      { bucket: 'outOfScope', amount: 30000, fund: 0, self: 30000, citation: 'HY-2025-8 二(三)' },
      { bucket: 'specialNeeds', amount: 50000, fund: 0, self: 50000, citation: 'HY-2025-8 二(三)' },
    ],
    needs: [],
    draft: false,
    notices: a.notices,
  });
  expect(Object.keys(a)).toEqual(['rule', 'total', 'fundPays', 'selfPay', 'lines', 'needs', 'draft', 'notices']);
  expect(a.notices.some((n) => /确认/.test(n) && /零自付/.test(n))).toBe(true);
});

describe('the rule: the first row of the table whose conditions all hold', () => {
  const HY = { joinedOn: '2025-12-10', leftOn: null };
  test.each<[string, Case, DeliveryRule]>([
    // NOT_INSURED comes first, whatever the hospital
    ['none in Hengyang', { insurance: 'none' }, 'NOT_INSURED'],
    ['none at a non-designated hospital', { insurance: 'none', hospital: { designated: false } }, 'NOT_INSURED'],
    ['none in Wenzhou', { region: '330300', insurance: 'none' }, 'NOT_INSURED'],
    ['none in Jilin', { region: '220200', insurance: 'none' }, 'NOT_INSURED'],
    ['none in Hunan', { region: '430100', insurance: 'none' }, 'NOT_INSURED'],
    // NON_DESIGNATED before every full rule
    ['Hengyang, non-designated', { hospital: { designated: false } }, 'NON_DESIGNATED'],
    ['Wenzhou employee, non-designated', { region: '330300', insurance: 'employee', hospital: { designated: false } }, 'NON_DESIGNATED'],
    ['Jilin employee, non-designated', { region: '220000', insurance: 'employee', hospital: { designated: false } }, 'NON_DESIGNATED'],
    ['Hunan resident, non-designated', { region: '430100', hospital: { designated: false } }, 'NON_DESIGNATED'],
    // HY_ZERO_COPAY
    ['Hengyang employee in the scheme', { insurance: 'employee' }, 'HY_ZERO_COPAY'],
    ['Hengyang flexible in the scheme', { insurance: 'flexible' }, 'HY_ZERO_COPAY'],
    ['Hengyang resident in the scheme', { insurance: 'resident' }, 'HY_ZERO_COPAY'],
    ['a county of Hengyang (430421)', { region: '430421' }, 'HY_ZERO_COPAY'],
    ['Hengyang, 2025-12-31: before the five years', { deliveryDate: '2025-12-31', hospital: { zeroCopay: { joinedOn: '2025-11-01' } } }, 'ORDINARY_INPATIENT'],
    ['Hengyang, 2026-01-01: the first day', { deliveryDate: '2026-01-01', hospital: { zeroCopay: { joinedOn: '2025-11-01' } } }, 'HY_ZERO_COPAY'],
    ['Hengyang, 2030-12-31: the last day', { deliveryDate: '2030-12-31', hospital: { zeroCopay: HY } }, 'HY_ZERO_COPAY'],
    ['Hengyang, 2031-01-01: after the five years', { deliveryDate: '2031-01-01', hospital: { zeroCopay: HY } }, 'ORDINARY_INPATIENT'],
    ['Hengyang, no obstetrics', { hospital: { obstetrics: false } }, 'ORDINARY_INPATIENT'],
    ['Hengyang, hospital outside the region', { hospital: { inRegion: false } }, 'ORDINARY_INPATIENT'],
    ['Hengyang, inRegion null means true', { hospital: { inRegion: null } }, 'HY_ZERO_COPAY'],
    ['Hengyang, no zeroCopay: not in the scheme', { hospital: { zeroCopay: null } }, 'ORDINARY_INPATIENT'],
    // membership by month: joins and leaves take effect on the 1st of the month after
    ['joined 2026-02-15, delivery 2026-02-28 (last day before)', { deliveryDate: '2026-02-28', hospital: { zeroCopay: { joinedOn: '2026-02-15' } } }, 'ORDINARY_INPATIENT'],
    ['joined 2026-02-15, delivery 2026-03-01 (first day of the month after)', { deliveryDate: '2026-03-01', hospital: { zeroCopay: { joinedOn: '2026-02-15' } } }, 'HY_ZERO_COPAY'],
    ['joined 2026-02-01, delivery 2026-02-20 (same month)', { deliveryDate: '2026-02-20', hospital: { zeroCopay: { joinedOn: '2026-02-01' } } }, 'ORDINARY_INPATIENT'],
    ['joined 2026-12-05, delivery 2026-12-31', { deliveryDate: '2026-12-31', hospital: { zeroCopay: { joinedOn: '2026-12-05' } } }, 'ORDINARY_INPATIENT'],
    ['joined 2026-12-05, delivery 2027-01-01 (across the year)', { deliveryDate: '2027-01-01', hospital: { zeroCopay: { joinedOn: '2026-12-05' } } }, 'HY_ZERO_COPAY'],
    ['left 2026-06-20, delivery 2026-06-30 (last day before)', { deliveryDate: '2026-06-30', hospital: { zeroCopay: { joinedOn: '2025-12-10', leftOn: '2026-06-20' } } }, 'HY_ZERO_COPAY'],
    ['left 2026-06-20, delivery 2026-07-01 (first day of the month after)', { deliveryDate: '2026-07-01', hospital: { zeroCopay: { joinedOn: '2025-12-10', leftOn: '2026-06-20' } } }, 'ORDINARY_INPATIENT'],
    ['left 2026-12-31, delivery 2026-12-31', { deliveryDate: '2026-12-31', hospital: { zeroCopay: { joinedOn: '2025-12-10', leftOn: '2026-12-31' } } }, 'HY_ZERO_COPAY'],
    ['left 2026-12-31, delivery 2027-01-01', { deliveryDate: '2027-01-01', hospital: { zeroCopay: { joinedOn: '2025-12-10', leftOn: '2026-12-31' } } }, 'ORDINARY_INPATIENT'],
    ['joined and left in one month: never in', { deliveryDate: '2026-04-01', hospital: { zeroCopay: { joinedOn: '2026-03-05', leftOn: '2026-03-20' } } }, 'ORDINARY_INPATIENT'],
    ['the app sends the 1st of the month before: from March → joinedOn 02-01', { deliveryDate: '2026-03-01', hospital: { zeroCopay: { joinedOn: '2026-02-01' } } }, 'HY_ZERO_COPAY'],
    // the rest of Hunan
    ['Changsha employee: always ordinary', { region: '430100', insurance: 'employee' }, 'ORDINARY_INPATIENT'],
    ['Hunan (430000) resident with a zeroCopay: ignored', { region: '430000' }, 'ORDINARY_INPATIENT'],
    // WZ_FULL_GUARANTEE
    ['Wenzhou employee', { region: '330300', insurance: 'employee' }, 'WZ_FULL_GUARANTEE'],
    ['Wenzhou flexible', { region: '330300', insurance: 'flexible' }, 'WZ_FULL_GUARANTEE'],
    ['Rui\'an (330381) employee', { region: '330381', insurance: 'employee' }, 'WZ_FULL_GUARANTEE'],
    ['Wenzhou employee, no zeroCopay (ignored outside Hengyang)', { region: '330300', insurance: 'employee', hospital: { zeroCopay: null } }, 'WZ_FULL_GUARANTEE'],
    ['Wenzhou employee, any date (a draft: no window)', { region: '330300', insurance: 'employee', deliveryDate: '2031-01-01' }, 'WZ_FULL_GUARANTEE'],
    ['Wenzhou resident', { region: '330300', insurance: 'resident' }, 'ORDINARY_INPATIENT'],
    ['Wenzhou employee, outside the city', { region: '330300', insurance: 'employee', hospital: { inRegion: false } }, 'ORDINARY_INPATIENT'],
    ['Wenzhou employee, no obstetrics', { region: '330300', insurance: 'employee', hospital: { obstetrics: false } }, 'ORDINARY_INPATIENT'],
    // JL_MATERNITY_FULL
    ['Jilin employee, 2024-06-30', { region: '220000', insurance: 'employee', deliveryDate: '2024-06-30' }, 'ORDINARY_INPATIENT'],
    ['Jilin employee, 2024-07-01', { region: '220000', insurance: 'employee', deliveryDate: '2024-07-01' }, 'JL_MATERNITY_FULL'],
    ['Jilin City employee, 2024-06-30', { region: '220200', insurance: 'employee', deliveryDate: '2024-06-30' }, 'ORDINARY_INPATIENT'],
    ['Jiaohe (220281) employee, 2024-07-01', { region: '220281', insurance: 'employee', deliveryDate: '2024-07-01' }, 'JL_MATERNITY_FULL'],
    ['Changchun (220100) employee, 2031-01-01', { region: '220100', insurance: 'employee', deliveryDate: '2031-01-01' }, 'JL_MATERNITY_FULL'],
    ['Jilin employee, no obstetrics, outside the region: still full', { region: '220000', insurance: 'employee', hospital: { obstetrics: false, inRegion: false } }, 'JL_MATERNITY_FULL'],
    ['Jilin flexible', { region: '220000', insurance: 'flexible' }, 'ORDINARY_INPATIENT'],
    ['Jilin resident', { region: '220200', insurance: 'resident' }, 'ORDINARY_INPATIENT'],
  ])('%s → %s', (_name, c, rule) => {
    expect(estimate(c).rule).toBe(rule);
  });

  test('the rule does not depend on the amounts: all zero still names the rule, with no lines', () => {
    const a = estimate({ costs: {}, ordinary: null });
    expect(a).toMatchObject({ rule: 'HY_ZERO_COPAY', total: 0, fundPays: 0, selfPay: 0, lines: [], needs: [] });
    expect(estimate({ region: '430100', costs: { inScope: 0 }, ordinary: null })).toMatchObject({ rule: 'ORDINARY_INPATIENT', needs: [], fundPays: 0 });
  });
});

describe('pricing', () => {
  test.each([
    // [a, deductible, ratioPct, self, fund]
    [420000, 50000, 70, 50000 + 111000, 259000],
    [30000, 50000, 70, 30000, 0], // all within the deductible
    [50000, 50000, 70, 50000, 0],
    [1, 0, 50, 1, 0], // 0.5 fen rounds up
    [3, 0, 50, 2, 1], // 1.5 → 2
    [5, 0, 70, 2, 3], // 1.5 → 2
    [1, 0, 75, 0, 1], // 0.25 → 0
    [3, 0, 75, 1, 2], // 0.75 → 1
    [7, 0, 90, 1, 6], // 0.7 → 1
    [15, 0, 90, 2, 13], // 1.5 → 2
    [14, 0, 90, 1, 13], // 1.4 → 1
    [100001, 1, 100, 1, 100000], // ratio 100: only the deductible
    [100001, 1, 0, 100001, 0], // ratio 0: all self
    [10_000_000_000, 0, 33, 6_700_000_000, 3_300_000_000],
    [10_000_000_000, 10_000_000_000, 70, 10_000_000_000, 0],
    [9_999_999_999, 1, 67, 1 + 3_299_999_999, 6_699_999_999], // 3299999999.34 → …999
  ])('ordinary: amount %d, deductible %d, ratio %d%% → self %d, fund %d', (a, deductible, ratioPct, self, fund) => {
    const r = estimate({ region: '430100', costs: { inScope: a }, ordinary: { deductible, ratioPct } });
    expect(r.lines).toEqual([{ bucket: 'inScope', amount: a, fund, self, citation: null }]);
    expect(r).toMatchObject({ fundPays: fund, selfPay: self, total: a });
  });

  test('selfShare rounds half up in integer arithmetic', () => {
    expect(selfShare(1, 50)).toBe(1);
    expect(selfShare(3, 50)).toBe(2);
    expect(selfShare(0, 30)).toBe(0);
    expect(selfShare(10, 100)).toBe(0);
  });

  test('the deductible is met by the first ordinary line, the rest of it by the next (inScope, then complications)', () => {
    const r = estimate({ region: '220000', insurance: 'resident', costs: { inScope: 30000, complications: 100000 }, ordinary: { deductible: 50000, ratioPct: 70 } });
    expect(r.lines).toEqual([
      { bucket: 'inScope', amount: 30000, fund: 0, self: 30000, citation: 'JL-2024 三(三)' },
      { bucket: 'complications', amount: 100000, fund: 56000, self: 20000 + 24000, citation: 'JL-2024 三(三)' },
    ]);
    expect(r).toMatchObject({ fundPays: 56000, selfPay: 74000 });
  });

  test('with inScope 0 the whole deductible falls on complications', () => {
    const r = estimate({ region: '430100', costs: { complications: 60000 }, ordinary: { deductible: 50000, ratioPct: 70 } });
    expect(r.lines[0]).toMatchObject({ bucket: 'complications', self: 50000 + 3000, fund: 7000 });
  });

  test('Hengyang in the scheme: inScope by the fund, complications the ordinary way with the whole deductible', () => {
    const r = estimate({ costs: { inScope: 400000, outOfScope: 1000, specialNeeds: 2000, complications: 100000 } });
    expect(r.lines).toEqual([
      { bucket: 'inScope', amount: 400000, fund: 400000, self: 0, citation: 'HY-2025-8 二(一)(三)(六)' },
      { bucket: 'outOfScope', amount: 1000, fund: 0, self: 1000, citation: 'HY-2025-8 二(三)' },
      { bucket: 'specialNeeds', amount: 2000, fund: 0, self: 2000, citation: 'HY-2025-8 二(三)' },
      { bucket: 'complications', amount: 100000, fund: 35000, self: 50000 + 15000, citation: 'HY-2025-8 三' },
    ]);
    expect(r).toMatchObject({ total: 503000, fundPays: 435000, selfPay: 68000 });
  });

  test('Jilin employee: complications by the fund too', () => {
    const r = estimate({ region: '220200', insurance: 'employee', costs: { inScope: 300000, outOfScope: 5000, complications: 80000 }, ordinary: null });
    expect(r.lines).toEqual([
      { bucket: 'inScope', amount: 300000, fund: 300000, self: 0, citation: 'JL-2024 三(一)' },
      { bucket: 'outOfScope', amount: 5000, fund: 0, self: 5000, citation: 'JL-2024 六' },
      { bucket: 'complications', amount: 80000, fund: 80000, self: 0, citation: 'JL-2024 六(一)' },
    ]);
    expect(r).toMatchObject({ fundPays: 380000, selfPay: 5000, needs: [] });
  });

  test('Wenzhou employee: inScope by the fund, complications ordinary', () => {
    const r = estimate({ region: '330300', insurance: 'employee', costs: { inScope: 300000, complications: 100000 }, ordinary: { deductible: 0, ratioPct: 90 } });
    expect(r.lines).toEqual([
      { bucket: 'inScope', amount: 300000, fund: 300000, self: 0, citation: 'WZ-DRAFT 二(二)' },
      { bucket: 'complications', amount: 100000, fund: 90000, self: 10000, citation: 'WZ-DRAFT 二(二)' },
    ]);
  });

  test.each<[DeliveryRule, Case]>([
    ['NOT_INSURED', { insurance: 'none' }],
    ['NON_DESIGNATED', { hospital: { designated: false } }],
  ])('%s: every bucket self-paid, ordinary ignored, citations null', (rule, c) => {
    const costs = { inScope: 100, outOfScope: 200, specialNeeds: 300, complications: 400 };
    for (const ordinary of [null, { deductible: 0, ratioPct: 100 }]) {
      const r = estimate({ ...c, costs, ordinary });
      expect(r).toMatchObject({ rule, total: 1000, fundPays: 0, selfPay: 1000, needs: [] });
      expect(r.lines.map((l) => [l.fund, l.self, l.citation])).toEqual([
        [0, 100, null],
        [0, 200, null],
        [0, 300, null],
        [0, 400, null],
      ]);
    }
  });

  test('every bucket at the maximal amount: exact sums beyond one amount', () => {
    const max = 10_000_000_000;
    const r = estimate({ costs: { inScope: max, outOfScope: max, specialNeeds: max, complications: max }, ordinary: { deductible: 0, ratioPct: 70 } });
    expect(r).toMatchObject({ total: 4 * max, fundPays: max + 7_000_000_000, selfPay: 2 * max + 3_000_000_000 });
  });

  test('fund + self = amount on every line, fundPays + selfPay = total, over a grid of cases', () => {
    const regions = ['430400', '430100', '330300', '220200', '220000'];
    const insurances: Insurance[] = ['employee', 'flexible', 'resident', 'none'];
    for (const region of regions)
      for (const insurance of insurances)
        for (const designated of [true, false])
          for (const [deductible, ratioPct] of [
            [0, 0],
            [12345, 67],
            [99999999, 100],
          ] as const) {
            const r = estimate({ region, insurance, hospital: { designated }, costs: { inScope: 123457, outOfScope: 11, specialNeeds: 0, complications: 98765 }, ordinary: { deductible, ratioPct } });
            for (const l of r.lines) expect((l.fund ?? NaN) + (l.self ?? NaN)).toBe(l.amount);
            expect((r.fundPays ?? NaN) + (r.selfPay ?? NaN)).toBe(r.total);
            expect(r.lines.map((l) => l.bucket)).toEqual(['inScope', 'outOfScope', 'complications']);
          }
  });
});

describe('needs ["ordinary"]: lines that only the member\'s own deductible and ratio can price', () => {
  test('Changsha (api.md): ordinary lines null, self lines priced, totals null', () => {
    const r = estimate({ region: '430100', ordinary: null });
    expect(r).toEqual({
      rule: 'ORDINARY_INPATIENT',
      total: 500000,
      fundPays: null,
      selfPay: null,
      lines: [
        { bucket: 'inScope', amount: 420000, fund: null, self: null, citation: null },
        { bucket: 'outOfScope', amount: 30000, fund: 0, self: 30000, citation: null },
        { bucket: 'specialNeeds', amount: 50000, fund: 0, self: 50000, citation: null },
      ],
      needs: ['ordinary'],
      draft: false,
      notices: r.notices,
    });
    expect(r.notices.some((n) => /起付标准和报销比例/.test(n))).toBe(true);
  });

  test('Hengyang in the scheme with complications and no ordinary: needs it for complications only', () => {
    const r = estimate({ costs: { inScope: 1000, complications: 500 }, ordinary: undefined });
    expect(r.lines).toEqual([
      { bucket: 'inScope', amount: 1000, fund: 1000, self: 0, citation: 'HY-2025-8 二(一)(三)(六)' },
      { bucket: 'complications', amount: 500, fund: null, self: null, citation: 'HY-2025-8 三' },
    ]);
    expect(r).toMatchObject({ fundPays: null, selfPay: null, needs: ['ordinary'] });
  });

  test('Jilin employee with complications and no ordinary: nothing needed', () => {
    expect(estimate({ region: '220000', insurance: 'employee', costs: { inScope: 1, complications: 1 }, ordinary: null }).needs).toEqual([]);
  });
});

describe('line citations (rules.md §4)', () => {
  const costs = { inScope: 1, outOfScope: 1, specialNeeds: 1, complications: 1 };
  test.each<[string, Case, [string | null, string | null, string | null]]>([
    ['HY_ZERO_COPAY', {}, ['HY-2025-8 二(一)(三)(六)', 'HY-2025-8 二(三)', 'HY-2025-8 三']],
    ['WZ_FULL_GUARANTEE', { region: '330300', insurance: 'employee' }, ['WZ-DRAFT 二(二)', 'WZ-DRAFT 二(二)', 'WZ-DRAFT 二(二)']],
    ['JL_MATERNITY_FULL', { region: '220000', insurance: 'employee' }, ['JL-2024 三(一)', 'JL-2024 六', 'JL-2024 六(一)']],
    ['ORDINARY_INPATIENT, Jilin flexible', { region: '220200', insurance: 'flexible' }, ['JL-2024 三(二)', 'JL-2024 六', 'JL-2024 三(二)']],
    ['ORDINARY_INPATIENT, Jilin resident', { region: '220000', insurance: 'resident' }, ['JL-2024 三(三)', 'JL-2024 六', 'JL-2024 三(三)']],
    ['ORDINARY_INPATIENT, Hengyang outside the scheme', { hospital: { zeroCopay: null } }, ['HY-2025-8 三', 'HY-2025-8 二(三)', 'HY-2025-8 三']],
    ['ORDINARY_INPATIENT, Hengyang after 2030', { deliveryDate: '2031-01-01' }, ['HY-2025-8 三', 'HY-2025-8 二(三)', 'HY-2025-8 三']],
    ['ORDINARY_INPATIENT, Jilin employee before 2024-07-01', { region: '220000', insurance: 'employee', deliveryDate: '2024-06-30' }, [null, null, null]],
    ['ORDINARY_INPATIENT, Hunan', { region: '430100', insurance: 'employee' }, [null, null, null]],
    ['ORDINARY_INPATIENT, Wenzhou resident', { region: '330300', insurance: 'resident' }, [null, null, null]],
    ['NOT_INSURED', { insurance: 'none' }, [null, null, null]],
    ['NON_DESIGNATED', { region: '220000', insurance: 'employee', hospital: { designated: false } }, [null, null, null]],
  ])('%s', (_name, c, [inScope, excluded, complications]) => {
    const r = estimate({ ...c, costs });
    expect(r.lines.map((l) => l.citation)).toEqual([inScope, excluded, excluded, complications]);
  });
});

describe('draft and notices', () => {
  test.each<[string, Case, boolean]>([
    ['Wenzhou employee', { region: '330300', insurance: 'employee' }, true],
    ['Wenzhou resident (ordinary)', { region: '330300', insurance: 'resident' }, true],
    ['Wenzhou none', { region: '330381', insurance: 'none' }, true],
    ['Wenzhou, non-designated', { region: '330300', hospital: { designated: false } }, true],
    ['Hengyang', {}, false],
    ['Jilin', { region: '220200', insurance: 'employee' }, false],
  ])('draft is true exactly for Wenzhou: %s → %s, with the draft notice first', (_name, c, draft) => {
    const r = estimate(c);
    expect(r.draft).toBe(draft);
    expect(/征求意见稿/.test(r.notices[0] ?? '')).toBe(draft);
  });

  test.each<[string, Case, RegExp]>([
    ['Hengyang in the scheme: confirm the hospital\'s membership', {}, /向医院确认/],
    ['Hengyang outside the five years', { deliveryDate: '2031-01-01' }, /2026年1月1日至2030年12月31日/],
    ['Hengyang, hospital not in the scheme on the day', { deliveryDate: '2026-02-28', hospital: { zeroCopay: { joinedOn: '2026-02-15' } } }, /下个月起生效/],
    ['Hengyang, no obstetrics', { hospital: { obstetrics: false } }, /产科资质/],
    ['Hengyang in the scheme with complications', { costs: { inScope: 1, complications: 1 } }, /并发症/],
    ['Wenzhou employee with complications', { region: '330300', insurance: 'employee', costs: { inScope: 1, complications: 1 } }, /按职工基本医疗保险规定支付/],
    ['Wenzhou resident', { region: '330300', insurance: 'resident' }, /只面向职工医保参保人/],
    ['Wenzhou employee outside the city', { region: '330300', insurance: 'employee', hospital: { inRegion: false } }, /温州市内/],
    ['Jilin employee before 2024-07-01', { region: '220000', insurance: 'employee', deliveryDate: '2024-06-30' }, /2024年7月1日/],
    ['Jilin flexible', { region: '220000', insurance: 'flexible' }, /职工医保住院待遇/],
    ['Hunan employee: her own plan\'s deductible and ratio', { region: '430100', insurance: 'employee' }, /起付标准请填 0、报销比例填 100/],
    ['non-designated: an emergency is settled differently', { hospital: { designated: false } }, /急诊/],
    ['not insured', { insurance: 'none' }, /全部需要自己支付/],
    ['out-of-scope and special needs are self-paid', {}, /目录外/],
  ])('%s', (_name, c, re) => {
    expect(estimate(c).notices.some((n) => re.test(n))).toBe(true);
  });

  test('no needs, no draft: no notice about either', () => {
    const r = estimate({ region: '220000', insurance: 'employee', costs: { inScope: 100 } });
    expect(r.notices).toEqual([]);
  });
});

describe('inputs refused', () => {
  const body = (patch: (b: Record<string, unknown>) => void): DeliveryEstimateRequest => {
    const b = JSON.parse(JSON.stringify(example())) as Record<string, unknown>;
    patch(b);
    return b as unknown as DeliveryEstimateRequest;
  };
  const hospital = (b: Record<string, unknown>) => b.hospital as Record<string, unknown>;
  const costs = (b: Record<string, unknown>) => b.costs as Record<string, unknown>;
  test.each<[string, DeliveryEstimateRequest, string]>([
    ['fen as a fraction', body((b) => (costs(b).inScope = 1.5)), 'costs.inScope'],
    ['fen negative', body((b) => (costs(b).outOfScope = -1)), 'costs.outOfScope'],
    ['fen as a string', body((b) => (costs(b).specialNeeds = '420000')), 'costs.specialNeeds'],
    ['fen over 10^10', body((b) => (costs(b).complications = 10_000_000_001)), 'costs.complications'],
    ['costs missing', body((b) => delete b.costs), 'costs'],
    ['costs not an object', body((b) => (b.costs = 5)), 'costs'],
    ['hospital missing', body((b) => delete b.hospital), 'hospital'],
    ['designated missing', body((b) => delete hospital(b).designated), 'hospital.designated'],
    ['obstetrics not a boolean', body((b) => (hospital(b).obstetrics = 'yes')), 'hospital.obstetrics'],
    ['inRegion not a boolean', body((b) => (hospital(b).inRegion = 1)), 'hospital.inRegion'],
    ['level 4', body((b) => (hospital(b).level = 4)), 'hospital.level'],
    ['level 0', body((b) => (hospital(b).level = 0)), 'hospital.level'],
    ['zeroCopay without joinedOn', body((b) => (hospital(b).zeroCopay = { leftOn: null })), 'hospital.zeroCopay.joinedOn'],
    ['joinedOn not a date', body((b) => (hospital(b).zeroCopay = { joinedOn: '2025-02-29' })), 'hospital.zeroCopay.joinedOn'],
    ['leftOn before joinedOn', body((b) => (hospital(b).zeroCopay = { joinedOn: '2025-12-10', leftOn: '2025-11-01' })), 'hospital.zeroCopay.leftOn'],
    ['ordinary without ratioPct', body((b) => (b.ordinary = { deductible: 50000 })), 'ordinary.ratioPct'],
    ['ordinary without deductible', body((b) => (b.ordinary = { ratioPct: 70 })), 'ordinary.deductible'],
    ['ratioPct over 100', body((b) => (b.ordinary = { deductible: 0, ratioPct: 101 })), 'ordinary.ratioPct'],
    ['ratioPct a fraction', body((b) => (b.ordinary = { deductible: 0, ratioPct: 70.5 })), 'ordinary.ratioPct'],
    ['deliveryDate not real', body((b) => (b.deliveryDate = '2026-02-30')), 'deliveryDate'],
    ['deliveryDate missing', body((b) => delete b.deliveryDate), 'deliveryDate'],
    ['deliveryDate after 2100', body((b) => (b.deliveryDate = '2101-01-01')), 'deliveryDate'],
    ['region of five digits', body((b) => (b.region = '43040')), 'region'],
    ['region a number', body((b) => (b.region = 430400)), 'region'],
    ['unknown insurance', body((b) => (b.insurance = 'private')), 'insurance'],
    ['body not an object', 'x' as unknown as DeliveryEstimateRequest, ''],
  ])('400 VALIDATION_FAILED: %s', (_name, req, path) => {
    const r = deliveryEstimate(req, TODAY);
    expect(errorOf(r).code).toBe('VALIDATION_FAILED');
    expect(paths(r)).toContain(path);
    expectChinese(errorOf(r));
  });

  test('leftOn equal to joinedOn is accepted; optional fields may be null', () => {
    expect(deliveryEstimate(build({ hospital: { zeroCopay: { joinedOn: '2026-01-10', leftOn: '2026-01-10' } } }), TODAY).ok).toBe(true);
    const nulls = build({ hospital: { inRegion: null, level: null, zeroCopay: null }, costs: { inScope: 1000, outOfScope: null }, ordinary: null });
    expect(value(deliveryEstimate(nulls, TODAY)).total).toBe(1000);
  });

  test('404 REGION_UNSUPPORTED for Shenzhen (440300), after every 400', () => {
    expect(errorOf(deliveryEstimate(build({ region: '440300' }), TODAY)).code).toBe('REGION_UNSUPPORTED');
    expect(errorOf(deliveryEstimate(build({ region: '440300', costs: { inScope: -1 } }), TODAY)).code).toBe('VALIDATION_FAILED');
  });
});

describe('what the estimate still needs before it names a rule (issue 17)', () => {
  const facts = (f: Partial<DeliveryEstimateFacts>): DeliveryEstimateFacts => ({
    region: '430400',
    insurance: 'resident',
    deliveryDate: '2026-10-12',
    designated: true,
    obstetrics: true,
    inRegion: true,
    inScheme: null,
    schemeFrom: null,
    schemeLeft: false,
    schemeUntil: null,
    ...f,
  });
  test.each<[string, Partial<DeliveryEstimateFacts>, EstimateQuestion[]]>([
    ['nothing answered, Hengyang: the hospital, and its scheme (it could price her delivery)', { designated: null, obstetrics: null }, ['designated', 'obstetrics', 'scheme']],
    ['no delivery date', { deliveryDate: null, inScheme: false }, ['deliveryDate']],
    ['a date that is no date', { deliveryDate: '2026-02-30', inScheme: false }, ['deliveryDate']],
    ['the scheme unanswered', {}, ['scheme']],
    ['参加了, no month yet', { inScheme: true }, ['schemeFrom']],
    ['参加了 since 2026-01', { inScheme: true, schemeFrom: '2026-01' }, []],
    ['参加了, left, no month yet', { inScheme: true, schemeFrom: '2026-01', schemeLeft: true }, ['schemeUntil']],
    ['参加了, left from 2026-06', { inScheme: true, schemeFrom: '2026-01', schemeLeft: true, schemeUntil: '2026-06' }, []],
    ['没有参加', { inScheme: false }, []],
    ['不清楚 is an answer (estimated as not in it)', { inScheme: 'unsure' }, []],
    ['not designated: the scheme cannot apply', { designated: false }, []],
    ['no obstetrics: the scheme cannot apply', { obstetrics: false }, []],
    ['outside the city: the scheme cannot apply', { inRegion: false }, []],
    ['2025-12-31, the day before the scheme', { deliveryDate: '2025-12-31' }, []],
    ['2026-01-01, its first day', { deliveryDate: '2026-01-01' }, ['scheme']],
    ['2030-12-31, its last day', { deliveryDate: '2030-12-31' }, ['scheme']],
    ['2031-01-01, the day after', { deliveryDate: '2031-01-01' }, []],
    ['not insured: the scheme is not for her', { insurance: 'none' }, []],
    ['the rest of Hunan has no scheme', { region: '430000' }, []],
    ['Wenzhou has no scheme', { region: '330300', insurance: 'employee' }, []],
    ['Jilin: the hospital questions only', { region: '220200', insurance: 'employee', designated: null }, ['designated']],
  ])('%s → %p', (_name, f, missing) => {
    expect(deliveryEstimateMissing(facts(f))).toEqual(missing);
  });
});
