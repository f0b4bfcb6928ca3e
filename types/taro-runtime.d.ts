// plugin-framework-react ships no types; the test shim (tests/setup/taro-shim.ts) uses these.
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  type Hook = (...args: never[]) => unknown;
  export const createH5NativeComponentConfig: (component: unknown, react: unknown, reactDOM: unknown) => unknown;
  export const connectReactPage: (react: unknown, id: string) => unknown;
  export const useLoad: typeof import('@tarojs/taro').useLoad;
  export const useDidShow: typeof import('@tarojs/taro').useDidShow;
  export const useDidHide: typeof import('@tarojs/taro').useDidHide;
  export const useReady: typeof import('@tarojs/taro').useReady;
  export const useRouter: typeof import('@tarojs/taro').useRouter;
  export const useShareAppMessage: typeof import('@tarojs/taro').useShareAppMessage;
  export const usePullDownRefresh: typeof import('@tarojs/taro').usePullDownRefresh;
  const hooks: Record<string, Hook>;
  export default hooks;
}
