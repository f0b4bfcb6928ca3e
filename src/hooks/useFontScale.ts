// The font scale of every page: 大字模式 (settings.largeText) and, in WeChat, the font size
// she chose in WeChat itself (fontSizeSetting, 17 by default; care mode is larger).
import { useMemo } from 'react';
import Taro from '@tarojs/taro';
import { useAppStore } from '@/stores';

const WECHAT_DEFAULT_FONT = 17;
export const LARGE_TEXT_SCALE = 1.25;

function wechatScale(): number {
  if (process.env.TARO_ENV !== 'weapp') return 1;
  try {
    const size = Number((Taro.getSystemInfoSync() as { fontSizeSetting?: number }).fontSizeSetting);
    if (!Number.isFinite(size) || size <= WECHAT_DEFAULT_FONT) return 1;
    return Math.min(size / WECHAT_DEFAULT_FONT, 1.6);
  } catch {
    return 1;
  }
}

export function useFontScale(): { scale: number; large: boolean } {
  const largeText = useAppStore((s) => s.largeText);
  const system = useMemo(wechatScale, []);
  const scale = Math.max(largeText ? LARGE_TEXT_SCALE : 1, system);
  return { scale: Math.round(scale * 100) / 100, large: scale > 1 };
}
