// The persisted state's versions and how each older one becomes the current one.
//   v1: profile {region, insurance, stage planning|pregnant|postpartum, lmp?, cycleDays?, birthDate?, consentAt}
//       and a top-level largeText.
//   v2: profile.dating as a DatingInput (lmp / edd / ivf) and profile.consent {healthDataOnDevice, at};
//       checksDone with amountYuan (a float); token/expiresAt.
//   v3: amounts in integer fen; registeredOn (Jilin employees), endedOn and stage `ended`;
//       the three form drafts; deviceId (the `dev:` login name), hasServerAccount and the enrollments cache.
//   v4 (current): deviceSecret (the `device:` login); deviceId kept as legacyDevName until its
//       records have moved to the device account.
// Anything that does not read as its version says (or a version newer than this build) is not
// guessed at: the store resets to onboarding and says why.
import { INSURANCES, isCycleDays, isIsoDate, isRegionCode, needsRegistration, type Insurance } from '@/domain';
import type { CheckRecord } from './slices/records';
import type { Consent, Profile } from './slices/profile';
import type { EligibilityDraft, EstimateDraft, NewbornDraft } from './slices/drafts';
import type { EnrollmentAnswer } from '@/api/contract';

export const STORE_VERSION = 4;

export interface PersistedState {
  profile: Profile | null;
  checksDone: Record<string, CheckRecord>;
  estimateDraft: EstimateDraft | null;
  eligibilityDraft: EligibilityDraft | null;
  newbornDraft: NewbornDraft | null;
  token: string | null;
  expiresAt: string | null;
  deviceSecret: string | null;
  legacyDevName: string | null;
  hasServerAccount: boolean;
  enrollments: EnrollmentAnswer[];
  largeText: boolean;
}

export const EMPTY_PERSISTED: PersistedState = {
  profile: null,
  checksDone: {},
  estimateDraft: null,
  eligibilityDraft: null,
  newbornDraft: null,
  token: null,
  expiresAt: null,
  deviceSecret: null,
  legacyDevName: null,
  hasServerAccount: false,
  enrollments: [],
  largeText: false,
};

export type MigrationOutcome = { ok: true; state: PersistedState } | { ok: false; cause: 'corrupt' | 'unknown-version' };

class Unreadable extends Error {}

type Bag = Record<string, unknown>;

// 32 bytes in base64url (43 characters, the last without spare bits).
const DEVICE_SECRET = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;
const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
function bag(v: unknown): Bag {
  if (!isBag(v)) throw new Unreadable();
  return v;
}
function need(ok: boolean): void {
  if (!ok) throw new Unreadable();
}
const optDate = (v: unknown) => v === undefined || isIsoDate(v);
const optString = (v: unknown) => v === undefined || v === null || typeof v === 'string';
const intIn = (v: unknown, lo: number, hi: number) => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

function checkDating(v: unknown): void {
  const d = bag(v);
  need(isIsoDate(d.date));
  if (d.method === 'lmp') need(d.cycleDays === undefined || d.cycleDays === null || isCycleDays(d.cycleDays));
  else if (d.method === 'ivf') need(d.embryoDay === 3 || d.embryoDay === 5 || d.embryoDay === 6);
  else need(d.method === 'edd');
}

function checkConsent(v: unknown): Consent {
  const c = bag(v);
  need(c.healthDataOnDevice === true && typeof c.at === 'string' && !Number.isNaN(Date.parse(c.at)));
  return { healthDataOnDevice: true, at: c.at as string };
}

function checkProfile(v: unknown): Profile | null {
  if (v === null || v === undefined) return null;
  const p = bag(v);
  need(isRegionCode(p.region) && INSURANCES.includes(p.insurance as Insurance));
  need(['planning', 'pregnant', 'postpartum', 'ended'].includes(p.stage as string));
  if (p.dating !== undefined) checkDating(p.dating);
  need(p.stage !== 'pregnant' || p.dating !== undefined);
  need(optDate(p.birthDate) && optDate(p.endedOn));
  need(p.stage !== 'postpartum' || isIsoDate(p.birthDate));
  need(p.stage !== 'ended' || isIsoDate(p.endedOn));
  need(p.registeredOn === undefined || p.registeredOn === null || isIsoDate(p.registeredOn));
  checkConsent(p.consent);
  return p as unknown as Profile;
}

function checkRecords(v: unknown, amountKey: 'amount' | 'amountYuan'): Bag {
  const r = bag(v);
  for (const [no, rec] of Object.entries(r)) {
    need(intIn(Number(no), 1, 12));
    const c = bag(rec);
    need(isIsoDate(c.date) && typeof c.inList === 'boolean' && typeof c.publicHealth === 'boolean');
    const amount = c[amountKey];
    need(typeof amount === 'number' && Number.isFinite(amount) && amount >= 0);
    if (amountKey === 'amount') need(Number.isInteger(amount));
  }
  return r;
}

function checkDraft(v: unknown): Bag | null {
  if (v === null || v === undefined) return null;
  const d = bag(v);
  for (const value of Object.values(d)) need(value === null || ['string', 'number', 'boolean'].includes(typeof value));
  return d;
}

