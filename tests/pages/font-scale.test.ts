// The font size she chose in WeChat scales every page (PageRoot, through useFontScale); in H5
// there is no such setting. The WeChat reading lives in wechatFontScale.weapp.ts, which Taro's
// weapp build puts in place of wechatFontScale.ts.
import Taro from '@tarojs/taro';
import { wechatFontScale as h5FontScale } from '../../src/hooks/wechatFontScale';
import { wechatFontScale } from '../../src/hooks/wechatFontScale.weapp';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { getSystemInfoSync: jest.fn() } }));
const getSystemInfoSync = Taro.getSystemInfoSync as unknown as jest.Mock;

afterEach(() => getSystemInfoSync.mockReset());

test.each([
  ['no setting reported', {}, 1],
  ['WeChat default 17 px', { fontSizeSetting: 17 }, 1],
  ['smaller than default', { fontSizeSetting: 14 }, 1],
  ['20 px', { fontSizeSetting: 20 }, 20 / 17],
  ['care mode 28 px, capped', { fontSizeSetting: 28 }, 1.6],
  ['not a number', { fontSizeSetting: 'big' }, 1],
])('WeChat: %s', (_name, info, scale) => {
  getSystemInfoSync.mockReturnValue(info);
  expect(wechatFontScale()).toBeCloseTo(scale, 5);
});

test('WeChat: a failing system call leaves the scale at 1', () => {
  getSystemInfoSync.mockImplementation(() => {
    throw new Error('getSystemInfoSync:fail');
  });
  expect(wechatFontScale()).toBe(1);
});

test('H5: 1, without asking Taro', () => {
  expect(h5FontScale()).toBe(1);
  expect(getSystemInfoSync).not.toHaveBeenCalled();
});
