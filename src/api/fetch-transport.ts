// A Transport over fetch, for tests and H5. fetch is looked up per call so msw's patch applies.
import { TransportFailure, parseBody, type Transport } from './transport';

export function createFetchTransport(fetchImpl?: typeof fetch): Transport {
  return async (req) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), req.timeoutMs);
    try {
      const doFetch = fetchImpl ?? globalThis.fetch;
      const res = await doFetch(req.url, {
        method: req.method,
        headers: req.headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal: controller.signal,
      });
      const text = await res.text();
      const headers: Record<string, string> = {};
      res.headers.forEach((value, key) => {
        headers[key.toLowerCase()] = value;
      });
      return { status: res.status, headers, body: parseBody(text) };
    } catch {
      if (controller.signal.aborted) throw new TransportFailure('timeout', 'timeout');
      throw new TransportFailure('network', 'network');
    } finally {
      clearTimeout(timer);
    }
  };
}
