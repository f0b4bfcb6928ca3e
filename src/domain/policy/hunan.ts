// Hunan province (430000) and Hengyang (430400): HN-2025-45, HN-WJ-2025-12 and, for Hengyang,
// HY-2025-8 (分娩基本医疗费用零自付, 2026-01-01 … 2030-12-31).
import { type Insurance } from '../types';
import {
  HUNAN_EMPLOYEE_QUOTA_UNKNOWN,
  HUNAN_FAMILY_PLANNING,
  NEWBORN_REASON,
  NOT_INSURED_BENEFIT,
  NO_LINE_CITATIONS,
  OWN_OUTPATIENT_HINT,
  QUOTA_NEXT_INSURED_NO_QUOTA,
  QUOTA_NEXT_UNKNOWN,
  SERVICE_PACKAGES_NEXT,
  forAll,
  newbornNext,
  notInsuredQuota,
} from './common';
import {
  type BenefitRule,
  type BenefitTable,
  type ChecksPolicy,
  type LineCitations,
  type MaternityPolicy,
  type NewbornPolicy,
  type PostpartumCheckPolicy,
  type QuotaRule,
  type RegionPolicy,
} from './schema';

const HUNAN_DOCS = ['HN-2025-45', 'HN-WJ-2025-12'] as const;

const HUNAN_EMPLOYEE_ORDINARY_HELP =
  '湖南职工的生育保险常按所在市的规定全额支付或按定额支付分娩费用。请按您参保的规定填写起付线和报销比例：全额支付就填起付线 0、报销比例 100。';

const HUNAN_EMPLOYEE_DELIVERY_NOTICE =
  '湖南职工生育保险的住院分娩待遇按所在市州的规定执行（常见的是全额或定额支付），本应用所依据的文件没有规定；如属全额支付，起付标准请填 0、报销比例填 100。';

const hunanQuota = (citation: string | null, noQuota: string): Readonly<Record<Insurance, QuotaRule>> => ({
  employee: {
    cap: 0,
    cycle: null,
    citation,
    // rules.md §3: "no quota known from these documents", in those words.
    hint: HUNAN_EMPLOYEE_QUOTA_UNKNOWN,
    notices: [],
    summary: HUNAN_EMPLOYEE_QUOTA_UNKNOWN,
    next: QUOTA_NEXT_UNKNOWN,
    unknown: true,
  },
  flexible: { cap: 0, cycle: null, citation, hint: OWN_OUTPATIENT_HINT, notices: [], summary: noQuota, next: QUOTA_NEXT_INSURED_NO_QUOTA },
  resident: { cap: 0, cycle: null, citation, hint: OWN_OUTPATIENT_HINT, notices: [], summary: noQuota, next: QUOTA_NEXT_INSURED_NO_QUOTA },
  none: notInsuredQuota(citation),
});

const NEWBORN: NewbornPolicy = {
  citation: 'HN-2025-45 三(三)',
  citations: ['HN-2025-45 三(三)', 'GOV-2024-38', 'HN-2026-ENROLL'],
  where: ['湘医保（线上）', '国家医保服务平台（线上）', '“出生一件事”窗口（线下）'],
  // rules.md §7, decided: 2026 births only until a later notice extends the trial.
  premiumWaiver: { years: [2026], citation: 'HN-2026-ENROLL', place: '湖南' },
};

const ALLOWANCE = 'HN-WJ-2025-12 四(三)2';

const MATERNITY: MaternityPolicy = {
  extendedLeave: { known: true, daysByChildOrder: [60], citation: 'HN-RKJS-2021' },
  payee: 'mother',
  application: '申领方式和发放账户，请向单位人事或参保地医保部门确认，并留意发到您本人账户的款项。',
  notices: [],
};

const POSTPARTUM_CHECK: PostpartumCheckPolicy = {
  service: {
    birth: '湖南的湘悦产康包提供产后访视、母乳喂养指导、康复理疗、育儿指导和心理支持等服务，可向分娩医院或当地妇幼保健机构了解。',
    loss: '湖南的湘悦产康包提供产后访视、康复理疗和心理支持等服务，可向就诊医院或当地妇幼保健机构了解。',
  },
  citation: 'HN-WJ-2025-12 三(四)',
};
const ART = 'HN-WJ-2025-12 四(三)1';

