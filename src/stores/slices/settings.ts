// Display settings.
import type { SliceCreator } from './types';

export interface SettingsSlice {
  /** 大字模式: scales every font of the app (a root class on each page). */
  largeText: boolean;
  setLargeText: (on: boolean) => void;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set) => ({
  largeText: false,
  setLargeText: (on) => set({ largeText: on }),
});
