// rules.md §3: caps and citations per region and insurance, the cycle, every claim reason, date
// order, the cap reached mid-claim, hint and notices, and the inputs refused.
import { prenatalQuota, type Insurance, type PrenatalQuotaRequest, type QuotaClaim } from '../../src/domain';
import { errorOf, expectChinese, paths, value } from './helpers';

const TODAY = '2026-03-01';
const claim = (id: string, date: string, amount: number, extra: Partial<QuotaClaim> = {}): QuotaClaim => ({ id, date, amount, ...extra });
const req = (o: Partial<PrenatalQuotaRequest> = {}): PrenatalQuotaRequest => ({
  region: '330300',
  insurance: 'employee',
  registeredOn: '2026-02-01',
  deliveredOn: null,
  claims: [claim('c1', '2026-02-10', 35000, { inList: true, publicHealth: false })],
  ...o,
});
const quota = (o: Partial<PrenatalQuotaRequest> = {}) => value(prenatalQuota(req(o), TODAY));

const HUNAN_EMPLOYEE_HINT = '本应用所依据的文件未规定湖南职工生育保险的产前检查限额，请向参保地医保部门确认。';

test('the api.md example, exactly (plus the draft notice rules.md §3 asks for)', () => {
  const a = quota();
  const { notices, ...rest } = a;
  expect(rest).toEqual({
    eligible: true,
    cap: 300000,
    used: 35000,
    remaining: 265000,
    draft: true,
    claims: [{ id: 'c1', covered: 35000, overflow: 0, reason: null }],
    citation: 'WZ-DRAFT 二(一)',
  });
  expect(Object.keys(a)).toEqual(['eligible', 'cap', 'used', 'remaining', 'draft', 'claims', 'citation', 'notices']);
  expect(notices?.[0]).toMatch(/征求意见稿/);
});

describe('cap, citation and draft per region and insurance', () => {
  test.each<[string, Insurance, number, string | null, boolean]>([
    ['330300', 'employee', 300000, 'WZ-DRAFT 二(一)', true],
    ['330300', 'flexible', 300000, 'WZ-DRAFT 二(一)', true],
    ['330300', 'resident', 0, 'WZ-DRAFT 二(一)', true],
    ['330300', 'none', 0, 'WZ-DRAFT 二(一)', true],
    ['330381', 'employee', 300000, 'WZ-DRAFT 二(一)', true],
    ['220200', 'employee', 150000, 'JL-2024 二(一)', false],
    ['220281', 'employee', 150000, 'JL-2024 二(一)', false],
    ['220000', 'employee', 100000, 'JL-2024 二(一)', false],
    ['220100', 'employee', 100000, 'JL-2024 二(一)', false],
    ['220200', 'flexible', 0, 'JL-2024 二(二)', false],
    ['220000', 'flexible', 0, 'JL-2024 二(二)', false],
    ['220200', 'resident', 0, 'JL-2024 二(一)', false],
    ['220000', 'none', 0, 'JL-2024 二(一)', false],
    ['430400', 'employee', 0, 'HY-2025-8 二(一)', false],
    ['430421', 'flexible', 0, 'HY-2025-8 二(一)', false],
    ['430400', 'resident', 0, 'HY-2025-8 二(一)', false],
    ['430400', 'none', 0, 'HY-2025-8 二(一)', false],
    ['430000', 'employee', 0, null, false],
    ['430100', 'flexible', 0, null, false],
    ['430100', 'resident', 0, null, false],
    ['431000', 'none', 0, null, false],
  ])('%s %s: cap %d, citation %s, draft %s', (region, insurance, cap, citation, draft) => {
    const a = quota({ region, insurance, claims: [] });
    expect(a).toMatchObject({ eligible: cap > 0, cap, used: 0, remaining: cap, draft, citation });
  });
});

describe('no quota: NO_PRENATAL_QUOTA on every claim, and a hint', () => {
  test.each<[string, Insurance, RegExp]>([
    ['430400', 'employee', /^本应用所依据的文件未规定湖南职工生育保险的产前检查限额，请向参保地医保部门确认。$/],
    ['430000', 'employee', /^本应用所依据的文件未规定湖南职工生育保险的产前检查限额/],
    ['430000', 'resident', /普通门诊/],
    ['330300', 'resident', /居民医保普通门诊/],
    ['330300', 'none', /自己支付/],
    ['220200', 'flexible', /职工医保普通门诊统筹、职工医保个人账户/],
    ['220000', 'resident', /居民医保普通门诊/],
  ])('%s %s', (region, insurance, hint) => {
    const a = quota({ region, insurance, claims: [claim('a', '2026-02-10', 12345, { publicHealth: true }), claim('b', '2026-02-11', 0)] });
    expect(a.eligible).toBe(false);
    expect(a.cap).toBe(0);
    expect(a.claims).toEqual([
      { id: 'a', covered: 0, overflow: 12345, reason: 'NO_PRENATAL_QUOTA' },
      { id: 'b', covered: 0, overflow: 0, reason: 'NO_PRENATAL_QUOTA' },
    ]);
    expect(a.used).toBe(0);
    expect(a.remaining).toBe(0);
    expect(a.hint).toMatch(hint);
  });

  test('Hunan employees: the hint is the rules.md sentence, also with no claims', () => {
    expect(quota({ region: '430400', insurance: 'employee', claims: [] }).hint).toBe(HUNAN_EMPLOYEE_HINT);
  });
});

