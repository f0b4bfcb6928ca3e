// Chinese names of the codes the app stores.
import type { Insurance, RegionCode } from '@/domain';

export const REGION_CHOICES: readonly { value: RegionCode; label: string; hint: string }[] = [
  { value: '430400', label: '衡阳市', hint: '湖南省衡阳市，含所辖县市区' },
  { value: '430000', label: '湖南省其他地区', hint: '衡阳市以外的湖南省各市州' },
  { value: '330300', label: '温州市', hint: '浙江省温州市，含所辖县市区' },
  { value: '220200', label: '吉林市', hint: '吉林省吉林市，含所辖县市区' },
  { value: '220000', label: '吉林省其他地区', hint: '吉林市以外的吉林省各市州，如长春市' },
];

export const INSURANCE_CHOICES: readonly { value: Insurance; label: string; hint: string }[] = [
  { value: 'employee', label: '职工医保', hint: '单位为您缴纳职工医保和生育保险' },
  { value: 'flexible', label: '灵活就业人员职工医保', hint: '以灵活就业身份自己缴纳职工医保' },
  { value: 'resident', label: '城乡居民医保', hint: '按年缴费的居民医保，不含生育保险' },
  { value: 'none', label: '暂未参保', hint: '目前没有参加基本医疗保险' },
];

export const regionName = (code: string): string => REGION_CHOICES.find((r) => r.value === code)?.label ?? code;
export const insuranceName = (kind: string): string => INSURANCE_CHOICES.find((r) => r.value === kind)?.label ?? kind;

export const TRIMESTER_NAMES: Record<number, string> = { 1: '孕早期', 2: '孕中期', 3: '孕晚期' };

/** Days of gestation from which a pregnancy is full term (rules §2: band `term` from 259). */
export const TERM_DAYS = 259;

/** 孕早期/孕中期/孕晚期, or 已足月 from 37+0 weeks: never a word for a birth (早产) about her. */
export function stageOfPregnancy(trimester: number, days: number): string {
  if (days >= TERM_DAYS) return '已足月';
  return TRIMESTER_NAMES[trimester] ?? '';
}
