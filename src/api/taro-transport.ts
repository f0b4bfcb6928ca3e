// A Transport over Taro.request (wx.request in the mini-app): the only Taro.request call in src/.
import Taro from '@tarojs/taro';
import { TransportFailure, parseBody, type Transport } from './transport';

export function createTaroTransport(): Transport {
  return (req) =>
    new Promise((resolve, reject) => {
      Taro.request({
        url: req.url,
        method: req.method,
        header: req.headers,
        data: req.body === undefined ? undefined : JSON.stringify(req.body),
        timeout: req.timeoutMs,
        // Parse ourselves: an error page must not break JSON parsing.
        dataType: 'text',
        responseType: 'text',
        success: (res) => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries((res.header ?? {}) as Record<string, unknown>)) headers[k.toLowerCase()] = String(v);
          resolve({ status: res.statusCode, headers, body: typeof res.data === 'string' ? parseBody(res.data) : res.data });
        },
        fail: (err: { errMsg?: string }) => {
          const timeout = /time ?out/i.test(err.errMsg ?? '');
          reject(new TransportFailure(timeout ? 'timeout' : 'network', err.errMsg ?? 'request failed'));
        },
      });
    });
}
