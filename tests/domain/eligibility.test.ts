// rules.md §5: eight benefits in order for every region, insurance and stage; the dates and the
// employer that change them; reasons a family can act on; draft exactly for Wenzhou.
import { BENEFIT_IDS, eligibility, type BenefitId, type EligibilityRequest, type Insurance, type Stage } from '../../src/domain';
import { errorOf, expectChinese, paths, value } from './helpers';

const TODAY = '2026-03-01';
const REGIONS = ['430400', '430000', '330300', '220200', '220000'] as const;
const INSURANCES: Insurance[] = ['employee', 'flexible', 'resident', 'none'];
const STAGES: Stage[] = ['planning', 'pregnant', 'postpartum'];

const benefits = (req: Partial<EligibilityRequest>) =>
  value(eligibility({ region: '220200', insurance: 'employee', stage: 'pregnant', ...req }, TODAY)).benefits;
const benefit = (id: BenefitId, req: Partial<EligibilityRequest>) => {
  const b = benefits(req).find((x) => x.id === id);
  if (!b) throw new Error(`no ${id}`);
  return b;
};

/** rules.md §5 as a predicate, written independently of the policy data. */
function expected(id: BenefitId, region: string, insurance: Insurance): boolean {
  const hunan = region.startsWith('43');
  const jilin = region.startsWith('22');
  const wenzhou = region === '330300';
  const insured = insurance !== 'none';
  const employeeLike = insurance === 'employee' || insurance === 'flexible';
  switch (id) {
    case 'prenatal-quota':
      return (wenzhou && employeeLike) || (jilin && insurance === 'employee');
    case 'delivery-zero-copay':
      return region === '430400' && insured;
    case 'delivery-full-coverage':
      return (wenzhou && employeeLike) || (jilin && insurance === 'employee');
    case 'maternity-allowance':
      return insurance === 'employee';
    case 'art-coverage':
      return ((jilin || hunan) && insured) || (wenzhou && employeeLike);
    case 'family-planning':
      return (jilin && insurance === 'employee') || (wenzhou && employeeLike);
    case 'newborn-enrollment':
      return true;
    case 'service-packages':
      return hunan;
  }
}

test('the api.md example: the eight ids in order, prenatal-quota eligible, not a draft', () => {
  const a = value(eligibility({ region: '220200', insurance: 'employee', stage: 'pregnant', deliveryDate: '2026-05-01', employer: { fullyFunded: false } }, TODAY));
  expect(a.benefits.map((b) => b.id)).toEqual([
    'prenatal-quota',
    'delivery-zero-copay',
    'delivery-full-coverage',
    'maternity-allowance',
    'art-coverage',
    'family-planning',
    'newborn-enrollment',
    'service-packages',
  ]);
  expect(a.benefits[0]).toMatchObject({ id: 'prenatal-quota', eligible: true, citation: 'JL-2024 二(一)', draft: false });
  for (const b of a.benefits) expect(Object.keys(b)).toEqual(['id', 'eligible', 'reason', 'citation', 'draft']);
});

describe('who is eligible: every region × insurance × stage against rules.md §5', () => {
  const cases = REGIONS.flatMap((region) => INSURANCES.flatMap((insurance) => STAGES.map((stage) => [region, insurance, stage] as const)));
  test.each(cases)('%s %s %s', (region, insurance, stage) => {
    const list = benefits({ region, insurance, stage });
    expect(list.map((b) => b.id)).toEqual(BENEFIT_IDS);
    for (const b of list) {
      expect({ id: b.id, eligible: b.eligible }).toEqual({ id: b.id, eligible: expected(b.id, region, insurance) });
      expect(b.draft).toBe(region === '330300');
      expect(b.reason).toMatch(/\p{Script=Han}/u);
      expect(b.reason).toMatch(/。$/);
      if (b.citation !== null) expect(b.citation).toMatch(/^(HY-2025-8|WZ-DRAFT|JL-2024|HN-2025-45|HN-WJ-2025-12|GOV-2024-38|HN-2026-ENROLL)( |$)/);
    }
  });

  test('codes resolve as regions do: Rui\'an is Wenzhou (draft), Changchun is Jilin, a Hengyang county has the zero copay', () => {
    expect(benefits({ region: '330381' }).every((b) => b.draft)).toBe(true);
    expect(benefit('prenatal-quota', { region: '220100' }).reason).toMatch(/1000元/);
    expect(benefit('delivery-zero-copay', { region: '430421', insurance: 'resident' }).eligible).toBe(true);
  });
});