const hunanBenefits = (regionName: string): BenefitTable => ({
  'delivery-zero-copay': forAll<BenefitRule>({
    eligible: false,
    elsewhere: true,
    citation: 'HY-2025-8 一',
    reason: `“分娩基本医疗费用零自付”是衡阳市的改革，${regionName}目前没有这项政策（省里正在探索政策范围内住院分娩费用“零自付”）。`,
  }),
  'delivery-full-coverage': {
    employee: {
      eligible: false,
      citation: null,
      reason: '湖南职工生育保险的住院分娩待遇按所在市州的规定执行，本应用所依据的文件没有规定全额保障，请向参保地医保部门确认。',
    },
    flexible: {
      eligible: false,
      citation: null,
      reason: '本应用所依据的文件没有规定湖南的住院分娩全额保障；住院分娩费用按您所参加的职工医保住院待遇报销。',
    },
    resident: {
      eligible: false,
      citation: null,
      reason: '本应用所依据的文件没有规定湖南的住院分娩全额保障；住院分娩费用按城乡居民医保住院待遇报销。',
    },
    none: NOT_INSURED_BENEFIT(null, '住院分娩费用报销'),
  },
  'maternity-allowance': {
    employee: {
      eligible: true,
      citation: ALLOWANCE,
      reason: '湖南正在推行生育津贴直接发放给生育职工本人，不再经过单位转发。',
      next: {
        planning: '怀孕后请确认单位按时为您缴纳生育保险。',
        pregnant: '产假开始前，可向单位和参保地医保部门确认生育津贴的申领方式和发放到哪个账户。',
        postpartum: '请向参保地医保部门确认生育津贴的办理进度，留意发到您本人账户的款项。',
      },
    },
    flexible: {
      eligible: false,
      citation: ALLOWANCE,
      reason: '生育津贴面向由单位参保缴费的职工；以灵活就业身份参保的，本应用所依据的文件没有规定生育津贴，请向参保地医保部门确认。',
    },
    resident: { eligible: false, citation: ALLOWANCE, reason: '城乡居民医保不含生育保险，不享受生育津贴。' },
    none: NOT_INSURED_BENEFIT(ALLOWANCE, '生育津贴'),
  },
  'art-coverage': {
    ...forAll<BenefitRule>({
      eligible: true,
      citation: ART,
      reason: '湖南将辅助生殖类核心项目统一纳入全省医保基金支付范围，在有资质的定点医疗机构治疗可按规定报销。',
      next: {
        planning: '如需辅助生殖，请到经卫生健康部门批准开展辅助生殖技术的定点医疗机构就诊，结算时使用医保。',
        pregnant: '如有辅助生殖费用还没有结算，可带上票据向参保地医保部门咨询。',
        postpartum: '今后如需辅助生殖，可到经批准的定点医疗机构就诊，按规定用医保结算。',
      },
    }),
    none: NOT_INSURED_BENEFIT(ART, '辅助生殖费用报销'),
  },
  'family-planning': forAll(HUNAN_FAMILY_PLANNING),
  'newborn-enrollment': forAll<BenefitRule>({
    eligible: true,
    citation: 'HN-2025-45 三(三)',
    reason: `${NEWBORN_REASON}父母一方参加湖南基本医保的，2026年出生的宝宝当年免缴居民医保费。`,
    next: newbornNext('湘医保、国家医保服务平台线上或“出生一件事”窗口'),
  }),
  'service-packages': forAll<BenefitRule>({
    eligible: true,
    citation: 'HN-WJ-2025-12 三',
    reason: '湖南省生育友好服务包面向全省群众，不论参加哪种医保：基础服务普惠全民、以免费服务为主，升级服务面向特殊需要、可能收费。',
    next: SERVICE_PACKAGES_NEXT,
  }),
});

// rules.md §1: HN-WJ-2025-12 四(三)1 puts these items in the province's fund scope; said where they apply.
const HUNAN_CHECKS: ChecksPolicy = {
  itemsAreLocalScope: false,
  fundNotes: {
    3: {
      text: '湖南已将胎儿四维彩超（这次产检的胎儿系统彩色超声检查）纳入全省医保基金支付范围，按您所参加医保的规定报销。',
      citation: ART,
    },
  },
  deliveryFundNote: {
    text: '湖南已将无痛分娩、宫颈环扎术纳入全省医保基金支付范围：这些费用算作医保范围内的费用。',
    citation: ART,
  },
};

const ordinaryHunan: Readonly<Record<Insurance, LineCitations>> = forAll(NO_LINE_CITATIONS);

export const HUNAN: RegionPolicy = {
  code: '430000',
  name: '湖南省',
  label: '湖南省其他地区',
  hint: '衡阳市以外的湖南省各市州',
  province: '湖南省',
  status: 'in-force',
  draftNotice: null,
  draftBanner: null,
  docs: [...HUNAN_DOCS],
  prenatalQuota: hunanQuota(null, '本应用所依据的文件没有规定湖南的产前检查定额；产前检查费用按您所参加医保的门诊规定报销。'),
  delivery: {
    rules: [],
    ordinary: ordinaryHunan,
    ordinaryNotices: { employee: [HUNAN_EMPLOYEE_DELIVERY_NOTICE] },
    ordinaryHelp: { employee: HUNAN_EMPLOYEE_ORDINARY_HELP },
  },
  benefits: hunanBenefits('湖南其他地区'),
  newborn: NEWBORN,
  servicePackages: true,
  checks: HUNAN_CHECKS,
  maternity: MATERNITY,
  postpartumCheck: POSTPARTUM_CHECK,
};

