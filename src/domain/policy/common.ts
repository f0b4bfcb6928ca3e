// Sentences and builders shared by the region files, so each region states only what is its own.
import { type Citation, type Insurance } from '../types';
import { type BenefitRule, type ChecksPolicy, type LineCitations, type QuotaRule, type StageText } from './schema';

/** The same value for every insurance kind. */
export const forAll = <T>(v: T): Record<Insurance, T> => ({ employee: v, flexible: v, resident: v, none: v });

export const NO_LINE_CITATIONS: LineCitations = { inScope: null, excluded: null, complications: null };

// ---- prenatal quota -------------------------------------------------------------------------

export const HUNAN_EMPLOYEE_QUOTA_UNKNOWN = '本应用所依据的文件未规定湖南职工生育保险的产前检查限额，请向参保地医保部门确认。';
export const OWN_OUTPATIENT_HINT = '不在产前检查定额内的费用，按您所参加医保的普通门诊规定报销。';
export const NOT_INSURED_HINT = '未参加基本医疗保险，产前检查费用需要自己支付；可向当地医保部门咨询参保。';

export const quotaNextWithQuota = (registration: boolean): StageText => ({
  planning: registration
    ? '怀孕后请先到医保经办机构办理生育保险备案，备案之后的产检费用才计入限额。'
    : '怀孕后到有生育服务资质的定点医疗机构建档产检，产检费用按生育门诊结算、计入限额。',
  pregnant: registration
    ? '还没有办理生育保险备案的请尽快办理；产检时用医保结算，并在孕保通记下每次费用，随时看限额还剩多少。'
    : '产检时用医保按生育门诊结算，并在孕保通记下每次费用，随时看限额还剩多少。',
  postpartum: '分娩之后发生的费用不再计入产前检查限额；孕期还没结算的产检费用，请带上票据向医保经办机构咨询。',
});

export const QUOTA_NEXT_INSURED_NO_QUOTA: StageText = {
  planning: '怀孕后产检时请保留票据和结算单，按您所参加医保的门诊规定报销。',
  pregnant: '产检时请保留票据和结算单，按您所参加医保的门诊规定报销。',
  postpartum: '孕期还没报销的产检费用，请带上票据向参保地医保部门咨询。',
};

export const QUOTA_NEXT_UNKNOWN: StageText = {
  planning: '怀孕后可向单位或参保地医保部门了解产检费用怎么报销。',
  pregnant: '产检时请保留票据和结算单，并向参保地医保部门确认产检费用的报销办法和限额。',
  postpartum: '孕期还没报销的产检费用，请带上票据向参保地医保部门咨询。',
};

export const NOT_INSURED_NEXT: StageText = {
  planning: '怀孕前参加基本医疗保险，孕期和分娩的费用才能按医保报销；请向当地医保部门咨询参保。',
  pregnant: '请向当地医保部门咨询现在参保以及从何时开始享受待遇。',
  postpartum: '宝宝可以凭出生医学证明参保，不受父母参保情况影响（见“新生儿参保”）。',
};

/** No quota because she is not insured. */
export const notInsuredQuota = (citation: Citation): QuotaRule => ({
  cap: 0,
  cycle: null,
  citation,
  hint: NOT_INSURED_HINT,
  notices: [],
  summary: '未参加基本医疗保险，没有产前检查定额。',
  next: NOT_INSURED_NEXT,
});

// ---- eligibility ----------------------------------------------------------------------------

export const NOT_INSURED_BENEFIT = (citation: Citation, what: string): BenefitRule => ({
  eligible: false,
  citation,
  reason: `${what}需要先参加基本医疗保险，目前未参保，不能享受。`,
  next: NOT_INSURED_NEXT,
});

export const NEWBORN_REASON = '宝宝凭出生医学证明就能参保，不需要先上户口；出生后90天内参保的，从出生之日起享受医保待遇。';

export const newbornNext = (where: string): StageText => ({
  planning: '宝宝出生后，拿到出生医学证明就可以为宝宝参保。',
  pregnant: `宝宝出生后拿到出生医学证明，就可以在${where}办理，请在出生后90天内办好。`,
  postpartum: `请在宝宝出生后90天内办好：${where}都可以办理，带上出生医学证明和父母一方的身份证。`,
});

export const SERVICE_PACKAGES_NEXT: StageText = {
  planning: '现在适用湘迎备孕包：婚检、孕前优生健康检查、发放叶酸等，可到妇幼保健机构的生育友好服务通道了解。',
  pregnant: '孕14周前适用湘护早孕包，之后适用湘伴孕产包，可到妇幼保健机构的生育友好服务通道了解。',
  postpartum: '产后适用湘悦产康包（产后访视、母乳喂养指导等），宝宝适用湘佑新生包（出生医学证明、新生儿医保、疾病筛查、疫苗接种等）。',
};

export const outsideHunanPackages = (regionName: string): BenefitRule => ({
  eligible: false,
  elsewhere: true,
  citation: 'HN-WJ-2025-12 三',
  reason: `生育友好服务包是湖南省的服务，${regionName}不适用；孕保通中的服务包内容仅供了解，可向当地妇幼保健机构咨询类似服务。`,
});

export const HUNAN_FAMILY_PLANNING: BenefitRule = {
  eligible: false,
  citation: null,
  reason: '本应用所依据的湖南文件没有规定计划生育手术费用的待遇，请向参保地医保部门咨询。',
};

/** Outside Wenzhou the checks are a schedule; the draft's items are another city's reference (rules.md §1). */
export const CHECKS_ELSEWHERE: ChecksPolicy = { itemsAreLocalScope: false, fundNotes: {}, deliveryFundNote: null };
