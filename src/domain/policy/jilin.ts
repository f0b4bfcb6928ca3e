// Jilin province (220000) and Jilin City (220200): JL-2024, in force from 2024-07-01. Jilin City
// differs only in its prenatal cap.
import { type Insurance } from '../types';
import {
  CHECKS_ELSEWHERE,
  NEWBORN_REASON,
  NOT_INSURED_BENEFIT,
  NO_LINE_CITATIONS,
  forAll,
  newbornNext,
  notInsuredQuota,
  outsideHunanPackages,
  quotaNextWithQuota,
  QUOTA_NEXT_INSURED_NO_QUOTA,
} from './common';
import { type BenefitRule, type BenefitTable, type QuotaRule, type RegionPolicy } from './schema';

const JL_FROM = '2024-07-01';

const employeeQuota = (cap: number, summary: string, notices: readonly string[]): QuotaRule => ({
  cap,
  cycle: 'registration',
  citation: 'JL-2024 二(一)',
  hint: '超出限额或不在限额周期内的门诊产前检查费用，可通过职工医保普通门诊统筹、职工医保个人账户等渠道按规定支付。',
  notices,
  summary,
  next: quotaNextWithQuota(true),
  registrationReason: '吉林职工的产前检查费用从生育保险备案之日起计入定额',
});

const quota = (employee: QuotaRule): Readonly<Record<Insurance, QuotaRule>> => ({
  employee,
  flexible: {
    cap: 0,
    cycle: null,
    citation: 'JL-2024 二(二)',
    hint: '灵活就业人员的产前检查费用可通过职工医保普通门诊统筹、职工医保个人账户等渠道按规定报销。',
    notices: [],
    summary: '参加职工医保的灵活就业人员没有产前检查限额，产前检查费用可通过职工医保普通门诊统筹、个人账户等渠道按规定报销。',
    next: QUOTA_NEXT_INSURED_NO_QUOTA,
  },
  resident: {
    cap: 0,
    cycle: null,
    citation: 'JL-2024 二(一)',
    hint: '产前检查限额只面向参加生育保险的女职工，您的产前检查费用按城乡居民医保普通门诊规定报销。',
    notices: [],
    summary: '产前检查限额只面向参加生育保险的女职工；城乡居民医保的产前检查费用按居民医保门诊规定报销。',
    next: QUOTA_NEXT_INSURED_NO_QUOTA,
  },
  none: notInsuredQuota('JL-2024 二(一)'),
});

