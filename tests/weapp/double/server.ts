// The real policy API (server/app.ts) in-process, as the double's request domain, logging in
// through a fake WeChat backend: wx.login hands out one-time codes (valid 5 minutes), and the
// server's jscode2session call (WECHAT_API_BASE) exchanges each code once for the phone's openid.
import { randomBytes } from 'node:crypto';
import { type FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app';
import { type Upstream } from './network';

export const API_ORIGIN = 'https://yunbao.example.invalid';
const WECHAT_API_BASE = 'https://api.weixin.qq.com';
const APP_ID = 'wxdouble0000000001';
const APP_SECRET = 'double-secret-0123456789abcdef';
const CODE_LIFETIME_MS = 5 * 60_000;

interface IssuedCode {
  openid: string;
  issuedAt: number;
  used: boolean;
}

/** WeChat's side of login: codes from wx.login, exchanged by jscode2session. */
export class WechatBackend {
  private readonly codes = new Map<string, IssuedCode>();
  readonly exchanges: { code: string; errcode: number }[] = [];

  constructor(private readonly now: () => number) {}

  issue(openid: string): string {
    const code = `0${randomBytes(15).toString('hex')}`;
    this.codes.set(code, { openid, issuedAt: this.now(), used: false });
    return code;
  }

  /** sns/jscode2session's answer for this query. */
  exchange(query: URLSearchParams): Record<string, unknown> {
    const code = query.get('js_code') ?? '';
    const issued = this.codes.get(code);
    let answer: Record<string, unknown>;
    if (query.get('appid') !== APP_ID || query.get('secret') !== APP_SECRET) answer = { errcode: 40125, errmsg: 'invalid appsecret' };
    else if (query.get('grant_type') !== 'authorization_code') answer = { errcode: 40002, errmsg: 'invalid grant_type' };
    else if (!issued || this.now() - issued.issuedAt > CODE_LIFETIME_MS) answer = { errcode: 40029, errmsg: 'invalid code' };
    else if (issued.used) answer = { errcode: 40163, errmsg: 'code been used' };
    else {
      issued.used = true;
      answer = { openid: issued.openid, session_key: randomBytes(16).toString('base64') };
    }
    this.exchanges.push({ code, errcode: typeof answer.errcode === 'number' ? answer.errcode : 0 });
    return answer;
  }
}

export interface ApiServer {
  app: FastifyInstance;
  wechat: WechatBackend;
  upstream: Upstream;
  close(): Promise<void>;
}

/** The policy API with WeChat login, its clock the double's. */
export async function startApiServer(now: () => number): Promise<ApiServer> {
  const wechat = new WechatBackend(now);
  const fakeFetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.origin !== WECHAT_API_BASE || url.pathname !== '/sns/jscode2session') return new Response('{}', { status: 404 });
    // WeChat answers JSON as text/plain.
    return new Response(JSON.stringify(wechat.exchange(url.searchParams)), { status: 200, headers: { 'content-type': 'text/plain' } });
  }) as typeof fetch;
  const app = await buildApp({
    databasePath: ':memory:',
    tokenSecret: 'weapp-double-secret-0123456789',
    logger: false,
    now: () => new Date(now()),
    wechat: { appId: APP_ID, secret: APP_SECRET, apiBase: WECHAT_API_BASE },
    fetch: fakeFetch,
  });
  await app.ready();
  const upstream: Upstream = {
    origin: API_ORIGIN,
    async send(request) {
      const res = await app.inject({
        method: request.method as 'GET',
        url: request.path,
        headers: request.headers,
        ...(request.body !== undefined ? { payload: request.body } : {}),
        remoteAddress: '10.1.2.3',
      });
      return { status: res.statusCode, headers: res.headers, body: res.rawPayload };
    },
  };
  return { app, wechat, upstream, close: () => app.close() };
}