describe('each reason, the first test that applies', () => {
  const wz = (c: QuotaClaim, deliveredOn: string | null = null) => quota({ deliveredOn, claims: [c] }).claims[0];
  test.each<[string, QuotaClaim, string | null, object]>([
    ['covered in full: null', claim('x', '2026-02-10', 35000), null, { covered: 35000, overflow: 0, reason: null }],
    ['an amount of 0: null', claim('x', '2026-02-10', 0), null, { covered: 0, overflow: 0, reason: null }],
    ['publicHealth: PUBLIC_HEALTH', claim('x', '2026-02-10', 9000, { publicHealth: true }), null, { covered: 0, overflow: 9000, reason: 'PUBLIC_HEALTH' }],
    ['publicHealth before inList', claim('x', '2026-02-10', 9000, { publicHealth: true, inList: false }), null, { reason: 'PUBLIC_HEALTH' }],
    ['inList false: NOT_IN_LIST', claim('x', '2026-02-10', 9000, { inList: false }), null, { covered: 0, overflow: 9000, reason: 'NOT_IN_LIST' }],
    ['inList before the cycle', claim('x', '2026-03-10', 9000, { inList: false }), '2026-03-01', { reason: 'NOT_IN_LIST' }],
    ['inList null means true', claim('x', '2026-02-10', 9000, { inList: null, publicHealth: null }), null, { reason: null, covered: 9000 }],
    ['after deliveredOn: OUTSIDE_CYCLE', claim('x', '2026-03-02', 9000), '2026-03-01', { covered: 0, overflow: 9000, reason: 'OUTSIDE_CYCLE' }],
    ['on deliveredOn: inside', claim('x', '2026-03-01', 9000), '2026-03-01', { covered: 9000, reason: null }],
    ['Wenzhou: before registeredOn is inside (registeredOn is not used)', claim('x', '2025-12-01', 9000), null, { covered: 9000, reason: null }],
    ['over the cap: CAP_REACHED', claim('x', '2026-02-10', 300001), null, { covered: 300000, overflow: 1, reason: 'CAP_REACHED' }],
    ['exactly the cap: null', claim('x', '2026-02-10', 300000), null, { covered: 300000, overflow: 0, reason: null }],
    ['the maximal amount 10,000,000,000', claim('x', '2026-02-10', 10_000_000_000), null, { covered: 300000, overflow: 9_999_700_000, reason: 'CAP_REACHED' }],
  ])('%s', (_name, c, deliveredOn, expected) => {
    expect(wz(c, deliveredOn)).toMatchObject(expected);
  });

  test.each<[string, string, string | null, string | null]>([
    ['the day before registeredOn', '2026-01-31', null, 'OUTSIDE_CYCLE'],
    ['registeredOn itself', '2026-02-01', null, null],
    ['deliveredOn itself', '2026-09-30', '2026-09-30', null],
    ['the day after deliveredOn', '2026-10-01', '2026-09-30', 'OUTSIDE_CYCLE'],
    ['no deliveredOn: no end', '2030-12-31', null, null],
  ])('Jilin cycle registeredOn ≤ date ≤ deliveredOn: %s', (_name, date, deliveredOn, reason) => {
    for (const region of ['220200', '220000']) {
      const a = quota({ region, registeredOn: '2026-02-01', deliveredOn, claims: [claim('x', date, 5000)] });
      expect(a.claims[0]?.reason).toBe(reason);
      expect(a.claims[0]?.covered).toBe(reason === null ? 5000 : 0);
    }
  });

  test('JL-2024 took effect 2024-07-01; the quota follows the registration cycle either side of it (rules.md §3 sets no date)', () => {
    const a = quota({ region: '220000', registeredOn: '2024-06-01', claims: [claim('a', '2024-06-30', 5000), claim('b', '2024-07-01', 5000)] });
    expect(a.claims.map((c) => c.reason)).toEqual([null, null]);
  });
});

