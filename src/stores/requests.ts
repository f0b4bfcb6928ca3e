// Engine/API requests built from what the store holds (profile, records, drafts).
import {
  addDays,
  datePregnancy,
  daysBetween,
  deliveryEstimateMissing,
  hasServicePackages,
  MAX_CHILD_AGE_DAYS,
  MAX_PREGNANCY_WEEKS,
  needsRegistration,
  zeroCopayScheme,
  type DeliveryEstimateFacts,
  type DeliveryEstimateRequest,
  type IsoDate,
  type PrenatalQuotaRequest,
  type ServicePackagesQuery,
} from '@/domain';
import { parseYuan } from '@/utils/format';
import type { EstimateDraft } from './slices/drafts';
import type { Profile } from './slices/profile';
import { quotaClaims, type RecordsSlice } from './slices/records';

/** The EDD of her dating, or null (no dating, or it does not date). */
export function eddOf(profile: Profile, today: IsoDate): IsoDate | null {
  if (!profile.dating) return null;
  const r = datePregnancy(profile.dating, today);
  return r.ok ? r.value.edd : null;
}

/** Her quota counts from a 备案 date she has not given yet (Jilin employees): no quota request can be made. */
export const awaitingRegistration = (p: Profile): boolean => needsRegistration(p.region, p.insurance) && !p.registeredOn;

/** The /prenatal-quota request of her records, or null while she awaits registration. */
export function quotaRequestOf(profile: Profile, records: Pick<RecordsSlice, 'checksDone'>): PrenatalQuotaRequest | null {
  if (awaitingRegistration(profile)) return null;
  const deliveredOn = profile.stage === 'postpartum' ? profile.birthDate : profile.stage === 'ended' ? profile.endedOn : undefined;
  const req: PrenatalQuotaRequest = { region: profile.region, insurance: profile.insurance, claims: quotaClaims(records) };
  if (profile.registeredOn) req.registeredOn = profile.registeredOn;
  if (deliveredOn) req.deliveredOn = deliveredOn;
  return req;
}

/** 'YYYY-MM' → the first day of the month before (rules §4: the app sends it as joinedOn/leftOn). */
export function monthBeforeFirstDay(month: string): IsoDate | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return null;
  const first = `${m[1]}-${m[2]}-01`;
  return `${addDays(first, -1).slice(0, 7)}-01`;
}

/** The delivery date the estimate uses: the one she picked, else her baby's birth date or her EDD. */
export function estimateDeliveryDate(profile: Profile, draft: EstimateDraft | null, today: IsoDate): IsoDate | null {
  return draft?.deliveryDate || (profile.stage === 'postpartum' ? (profile.birthDate ?? null) : eddOf(profile, today));
}

/** What her estimate draft tells the engine so far (each answer null until given). */
export function estimateFactsOf(profile: Profile, draft: EstimateDraft | null, today: IsoDate): DeliveryEstimateFacts {
  const d = draft ?? {};
  const left = d.zeroCopayLeft ?? Boolean(d.zeroCopayUntil);
  return {
    region: profile.region,
    insurance: profile.insurance,
    deliveryDate: estimateDeliveryDate(profile, draft, today),
    designated: typeof d.designated === 'boolean' ? d.designated : null,
    obstetrics: typeof d.obstetrics === 'boolean' ? d.obstetrics : null,
    inRegion: d.inRegion ?? true,
    inScheme: d.inHengyangScheme === undefined ? null : d.inHengyangScheme === null ? 'unsure' : d.inHengyangScheme,
    schemeFrom: d.zeroCopayFrom || null,
    schemeLeft: left,
    schemeUntil: left ? d.zeroCopayUntil || null : null,
  };
}

/**
 * The /delivery-estimate request of her estimate draft, or null while the engine still misses an
 * answer (deliveryEstimateMissing) or an amount does not read as yuan.
 */
export function estimateRequestOf(profile: Profile, draft: EstimateDraft | null, today: IsoDate): DeliveryEstimateRequest | null {
  if (!draft) return null;
  const facts = estimateFactsOf(profile, draft, today);
  if (deliveryEstimateMissing(facts).length > 0 || facts.designated === null || facts.obstetrics === null || facts.deliveryDate === null) return null;
  const amount = (text: string | undefined): number | null => (text === undefined || text.trim() === '' ? 0 : parseYuan(text));
  const costs = {
    inScope: amount(draft.inScope),
    outOfScope: amount(draft.outOfScope),
    specialNeeds: amount(draft.specialNeeds),
    complications: amount(draft.complications),
  };
  if (Object.values(costs).some((v) => v === null)) return null;
  const req: DeliveryEstimateRequest = {
    region: profile.region,
    insurance: profile.insurance,
    deliveryDate: facts.deliveryDate,
    hospital: { designated: facts.designated, obstetrics: facts.obstetrics, inRegion: facts.inRegion },
    costs: costs as DeliveryEstimateRequest['costs'],
  };
  if (draft.level) req.hospital.level = draft.level;
  if (zeroCopayScheme(profile.region) && facts.inScheme === true && facts.schemeFrom) {
    const joinedOn = monthBeforeFirstDay(facts.schemeFrom);
    if (joinedOn) {
      const leftOn = facts.schemeUntil ? monthBeforeFirstDay(facts.schemeUntil) : null;
      req.hospital.zeroCopay = leftOn ? { joinedOn, leftOn } : { joinedOn };
    }
  }
  const deductible = draft.deductible?.trim() ? parseYuan(draft.deductible) : null;
  const ratio = draft.ratioPct?.trim() ? Number(draft.ratioPct) : null;
  if (deductible !== null && ratio !== null && Number.isInteger(ratio) && ratio >= 0 && ratio <= 100) {
    req.ordinary = { deductible, ratioPct: ratio };
  }
  return req;
}

const clamp = (n: number, max: number): number => Math.min(max, Math.max(0, n));

/** The /service-packages query of her stage today (rules §6): which package is hers; none where the packages do not apply. */
export function packagesQueryOf(profile: Profile, today: IsoDate): ServicePackagesQuery {
  if (!hasServicePackages(profile.region)) return {};
  switch (profile.stage) {
    case 'planning':
      return { stage: 'planning' };
    case 'pregnant': {
      if (!profile.dating) return {};
      const d = datePregnancy(profile.dating, today);
      return d.ok ? { stage: 'pregnant', weeks: clamp(d.value.gestation.weeks, MAX_PREGNANCY_WEEKS) } : {};
    }
    case 'postpartum':
      return profile.birthDate ? { stage: 'postpartum', childAgeDays: clamp(daysBetween(profile.birthDate, today), MAX_CHILD_AGE_DAYS) } : {};
    case 'ended':
      return profile.endedOn ? { stage: 'ended', daysSince: clamp(daysBetween(profile.endedOn, today), MAX_CHILD_AGE_DAYS) } : {};
    default:
      return {};
  }
}
