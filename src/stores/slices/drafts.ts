// Form data kept across restarts and network failures; cleared only after a confirmed answer.
// Fields hold what she typed (strings for amounts and dates), so a half-filled form comes back as it was.
import type { Insurance, RegionCode } from '@/domain';
import type { SliceCreator } from './types';

export interface EstimateDraft {
  deliveryDate?: string;
  designated?: boolean | null;
  obstetrics?: boolean | null;
  inRegion?: boolean | null;
  level?: 1 | 2 | 3 | null;
  /** Hengyang: the hospital applies zero copay from this month ('YYYY-MM'), and stopped from this one. */
  zeroCopayFrom?: string;
  zeroCopayUntil?: string;
  /** She said the hospital left the scheme (the month may still be missing). */
  zeroCopayLeft?: boolean;
  /** Whether the hospital is in Hengyang's scheme: null is 不清楚, absent is not answered. */
  inHengyangScheme?: boolean | null;
  /** Amounts in yuan as typed. */
  inScope?: string;
  outOfScope?: string;
  specialNeeds?: string;
  complications?: string;
  deductible?: string;
  ratioPct?: string;
}

export interface EligibilityDraft {
  step?: number;
  region?: RegionCode | null;
  insurance?: Insurance | null;
  stage?: 'planning' | 'pregnant' | 'postpartum' | null;
  deliveryDate?: string;
  fullyFunded?: boolean | null;
}

export interface NewbornDraft {
  certificateNo?: string;
  babyName?: string;
  sex?: 'M' | 'F' | null;
  birthDate?: string;
  region?: RegionCode | null;
  guardianName?: string;
  guardianIdNo?: string;
  relation?: 'mother' | 'father' | 'guardian' | null;
  insuredInRegion?: boolean | null;
}

export type DraftKind = 'estimate' | 'eligibility' | 'newborn';

export interface DraftsSlice {
  estimateDraft: EstimateDraft | null;
  eligibilityDraft: EligibilityDraft | null;
  newbornDraft: NewbornDraft | null;
  /** Merge fields into a draft (creating it). */
  setEstimateDraft: (patch: EstimateDraft) => void;
  setEligibilityDraft: (patch: EligibilityDraft) => void;
  setNewbornDraft: (patch: NewbornDraft) => void;
  /** Only after the server confirmed (201/200), or when she starts over. */
  clearDraft: (kind: DraftKind) => void;
}

export const createDraftsSlice: SliceCreator<DraftsSlice> = (set) => ({
  estimateDraft: null,
  eligibilityDraft: null,
  newbornDraft: null,
  setEstimateDraft: (patch) => set((s) => ({ estimateDraft: { ...(s.estimateDraft ?? {}), ...patch } })),
  setEligibilityDraft: (patch) => set((s) => ({ eligibilityDraft: { ...(s.eligibilityDraft ?? {}), ...patch } })),
  setNewbornDraft: (patch) => set((s) => ({ newbornDraft: { ...(s.newbornDraft ?? {}), ...patch } })),
  clearDraft: (kind) => set({ [`${kind}Draft`]: null } as Partial<Pick<DraftsSlice, 'estimateDraft' | 'eligibilityDraft' | 'newbornDraft'>>),
});
