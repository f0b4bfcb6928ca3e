// The Taro.request transport: answers mapped to {status, headers, body}; weapp and H5 failures
// mapped to TransportFailure('timeout' | 'network').
import Taro from '@tarojs/taro';
import { createTaroTransport } from '../../src/api/taro-transport';
import { TransportFailure } from '../../src/api/transport';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { request: jest.fn() } }));
const request = Taro.request as unknown as jest.Mock;

const req = { method: 'POST' as const, url: 'https://x.test/api/v1/eligibility', headers: { 'content-type': 'application/json' }, body: { a: 1 }, timeoutMs: 1234 };

afterEach(() => request.mockReset());

test('sends JSON text with the timeout; parses the answer itself', async () => {
  request.mockResolvedValue({ statusCode: 400, header: { 'Content-Type': 'application/json', 'Retry-After': 3 }, data: '{"error":{"code":"VALIDATION_FAILED"}}' });
  const res = await createTaroTransport()(req);
  expect(request).toHaveBeenCalledWith(expect.objectContaining({ url: req.url, method: 'POST', data: '{"a":1}', timeout: 1234, dataType: 'text' }));
  expect(res).toEqual({ status: 400, headers: { 'content-type': 'application/json', 'retry-after': '3' }, body: { error: { code: 'VALIDATION_FAILED' } } });
});

test('a non-JSON answer stays text; an empty one is ""', async () => {
  request.mockResolvedValueOnce({ statusCode: 502, header: {}, data: '<html>' }).mockResolvedValueOnce({ statusCode: 204, header: {}, data: '' });
  expect((await createTaroTransport()(req)).body).toBe('<html>');
  expect((await createTaroTransport()({ ...req, method: 'DELETE', body: undefined })).body).toBe('');
  expect(request.mock.calls[1]?.[0]).toMatchObject({ data: undefined });
});

test.each([
  [{ errMsg: 'request:fail timeout' }, 'timeout'],
  [Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' }), 'timeout'],
  [{ errMsg: 'request:fail net::ERR_CONNECTION_REFUSED' }, 'network'],
  [new TypeError('Failed to fetch'), 'network'],
])('failure %j → %s', async (failure, kind) => {
  request.mockRejectedValue(failure);
  const error = await createTaroTransport()(req).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransportFailure);
  expect((error as TransportFailure).kind).toBe(kind);
});
