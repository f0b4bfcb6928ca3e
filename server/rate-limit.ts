// Requests a minute per client (api.md, Conventions): every request counts against its IP address
// (the socket's, or the client's as the proxies named in TRUST_PROXY report it), a request with a
// valid token also against its user, POST /auth/login also against a tenth of the budget per
// address. Files of the H5 app do not count; unknown paths do. Fixed one-minute windows, in this
// process's memory: with N instances behind a balancer a client may get up to N times the budget
// (README, "Several instances").
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { errorAnswer, type RouteId } from '../src/api/contract';

export const WINDOW_MS = 60_000;
const SWEEP_ABOVE = 10_000;

interface Window {
  count: number;
  start: number;
}

/** Counters of fixed windows; each hit is counted alone, so a concurrent burst is counted exactly. */
export class FixedWindows {
  private readonly windows = new Map<string, Window>();
  constructor(private readonly windowMs: number) {}

  /** Counts one hit of `key` at `t`; answers the count in its window and when the window ends. */
  hit(key: string, t: number): { count: number; resetAt: number } {
    if (this.windows.size > SWEEP_ABOVE) this.sweep(t);
    let w = this.windows.get(key);
    if (!w || w.start + this.windowMs <= t) {
      w = { count: 0, start: t };
      this.windows.set(key, w);
    }
    w.count += 1;
    return { count: w.count, resetAt: w.start + this.windowMs };
  }

  private sweep(t: number): void {
    for (const [key, w] of this.windows) if (w.start + this.windowMs <= t) this.windows.delete(key);
  }
}

export interface RateLimitOptions {
  perMinute: number;
  now: () => number;
  /** The logged-in user of a request, if its token is valid. */
  userOf: (request: FastifyRequest) => string | null;
}

const RATE_LIMITED = JSON.stringify(errorAnswer('RATE_LIMITED'));

export function rateLimiter({ perMinute, now, userOf }: RateLimitOptions) {
  const windows = new FixedWindows(WINDOW_MS);
  const loginsPerMinute = Math.max(1, Math.floor(perMinute / 10));

  const refuse = (reply: FastifyReply, resetAt: number, t: number): true => {
    reply
      .code(429)
      .header('retry-after', String(Math.max(1, Math.ceil((resetAt - t) / 1000))))
      .type('application/json; charset=utf-8')
      .send(RATE_LIMITED);
    return true;
  };

  return {
    /** Counts the request; answers 429 and true when one of its budgets is spent. */
    refused(request: FastifyRequest, reply: FastifyReply, routeId: RouteId | undefined): boolean {
      const t = now();
      let over = 0;
      const ip = windows.hit(`ip ${request.ip}`, t);
      if (ip.count > perMinute) over = Math.max(over, ip.resetAt);
      if (routeId === 'login') {
        const login = windows.hit(`login ${request.ip}`, t);
        if (login.count > loginsPerMinute) over = Math.max(over, login.resetAt);
      }
      const user = request.headers.authorization === undefined ? null : userOf(request);
      if (user !== null) {
        const own = windows.hit(`user ${user}`, t);
        if (own.count > perMinute) over = Math.max(over, own.resetAt);
      }
      return over > 0 ? refuse(reply, over, t) : false;
    },

    /** A request that turned out to be no H5 file (a missing one) counts after all. */
    count(request: FastifyRequest): void {
      windows.hit(`ip ${request.ip}`, now());
    },
  };
}

export type RateLimiter = ReturnType<typeof rateLimiter>;