describe('the stage changes the wording (what to do next), not who is eligible', () => {
  test.each(REGIONS.flatMap((region) => INSURANCES.map((insurance) => [region, insurance] as const)))('%s %s', (region, insurance) => {
    const [a, b, c] = STAGES.map((stage) => benefits({ region, insurance, stage }));
    expect(a?.map((x) => x.eligible)).toEqual(b?.map((x) => x.eligible));
    expect(b?.map((x) => x.eligible)).toEqual(c?.map((x) => x.eligible));
    // The newborn enrollment always says what to do next, differently per stage.
    const words = STAGES.map((_, i) => [a, b, c][i]?.find((x) => x.id === 'newborn-enrollment')?.reason);
    expect(new Set(words).size).toBe(3);
  });

  test('an eligible quota: before pregnancy, register (Jilin); pregnant, record claims; after birth, no longer counted', () => {
    expect(benefit('prenatal-quota', { stage: 'planning' }).reason).toMatch(/备案/);
    expect(benefit('prenatal-quota', { stage: 'pregnant' }).reason).toMatch(/记下每次费用/);
    expect(benefit('prenatal-quota', { stage: 'postpartum' }).reason).toMatch(/分娩之后/);
  });
});

describe('reasons that say what the rules say', () => {
  test('Hunan employees: the limit is not known from these documents (限额未知, never 没有定额)', () => {
    for (const region of ['430400', '430000']) {
      const b = benefit('prenatal-quota', { region, insurance: 'employee' });
      expect(b.eligible).toBe(false);
      expect(b.reason).toMatch(/^本应用所依据的文件未规定湖南职工生育保险的产前检查限额，请向参保地医保部门确认。/);
      expect(b.reason).not.toMatch(/没有定额/);
    }
  });

  test('zero copay: only in participating designated hospitals', () => {
    expect(benefit('delivery-zero-copay', { region: '430400', insurance: 'employee' }).reason).toMatch(/参加“零自付”改革的医保定点医疗机构/);
  });

  test.each<[string, RegExp, string]>([
    ['220200', /按月支付给您的单位/, 'JL-2024 五(二)'],
    ['220000', /按月支付给您的单位/, 'JL-2024 五(二)'],
    ['430400', /直接发放给生育职工本人/, 'HN-WJ-2025-12 四(三)2'],
    ['430000', /直接发放给生育职工本人/, 'HN-WJ-2025-12 四(三)2'],
    ['330300', /不用申请/, 'WZ-DRAFT 二(三)'],
  ])('maternity allowance in %s says who is paid', (region, re, citation) => {
    const b = benefit('maternity-allowance', { region, insurance: 'employee' });
    expect(b).toMatchObject({ eligible: true, citation });
    expect(b.reason).toMatch(re);
  });

  test('Wenzhou employee ART: paid by 职工医保普通门诊统筹, outside the full guarantee; Wenzhou resident: not eligible', () => {
    expect(benefit('art-coverage', { region: '330300', insurance: 'employee' })).toMatchObject({ eligible: true, citation: 'WZ-DRAFT 二(一)' });
    expect(benefit('art-coverage', { region: '330300', insurance: 'employee' }).reason).toMatch(/普通门诊统筹/);
    expect(benefit('art-coverage', { region: '330300', insurance: 'resident' }).eligible).toBe(false);
  });

  test('newborn enrollment: Hunan adds the 2026 birth-year waiver; elsewhere no waiver is promised', () => {
    expect(benefit('newborn-enrollment', { region: '430400' }).reason).toMatch(/2026年出生/);
    expect(benefit('newborn-enrollment', { region: '430400' }).citation).toBe('HN-2025-45 三(三)');
    expect(benefit('newborn-enrollment', { region: '330300' }).citation).toBe('WZ-DRAFT 二(三)');
    expect(benefit('newborn-enrollment', { region: '220000' }).citation).toBe('GOV-2024-38');
    expect(benefit('newborn-enrollment', { region: '220000' }).reason).not.toMatch(/免缴/);
  });

  test('service packages: basic services free, never promised as all free; outside Hunan information only', () => {
    expect(benefit('service-packages', { region: '430000', insurance: 'none' })).toMatchObject({ eligible: true, citation: 'HN-WJ-2025-12 三' });
    expect(benefit('service-packages', { region: '430000' }).reason).toMatch(/可能收费/);
    expect(benefit('service-packages', { region: '330300' }).eligible).toBe(false);
  });
});

