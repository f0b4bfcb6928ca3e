// The font size she chose in WeChat itself, as a scale: H5 has no such setting, so 1. WeChat's is
// wechatFontScale.weapp.ts: any Taro.getSystemInfoSync here would put taro-h5's user-agent parser
// in the H5 first load (bench/README.md, H5 first load).
export function wechatFontScale(): number {
  return 1;
}
