// What a region has, what it needs from her and what it calls things: the questions pages and
// stores ask about a region (and an insurance kind), answered from its policy data. Codes resolve
// as everywhere (430421 is Hengyang); an unknown code has nothing and needs nothing.
import { CLAIM_REASON_TEXT } from './names';
import { REGION_POLICIES, type DraftBanner, type FundScopeNote, type RegionPolicy } from './policy';
import { resolveRegion } from './regions';
import { type BenefitId, type ClaimReason, type Insurance, type IsoDate, type RegionCode } from './types';

export interface RegionChoice {
  value: RegionCode;
  label: string;
  hint: string;
}

/** The regions she can choose, in the order of GET /regions, as the app names them. */
export function regionChoices(): RegionChoice[] {
  return REGION_POLICIES.map((r) => ({ value: r.code, label: r.label, hint: r.hint }));
}

/** Whether a value is the code of an entry (what the app stores), not merely a code that resolves to one. */
export const isRegionCode = (value: unknown): value is RegionCode => REGION_POLICIES.some((r) => r.code === value);

/** What the app calls her region: 湖南省其他地区 for 430000, 衡阳市 for 430421; the code itself when unknown. */
export function regionLabel(code: string): string {
  return resolveRegion(code)?.label ?? code;
}

/** The banner over answers that rest on a draft (Wenzhou), or null. */
export function regionDraft(code: string): DraftBanner | null {
  return resolveRegion(code)?.draftBanner ?? null;
}

/** Whether Hunan's service packages apply there (a current package is hers). */
export function hasServicePackages(code: string): boolean {
  return resolveRegion(code)?.servicePackages ?? false;
}

export interface ZeroCopayScheme {
  /** As the app asks whether her hospital is in it: 衡阳「分娩基本医疗费用零自付」. */
  name: string;
  /** The scheme's delivery dates, inclusive (a hospital joins and leaves from the 1st of a month). */
  from: IsoDate;
  to: IsoDate;
}

/** The hospital scheme a delivery estimate there asks about (Hengyang's zero copay), or null. */
export function zeroCopayScheme(code: string): ZeroCopayScheme | null {
  const rule = resolveRegion(code)?.delivery.rules.find((r) => r.hospital.zeroCopayScheme);
  if (!rule?.schemeName || !rule.from || !rule.to) return null;
  return { name: rule.schemeName, from: rule.from, to: rule.to };
}

/**
 * Whether the twelve checks' items (the Wenzhou draft's list) are her region's reimbursable scope.
 * Elsewhere the checks are a schedule and the items are folded away as another city's reference
 * (rules.md §1): never called hers. An unknown code: not hers.
 */
export function checkItemsAreLocalScope(code: string): boolean {
  return resolveRegion(code)?.checks.itemsAreLocalScope ?? false;
}

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

const quotaRule = (code: string, insurance: Insurance) => resolveRegion(code)?.prenatalQuota[insurance] ?? null;

/** Whether her quota counts from a 生育保险备案 date the app must ask for (Jilin employees). */
export function needsRegistration(code: string, insurance: Insurance): boolean {
  return quotaRule(code, insurance)?.cycle === 'registration';
}

/** Why the app asks for that date (one clause, no full stop), or null where it does not. */
export function registrationReason(code: string, insurance: Insurance): string | null {
  const rule = quotaRule(code, insurance);
  return rule?.cycle === 'registration' ? (rule.registrationReason ?? null) : null;
}

/** Whether no quota is known for her from these documents (限额未知, never 没有定额: Hunan employees). */
export function quotaUnknown(code: string, insurance: Insurance): boolean {
  return quotaRule(code, insurance)?.unknown === true;
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
