// Taro's H5 runtime reads these at import time.
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
process.env.TARO_APP_API_BASE = 'http://localhost/api/v1';
process.env.TARO_APP_MOCK = '0';

// Browsers have Web Crypto's digest (the mocks derive device accounts with it); jsdom has only
// getRandomValues: lend it Node's.
if (globalThis.crypto && !globalThis.crypto.subtle) {
  Object.defineProperty(globalThis.crypto, 'subtle', { value: require('node:crypto').webcrypto.subtle });
}
