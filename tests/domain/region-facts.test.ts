// The questions pages and stores ask about a region and an insurance kind (what it has, what it
// needs from her, what it calls things), answered from the policy data, and the invariants that
// keep a new region's data answering them.
import {
  BENEFIT_IDS,
  benefitIsElsewhere,
  checkFundNote,
  checkItemsAreLocalScope,
  claimReasonText,
  deliveryFundNote,
  hasServicePackages,
  INSURANCES,
  insuranceChoices,
  isRegionCode,
  needsRegistration,
  ordinaryRulesHelp,
  premiumWaiverQuestion,
  premiumWaiverText,
  quotaUnknown,
  REGION_POLICIES,
  regionChoices,
  regionDraft,
  regionLabel,
  registrationReason,
  zeroCopayScheme,
  type BenefitId,
  type ClaimReason,
  type Insurance,
} from '../../src/domain';
import { documentOf } from '../../src/domain';

describe('what it calls things', () => {
  test('the choices: every entry, in the order of GET /regions, with the app’s label and a hint', () => {
    expect(regionChoices()).toEqual([
      { value: '430400', label: '衡阳市', hint: '湖南省衡阳市，含所辖县市区' },
      { value: '430000', label: '湖南省其他地区', hint: '衡阳市以外的湖南省各市州' },
      { value: '330300', label: '温州市', hint: '浙江省温州市，含所辖县市区' },
      { value: '220200', label: '吉林市', hint: '吉林省吉林市，含所辖县市区' },
      { value: '220000', label: '吉林省其他地区', hint: '吉林市以外的吉林省各市州，如长春市' },
    ]);
  });

  test.each([
    ['430400', '衡阳市'],
    ['430421', '衡阳市'],
    ['430000', '湖南省其他地区'],
    ['430100', '湖南省其他地区'],
    ['330300', '温州市'],
    ['220200', '吉林市'],
    ['220000', '吉林省其他地区'],
    ['110000', '110000'],
    ['', ''],
  ])('regionLabel(%s) = %s', (code, label) => {
    expect(regionLabel(code)).toBe(label);
  });

  test.each([
    ['430400', true],
    ['220000', true],
    ['430421', false], // resolves to Hengyang, but is not what the app stores
    ['110000', false],
    [430400, false],
    [null, false],
  ])('isRegionCode(%p) = %p', (value, is) => {
    expect(isRegionCode(value)).toBe(is);
  });

  test('the draft banner: Wenzhou only, with a line for the quota and one for delivery', () => {
    expect(regionDraft('330300')).toEqual({
      title: '温州政策为征求意见稿',
      text: '这里的结果依据《温州市职工生育全额保障实施方案（征求意见稿）》，正式文件发布前可能调整，请以温州市医保部门的答复为准。',
      about: { prenatalQuota: '产前检查定额 3000 元来自征求意见稿。', delivery: '分娩费用的全额保障来自征求意见稿。' },
    });
    expect(regionDraft('330381')?.title).toBe('温州政策为征求意见稿');
    for (const code of ['430400', '430000', '220200', '220000', '110000']) expect(regionDraft(code)).toBeNull();
  });
});

describe('what it has', () => {
  test.each([
    ['430400', true],
    ['430000', true],
    ['431000', true],
    ['330300', false],
    ['220200', false],
    ['220000', false],
    ['110000', false],
  ])('hasServicePackages(%s) = %p', (code, has) => {
    expect(hasServicePackages(code)).toBe(has);
  });

  test('the zero-copay scheme: Hengyang’s, with its dates; nowhere else', () => {
    const scheme = { name: '衡阳「分娩基本医疗费用零自付」', from: '2026-01-01', to: '2030-12-31' };
    expect(zeroCopayScheme('430400')).toEqual(scheme);
    expect(zeroCopayScheme('430421')).toEqual(scheme);
    for (const code of ['430000', '330300', '220200', '220000', '110000']) expect(zeroCopayScheme(code)).toBeNull();
  });

  // region × [employee, flexible, resident, none]
  test.each<[string, [boolean, boolean, boolean, boolean]]>([
    ['430400', [true, false, false, false]],
    ['430000', [true, false, false, false]],
    ['330300', [false, false, false, false]],
    ['220200', [false, false, false, false]],
    ['220000', [false, false, false, false]],
    ['110000', [false, false, false, false]],
  ])('quotaUnknown(%s, …) = %j (Hunan employees: 限额未知)', (code, unknown) => {
    expect(INSURANCES.map((i) => quotaUnknown(code, i))).toEqual(unknown);
  });

  test.each<[ClaimReason | null, string, Insurance, string]>([
    [null, '430400', 'employee', '已全部计入定额'],
    ['NOT_IN_LIST', '330300', 'employee', '有项目不在产前检查报销范围内，不计入定额'],
    ['PUBLIC_HEALTH', '330300', 'employee', '已由基本公共卫生服务支付，不计入定额'],
    ['OUTSIDE_CYCLE', '220200', 'employee', '不在定额的计算期间内（备案之前或分娩之后）'],
    ['CAP_REACHED', '220000', 'employee', '定额已用完，超出部分不能从定额报销'],
    ['NO_PRENATAL_QUOTA', '430400', 'employee', '限额未知：文件未规定，请向参保地医保部门确认'],
    ['NO_PRENATAL_QUOTA', '430000', 'employee', '限额未知：文件未规定，请向参保地医保部门确认'],
    ['NO_PRENATAL_QUOTA', '430400', 'resident', '您的参保类型没有产前检查定额'],
    ['NO_PRENATAL_QUOTA', '330300', 'resident', '您的参保类型没有产前检查定额'],
  ])('claimReasonText(%p, %s, %s) = %s', (reason, code, insurance, text) => {
    expect(claimReasonText(reason, code, insurance)).toBe(text);
  });
});

