import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import reactDomWithCreateRoot from './react-dom-alias';
import prodConfig from './prod';

/**
 * The engine's barrel only re-exports, so a page's import of a name reaches the module that holds
 * it: what only subpackage pages import stays out of the WeChat main package and the H5 first load
 * (src/domain/index.ts).
 */
function engineBarrelWithoutSideEffects(chain: { module: { rule(name: string): { test(re: RegExp): { set(key: string, value: unknown): unknown } } } }) {
  chain.module.rule('engineBarrel').test(/src[\\/]domain[\\/]index\.ts$/).set('sideEffects', false);
}

// https://taro-docs.jd.com/docs/next/config#defineconfig-辅助函数
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yunbao',
    date: '2026-11-23',
    // NutUI is drawn at 375; the app's own styles at 750 (docs/notes/taro.md).
    designWidth(input) {
      const file = typeof input === 'object' && input !== null && 'file' in input ? String((input as { file?: string }).file ?? '') : '';
      return file.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750;
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // weapp and h5 would overwrite each other in one dist/
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    // H5: the favicon (browsers ask for /favicon.ico); `npm run dev:h5` runs on msw's browser
    // worker: only that build ships its service worker.
    copy: {
      patterns:
        process.env.TARO_ENV === 'h5'
          ? [
              { from: 'src/assets/favicon.ico', to: 'dist/h5/favicon.ico' },
              ...(process.env.TARO_APP_MOCK === '1' ? [{ from: 'mock/public/mockServiceWorker.js', to: 'dist/h5/mockServiceWorker.js' }] : []),
            ]
          : [],
      options: {},
    },
    // Preact (through preact/compat) instead of React's reconciler: the weapp main package's budget.
    framework: 'preact',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    // Chinese text as UTF-8, not 6-byte \uXXXX escapes (the main package's budget).
    // Template levels unrolled in base.wxml (Taro's default 16); deeper trees recurse through
    // comp.wxml, so this trades a little render depth for main-package size.
    baseLevel: 4,
    terser: { enable: true, config: { output: { ascii_only: false, comments: false } } },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      optimizeMainPackage: { enable: true },
      // Our classes are prefixed (yb-) and NutUI's are its own (nut-): no rule depends on the order
      // in which the shared and the subpackage style chunks are joined, so the order warning is noise.
      miniCssExtractPluginOption: { ignoreOrder: true },
      webpackChain(chain) {
        // Taro's runtime calls ReactDOM.createRoot, which preact/compat lacks (config/react-dom-alias.js).
        reactDomWithCreateRoot(chain);
        engineBarrelWithoutSideEffects(chain);
      },
    },
    h5: {
      // mock/ (msw handlers for `npm run dev:h5`) and what it runs of the server (server/core, the
      // storage interface, the logins) are TypeScript outside src/: compile them too.
      compile: {
        include: ['mock', 'server/core', 'server/storage/types.ts', 'server/auth/login.ts'].map((p) => path.resolve(__dirname, '..', p)),
      },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[chunkhash].css' },
      // Sizes are budgeted by scripts/size-check.mjs and `npm run bench`, not by webpack's hint.
      webpackChain(chain) {
        chain.performance.hints(false);
        engineBarrelWithoutSideEffects(chain);
        // The home page is part of the entry chunk, not loaded after it (config/first-page-eager-loader.js).
        chain.module
          .rule('firstPageEager')
          .test(/src[\\/]app\.config\.ts$/)
          .enforce('post')
          .use('firstPageEager')
          .loader(path.resolve(__dirname, 'first-page-eager-loader.js'))
          .options({ page: 'pages/index/index' });
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