const benefits = (regionName: string): BenefitTable => ({
  'delivery-zero-copay': forAll<BenefitRule>({
    eligible: false,
    elsewhere: true,
    citation: 'HY-2025-8 一',
    reason: '“分娩基本医疗费用零自付”是湖南省衡阳市的改革，吉林省不适用；吉林职工的住院分娩见“分娩费用全额保障”。',
  }),
  'delivery-full-coverage': {
    employee: {
      eligible: true,
      citation: 'JL-2024 三(一)',
      reason:
        '参加生育保险的女职工住院分娩期间的政策范围内医疗费用不设起付标准，生育保险按100%支付；住院分娩期间诊治妊娠、分娩并发症的费用也在其内。',
      next: {
        planning: '请确认单位为您缴纳了生育保险，怀孕后及时办理生育保险备案。',
        pregnant: '请在医保定点医疗机构住院分娩，出院时直接结算。',
        postpartum: '如已在定点医疗机构分娩，可对照出院结算单核对生育保险支付的部分。',
      },
      window: {
        from: JL_FROM,
        to: null,
        outside: { eligible: false, citation: 'JL-2024 七', reason: '2024年7月1日之前分娩的，按当时的规定执行，不适用这项新规定。' },
      },
    },
    flexible: {
      eligible: false,
      citation: 'JL-2024 三(二)',
      reason: '参加职工医保的灵活就业人员住院分娩按职工医保住院待遇支付，有起付标准和报销比例，不是全额保障。',
    },
    resident: {
      eligible: false,
      citation: 'JL-2024 三(三)',
      reason: '城乡居民医保参保人住院分娩按居民医保住院待遇支付，有起付标准和报销比例，不是全额保障。',
    },
    none: NOT_INSURED_BENEFIT('JL-2024 三', '住院分娩费用报销'),
  },
  'maternity-allowance': {
    employee: {
      eligible: true,
      citation: 'JL-2024 五(二)',
      reason: '生育津贴由医保经办机构按月支付给您的单位，休假期间的工资由单位按原渠道发放。',
      next: {
        planning: '怀孕后请告知单位，生育津贴由单位办理。',
        pregnant: '休产假前请与单位人事确认生育津贴的办理。',
        postpartum: '生育津贴按月发给单位，休假期间的工资由单位发放；有疑问请问单位人事。',
      },
      whenFullyFunded: {
        eligible: false,
        citation: 'JL-2024 五(二)',
        reason: '您的单位按机关和财政全额拨款事业单位的费率缴纳生育保险，不享受生育津贴；休假期间的工资、补贴由单位照发。',
      },
    },
    flexible: {
      eligible: false,
      citation: 'JL-2024 五(二)',
      reason: '生育津贴按月支付给参保单位，面向由单位参保的女职工；以灵活就业身份参保的不享受。',
    },
    resident: { eligible: false, citation: 'JL-2024 五(二)', reason: '城乡居民医保不含生育保险，不享受生育津贴。' },
    none: NOT_INSURED_BENEFIT('JL-2024 五(二)', '生育津贴'),
  },
  'art-coverage': {
    ...forAll<BenefitRule>({
      eligible: true,
      citation: 'JL-2024 一',
      reason:
        '适宜的辅助生殖类医疗服务项目已纳入吉林省基本医保支付范围：在经批准开展辅助生殖技术的定点医疗机构治疗，参照门诊特殊疾病待遇报销，起付标准一个自然年度计算一次。',
      next: {
        planning: '如需辅助生殖，请到经卫生健康部门批准开展人类辅助生殖技术的定点医疗机构就诊，结算时使用医保。',
        pregnant: '如有辅助生殖费用还没有结算，可带上票据向参保地医保部门咨询。',
        postpartum: '今后如需辅助生殖，可到经批准的定点医疗机构就诊，按规定用医保结算。',
      },
    }),
    none: NOT_INSURED_BENEFIT('JL-2024 一', '辅助生殖费用报销'),
  },
  'family-planning': {
    employee: {
      eligible: true,
      citation: 'JL-2024 四',
      reason: '计划生育手术（如取出宫内节育器、输卵管或输精管复通）及手术期间诊治并发症的政策范围内费用，生育保险按住院分娩待遇支付。',
    },
    flexible: {
      eligible: false,
      citation: 'JL-2024 四',
      reason: '计划生育手术的生育保险待遇面向参加生育保险的职工；灵活就业人员的相关费用按职工医保规定报销。',
    },
    resident: {
      eligible: false,
      citation: 'JL-2024 四',
      reason: '计划生育手术的生育保险待遇面向参加生育保险的职工；城乡居民医保参保人的相关费用按居民医保规定报销。',
    },
    none: NOT_INSURED_BENEFIT('JL-2024 四', '计划生育手术费用报销'),
  },
  'newborn-enrollment': forAll<BenefitRule>({
    eligible: true,
    citation: 'GOV-2024-38',
    reason: NEWBORN_REASON,
    next: newbornNext('国家医保服务平台线上或“出生一件事”窗口'),
  }),
  'service-packages': forAll(outsideHunanPackages(regionName)),
});

