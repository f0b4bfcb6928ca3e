// Signed bearer tokens: v1.<payload>.<HMAC-SHA256>, base64url, 7-day expiry, constant-time compare.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const VERSION = 'v1';
const MAX_TOKEN_LENGTH = 1024;

interface Payload {
  sub: string;
  iat: number;
  exp: number;
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');
const mac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest();

export function signToken(secret: string, user: string, now: Date): { token: string; expiresAt: Date } {
  const iat = now.getTime();
  const exp = iat + TOKEN_TTL_MS;
  const body = `${VERSION}.${b64(JSON.stringify({ sub: user, iat, exp } satisfies Payload))}`;
  return { token: `${body}.${mac(secret, body).toString('base64url')}`, expiresAt: new Date(exp) };
}

/** The token's user, or null when it is malformed, forged, signed with another secret or expired. */
export function verifyToken(secret: string, token: string, now: Date): string | null {
  if (token.length > MAX_TOKEN_LENGTH) return null;
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION) return null;
  const [, payload = '', signature = ''] = parts;
  const expected = mac(secret, `${VERSION}.${payload}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  // Re-encoding must give back the exact text: no alternative spellings of one signature.
  if (given.toString('base64url') !== signature) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { sub, exp } = parsed as Partial<Payload>;
  if (typeof sub !== 'string' || sub === '' || typeof exp !== 'number') return null;
  return now.getTime() < exp ? sub : null;
}

/** The token of an `Authorization: Bearer …` header, if the header has that form. */
export function bearerToken(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header.trim());
  return match?.[1] ?? null;
}