describe('the cap, spent in date order; answers in request order', () => {
  test('the cap reached mid-claim, then claims after it get 0 CAP_REACHED (an amount of 0 stays null)', () => {
    const a = quota({
      claims: [
        claim('a', '2026-02-10', 200000),
        claim('b', '2026-02-20', 150000),
        claim('c', '2026-03-01', 10000),
        claim('d', '2026-03-05', 0),
      ],
    });
    expect(a.claims).toEqual([
      { id: 'a', covered: 200000, overflow: 0, reason: null },
      { id: 'b', covered: 100000, overflow: 50000, reason: 'CAP_REACHED' },
      { id: 'c', covered: 0, overflow: 10000, reason: 'CAP_REACHED' },
      { id: 'd', covered: 0, overflow: 0, reason: null },
    ]);
    expect(a).toMatchObject({ used: 300000, remaining: 0 });
    expect(a.hint).toMatch(/职工医保普通门诊统筹/);
  });

  test('claims out of date order: the earliest spends first, the answer keeps the request order', () => {
    const a = quota({
      region: '220200',
      claims: [claim('late', '2026-05-01', 100000), claim('early', '2026-03-01', 100000), claim('middle', '2026-04-01', 100000)],
    });
    expect(a.claims).toEqual([
      { id: 'late', covered: 0, overflow: 100000, reason: 'CAP_REACHED' },
      { id: 'early', covered: 100000, overflow: 0, reason: null },
      { id: 'middle', covered: 50000, overflow: 50000, reason: 'CAP_REACHED' },
    ]);
  });

  test('ties in date: request order', () => {
    const a = quota({ region: '220000', claims: [claim('first', '2026-03-01', 80000), claim('second', '2026-03-01', 80000)] });
    expect(a.claims.map((c) => c.covered)).toEqual([80000, 20000]);
    const b = quota({ region: '220000', claims: [claim('second', '2026-03-01', 80000), claim('first', '2026-03-01', 80000)] });
    expect(b.claims.map((c) => [c.id, c.covered])).toEqual([
      ['second', 80000],
      ['first', 20000],
    ]);
  });

  test('claims not spending (public health, not in list, outside the cycle) leave the cap for later ones', () => {
    const a = quota({
      deliveredOn: '2026-06-01',
      claims: [
        claim('ph', '2026-02-01', 300000, { publicHealth: true }),
        claim('nl', '2026-02-02', 300000, { inList: false }),
        claim('late', '2026-06-02', 300000),
        claim('ok', '2026-06-01', 300000),
      ],
    });
    expect(a.claims.map((c) => c.reason)).toEqual(['PUBLIC_HEALTH', 'NOT_IN_LIST', 'OUTSIDE_CYCLE', null]);
    expect(a.used).toBe(300000);
  });

  test('200 claims of the maximal amount: sums stay exact integers', () => {
    const claims = Array.from({ length: 200 }, (_, i) => claim(`c${i}`, '2026-02-10', 10_000_000_000));
    const a = quota({ claims });
    expect(a.used).toBe(300000);
    expect(a.claims[0]?.overflow).toBe(9_999_700_000);
    expect(a.claims[199]).toEqual({ id: 'c199', covered: 0, overflow: 10_000_000_000, reason: 'CAP_REACHED' });
  });

  test('empty claims: nothing used', () => {
    expect(quota({ claims: [] })).toMatchObject({ used: 0, remaining: 300000, claims: [] });
  });
});

describe('hint and notices', () => {
  test('no overflow and a quota: hint absent', () => {
    expect('hint' in quota()).toBe(false);
  });
  test('a claim with overflow (even NOT_IN_LIST): hint present', () => {
    expect(quota({ claims: [claim('x', '2026-02-10', 100, { inList: false })] }).hint).toBeDefined();
  });
  test.each<[string, Insurance, RegExp[] | null]>([
    ['330300', 'employee', [/征求意见稿/]],
    ['330300', 'resident', [/征求意见稿/]],
    ['220000', 'employee', [/不低于1000元/]],
    ['220200', 'employee', [/吉林市公布/]],
    ['220000', 'flexible', null],
    ['430400', 'employee', null],
  ])('%s %s notices', (region, insurance, expected) => {
    const a = quota({ region, insurance, claims: [] });
    if (expected === null) expect('notices' in a).toBe(false);
    else expected.forEach((re, i) => expect(a.notices?.[i]).toMatch(re));
  });
});

