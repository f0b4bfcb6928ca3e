// Signed bearer tokens: v2.<payload>.<HMAC-SHA256>, base64url, naming the user and the login kind,
// at most 7 days from their issue time, constant-time compare.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { type LoginKind, type Principal } from './login';
import { type Tokens } from '../core/auth';

export const TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** Instances sharing a secret have clocks a little apart: an issue time this far ahead is still now. */
export const CLOCK_SKEW_MS = 60_000;
const VERSION = 'v2';
/** Tokens of before the kind was named: read only as evidence of a dev account. */
const LEGACY_VERSION = 'v1';
const MAX_TOKEN_LENGTH = 1024;
const KINDS: readonly LoginKind[] = ['device', 'dev', 'wechat'];

interface Payload {
  sub: string;
  knd: LoginKind;
  iat: number;
  exp: number;
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');
const mac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest();

export function signToken(secret: string, principal: Principal, now: Date): { token: string; expiresAt: Date } {
  const iat = now.getTime();
  const exp = iat + TOKEN_TTL_MS;
  const body = `${VERSION}.${b64(JSON.stringify({ sub: principal.user, knd: principal.kind, iat, exp } satisfies Payload))}`;
  return { token: `${body}.${mac(secret, body).toString('base64url')}`, expiresAt: new Date(exp) };
}

/**
 * The token's principal, or null when it is malformed, forged, signed with another secret,
 * expired, issued in the future or valid for longer than 7 days from its issue. `evidence`
 * (the H5 app's one-time move, core/operations.ts) forgives the expiry and reads v1 tokens.
 */
export function verifyToken(secret: string, token: string, now: Date, { evidence = false } = {}): Principal | null {
  if (token.length > MAX_TOKEN_LENGTH) return null;
  const parts = token.split('.');
  const version = parts[0];
  if (parts.length !== 3 || !(version === VERSION || (evidence && version === LEGACY_VERSION))) return null;
  const [, payload = '', signature = ''] = parts;
  const expected = mac(secret, `${version}.${payload}`);
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
  const { sub, knd, iat, exp } = parsed as Partial<Payload>;
  if (typeof sub !== 'string' || sub === '' || typeof iat !== 'number' || typeof exp !== 'number') return null;
  const t = now.getTime();
  if (iat > t + CLOCK_SKEW_MS || exp - iat > TOKEN_TTL_MS || (t >= exp && !evidence)) return null;
  if (version === LEGACY_VERSION) return sub.startsWith('dev:') ? { user: sub, kind: 'dev' } : null;
  return typeof knd === 'string' && KINDS.includes(knd) ? { user: sub, kind: knd } : null;
}

/** The server's tokens, signed with `secret`. */
export function signedTokens(secret: string): Tokens {
  return {
    issue: (principal, now) => signToken(secret, principal, now),
    read: (token, now, options) => verifyToken(secret, token, now, options),
  };
}
