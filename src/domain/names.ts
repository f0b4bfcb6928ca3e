// Chinese names and one-line explanations of the engine's codes, and small stage helpers.
import { dayNumber } from './dates';
import {
  type AfterBirthTaskStatus,
  type AllowancePayee,
  type BenefitId,
  type ClaimReason,
  type DeliveryRule,
  type Insurance,
  type IsoDate,
  type LeaveLineId,
  type LifeStage,
  type ServiceTier,
  type Trimester,
} from './types';

export interface InsuranceKind {
  name: string;
  explanation: string;
}

export const INSURANCE_KINDS: Readonly<Record<Insurance, InsuranceKind>> = {
  employee: { name: '职工医保', explanation: '单位为您缴纳职工基本医疗保险和生育保险。' },
  flexible: { name: '灵活就业人员职工医保', explanation: '以灵活就业人员身份自己缴纳职工基本医疗保险。' },
  resident: { name: '城乡居民医保', explanation: '按年缴费的城乡居民基本医疗保险，不含生育保险。' },
  none: { name: '未参保', explanation: '目前没有参加基本医疗保险。' },
};

export const insuranceName = (kind: Insurance): string => INSURANCE_KINDS[kind].name;
export const insuranceExplanation = (kind: Insurance): string => INSURANCE_KINDS[kind].explanation;

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

export const DELIVERY_RULE_NAMES: Readonly<Record<DeliveryRule, string>> = {
  HY_ZERO_COPAY: '衡阳分娩基本医疗费用零自付',
  WZ_FULL_GUARANTEE: '温州职工生育全额保障（征求意见稿）',
  JL_MATERNITY_FULL: '吉林生育保险住院分娩全额支付',
  ORDINARY_INPATIENT: '按普通住院待遇报销',
  NON_DESIGNATED: '非定点医疗机构',
  NOT_INSURED: '未参保',
};

export const CLAIM_REASON_TEXT: Readonly<Record<ClaimReason, string>> = {
  NOT_IN_LIST: '不在产前检查目录内',
  PUBLIC_HEALTH: '应由公共卫生服务支付',
  OUTSIDE_CYCLE: '不在限额周期内',
  CAP_REACHED: '限额已用完',
  NO_PRENATAL_QUOTA: '没有产前检查定额',
};

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
  if (days >= 259) return '已足月';
  return trimester === 1 ? '孕早期' : trimester === 2 ? '孕中期' : '孕晚期';
}

/** The baby's age in days on `today` (0 on the birth day), or null when a date is invalid or the birth is after today. */
export function childAgeDays(birthDate: IsoDate, today: IsoDate): number | null {
  const age = dayNumber(today) - dayNumber(birthDate);
  return Number.isNaN(age) || age < 0 ? null : age;
}

/** Whole weeks of gestation from days (孕{w}周). */
export const gestationWeeks = (days: number): number => Math.floor(days / 7);
