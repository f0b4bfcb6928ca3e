// Who she is for the rules: region, insurance, stage and dating, and the consent she gave.
import { needsRegistration, type DatingInput, type Insurance, type IsoDate, type RegionCode } from '@/domain';
import type { SliceCreator } from './types';

/** `ended`: a pregnancy that ended without a live birth (rules §6). */
export type LifeStage = 'planning' | 'pregnant' | 'postpartum' | 'ended';

export interface Consent {
  /** Explicit consent to keep her health data (dating, checks, amounts) on this device. */
  healthDataOnDevice: true;
  /** ISO 8601 timestamp of the tap. */
  at: string;
}

export interface Profile {
  region: RegionCode;
  insurance: Insurance;
  stage: LifeStage;
  /** How the pregnancy is dated; kept after a birth or an ended pregnancy. */
  dating?: DatingInput;
  /** The baby's birth date (stage postpartum). */
  birthDate?: IsoDate;
  /** The day the pregnancy ended without a birth (stage ended). */
  endedOn?: IsoDate;
  /** Jilin employees: the 生育保险备案 date, or null = not registered yet. Absent elsewhere. */
  registeredOn?: IsoDate | null;
  consent: Consent;
}

export type ProfileInput = Omit<Profile, 'consent'>;

export interface ProfileSlice {
  profile: Profile | null;
  /** First run done: the profile with the consent she just gave. */
  completeOnboarding: (input: ProfileInput, consentAt: string) => void;
  /** Edits from 我的 (region, insurance, dating, …); the consent is kept. */
  updateProfile: (patch: Partial<ProfileInput>) => void;
  /** The baby is born: the app moves to postpartum and closes the checks. */
  recordBirth: (date: IsoDate) => void;
  /** The pregnancy ended without a birth: the checks close gently. */
  recordEnded: (date: IsoDate) => void;
  /** The birth or the end was recorded by mistake: back to pregnant, with the dating kept. */
  undoOutcome: () => void;
}

/** Drop fields that do not belong to the stage/region, so the stored profile stays coherent. */
export function normaliseProfile(p: Profile): Profile {
  const out: Profile = { region: p.region, insurance: p.insurance, stage: p.stage, consent: p.consent };
  if (p.dating && p.stage !== 'planning') out.dating = p.dating;
  if (p.stage === 'postpartum' && p.birthDate) out.birthDate = p.birthDate;
  if (p.stage === 'ended' && p.endedOn) out.endedOn = p.endedOn;
  if (needsRegistration(p.region, p.insurance)) out.registeredOn = p.registeredOn ?? null;
  return out;
}

export const createProfileSlice: SliceCreator<ProfileSlice> = (set) => ({
  profile: null,
  completeOnboarding: (input, consentAt) =>
    set({ profile: normaliseProfile({ ...input, consent: { healthDataOnDevice: true, at: consentAt } }), resetReason: null }),
  updateProfile: (patch) =>
    set((s) => (s.profile ? { profile: normaliseProfile({ ...s.profile, ...patch, consent: s.profile.consent }) } : {})),
  recordBirth: (date) =>
    set((s) => (s.profile ? { profile: normaliseProfile({ ...s.profile, stage: 'postpartum', birthDate: date }) } : {})),
  recordEnded: (date) =>
    set((s) => (s.profile ? { profile: normaliseProfile({ ...s.profile, stage: 'ended', endedOn: date }) } : {})),
  undoOutcome: () => set((s) => (s.profile ? { profile: normaliseProfile({ ...s.profile, stage: 'pregnant' }) } : {})),
});
