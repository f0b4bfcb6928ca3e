// Under jest the H5 package's default export has neither the APIs nor the hooks: merge them here
// (see docs/notes/taro.md, "Jest").
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import TaroH5Default, * as TaroH5 from '@tarojs/taro-h5';
import * as ReactRuntime from '@tarojs/plugin-framework-react/dist/runtime';
import type TaroTypes from '@tarojs/taro';

type Bag = Record<string, unknown>;
const taro: Bag = { ...(TaroH5Default as unknown as Bag) };
for (const [name, value] of Object.entries(TaroH5 as unknown as Bag)) {
  if (name !== 'default' && taro[name] === undefined) taro[name] = value;
}
for (const [name, value] of Object.entries(ReactRuntime as unknown as Bag)) {
  if (name.startsWith('use')) taro[name] = value;
}
ReactRuntime.createH5NativeComponentConfig(null, React, ReactDOM);
ReactRuntime.connectReactPage(React, 'test-page');

export default taro as unknown as typeof TaroTypes;
export const {
  useLoad,
  useDidShow,
  useDidHide,
  useReady,
  useRouter,
  useShareAppMessage,
  usePullDownRefresh,
} = ReactRuntime;

// Named imports NutUI takes from '@tarojs/taro' (Toast's custom events, Input's getEnv, …).
const api = taro as unknown as typeof TaroTypes;
export const getCurrentInstance = api.getCurrentInstance;
export const eventCenter = api.eventCenter;
export const getEnv = api.getEnv;
export const nextTick = api.nextTick;
export const createSelectorQuery = api.createSelectorQuery;
export const getSystemInfo = api.getSystemInfo;
export const pageScrollTo = api.pageScrollTo;
export const usePageScroll = (ReactRuntime as unknown as Bag).usePageScroll;
export const useUnload = (ReactRuntime as unknown as Bag).useUnload;