describe('deliveryDate and employer', () => {
  test.each([
    ['2025-12-31', false],
    ['2026-01-01', true],
    ['2030-12-31', true],
    ['2031-01-01', false],
    [null, true],
  ])('Hengyang zero copay, delivery %s → %s', (deliveryDate, eligible) => {
    const b = benefit('delivery-zero-copay', { region: '430400', insurance: 'resident', deliveryDate });
    expect(b.eligible).toBe(eligible);
    expect(b.citation).toBe(eligible ? 'HY-2025-8 二(一)(三)(六)' : 'HY-2025-8 三');
  });

  test.each([
    ['2024-06-30', false],
    ['2024-07-01', true],
    ['2031-01-01', true],
    [undefined, true],
  ])('Jilin employee full coverage, delivery %s → %s', (deliveryDate, eligible) => {
    for (const region of ['220200', '220000']) {
      expect(benefit('delivery-full-coverage', { region, deliveryDate }).eligible).toBe(eligible);
    }
  });

  test.each([
    [{ fullyFunded: true }, false],
    [{ fullyFunded: false }, true],
    [null, true],
    [undefined, true],
  ])('Jilin maternity allowance, employer %p → %s', (employer, eligible) => {
    const b = benefit('maternity-allowance', { region: '220200', employer });
    expect(b.eligible).toBe(eligible);
    if (!eligible) expect(b.reason).toMatch(/全额拨款/);
  });

  test('a fully funded employer changes nothing outside Jilin', () => {
    expect(benefit('maternity-allowance', { region: '430400', employer: { fullyFunded: true } }).eligible).toBe(true);
    expect(benefit('maternity-allowance', { region: '330300', employer: { fullyFunded: true } }).eligible).toBe(true);
  });
});

describe('inputs refused', () => {
  test.each<[string, unknown, string]>([
    ['region of five digits', { region: '43040', insurance: 'employee', stage: 'pregnant' }, 'region'],
    ['unknown insurance', { region: '430400', insurance: 'private', stage: 'pregnant' }, 'insurance'],
    ['unknown stage', { region: '430400', insurance: 'employee', stage: 'ended' }, 'stage'],
    ['no stage', { region: '430400', insurance: 'employee' }, 'stage'],
    ['deliveryDate not real', { region: '430400', insurance: 'employee', stage: 'pregnant', deliveryDate: '2026-02-30' }, 'deliveryDate'],
    ['deliveryDate in another format', { region: '430400', insurance: 'employee', stage: 'pregnant', deliveryDate: '2026/05/01' }, 'deliveryDate'],
    ['employer without fullyFunded', { region: '220200', insurance: 'employee', stage: 'pregnant', employer: {} }, 'employer.fullyFunded'],
    ['employer not an object', { region: '220200', insurance: 'employee', stage: 'pregnant', employer: true }, 'employer'],
    ['body not an object', [1, 2], ''],
  ])('400 VALIDATION_FAILED: %s', (_name, body, path) => {
    const r = eligibility(body as EligibilityRequest, TODAY);
    expect(errorOf(r).code).toBe('VALIDATION_FAILED');
    expect(paths(r)).toContain(path);
    expectChinese(errorOf(r));
  });

  test('404 REGION_UNSUPPORTED (110000), after every 400', () => {
    expect(errorOf(eligibility({ region: '110000', insurance: 'employee', stage: 'pregnant' }, TODAY)).code).toBe('REGION_UNSUPPORTED');
    expect(errorOf(eligibility({ region: '110000', insurance: 'x' as Insurance, stage: 'pregnant' }, TODAY)).code).toBe('VALIDATION_FAILED');
  });
});
