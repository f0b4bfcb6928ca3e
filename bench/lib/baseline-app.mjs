// The size baseline: a bare Taro page (one <View> with text) of the versions installed here,
// generated into a temp folder and built with the same CLI, compiler and options as the product
// (webpack5, no prebundle, designWidth 750, hash router) and the size-relevant settings read from
// the product's config/index.ts (framework, baseLevel, terser's ascii_only), its babel.config.js
// (compile targets) and its mini-program react-dom (config/react-dom-alias.js), so product/bare shows
// what YunBao adds on top of the runtime it chose. node_modules is a symlink to the project's,
// so nothing is installed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, run } from './util.mjs';

/** The product's size-relevant Taro settings, read from config/index.ts (defaults: Taro's). */
export function productSettings() {
  const file = path.join(ROOT, 'config', 'index.ts');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const framework = text.match(/\bframework:\s*['"](react|preact)['"]/)?.[1] ?? 'react';
  const baseLevel = Number(text.match(/\bbaseLevel:\s*(\d+)/)?.[1] ?? 16);
  const asciiOnly = !/ascii_only:\s*false/.test(text);
  return { framework, baseLevel, asciiOnly };
}

const files = ({ framework, baseLevel, asciiOnly }) => ({
  'package.json': JSON.stringify(
    { name: 'bare-taro', version: '0.0.0', private: true, templateInfo: { name: 'default', typescript: true, css: 'None', framework: 'React' } },
    null,
    2,
  ),
  // The product's own babel config (framework and compile targets), so both compile alike.
  'babel.config.js': `module.exports = require(${JSON.stringify(path.join(ROOT, 'babel.config.js'))});\n`,
  'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', target: 'ES2020', strict: true } }),
  '.env': 'TARO_APP_BARE=1\n',
  'project.config.json': JSON.stringify({ miniprogramRoot: 'dist/weapp/', appid: 'touristappid', compileType: 'miniprogram' }),
  'config/index.js': `
const { defineConfig } = require('@tarojs/cli');
// The product's react-dom for mini-programs (preact/compat + createRoot): without it a Preact
// build of Taro 4.2 throws at launch, so the bare page would not start in the WeChat double.
const reactDomWithCreateRoot = require(${JSON.stringify(path.join(ROOT, 'config', 'react-dom-alias.js'))});
module.exports = defineConfig(() => ({
  projectName: 'bare-taro',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: 'dist/' + process.env.TARO_ENV,
  plugins: [],
  framework: '${framework}',
  compiler: { type: 'webpack5', prebundle: { enable: false } },
  cache: { enable: false },
  baseLevel: ${baseLevel},
  terser: { enable: true, config: { output: { ascii_only: ${asciiOnly}, comments: false } } },
  mini: { postcss: { pxtransform: { enable: true, config: {} } }, optimizeMainPackage: { enable: true }, webpackChain: reactDomWithCreateRoot },
  h5: {
    publicPath: '/',
    staticDirectory: 'static',
    router: { mode: 'hash' },
    output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
    miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[chunkhash].css' },
    webpackChain(chain) { chain.performance.hints(false); },
    postcss: { autoprefixer: { enable: true, config: {} } },
  },
}));
`,
  'src/app.config.ts': `export default defineAppConfig({ pages: ['pages/index/index'], window: { navigationBarTitleText: 'bare' } });\n`,
  'src/app.ts': `import { type PropsWithChildren } from 'react';\nfunction App({ children }: PropsWithChildren) {\n  return children;\n}\nexport default App;\n`,
  'src/pages/index/index.config.ts': `export default definePageConfig({ navigationBarTitleText: 'bare' });\n`,
  'src/pages/index/index.tsx': `import { View } from '@tarojs/components';\nexport default function Index() {\n  return <View className='week'>孕12周+3天</View>;\n}\n`,
  'src/index.html': `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta content="width=device-width,initial-scale=1,user-scalable=yes" name="viewport"><title>bare</title>
<script><%= htmlWebpackPlugin.options.script %></script></head><body><div id="app"></div></body></html>
`,
});

/**
 * Generates the bare app into a temp folder and builds the given targets.
 * Resolves {dir, dist: {weapp?, h5?}, errors: {target: message}}; the caller removes `dir`.
 */
export async function buildBareTaro(targets = ['weapp', 'h5'], log = null) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yunbao-bare-taro-'));
  const settings = productSettings();
  for (const [file, text] of Object.entries(files(settings))) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const taro = path.join(ROOT, 'node_modules', '@tarojs', 'cli', 'bin', 'taro');
  const dist = {};
  const errors = {};
  for (const target of targets) {
    const args = target === 'weapp' ? ['build', '--type', 'weapp', '--mode', 'weapp'] : ['build', '--type', target];
    const env = { ...process.env, NODE_ENV: 'production', NODE_PATH: path.join(ROOT, 'node_modules') };
    delete env.TARO_ENV;
    const { code, tail } = await run(process.execPath, [taro, ...args], { cwd: dir, env, log });
    if (code === 0) dist[target] = path.join(dir, 'dist', target);
    else errors[target] = `bare Taro ${target} build failed (exit ${code}): ${tail.trim().split('\n').slice(-5).join(' | ')}`;
  }
  return { dir, dist, errors, settings, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
