// A Transport over Taro.request (wx.request in the mini-app): the only Taro.request call in src/.
import Taro from '@tarojs/taro';
import { TransportFailure, parseBody, type Transport } from './transport';

interface RequestFailure {
  errMsg?: string;
  message?: string;
  name?: string;
}

export function createTaroTransport(): Transport {
  return async (req) => {
    try {
      const res = await Taro.request<unknown>({
        url: req.url,
        method: req.method,
        header: req.headers,
        data: req.body === undefined ? undefined : JSON.stringify(req.body),
        timeout: req.timeoutMs,
        // Parse ourselves: an HTML error page must not turn into a parse failure.
        dataType: 'text',
        responseType: 'text',
      });
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries((res.header ?? {}) as Record<string, unknown>)) headers[k.toLowerCase()] = String(v);
      return { status: res.statusCode, headers, body: typeof res.data === 'string' ? parseBody(res.data) : (res.data ?? '') };
    } catch (e) {
      const err = (e ?? {}) as RequestFailure;
      const text = `${err.errMsg ?? ''} ${err.message ?? ''}`;
      // weapp says "request:fail timeout"; H5 aborts its fetch on timeout.
      const timeout = /time ?out/i.test(text) || err.name === 'AbortError' || /abort/i.test(text);
      throw new TransportFailure(timeout ? 'timeout' : 'network', text.trim() || 'request failed');
    }
  };
}