describe('the twelve checks’ items and what her province’s fund adds (rules.md §1)', () => {
  test.each([
    ['330300', true],
    ['330327', true],
    ['430400', false],
    ['430000', false],
    ['220200', false],
    ['220000', false],
    ['110000', false],
  ])('checkItemsAreLocalScope(%s) = %p: the Wenzhou list is hers only in Wenzhou', (code, hers) => {
    expect(checkItemsAreLocalScope(code)).toBe(hers);
  });

  test('Hunan (Hengyang and the rest): 胎儿四维彩超 on check 3 only, with HN-WJ-2025-12 四(三)1', () => {
    for (const code of ['430400', '430000', '430102']) {
      for (let no = 1; no <= 12; no += 1) {
        const note = checkFundNote(code, no);
        if (no === 3) expect(note).toEqual({ text: expect.stringContaining('胎儿四维彩超'), citation: 'HN-WJ-2025-12 四(三)1' });
        else expect(note).toBeNull();
      }
    }
    for (const code of ['330300', '220200', '220000', '110000']) expect(checkFundNote(code, 3)).toBeNull();
  });

  test.each<[string, Insurance, boolean]>([
    ['430400', 'employee', true],
    ['430400', 'resident', true],
    ['430000', 'flexible', true],
    ['430000', 'none', false],
    ['330300', 'employee', false],
    ['220200', 'employee', false],
  ])('deliveryFundNote(%s, %s): 无痛分娩 and 宫颈环扎术 for an insured Hunan member → %p', (code, insurance, has) => {
    const note = deliveryFundNote(code, insurance);
    if (!has) return expect(note).toBeNull();
    expect(note?.text).toMatch(/无痛分娩.*宫颈环扎术/);
    expect(note?.citation).toBe('HN-WJ-2025-12 四(三)1');
  });
});

describe('another region’s programme: 不适用于您的地区, not 不能享受', () => {
  const elsewhere = (code: string, insurance: Insurance) => BENEFIT_IDS.filter((id) => benefitIsElsewhere(code, insurance, id));
  test.each<[string, BenefitId[]]>([
    ['430400', []],
    ['430000', ['delivery-zero-copay']],
    ['330300', ['delivery-zero-copay', 'service-packages']],
    ['220200', ['delivery-zero-copay', 'service-packages']],
    ['220000', ['delivery-zero-copay', 'service-packages']],
  ])('%s: %p, whatever the insurance', (code, ids) => {
    for (const insurance of INSURANCES) expect(elsewhere(code, insurance)).toEqual(ids);
  });
  test('an unknown region has no programme of its own to tell apart', () => {
    expect(elsewhere('110000', 'employee')).toEqual([]);
  });
});

