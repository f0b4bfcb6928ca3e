// guardian.idNo at rest: AES-256-GCM under a key kept outside the database, bound to its record's
// id; the enrollment fingerprint an HMAC-SHA256, so that neither column gives the number back
// without the key (an 18-digit ID is guessable from a plain hash: a birth date and a county
// leave a few thousand candidates).
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { type IdSealer } from './core/enrollments';

export const ID_KEY_BYTES = 32;
const SEALED = /^v1\.([A-Za-z0-9_-]{8})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22,})$/;

/** A stored ID number that this key cannot open. */
export class SealError extends Error {}

const derive = (key: Buffer, purpose: string) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `yunbao ${purpose}`, 32));

export function idSealer(key: Buffer): IdSealer {
  if (key.length !== ID_KEY_BYTES) throw new Error(`the ID key must be ${ID_KEY_BYTES} bytes`);
  const encryption = derive(key, 'guardian.idNo aes-256-gcm');
  const mac = derive(key, 'enrollment fingerprint hmac-sha256');
  // Names the key in what it sealed: a wrong key is told apart from damaged data.
  const keyId = derive(key, 'key id').subarray(0, 6).toString('base64url');
  return {
    seal(idNo, recordId) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryption, iv);
      cipher.setAAD(Buffer.from(recordId, 'utf8'));
      const sealed = Buffer.concat([cipher.update(idNo, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `v1.${keyId}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
    },
    open(sealed, recordId) {
      const m = SEALED.exec(sealed);
      if (!m) throw new SealError('not a sealed ID number');
      if (m[1] !== keyId) throw new SealError(`sealed with another ID key (${m[1]}; this server's is ${keyId})`);
      const data = Buffer.from(m[3] ?? '', 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', encryption, Buffer.from(m[2] ?? '', 'base64url'));
      decipher.setAAD(Buffer.from(recordId, 'utf8'));
      decipher.setAuthTag(data.subarray(data.length - 16));
      try {
        return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
      } catch {
        throw new SealError('a sealed ID number failed its authentication');
      }
    },
    fingerprint(canonical) {
      return `h1.${keyId}.${createHmac('sha256', mac).update(canonical).digest('base64url')}`;
    },
  };
}

/** The ID key from its text form (ID_NUMBER_KEY or the key file): 32 bytes in base64 or base64url. */
export function parseIdKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) return null;
  const key = Buffer.from(trimmed.replace(/\+/g, '-').replace(/\//g, '_').replace(/=$/, ''), 'base64url');
  return key.length === ID_KEY_BYTES ? key : null;
}
