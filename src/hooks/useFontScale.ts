// The font scale of every page: 大字模式 (settings.largeText) and, in WeChat, the font size
// she chose in WeChat itself (fontSizeSetting, 17 by default; care mode is larger).
import { useMemo } from 'react';
import { useAppStore } from '@/stores';
import { wechatFontScale } from './wechatFontScale';

export const LARGE_TEXT_SCALE = 1.25;

export function useFontScale(): { scale: number; large: boolean } {
  const largeText = useAppStore((s) => s.largeText);
  const system = useMemo(wechatFontScale, []);
  const scale = Math.max(largeText ? LARGE_TEXT_SCALE : 1, system);
  return { scale: Math.round(scale * 100) / 100, large: scale > 1 };
}
