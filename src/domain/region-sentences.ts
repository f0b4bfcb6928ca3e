// What a region says on the subpackage pages: a check's and the delivery's fund notes, another
// region's programme, how to find her own deductible and ratio, why a claim was not counted in
// full, and the newborn form's waiver question and sentence. Apart from region-facts.ts because
// only subpackage pages ask (see index.ts), so they reach the engine through core.
import {
  CLAIM_REASON_TEXT,
  quotaUnknown,
  REGION_POLICIES,
  resolveRegion,
  type BenefitId,
  type ClaimReason,
  type FundScopeNote,
  type Insurance,
  type RegionPolicy,
} from './core';

/** What her province's fund pays on check `no` (Hunan: 胎儿四维彩超 on check 3), or null. */
export function checkFundNote(code: string, no: number): FundScopeNote | null {
  return resolveRegion(code)?.checks.fundNotes[no] ?? null;
}

/** What the delivery estimate's hints add for an insured member there (Hunan: 无痛分娩, 宫颈环扎术), or null. */
export function deliveryFundNote(code: string, insurance: Insurance): FundScopeNote | null {
  if (insurance === 'none') return null;
  return resolveRegion(code)?.checks.deliveryFundNote ?? null;
}

/** Whether a benefit is another region's programme for her (Hengyang's zero copay in Jilin): 不适用于您的地区, not 不能享受. */
export function benefitIsElsewhere(code: string, insurance: Insurance, id: BenefitId): boolean {
  if (id === 'prenatal-quota') return false;
  return resolveRegion(code)?.benefits[id][insurance].elsewhere === true;
}

const ORDINARY_HELP = '这部分费用按您所参加医保的普通住院规则报销。本应用所依据的文件没有给出起付线和报销比例，请看当地医保政策，或问医院医保办。';

/** How she finds her own deductible and ratio when her delivery is priced as an ordinary stay. */
export function ordinaryRulesHelp(code: string, insurance: Insurance): string {
  return resolveRegion(code)?.delivery.ordinaryHelp[insurance] ?? ORDINARY_HELP;
}

/** Why a claim was not (or was) counted in full, in her words; 限额未知 where no quota is known for her. */
export function claimReasonText(reason: ClaimReason | null, code: string, insurance: Insurance): string {
  if (reason === null) return '已全部计入定额';
  if (reason === 'NO_PRENATAL_QUOTA' && quotaUnknown(code, insurance)) return '限额未知：文件未规定，请向参保地医保部门确认';
  return CLAIM_REASON_TEXT[reason] ?? String(reason);
}

type Waiver = NonNullable<RegionPolicy['newborn']['premiumWaiver']>;
const waivedBabies = (w: Waiver) => `${w.place} ${w.years.join('、')} 年出生、父母一方在${w.place}参加基本医保的宝宝`;

export interface WaiverQuestion {
  /** The switch: whether a parent is insured where the waiver asks (or simply in her region). */
  label: string;
  hint: string | null;
}

/** What the newborn form asks about the guardian's insurance there, and why it matters. */
export function premiumWaiverQuestion(code: string): WaiverQuestion {
  const w = resolveRegion(code)?.newborn.premiumWaiver;
  if (!w) return { label: '父母一方在参保地参加了基本医疗保险', hint: null };
  return { label: `父母一方在${w.place}参加了基本医疗保险`, hint: `${w.place} ${w.years.join('、')} 年出生的宝宝，出生当年的居民医保缴费可以减免` };
}

/** One sentence on the birth-year premium waiver of an enrollment: why it applies, or whom it applies to. */
export function premiumWaiverText(code: string, waived: boolean): string {
  const own = resolveRegion(code)?.newborn.premiumWaiver;
  if (waived && own) return `${waivedBabies(own)}，出生当年的居民医保个人缴费可以减免。`;
  const all = [...new Set(REGION_POLICIES.flatMap((r) => (r.newborn.premiumWaiver ? [waivedBabies(r.newborn.premiumWaiver)] : [])))];
  return all.length > 0 ? `出生当年缴费减免目前只适用于${all.join('，或')}。` : '出生当年缴费减免目前没有适用的地区。';
}
