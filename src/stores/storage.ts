// zustand's StateStorage over Taro's synchronous storage (wx.getStorageSync / localStorage in H5):
// synchronous, so the saved state is there on the first render (docs/notes/taro.md, pitfall 11).
// It also notices a stored value it cannot read, so the store can reset and say why.
import Taro from '@tarojs/taro';
import type { StateStorage } from 'zustand/middleware';

export const STORAGE_KEY = 'yunbao-state';

export type ResetCause = 'corrupt' | 'unknown-version';

let pending: ResetCause | null = null;

/** Why the last read found an unusable value (and clears it): read once by the store's merge. */
export function takeResetCause(): ResetCause | null {
  const cause = pending;
  pending = null;
  return cause;
}

export function flagReset(cause: ResetCause): void {
  pending = cause;
}

/** H5 only: Taro answers '' for a localStorage item it cannot parse; tell that apart from "absent". */
function rawItemPresent(name: string): boolean {
  if (process.env.TARO_ENV !== 'h5') return false;
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(name) !== null;
  } catch {
    return false;
  }
}

function discard(name: string): null {
  flagReset('corrupt');
  try {
    Taro.removeStorageSync(name);
  } catch {
    // nothing more to do: the next write replaces it
  }
  return null;
}

export const taroStateStorage: StateStorage = {
  getItem(name) {
    let value: unknown;
    try {
      value = Taro.getStorageSync(name);
    } catch {
      return discard(name);
    }
    if (value === '' || value === undefined || value === null) {
      return rawItemPresent(name) ? discard(name) : null;
    }
    if (typeof value !== 'string') return discard(name);
    // A truncated or otherwise broken value: createJSONStorage would throw on it.
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return discard(name);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return discard(name);
    const { state, version } = parsed as { state?: unknown; version?: unknown };
    if (typeof state !== 'object' || state === null || typeof version !== 'number' || !Number.isInteger(version)) {
      return discard(name);
    }
    return value;
  },
  setItem(name, value) {
    try {
      Taro.setStorageSync(name, value);
    } catch (e) {
      // Storage full or unavailable: the app keeps working in memory.
      console.error('yunbao: could not save state', e);
    }
  },
  removeItem(name) {
    try {
      Taro.removeStorageSync(name);
    } catch {
      // already gone
    }
  },
};
