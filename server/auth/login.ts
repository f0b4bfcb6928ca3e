// Who a login code belongs to: `dev:<name>` without WeChat settings, else WeChat's openid.
export interface WechatConfig {
  appId: string;
  secret: string;
  apiBase: string;
}

const DEV_CODE = /^dev:[A-Za-z0-9_-]{1,64}$/;
const WECHAT_TIMEOUT_MS = 5000;

export type LoginMode = 'dev' | 'wechat';

export interface LoginResolver {
  mode: LoginMode;
  /** The user id, or null when the code is refused. */
  resolve(code: string): Promise<string | null>;
}

export function devLogin(): LoginResolver {
  return { mode: 'dev', resolve: async (code) => (DEV_CODE.test(code) ? code : null) };
}

export function wechatLogin(config: WechatConfig, fetchImpl: typeof fetch = (...a) => globalThis.fetch(...a)): LoginResolver {
  return {
    mode: 'wechat',
    async resolve(code) {
      // With WeChat configured the dev shortcut is closed.
      if (code.startsWith('dev:')) return null;
      const query = new URLSearchParams({
        appid: config.appId,
        secret: config.secret,
        js_code: code,
        grant_type: 'authorization_code',
      });
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
    },
  };
}