describe('what it needs from her', () => {
  test.each<[string, [boolean, boolean, boolean, boolean]]>([
    ['430400', [false, false, false, false]],
    ['430000', [false, false, false, false]],
    ['330300', [false, false, false, false]],
    ['220200', [true, false, false, false]],
    ['220000', [true, false, false, false]],
    ['220281', [true, false, false, false]],
    ['110000', [false, false, false, false]],
  ])('needsRegistration(%s, …) = %j (the 生育保险备案 date: Jilin employees)', (code, needs) => {
    expect(INSURANCES.map((i) => needsRegistration(code, i))).toEqual(needs);
  });

  test('the reason for the date is asked only where the date is', () => {
    expect(registrationReason('220200', 'employee')).toBe('吉林职工的产前检查费用从生育保险备案之日起计入定额');
    expect(registrationReason('220000', 'employee')).toBe('吉林职工的产前检查费用从生育保险备案之日起计入定额');
    expect(registrationReason('220000', 'resident')).toBeNull();
    expect(registrationReason('330300', 'employee')).toBeNull();
  });

  test('her own deductible and ratio: Hunan employees are told how the city pays; everyone else to ask locally', () => {
    const hunan = '湖南职工的生育保险常按所在市的规定全额支付或按定额支付分娩费用。请按您参保的规定填写起付线和报销比例：全额支付就填起付线 0、报销比例 100。';
    const other = '这部分费用按您所参加医保的普通住院规则报销。本应用所依据的文件没有给出起付线和报销比例，请看当地医保政策，或问医院医保办。';
    expect(ordinaryRulesHelp('430400', 'employee')).toBe(hunan);
    expect(ordinaryRulesHelp('430000', 'employee')).toBe(hunan);
    for (const [code, insurance] of [['430400', 'resident'], ['430000', 'flexible'], ['330300', 'employee'], ['220000', 'resident'], ['110000', 'employee']] as const) {
      expect(ordinaryRulesHelp(code, insurance)).toBe(other);
    }
  });

  test('the newborn form asks about the guardian where the birth-year waiver is (Hunan), plainly elsewhere', () => {
    const hunan = { label: '父母一方在湖南参加了基本医疗保险', hint: '湖南 2026 年出生的宝宝，出生当年的居民医保缴费可以减免' };
    expect(premiumWaiverQuestion('430400')).toEqual(hunan);
    expect(premiumWaiverQuestion('430000')).toEqual(hunan);
    for (const code of ['330300', '220200', '220000', '110000']) {
      expect(premiumWaiverQuestion(code)).toEqual({ label: '父母一方在参保地参加了基本医疗保险', hint: null });
    }
  });

  test('the waiver of an enrollment in one sentence', () => {
    expect(premiumWaiverText('430400', true)).toBe('湖南 2026 年出生、父母一方在湖南参加基本医保的宝宝，出生当年的居民医保个人缴费可以减免。');
    const whom = '出生当年缴费减免目前只适用于湖南 2026 年出生、父母一方在湖南参加基本医保的宝宝。';
    expect(premiumWaiverText('430400', false)).toBe(whom);
    expect(premiumWaiverText('220200', false)).toBe(whom);
  });
});

describe('invariants that keep a new region answering these questions', () => {
  test('fund notes cite a known document; a region’s own programme is never marked elsewhere and eligible', () => {
    for (const r of REGION_POLICIES) {
      const notes = [...Object.values(r.checks.fundNotes), ...(r.checks.deliveryFundNote ? [r.checks.deliveryFundNote] : [])];
      for (const n of notes) expect(documentOf(n.citation ?? '')).toBeTruthy();
      for (const table of Object.values(r.benefits)) for (const terms of Object.values(table)) if (terms.elsewhere) expect(terms.eligible).toBe(false);
    }
  });

  test('a label and a hint; a draft region has its banner, and only a draft region', () => {
    for (const r of REGION_POLICIES) {
      expect(r.label).toMatch(/[\u4e00-\u9fff]/);
      expect(r.hint).toMatch(/[\u4e00-\u9fff]/);
      expect(r.draftBanner !== null).toBe(r.status === 'draft');
    }
    expect(new Set(REGION_POLICIES.map((r) => r.label)).size).toBe(REGION_POLICIES.length);
  });

  test('a registration cycle says why; a scheme rule is named; a waiver names its place', () => {
    for (const r of REGION_POLICIES) {
      for (const i of INSURANCES) {
        const q = r.prenatalQuota[i];
        expect(Boolean(q.registrationReason)).toBe(q.cycle === 'registration');
        if (q.unknown) expect(q.cap).toBe(0);
      }
      for (const rule of r.delivery.rules) {
        expect(Boolean(rule.schemeName)).toBe(rule.hospital.zeroCopayScheme);
        if (rule.hospital.zeroCopayScheme) expect(rule.from !== null && rule.to !== null).toBe(true);
      }
      if (r.newborn.premiumWaiver) expect(r.newborn.premiumWaiver.place).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

test('the insurance kinds as choices: the app’s names, and hints without a full stop', () => {
  expect(insuranceChoices()).toEqual([
    { value: 'employee', label: '职工医保', hint: '单位为您缴纳职工医保和生育保险' },
    { value: 'flexible', label: '灵活就业人员职工医保', hint: '以灵活就业身份自己缴纳职工医保' },
    { value: 'resident', label: '城乡居民医保', hint: '按年缴费的居民医保，不含生育保险' },
    { value: 'none', label: '暂未参保', hint: '目前没有参加基本医疗保险' },
  ]);
});
