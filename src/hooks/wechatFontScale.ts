// The font size she chose in WeChat itself, as a scale: H5 has no such setting, so 1.
//
// WeChat's version is wechatFontScale.weapp.ts (Taro's platform files: a `.weapp.ts` sibling
// replaces this file in the weapp build). Kept apart because in H5 any reference to
// Taro.getSystemInfoSync, even in a branch the build removes, pulls in taro-h5's system module
// and platform.js, which parses the user agent at load: ~57 ms of the home page's first render
// at 4× CPU throttling (bench/README.md).
export function wechatFontScale(): number {
  return 1;
}
