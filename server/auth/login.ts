// Who a login code belongs to, and which logins a server accepts (api.md, Accounts):
// `device:<secret>` on every server (the H5 app: an account bound to the browser), `dev:<name>`
// only where dev login is on, any other code is WeChat's where WeChat is configured.
// Shared with the mocks: Web Crypto only.
export type LoginKind = 'device' | 'dev' | 'wechat';

/** A logged-in user and the login that made the token. */
export interface Principal {
  user: string;
  kind: LoginKind;
}

export interface WechatConfig {
  appId: string;
  secret: string;
  apiBase: string;
}

export interface LoginResolver {
  /** What /health reports: `wechat`, else `dev` where dev codes are accepted, else `device`. */
  mode: 'wechat' | 'dev' | 'device';
  /** Whether this kind of login is on here: tokens of another kind stop working. */
  accepts(kind: LoginKind): boolean;
  /** The principal of a code, or null when it is refused. */
  resolve(code: string): Promise<Principal | null>;
}

const DEV_CODE = /^dev:[A-Za-z0-9_-]{1,64}$/;
// 43 characters of base64url hold 32 bytes exactly when the last one carries no spare bits.
const DEVICE_CODE = /^device:([A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$/;
const WECHAT_TIMEOUT_MS = 5000;

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** `device:` + the first 22 characters of base64url(SHA-256(secret)): the secret itself is never kept. */
export async function deviceUser(secret: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return `device:${base64url(new Uint8Array(digest)).slice(0, 22)}`;
}

export interface LoginOptions {
  /** `dev:<name>` codes accepted (never with WeChat configured). */
  dev: boolean;
  wechat?: WechatConfig | null;
  /** Used for WeChat's jscode2session; injectable for tests. */
  fetch?: typeof fetch;
}

export function loginResolver({ dev, wechat = null, fetch: fetchImpl = (...a) => globalThis.fetch(...a) }: LoginOptions): LoginResolver {
  const devOn = dev && wechat === null;
  return {
    mode: wechat ? 'wechat' : devOn ? 'dev' : 'device',
    accepts: (kind) => kind === 'device' || (kind === 'dev' ? devOn : wechat !== null),
    async resolve(code) {
      const device = DEVICE_CODE.exec(code);
      if (device?.[1]) return { user: await deviceUser(device[1]), kind: 'device' };
      // Our own prefixes never go to WeChat.
      if (code.startsWith('dev:') || code.startsWith('device:')) return devOn && DEV_CODE.test(code) ? { user: code, kind: 'dev' } : null;
      if (!wechat) return null;
      const openid = await jscode2session(wechat, code, fetchImpl);
      return openid ? { user: openid, kind: 'wechat' } : null;
    },
  };
}

async function jscode2session(config: WechatConfig, code: string, fetchImpl: typeof fetch): Promise<string | null> {
  const query = new URLSearchParams({ appid: config.appId, secret: config.secret, js_code: code, grant_type: 'authorization_code' });
  const url = `${config.apiBase.replace(/\/+$/, '')}/sns/jscode2session?${query.toString()}`;
  try {
    const res = await fetchImpl(url, { signal: AbortSignal.timeout(WECHAT_TIMEOUT_MS) });
    if (!res.ok) return null;
    const data = (await res.json()) as { openid?: unknown; errcode?: unknown };
    if (data.errcode !== undefined && data.errcode !== 0) return null;
    return typeof data.openid === 'string' && data.openid !== '' ? data.openid : null;
  } catch {
    return null;
  }
}
