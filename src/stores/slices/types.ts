// The store's shape, slice by slice, and the `set`/`get` every slice is written against.
import type { ProfileSlice } from './profile';
import type { RecordsSlice } from './records';
import type { DraftsSlice } from './drafts';
import type { SessionSlice } from './session';
import type { SettingsSlice } from './settings';

/** Not persisted: why the stored data was discarded (shown once), and whether the API answered lately. */
export interface RuntimeSlice {
  resetReason: string | null;
  dismissResetReason: () => void;
  /** The last API call failed to reach the server (compute fell back to the engine). */
  offline: boolean;
  setOffline: (offline: boolean) => void;
}

export type AppState = ProfileSlice & RecordsSlice & DraftsSlice & SessionSlice & SettingsSlice & RuntimeSlice;

export type StoreSet = (partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;
export type StoreGet = () => AppState;
export type SliceCreator<T> = (set: StoreSet, get: StoreGet) => T;
