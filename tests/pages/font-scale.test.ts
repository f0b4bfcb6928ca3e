// The font size she chose in WeChat scales every page (PageRoot, through useFontScale); in H5
// there is no such setting. The WeChat reading lives in wechatFontScale.weapp.ts, which Taro's
// weapp build puts in place of wechatFontScale.ts. WeChat's standard size is 17 px on iOS and
// 16 px on Android; getAppBaseInfo() gives the factor itself.
import Taro from '@tarojs/taro';
import { wechatFontScale as h5FontScale } from '../../src/hooks/wechatFontScale';
import { wechatFontScale } from '../../src/hooks/wechatFontScale.weapp';

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { getAppBaseInfo: jest.fn(), getDeviceInfo: jest.fn(), getSystemInfoSync: jest.fn() },
}));
const getAppBaseInfo = Taro.getAppBaseInfo as unknown as jest.Mock;
const getDeviceInfo = Taro.getDeviceInfo as unknown as jest.Mock;
const getSystemInfoSync = Taro.getSystemInfoSync as unknown as jest.Mock;

afterEach(() => {
  getAppBaseInfo.mockReset();
  getDeviceInfo.mockReset();
  getSystemInfoSync.mockReset();
});

test.each([
  ['the factor WeChat gives', 'ios', { fontSizeScaleFactor: 1.25, fontSizeSetting: 21 }, 1.25],
  ['standard size', 'android', { fontSizeScaleFactor: 1, fontSizeSetting: 16 }, 1],
  ['care mode, capped', 'ios', { fontSizeScaleFactor: 1.8 }, 1.6],
  ['smaller than standard', 'ios', { fontSizeScaleFactor: 0.9 }, 1],
  ['no factor: iOS 20 px of 17', 'ios', { fontSizeSetting: 20 }, 20 / 17],
  ['no factor: Android 20 px of 16', 'android', { fontSizeSetting: 20 }, 1.25],
  ['no factor: Android standard 16 px', 'android', { fontSizeSetting: 16 }, 1],
  ['nothing reported', 'ios', {}, 1],
  ['not a number', 'ios', { fontSizeSetting: 'big' }, 1],
])('WeChat: %s', (_name, platform, info, scale) => {
  getAppBaseInfo.mockReturnValue(info);
  getDeviceInfo.mockReturnValue({ platform });
  expect(wechatFontScale()).toBeCloseTo(scale, 5);
});

test('WeChat: a base library without getAppBaseInfo reads getSystemInfoSync', () => {
  const saved = Taro.getAppBaseInfo;
  (Taro as unknown as { getAppBaseInfo?: unknown }).getAppBaseInfo = undefined;
  try {
    getDeviceInfo.mockReturnValue({ platform: 'android' });
    getSystemInfoSync.mockReturnValue({ fontSizeSetting: 24, platform: 'android' });
    expect(wechatFontScale()).toBeCloseTo(1.5, 5);
  } finally {
    (Taro as unknown as { getAppBaseInfo?: unknown }).getAppBaseInfo = saved;
  }
});

test('WeChat: a failing system call leaves the scale at 1', () => {
  getAppBaseInfo.mockImplementation(() => {
    throw new Error('getAppBaseInfo:fail');
  });
  expect(wechatFontScale()).toBe(1);
});

test('H5: 1, without asking Taro', () => {
  expect(h5FontScale()).toBe(1);
  expect(getAppBaseInfo).not.toHaveBeenCalled();
  expect(getSystemInfoSync).not.toHaveBeenCalled();
});
