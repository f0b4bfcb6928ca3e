// The secret of this device's `device:` login (api.md, Accounts): 32 bytes from the browser's
// cryptographic generator, as 43 characters of base64url. Kept on the device only.
import { base64url } from '@/utils/base64url';

export async function newDeviceSecret(): Promise<string> {
  return base64url(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}
