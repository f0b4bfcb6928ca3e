// Taro's preset for the app; jest uses it for project files only (see jest.config.js).
// Targets: WeChat 8 runs on iOS 12+ (JavaScriptCore) and on Android in its own V8/XWeb (Chrome
// 70+), and the H5 build is opened in WeChat's webview or a current phone browser. Taro's default
// (iOS 9, Android 5) compiled classes, async functions and spread to ES5 with regenerator: the
// weapp main package measured 399.5 KB of its 400 KB budget with it (bench/README.md).
const APP_TARGETS = { ios: '12', chrome: '70' };

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: process.env.JEST_WORKER_ID ? 'react' : 'preact',
        ts: true,
        compiler: 'webpack5',
        useBuiltIns: false,
        hot: false,
        ...(process.env.JEST_WORKER_ID ? {} : { targets: APP_TARGETS }),
      },
    ],
  ],
};
