// Wenzhou (330300): WZ-DRAFT, a draft for comment: every answer for Wenzhou says `draft: true`.
import {
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
import { type BenefitRule, type QuotaRule, type RegionPolicy } from './schema';

const QUOTA = 'WZ-DRAFT 二(一)';
const INPATIENT = 'WZ-DRAFT 二(二)';
const SERVICES = 'WZ-DRAFT 二(三)';

const employeeQuota: QuotaRule = {
  cap: 300_000,
  cycle: 'pregnancy',
  citation: QUOTA,
  hint: '超出定额或不在生育门诊全额保障目录内的产前检查费用，纳入职工医保普通门诊统筹按规定报销。',
  notices: [],
  summary:
    '温州职工医保参保人在有生育服务资质的定点医疗机构产检，符合规定的费用按生育门诊定额保障：不设起付标准，报销100%，孕期内最高3000元（征求意见稿）。',
  next: quotaNextWithQuota(false),
};

// rules.md §4, decided: flexible workers insured under 职工医保 are 职工医保 members; the draft does not set them apart.
const employeeOrFlexible = <T>(forEmployee: T, forResident: T, forNone: T) => ({
  employee: forEmployee,
  flexible: forEmployee,
  resident: forResident,
  none: forNone,
});

export const WENZHOU: RegionPolicy = {
  code: '330300',
  name: '温州市',
  label: '温州市',
  hint: '浙江省温州市，含所辖县市区',
  province: '浙江省',
  status: 'draft',
  draftNotice: '温州的规定来自《温州市职工生育全额保障实施方案（征求意见稿）》，尚未正式实施，正式文件发布前可能调整，结果仅供参考。',
  draftBanner: {
    title: '温州政策为征求意见稿',
    text: '这里的结果依据《温州市职工生育全额保障实施方案（征求意见稿）》，正式文件发布前可能调整，请以温州市医保部门的答复为准。',
    about: { prenatalQuota: '产前检查定额 3000 元来自征求意见稿。', delivery: '分娩费用的全额保障来自征求意见稿。' },
  },
  docs: ['WZ-DRAFT'],
  prenatalQuota: employeeOrFlexible<QuotaRule>(
    employeeQuota,
    {
      cap: 0,
      cycle: null,
      citation: QUOTA,
      hint: '温州的产前检查定额只面向职工医保参保人，您的产前检查费用按城乡居民医保普通门诊规定报销。',
      notices: [],
      summary: '温州的产前检查定额保障（征求意见稿）只面向职工医保参保人；城乡居民医保的产前检查费用按居民医保门诊规定报销。',
      next: QUOTA_NEXT_INSURED_NO_QUOTA,
    },
    notInsuredQuota(QUOTA),
  ),
  delivery: {
    rules: [
      {
        rule: 'WZ_FULL_GUARANTEE',
        insurances: ['employee', 'flexible'],
        from: null,
        to: null,
        hospital: { obstetrics: true, inRegion: true, zeroCopayScheme: false },
        complications: 'ordinary',
        citations: { inScope: INPATIENT, excluded: INPATIENT, complications: INPATIENT },
        notices: [],
        complicationsNotice: '因生育引发的疾病（病理妊娠、分娩期并发症、异常产褥等）的治疗费用，按职工基本医疗保险规定支付。',
        missed: {
          hospital: '温州生育全额保障只适用于在温州市内具有生育服务资质的定点医疗机构住院分娩，这里按职工医保住院待遇估算。',
          insurance: { resident: '温州生育全额保障（征求意见稿）只面向职工医保参保人；城乡居民医保的住院分娩按居民医保住院待遇估算。' },
        },
      },
    ],
    ordinary: forAll(NO_LINE_CITATIONS),
    ordinaryNotices: {},
    ordinaryHelp: {},
  },
  benefits: {
    'delivery-zero-copay': forAll<BenefitRule>({
      eligible: false,
      elsewhere: true,
      citation: 'HY-2025-8 一',
      reason: '“分娩基本医疗费用零自付”是湖南省衡阳市的改革，温州市不适用；温州职工的住院分娩见“分娩费用全额保障”。',
    }),
    'delivery-full-coverage': employeeOrFlexible<BenefitRule>(
      {
        eligible: true,
        citation: INPATIENT,
        reason:
          '温州职工医保参保人在市内有生育服务资质的定点医疗机构住院分娩，符合医保规定的费用100%保障，不设起付标准；因生育引发的疾病按职工医保规定支付。这是征求意见稿，正式实施前可能调整。',
        next: {
          planning: '正式文件发布后以正式文件为准，可留意温州市医保局的通知。',
          pregnant: '请选择温州市内有生育服务资质的医保定点医疗机构分娩，并留意正式文件的发布。',
          postpartum: '如已在市内定点医疗机构分娩，可对照出院结算单核对；正式文件发布后以其为准。',
        },
      },
      {
        eligible: false,
        citation: INPATIENT,
        reason: '温州生育全额保障（征求意见稿）只面向职工医保参保人；城乡居民医保的住院分娩按居民医保住院待遇报销。',
      },
      NOT_INSURED_BENEFIT(INPATIENT, '住院分娩费用报销'),
    ),
    'maternity-allowance': {
      employee: {
        eligible: true,
        citation: SERVICES,
        reason: '温州推行生育津贴“免申办”：符合条件的，不用申请即可发放（征求意见稿）。',
        next: {
          planning: '怀孕后请确认单位按时为您缴纳生育保险。',
          pregnant: '生育津贴不用自己申请；产假前可向单位确认您的参保和缴费情况。',
          postpartum: '生育津贴按规定自动发放，不用申请；如迟迟未到，可向单位或医保经办机构咨询。',
        },
      },
      flexible: {
        eligible: false,
        citation: SERVICES,
        reason: '生育津贴面向由单位参保缴费的职工；以灵活就业身份参保的，文件没有规定生育津贴，请向温州市医保部门确认。',
      },
      resident: { eligible: false, citation: SERVICES, reason: '城乡居民医保不含生育保险，不享受生育津贴。' },
      none: NOT_INSURED_BENEFIT(SERVICES, '生育津贴'),
    },
    'art-coverage': employeeOrFlexible<BenefitRule>(
      {
        eligible: true,
        citation: QUOTA,
        reason: '辅助生殖费用不在生育全额保障目录内，由职工医保普通门诊统筹按规定报销（征求意见稿）。',
        next: { planning: '如需辅助生殖，请到有资质的医保定点医疗机构就诊，结算时使用职工医保。' },
      },
      {
        eligible: false,
        citation: QUOTA,
        reason: '本应用所依据的温州文件只涉及职工医保，没有规定城乡居民医保的辅助生殖待遇，请向当地医保部门咨询。',
      },
      NOT_INSURED_BENEFIT(QUOTA, '辅助生殖费用报销'),
    ),
    'family-planning': employeeOrFlexible<BenefitRule>(
      {
        eligible: true,
        citation: INPATIENT,
        reason: '在温州市内有计划生育服务资质的医保定点医疗机构实施计划生育手术，符合医保规定的费用100%保障（征求意见稿）。',
      },
      {
        eligible: false,
        citation: INPATIENT,
        reason: '温州计划生育手术的全额保障（征求意见稿）只面向职工医保参保人；城乡居民医保按居民医保规定报销。',
      },
      NOT_INSURED_BENEFIT(INPATIENT, '计划生育手术费用报销'),
    ),
    'newborn-enrollment': forAll<BenefitRule>({
      eligible: true,
      citation: SERVICES,
      reason: NEWBORN_REASON,
      next: newbornNext('国家医保服务平台线上或“出生一件事”窗口'),
    }),
    'service-packages': forAll(outsideHunanPackages('温州市')),
  },
  newborn: {
    citation: 'GOV-2024-38',
    citations: ['GOV-2024-38', SERVICES],
    where: ['国家医保服务平台（线上）', '“出生一件事”窗口（线下）'],
    premiumWaiver: null,
  },
  servicePackages: false,
  // rules.md §1: the attachment is Wenzhou's own reimbursable scope.
  checks: { itemsAreLocalScope: true, fundNotes: {}, deliveryFundNote: null },
  maternity: {
    // Zhejiang's regulation: 60 days for a first child, 90 for a second, third and later.
    extendedLeave: { known: true, daysByChildOrder: [60, 90], citation: 'ZJ-RKJS-2021' },
    // rules.md §8: WZ-DRAFT 二(三) says only "免申办"; the spec reads it as paid to her.
    payee: 'mother',
    application: '如果迟迟没有到账，可向单位或温州市医保经办机构咨询。',
    notices: [],
  },
  postpartumCheck: { service: null, citation: null },
};