/** The current version's shape, checked field by field. */
export function validateCurrent(v: unknown): PersistedState {
  const s = bag(v);
  const profile = checkProfile(s.profile);
  const checksDone = checkRecords(s.checksDone ?? {}, 'amount') as Record<string, CheckRecord>;
  need(optString(s.token) && optString(s.expiresAt) && optString(s.legacyDevName));
  need(s.deviceSecret === undefined || s.deviceSecret === null || (typeof s.deviceSecret === 'string' && DEVICE_SECRET.test(s.deviceSecret)));
  need(s.hasServerAccount === undefined || typeof s.hasServerAccount === 'boolean');
  need(s.largeText === undefined || typeof s.largeText === 'boolean');
  const enrollments = s.enrollments ?? [];
  need(Array.isArray(enrollments));
  for (const e of enrollments as unknown[]) need(isBag(e) && typeof e.id === 'string');
  return {
    profile,
    checksDone,
    estimateDraft: checkDraft(s.estimateDraft) as EstimateDraft | null,
    eligibilityDraft: checkDraft(s.eligibilityDraft) as EligibilityDraft | null,
    newbornDraft: checkDraft(s.newbornDraft) as NewbornDraft | null,
    token: (s.token as string | null | undefined) ?? null,
    expiresAt: (s.expiresAt as string | null | undefined) ?? null,
    deviceSecret: (s.deviceSecret as string | null | undefined) ?? null,
    legacyDevName: (s.legacyDevName as string | null | undefined) ?? null,
    hasServerAccount: (s.hasServerAccount as boolean | undefined) ?? false,
    enrollments: enrollments as EnrollmentAnswer[],
    largeText: (s.largeText as boolean | undefined) ?? false,
  };
}

/** v1 → v2: flat LMP fields become a DatingInput; consentAt becomes the consent object. */
function v1ToV2(v: unknown): Bag {
  const s = bag(v);
  need(s.largeText === undefined || typeof s.largeText === 'boolean');
  let profile: Bag | null = null;
  if (s.profile !== null && s.profile !== undefined) {
    const p = bag(s.profile);
    need(['planning', 'pregnant', 'postpartum'].includes(p.stage as string));
    need(typeof p.consentAt === 'string');
    need(p.lmp === undefined || isIsoDate(p.lmp));
    need(p.cycleDays === undefined || isCycleDays(p.cycleDays));
    profile = {
      region: p.region,
      insurance: p.insurance,
      stage: p.stage,
      ...(p.lmp !== undefined ? { dating: { method: 'lmp', date: p.lmp, ...(p.cycleDays !== undefined ? { cycleDays: p.cycleDays } : {}) } } : {}),
      ...(p.birthDate !== undefined ? { birthDate: p.birthDate } : {}),
      consent: { healthDataOnDevice: true, at: p.consentAt },
    };
  }
  return { profile, checksDone: {}, settings: { largeText: s.largeText ?? false }, token: null, expiresAt: null };
}

/** v2 → v3: yuan floats become integer fen; settings flatten; the new fields start empty. */
function v2ToV3(v: unknown): Bag {
  const s = bag(v);
  const records = checkRecords(s.checksDone ?? {}, 'amountYuan');
  const checksDone: Bag = {};
  for (const [no, rec] of Object.entries(records)) {
    const { amountYuan, ...rest } = rec as Bag;
    checksDone[no] = { ...rest, amount: Math.round((amountYuan as number) * 100) };
  }
  const settings = s.settings === undefined ? {} : bag(s.settings);
  let profile = s.profile ?? null;
  if (profile !== null) {
    const p = bag(profile);
    need(['planning', 'pregnant', 'postpartum'].includes(p.stage as string));
    // The 备案 date was not asked for before v3 ("not yet" until she says).
    const registers = isRegionCode(p.region) && INSURANCES.includes(p.insurance as Insurance) && needsRegistration(p.region, p.insurance as Insurance);
    profile = { ...p, ...(registers ? { registeredOn: null } : {}) };
  }
  return {
    ...EMPTY_PERSISTED,
    profile,
    checksDone,
    token: s.token ?? null,
    expiresAt: s.expiresAt ?? null,
    hasServerAccount: typeof s.token === 'string',
    largeText: settings.largeText ?? false,
  };
}

/** v3 → v4: the dev login name is kept until its records have moved to the new device account. */
function v3ToV4(v: unknown): Bag {
  const { deviceId, ...rest } = bag(v);
  need(optString(deviceId));
  return { ...rest, deviceSecret: null, legacyDevName: deviceId ?? null };
}

const STEPS: Record<number, (v: unknown) => Bag> = { 1: v1ToV2, 2: v2ToV3, 3: v3ToV4 };

/** Bring a value stored by `version` to the current shape, or say why it cannot be read. */
export function migrate(persisted: unknown, version: number): MigrationOutcome {
  if (!Number.isInteger(version) || version < 1 || version > STORE_VERSION) return { ok: false, cause: 'unknown-version' };
  try {
    let value: unknown = persisted;
    for (let v = version; v < STORE_VERSION; v += 1) value = STEPS[v]!(value);
    return { ok: true, state: validateCurrent(value) };
  } catch (e) {
    if (e instanceof Unreadable) return { ok: false, cause: 'corrupt' };
    throw e;
  }
}

