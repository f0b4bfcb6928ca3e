// The secret of this device's `device:` login in the mini-program: WeChat's cryptographic
// generator (wx.getRandomValues; Taro passes it through without a promise), 32 bytes as base64url.
import Taro from '@tarojs/taro';
import { base64url } from '@/utils/base64url';

export function newDeviceSecret(): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getRandomValues({ length: 32, success: (res) => resolve(base64url(new Uint8Array(res.randomValues))), fail: reject });
  });
}
