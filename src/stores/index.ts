// The app's one store: typed slices, persisted through Taro's synchronous storage with a version
// and a migration path. A stored value that cannot be read resets the app to onboarding and
// says why once (`resetReason`), never a white screen. Nothing is written before her consent.
import { create } from 'zustand';
import { createJSONStorage, persist, type PersistStorage } from 'zustand/middleware';
import { EMPTY_PERSISTED, STORE_VERSION, migrate, validateCurrent, type PersistedState } from './migrations';
import { STORAGE_KEY, flagReset, takeResetCause, taroStateStorage, type ResetCause } from './storage';
import { createDraftsSlice } from './slices/drafts';
import { createProfileSlice } from './slices/profile';
import { createRecordsSlice } from './slices/records';
import { createSessionSlice } from './slices/session';
import { createSettingsSlice } from './slices/settings';
import type { AppState } from './slices/types';

export { STORE_VERSION, STORAGE_KEY };
export type { AppState, PersistedState };
export type { Profile, ProfileInput, LifeStage, Consent } from './slices/profile';
export type { CheckRecord } from './slices/records';
export { quotaClaims, doneCheckNumbers, claimIdOfCheck } from './slices/records';
export type { AllowanceDraft, EstimateDraft, EligibilityDraft, NewbornDraft, DraftKind } from './slices/drafts';
export { validToken } from './slices/session';
export {
  eddOf,
  awaitingRegistration,
  quotaRequestOf,
  estimateDeliveryDate,
  estimateFactsOf,
  estimateRequestOf,
  monthBeforeFirstDay,
  packagesQueryOf,
  pregnancyEndOf,
  afterBirthRequestOf,
  lossWeeksOf,
  parseWeeks,
  allowanceRequestOf,
  allowanceRequestFor,
  subsidyRequestOf,
} from './requests';
export type { AllowanceEvent } from './requests';

export const RESET_MESSAGES: Record<ResetCause, string> = {
  corrupt: '本地数据已损坏，已重置，请重新填写。',
  'unknown-version': '本地数据来自更新版本的孕保通，当前版本无法读取，已重置，请重新填写。',
};

const PERSISTED_KEYS = Object.keys(EMPTY_PERSISTED) as (keyof PersistedState)[];

/** What goes to storage: data only, never actions or runtime flags. */
export function persistedPart(state: AppState): PersistedState {
  const out = {} as Record<string, unknown>;
  for (const key of PERSISTED_KEYS) out[key] = state[key];
  return out as unknown as PersistedState;
}

const jsonStorage = createJSONStorage<PersistedState>(() => taroStateStorage)!;

/**
 * The device keeps only what she consented to: a state without her profile (and its consent) is
 * never written, so a family member's 替家人查询 before any consent leaves nothing on the phone.
 * Deleting everything removes the stored value (resetAll).
 */
export const consentedStorage: PersistStorage<PersistedState> = {
  getItem: (name) => jsonStorage.getItem(name),
  setItem: (name, value) => (value.state.profile?.consent ? jsonStorage.setItem(name, value) : undefined),
  removeItem: (name) => jsonStorage.removeItem(name),
};

/** Marks a migration that failed, for merge to turn into a reset. */
interface ResetMarker {
  __reset: ResetCause;
}
const isResetMarker = (v: unknown): v is ResetMarker => typeof v === 'object' && v !== null && '__reset' in v;

export const useAppStore = create<AppState>()(
  persist(
    (set, get) => ({
      ...createProfileSlice(set, get),
      ...createRecordsSlice(set, get),
      ...createDraftsSlice(set, get),
      ...createSessionSlice(set, get),
      ...createSettingsSlice(set, get),
      resetReason: null,
      dismissResetReason: () => set({ resetReason: null }),
      offline: false,
      setOffline: (offline) => {
        if (get().offline !== offline) set({ offline });
      },
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage: consentedStorage,
      partialize: persistedPart,
      // Called only for older (or newer) versions: never throws, a failure is marked for merge.
      migrate: (persisted, version) => {
        const outcome = migrate(persisted, version);
        return (outcome.ok ? outcome.state : { __reset: outcome.cause }) as unknown as AppState;
      },
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) {
          const cause = takeResetCause();
          return { ...current, ...EMPTY_PERSISTED, resetReason: cause ? RESET_MESSAGES[cause] : null };
        }
        if (isResetMarker(persisted)) {
          taroStateStorage.removeItem(STORAGE_KEY);
          return { ...current, ...EMPTY_PERSISTED, resetReason: RESET_MESSAGES[persisted.__reset] };
        }
        try {
          return { ...current, ...validateCurrent(persisted), resetReason: null };
        } catch {
          taroStateStorage.removeItem(STORAGE_KEY);
          return { ...current, ...EMPTY_PERSISTED, resetReason: RESET_MESSAGES.corrupt };
        }
      },
      onRehydrateStorage: () => (_state, error) => {
        // Only an unexpected throw lands here (the adapter screens unreadable values first).
        if (error) {
          taroStateStorage.removeItem(STORAGE_KEY);
          // During a cold start this runs inside create(): apply once the store exists.
          void Promise.resolve().then(() => useAppStore.setState({ ...EMPTY_PERSISTED, resetReason: RESET_MESSAGES.corrupt }));
        }
      },
    },
  ),
);

/** Delete everything on the device and start over at onboarding (optionally saying why). */
export function resetAll(reason: string | null = null): void {
  useAppStore.persist.clearStorage();
  useAppStore.setState({ ...EMPTY_PERSISTED, resetReason: reason, offline: false });
}

/**
 * Tests and the privacy page: read storage again as on a cold start (e.g. after a test wrote a
 * corrupt value), with the same reset behaviour.
 */
export async function reloadFromStorage(): Promise<void> {
  await useAppStore.persist.rehydrate();
}

/** Test helper for the reset paths without touching storage. */
export const __testing = { flagReset };
