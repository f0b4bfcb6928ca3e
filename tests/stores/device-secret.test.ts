// The device login's secret on both platforms: 32 bytes of the platform's cryptographic
// generator as the 43 characters of base64url the server takes (api.md, Accounts).
import { randomBytes } from 'node:crypto';
import { base64url } from '@/utils/base64url';
import { newDeviceSecret } from '@/stores/device-secret';

const mockGetRandomValues = jest.fn();
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { getRandomValues: (o: unknown) => mockGetRandomValues(o) } }));

// eslint-disable-next-line @typescript-eslint/consistent-type-imports
const weapp = (): typeof import('@/stores/device-secret.weapp') => jest.requireActual('@/stores/device-secret.weapp');
const CANONICAL = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;

test('base64url writes what Node writes, for every length', () => {
  for (let n = 0; n <= 40; n += 1) {
    const bytes = randomBytes(n);
    expect(base64url(new Uint8Array(bytes))).toBe(bytes.toString('base64url'));
  }
});

test('H5: crypto.getRandomValues, 32 bytes, a new secret each time', async () => {
  const a = await newDeviceSecret();
  const b = await newDeviceSecret();
  expect(a).toMatch(CANONICAL);
  expect(Buffer.from(a, 'base64url')).toHaveLength(32);
  expect(a).not.toBe(b);
});

test('WeChat: wx.getRandomValues (through Taro) for 32 bytes; its failure is the login’s failure', async () => {
  const bytes = randomBytes(32);
  mockGetRandomValues.mockImplementationOnce((o: { length: number; success: (r: { randomValues: ArrayBuffer }) => void }) => {
    expect(o.length).toBe(32);
    o.success({ randomValues: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 32) });
  });
  expect(await weapp().newDeviceSecret()).toBe(bytes.toString('base64url'));
  mockGetRandomValues.mockImplementationOnce((o: { fail: (r: { errMsg: string }) => void }) => o.fail({ errMsg: 'getRandomValues:fail' }));
  await expect(weapp().newDeviceSecret()).rejects.toEqual({ errMsg: 'getRandomValues:fail' });
});
