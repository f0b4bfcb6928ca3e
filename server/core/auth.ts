// Bearer tokens as every endpoint reads them: a genuine token within its lifetime, of a login
// kind that is on here (api.md, Accounts). The server signs tokens, the mocks keep theirs.
import { type LoginResolver, type Principal } from '../auth/login';

export interface Tokens {
  issue(principal: Principal, now: Date): { token: string; expiresAt: Date };
  /**
   * The token's principal when it is genuine and within its lifetime, whatever its kind.
   * `evidence`: as proof that its holder had that account, not to open it — also a token past
   * its expiry, and the dev tokens of before tokens named their kind.
   */
  read(token: string, now: Date, options?: { evidence?: boolean }): Principal | null;
}

/** The token of an `Authorization: Bearer …` header, if the header has that form. */
export function bearerToken(header: string | string[] | null | undefined): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header.trim());
  return match?.[1] ?? null;
}

/** The logged-in principal of a request's Authorization header, or null. */
export function authenticate(header: string | string[] | null | undefined, tokens: Tokens, login: LoginResolver, now: Date): Principal | null {
  const token = bearerToken(header);
  const principal = token ? tokens.read(token, now) : null;
  // A token of a login kind that is off here no longer works (a dev token after dev login went off).
  return principal && login.accepts(principal.kind) ? principal : null;
}