const HY_WINDOW = { from: '2026-01-01', to: '2030-12-31' } as const;
const HY_ORDINARY: LineCitations = { inScope: 'HY-2025-8 三', excluded: 'HY-2025-8 二(三)', complications: 'HY-2025-8 三' };

const hengyangBenefits: BenefitTable = {
  ...hunanBenefits('衡阳市'),
  'delivery-zero-copay': {
    ...forAll<BenefitRule>({
      eligible: true,
      citation: 'HY-2025-8 二(一)(三)(六)',
      reason:
        '在衡阳市参加“零自付”改革的医保定点医疗机构（须有产科资质）住院分娩，符合规定的基本医疗费用个人零自付；目录外费用和特需服务仍需自付。只在参加改革的医院适用：医院自愿参加，也可以退出。',
      next: {
        planning: '选分娩医院时，先问清该院是否已参加“零自付”改革。',
        pregnant: '建档或选定分娩医院前，请向医院确认它已参加“零自付”改革以及从哪个月起生效。',
        postpartum: '如在参加改革的医院分娩，出院结算单上符合规定的费用应为零自付；有疑问可带上结算单咨询衡阳市医保局。',
      },
      window: {
        ...HY_WINDOW,
        outside: {
          eligible: false,
          citation: 'HY-2025-8 三',
          reason: '分娩日期不在衡阳“零自付”的实施期（2026年1月1日至2030年12月31日）内，按原生育分娩医保政策执行。',
        },
      },
    }),
    none: NOT_INSURED_BENEFIT('HY-2025-8 一', '衡阳“分娩基本医疗费用零自付”'),
  },
  'delivery-full-coverage': {
    ...forAll<BenefitRule>({
      eligible: false,
      citation: 'HY-2025-8 二(三)',
      reason: '衡阳的住院分娩适用“分娩基本医疗费用零自付”（见上一项）：只覆盖参加改革医院里符合规定的基本医疗费用，目录外费用、特需服务不在其内，不是全部费用。',
    }),
    none: NOT_INSURED_BENEFIT(null, '住院分娩费用报销'),
  },
};

export const HENGYANG: RegionPolicy = {
  ...HUNAN,
  code: '430400',
  name: '衡阳市',
  label: '衡阳市',
  hint: '湖南省衡阳市，含所辖县市区',
  docs: ['HY-2025-8', ...HUNAN_DOCS],
  // HY-2025-8 二(一): zero copay extends to prenatal checks only "逐步": not yet.
  prenatalQuota: hunanQuota(
    'HY-2025-8 二(一)',
    '衡阳的“零自付”目前只覆盖住院分娩的基本医疗费用，产前检查还在“逐步扩展”之列，没有定额；产前检查费用按您所参加医保的门诊规定报销。',
  ),
  delivery: {
    rules: [
      {
        rule: 'HY_ZERO_COPAY',
        insurances: ['employee', 'flexible', 'resident'],
        ...HY_WINDOW,
        hospital: { obstetrics: true, inRegion: true, zeroCopayScheme: true },
        schemeName: '衡阳「分娩基本医疗费用零自付」',
        // rules.md §4, decided: the text covers the basic costs of delivery; complications stay under the previous rules.
        complications: 'ordinary',
        citations: { inScope: 'HY-2025-8 二(一)(三)(六)', excluded: 'HY-2025-8 二(三)', complications: 'HY-2025-8 三' },
        notices: ['请在分娩前向医院确认它已参加衡阳“分娩基本医疗费用零自付”改革以及生效月份：医院自愿参加，也可以退出。'],
        complicationsNotice: '治疗妊娠和分娩并发症的费用不在“零自付”范围内，按原医保规定估算。',
        missed: {
          window: '分娩日期不在衡阳“零自付”的实施期（2026年1月1日至2030年12月31日）内，按原生育分娩医保政策估算。',
          hospital: '衡阳“零自付”只适用于衡阳市内具有产科资质的医保定点医疗机构，这里按原生育分娩医保政策估算。',
          scheme: '这家医院在分娩日还没有参加衡阳“零自付”改革（参加和退出都从申请后的下个月起生效），按原生育分娩医保政策估算。',
        },
      },
    ],
    ordinary: { employee: HY_ORDINARY, flexible: HY_ORDINARY, resident: HY_ORDINARY, none: NO_LINE_CITATIONS },
    ordinaryNotices: { employee: [HUNAN_EMPLOYEE_DELIVERY_NOTICE] },
    ordinaryHelp: { employee: HUNAN_EMPLOYEE_ORDINARY_HELP },
  },
  benefits: hengyangBenefits,
};
