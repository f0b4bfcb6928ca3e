// A synchronous in-memory stand-in for Taro's storage and request in the node project
// (jest.mock('@tarojs/taro', () => require('./taro-memory').taroMock)).
// On globalThis: jest.isolateModules loads this file again for each cold start, and every copy
// must see the same storage.
const g = globalThis as unknown as { __ybTaroMemory?: Map<string, unknown> };
export const memory: Map<string, unknown> = (g.__ybTaroMemory ??= new Map<string, unknown>());

export const taroMock = {
  __esModule: true,
  default: {
    getStorageSync: (key: string) => (memory.has(key) ? memory.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => {
      memory.set(key, value);
    },
    removeStorageSync: (key: string) => {
      memory.delete(key);
    },
    request: () => Promise.reject(new Error('use setApiClient with the fetch transport in node tests')),
    login: () => Promise.reject(new Error('no WeChat login in tests')),
  },
  useDidShow: () => undefined,
};
