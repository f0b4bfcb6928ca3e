// What a region has, what it needs from her and what it calls things: the questions pages and
// stores ask about a region (and an insurance kind), answered from its policy data. Codes resolve
// as everywhere (430421 is Hengyang); an unknown code has nothing and needs nothing. What only
// subpackage pages ask is region-sentences.ts.
import { REGION_POLICIES, type DraftBanner } from './policy';
import { resolveRegion } from './regions';
import { type Insurance, type IsoDate, type RegionCode } from './types';

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

/** Whether the maternity allowance there turns on her employer being fully funded by the budget (Jilin employees), so the app asks. */
export function fullyFundedMatters(code: string, insurance: Insurance): boolean {
  return Boolean(resolveRegion(code)?.benefits['maternity-allowance'][insurance].whenFullyFunded);
}

/** Whether no quota is known for her from these documents (限额未知, never 没有定额: Hunan employees). */
export function quotaUnknown(code: string, insurance: Insurance): boolean {
  return quotaRule(code, insurance)?.unknown === true;
}