describe('inputs refused', () => {
  test.each<[string, unknown, string]>([
    ['region of five digits', req({ region: '43040' }), 'region'],
    ['region with a letter', req({ region: '43040x' }), 'region'],
    ['unknown insurance', req({ insurance: 'private' as Insurance }), 'insurance'],
    ['registeredOn not a date', req({ registeredOn: '2026-02-30' }), 'registeredOn'],
    ['deliveredOn not a date', req({ deliveredOn: '2026-13-01' }), 'deliveredOn'],
    ['deliveredOn before registeredOn', req({ registeredOn: '2026-02-01', deliveredOn: '2026-01-31' }), 'deliveredOn'],
    ['claims missing', { ...req(), claims: undefined }, 'claims'],
    ['201 claims', req({ claims: Array.from({ length: 201 }, (_, i) => claim(`c${i}`, '2026-02-10', 1)) }), 'claims'],
    ['a claim not an object', req({ claims: ['x' as unknown as QuotaClaim] }), 'claims.0'],
    ['a repeated id', req({ claims: [claim('a', '2026-02-10', 1), claim('a', '2026-02-11', 1)] }), 'claims.1.id'],
    ['an id of 65 characters', req({ claims: [claim('x'.repeat(65), '2026-02-10', 1)] }), 'claims.0.id'],
    ['an empty id', req({ claims: [claim('', '2026-02-10', 1)] }), 'claims.0.id'],
    ['a claim date not real', req({ claims: [claim('a', '2026-02-29', 1)] }), 'claims.0.date'],
    ['a claim date over 200 characters', req({ claims: [claim('a', 'x'.repeat(201), 1)] }), 'claims.0.date'],
    ['amount a fraction', req({ claims: [claim('a', '2026-02-10', 1.5)] }), 'claims.0.amount'],
    ['amount negative', req({ claims: [claim('a', '2026-02-10', -1)] }), 'claims.0.amount'],
    ['amount a string', req({ claims: [claim('a', '2026-02-10', '100' as unknown as number)] }), 'claims.0.amount'],
    ['amount over 10^10', req({ claims: [claim('a', '2026-02-10', 10_000_000_001)] }), 'claims.0.amount'],
    ['amount missing', req({ claims: [{ id: 'a', date: '2026-02-10' } as QuotaClaim] }), 'claims.0.amount'],
    ['inList not a boolean', req({ claims: [claim('a', '2026-02-10', 1, { inList: 'yes' as unknown as boolean })] }), 'claims.0.inList'],
    ['Jilin City employee without registeredOn', req({ region: '220200', registeredOn: null }), 'registeredOn'],
    ['Jilin employee (Changchun) without registeredOn', req({ region: '220100', registeredOn: undefined }), 'registeredOn'],
    ['body not an object', null, ''],
  ])('400 VALIDATION_FAILED: %s', (_name, body, path) => {
    const r = prenatalQuota(body as PrenatalQuotaRequest, TODAY);
    expect(errorOf(r).code).toBe('VALIDATION_FAILED');
    expect(paths(r)).toContain(path);
    expectChinese(errorOf(r));
  });

  test('exactly 200 claims and an id of 64 characters are accepted; Jilin flexible needs no registeredOn', () => {
    expect(prenatalQuota(req({ claims: Array.from({ length: 200 }, (_, i) => claim(`c${i}`, '2026-02-10', 1)) }), TODAY).ok).toBe(true);
    expect(prenatalQuota(req({ claims: [claim('x'.repeat(64), '2026-02-10', 1)] }), TODAY).ok).toBe(true);
    expect(prenatalQuota(req({ region: '220200', insurance: 'flexible', registeredOn: null }), TODAY).ok).toBe(true);
  });

  test('404 REGION_UNSUPPORTED for a six-digit code of no entry, after every 400', () => {
    const unsupported = errorOf(prenatalQuota(req({ region: '110000' }), TODAY));
    expect(unsupported.code).toBe('REGION_UNSUPPORTED');
    expect(unsupported.details[0]?.path).toBe('region');
    expectChinese(unsupported);
    const both = errorOf(prenatalQuota(req({ region: '110000', claims: [claim('a', '2026-02-30', 1)] }), TODAY));
    expect(both.code).toBe('VALIDATION_FAILED');
  });

  test('several problems are all reported; the message is the first one, so it can be shown alone', () => {
    const e = errorOf(prenatalQuota(req({ region: '1', insurance: 'x' as Insurance, claims: [claim('a', 'bad', -1)] }), TODAY));
    expect(e.details.map((d) => d.path)).toEqual(['region', 'insurance', 'claims.0.date', 'claims.0.amount']);
    expect(e.message.startsWith(e.details[0]?.message ?? '?')).toBe(true);
  });
});
