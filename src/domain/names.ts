// Chinese names and one-line explanations of the engine's codes, and small stage helpers.
import { dayNumber } from './dates';
import { TERM_DAYS } from './dating';
import {
  type AfterBirthTaskStatus,
  type AllowancePayee,
  type BenefitId,
  type CheckStatus,
  type ClaimReason,
  type DeliveryRule,
  type Insurance,
  type IsoDate,
  type LeaveLineId,
  type LifeStage,
  type ServiceTier,
  type Trimester,
} from './types';
import { INSURANCES } from './validate';

export interface InsuranceKind {
  name: string;
  explanation: string;
}

export const INSURANCE_KINDS: Readonly<Record<Insurance, InsuranceKind>> = {
  employee: { name: '职工医保', explanation: '单位为您缴纳职工医保和生育保险。' },
  flexible: { name: '灵活就业人员职工医保', explanation: '以灵活就业身份自己缴纳职工医保。' },
  resident: { name: '城乡居民医保', explanation: '按年缴费的居民医保，不含生育保险。' },
  none: { name: '暂未参保', explanation: '目前没有参加基本医疗保险。' },
};

export const insuranceName = (kind: Insurance): string => INSURANCE_KINDS[kind].name;
export const insuranceExplanation = (kind: Insurance): string => INSURANCE_KINDS[kind].explanation;

/** The insurance kinds as she chooses among them: the name, and the explanation as its hint (a phrase, like every hint). */
export const insuranceChoices = (): { value: Insurance; label: string; hint: string }[] =>
  INSURANCES.map((value) => ({ value, label: INSURANCE_KINDS[value].name, hint: INSURANCE_KINDS[value].explanation.replace(/。$/, '') }));

export const STAGE_NAMES: Readonly<Record<LifeStage, string>> = {
  planning: '备孕',
  pregnant: '怀孕中',
  postpartum: '已分娩',
  ended: '妊娠已结束',
};

export const BENEFIT_NAMES: Readonly<Record<BenefitId, string>> = {
  'prenatal-quota': '产前检查费用定额',
  'delivery-zero-copay': '衡阳分娩基本医疗费用零自付',
  'delivery-full-coverage': '分娩费用全额保障',
  'maternity-allowance': '生育津贴',
  'art-coverage': '辅助生殖费用纳入医保',
  'family-planning': '计划生育手术费用',
  'newborn-enrollment': '新生儿凭出生医学证明参保',
  'service-packages': '湖南生育友好服务包',
};

/** The headline of a delivery estimate: which rule prices her delivery. */
export const DELIVERY_RULE_NAMES: Readonly<Record<DeliveryRule, string>> = {
  HY_ZERO_COPAY: '衡阳分娩基本医疗费用零自付',
  WZ_FULL_GUARANTEE: '温州职工生育全额保障',
  JL_MATERNITY_FULL: '吉林职工生育保险全额支付',
  ORDINARY_INPATIENT: '按普通住院规则报销',
  NON_DESIGNATED: '非定点医院：医保基金不支付',
  NOT_INSURED: '未参保：费用需全部自付',
};

/** Why a claim was not counted in full (region-facts.ts `claimReasonText` adds 限额未知 and the all-counted case). */
export const CLAIM_REASON_TEXT: Readonly<Record<ClaimReason, string>> = {
  NOT_IN_LIST: '有项目不在产前检查报销范围内，不计入定额',
  PUBLIC_HEALTH: '已由基本公共卫生服务支付，不计入定额',
  OUTSIDE_CYCLE: '不在定额的计算期间内（备案之前或分娩之后）',
  CAP_REACHED: '定额已用完，超出部分不能从定额报销',
  NO_PRENATAL_QUOTA: '您的参保类型没有产前检查定额',
};

export const CHECK_STATUS_NAMES: Readonly<Record<CheckStatus, string>> = {
  done: '已完成',
  due: '现在可以做',
  upcoming: '未到时间',
  overdue: '已逾期',
};

/** One sentence under a check's status. */
export const CHECK_STATUS_HINTS: Readonly<Record<CheckStatus, string>> = {
  done: '您已记录这次产检。',
  due: '现在正处在这次产检的建议时间内。',
  upcoming: '还没到这次产检的建议时间。',
  overdue: '已过建议时间。如果已经做过，请记录下来；如果还没做，请尽快联系医生安排。',
};

/** 孕6–13周, or 孕37周 for a one-week window. */
export const weeksLabel = (weeks: { from: number; to: number }): string =>
  weeks.from === weeks.to ? `孕${weeks.from}周` : `孕${weeks.from}–${weeks.to}周`;

export const SERVICE_TIER_NAMES: Readonly<Record<ServiceTier, string>> = {
  basic: '基础服务',
  upgrade: '升级服务（可能收费）',
};

/** The leave lines of the maternity allowance (NAT-619 七), as she reads them. */
export const LEAVE_LINE_NAMES: Readonly<Record<LeaveLineId, string>> = {
  base: '产假',
  difficult: '难产增加',
  multiple: '多胞胎增加',
  'loss-early': '产假（怀孕未满16周终止）',
  'loss-late': '产假（怀孕满16周后终止）',
};

export const PAYEE_NAMES: Readonly<Record<AllowancePayee, string>> = {
  mother: '直接发给您本人',
  employer: '发给您的单位',
};

export const AFTER_BIRTH_STATUS_NAMES: Readonly<Record<AfterBirthTaskStatus, string>> = {
  done: '已完成',
  due: '待办',
  overdue: '已过期限',
};

/** 孕早期 / 孕中期 / 孕晚期, or 已足月 from 259 days (rules.md §2): never 早产 for her condition. */
export function pregnancyStageName(trimester: Trimester, days: number): string {
  if (days >= TERM_DAYS) return '已足月';
  return trimester === 1 ? '孕早期' : trimester === 2 ? '孕中期' : '孕晚期';
}

/** The baby's age in days on `today` (0 on the birth day), or null when a date is invalid or the birth is after today. */
export function childAgeDays(birthDate: IsoDate, today: IsoDate): number | null {
  const age = dayNumber(today) - dayNumber(birthDate);
  return Number.isNaN(age) || age < 0 ? null : age;
}
