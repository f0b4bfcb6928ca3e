// WeChat build of wechatFontScale.ts: the font size she chose in WeChat (我-设置-通用-字体大小;
// care mode is larger) as a scale of at most 1.6. WeChat gives it as a factor
// (getAppBaseInfo().fontSizeScaleFactor); older base libraries only as px (fontSizeSetting),
// whose standard is 17 on iOS and 16 on Android.
import Taro from '@tarojs/taro';

export const WECHAT_STANDARD_FONT = { ios: 17, android: 16 } as const;
export const WECHAT_MAX_SCALE = 1.6;

interface AppBaseInfo {
  fontSizeScaleFactor?: number;
  fontSizeSetting?: number;
}

const clamp = (scale: number) => Math.min(Math.max(scale, 1), WECHAT_MAX_SCALE);

function platform(): string {
  try {
    const device = typeof Taro.getDeviceInfo === 'function' ? Taro.getDeviceInfo() : Taro.getSystemInfoSync();
    return String((device as { platform?: string }).platform ?? '').toLowerCase();
  } catch {
    return '';
  }
}

export function wechatFontScale(): number {
  try {
    const base = (typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()) as AppBaseInfo;
    const factor = Number(base.fontSizeScaleFactor);
    if (base.fontSizeScaleFactor != null && Number.isFinite(factor) && factor > 0) return clamp(factor);
    const size = Number(base.fontSizeSetting);
    if (base.fontSizeSetting == null || !Number.isFinite(size) || size <= 0) return 1;
    return clamp(size / (platform() === 'android' ? WECHAT_STANDARD_FONT.android : WECHAT_STANDARD_FONT.ios));
  } catch {
    return 1;
  }
}
