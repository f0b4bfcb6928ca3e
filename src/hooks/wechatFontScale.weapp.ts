// WeChat build of wechatFontScale.ts: the font size she chose in WeChat (我-设置-通用-字体大小,
// 17 by default; care mode is larger), as a scale of at most 1.6.
import Taro from '@tarojs/taro';

export const WECHAT_DEFAULT_FONT = 17;
export const WECHAT_MAX_SCALE = 1.6;

export function wechatFontScale(): number {
  try {
    const size = Number((Taro.getSystemInfoSync() as { fontSizeSetting?: number }).fontSizeSetting);
    if (!Number.isFinite(size) || size <= WECHAT_DEFAULT_FONT) return 1;
    return Math.min(size / WECHAT_DEFAULT_FONT, WECHAT_MAX_SCALE);
  } catch {
    return 1;
  }
}