const delivery: RegionPolicy['delivery'] = {
  rules: [
    {
      rule: 'JL_MATERNITY_FULL',
      insurances: ['employee'],
      from: JL_FROM,
      to: null,
      hospital: { obstetrics: false, inRegion: false, zeroCopayScheme: false },
      complications: 'fund',
      citations: { inScope: 'JL-2024 三(一)', excluded: 'JL-2024 六', complications: 'JL-2024 六(一)' },
      notices: [],
      complicationsNotice: null,
      missed: {
        window: '2024年7月1日之前分娩的，按当时的规定执行；这里按普通住院待遇估算。',
        insurance: {
          flexible: '参加职工医保的灵活就业人员住院分娩按职工医保住院待遇支付，有起付标准和报销比例。',
          resident: '城乡居民医保参保人住院分娩按居民医保住院待遇支付，有起付标准和报销比例。',
        },
      },
    },
  ],
  ordinary: {
    employee: NO_LINE_CITATIONS,
    flexible: { inScope: 'JL-2024 三(二)', excluded: 'JL-2024 六', complications: 'JL-2024 三(二)' },
    resident: { inScope: 'JL-2024 三(三)', excluded: 'JL-2024 六', complications: 'JL-2024 三(三)' },
    none: NO_LINE_CITATIONS,
  },
  ordinaryNotices: {},
  ordinaryHelp: {},
};

const newborn: RegionPolicy['newborn'] = {
  citation: 'GOV-2024-38',
  citations: ['GOV-2024-38'],
  where: ['国家医保服务平台（线上）', '“出生一件事”窗口（线下）'],
  premiumWaiver: null,
};

const maternity: RegionPolicy['maternity'] = {
  extendedLeave: {
    known: false,
    notice: '本应用所依据的文件没有写明吉林省在国家产假之外延长的天数，请向单位确认您一共可以休多少天产假。',
  },
  payee: 'employer',
  application: '生育津贴由单位向医保经办机构办理，按月发给单位；休假期间的工资由单位照常发放，有疑问请问单位人事。',
  notices: [
    '自2025年起，全国推行生育津贴直接发放给参保人本人，吉林的发放方式可能已经调整：请向单位或参保地医保部门确认生育津贴是发到单位还是您本人的账户。',
  ],
};

export const JILIN: RegionPolicy = {
  code: '220000',
  name: '吉林省',
  label: '吉林省其他地区',
  hint: '吉林市以外的吉林省各市州，如长春市',
  province: '吉林省',
  status: 'in-force',
  draftNotice: null,
  draftBanner: null,
  docs: ['JL-2024'],
  prenatalQuota: quota(
    employeeQuota(
      100_000,
      '参加生育保险的女职工，从生育保险备案到分娩期间的门诊产前检查费用按限额报销：不设起付线，报销100%，最高支付限额不低于1000元、由各市（州）确定，这里按1000元计算。',
      ['吉林省文件规定产前检查最高支付限额“不低于1000元”，由各统筹地区确定；这里按最低的1000元计算，您所在市（州）的限额可能更高。'],
    ),
  ),
  delivery,
  benefits: benefits('吉林省'),
  newborn,
  servicePackages: false,
  checks: CHECKS_ELSEWHERE,
  maternity,
  postpartumCheck: { service: null, citation: null },
};

export const JILIN_CITY: RegionPolicy = {
  ...JILIN,
  code: '220200',
  name: '吉林市',
  label: '吉林市',
  hint: '吉林省吉林市，含所辖县市区',
  prenatalQuota: quota(
    employeeQuota(
      150_000,
      '吉林市参加生育保险的女职工，从生育保险备案到分娩期间的门诊产前检查费用按限额报销：不设起付线，报销100%，最高1500元。',
      // rules.md §3, decided: 1500 yuan is Jilin City's own published figure, not in the texts here.
      ['吉林市的限额1500元是吉林市公布的标准；本应用所依据的省级文件只规定不低于1000元。'],
    ),
  ),
  benefits: benefits('吉林市'),
};
