// Shared by the server tests: an app on an in-memory database with a settable clock, driven
// through app.inject() (no sockets, so msw's global setup never sees these requests).
import { type FastifyInstance, type InjectOptions } from 'fastify';
import { buildApp, type BuildAppOptions } from '../../server/app';
import { FIXED_NOW } from '../../mock/fixtures';

export const TEST_SECRET = 'test-secret-0123456789abcdef';

export interface Clock {
  now: Date;
  advance(ms: number): void;
}

export function fakeClock(start: Date = FIXED_NOW): Clock {
  const clock: Clock = {
    now: new Date(start),
    advance(ms) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  return clock;
}

export interface TestApp {
  app: FastifyInstance;
  clock: Clock;
  login(name: string): Promise<string>;
  send(method: InjectOptions['method'], url: string, options?: { body?: unknown; token?: string; headers?: Record<string, string> }): Promise<Res>;
  close(): Promise<void>;
}

export interface Res {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  json: <T = Record<string, unknown>>() => T;
}

export async function makeApp(options: Partial<BuildAppOptions> = {}, clock: Clock = fakeClock()): Promise<TestApp> {
  const app = await buildApp({
    databasePath: ':memory:',
    tokenSecret: TEST_SECRET,
    rateLimitPerMinute: 0,
    logger: false,
    now: () => clock.now,
    ...options,
  });
  await app.ready();
  const send: TestApp['send'] = async (method, url, o = {}) => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    let payload: string | undefined;
    if (o.body !== undefined) {
      payload = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
    }
    const res = await app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
    return { status: res.statusCode, headers: res.headers, body: res.body, json: <T,>() => JSON.parse(res.body) as T };
  };
  return {
    app,
    clock,
    send,
    async login(name) {
      const res = await send('POST', '/api/v1/auth/login', { body: { code: `dev:${name}` } });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.body}`);
      return res.json<{ token: string }>().token;
    },
    close: () => app.close(),
  };
}

export const errorOf = (res: Res) => res.json<{ error: { code: string; message: string; details: { path: string; message: string }[] } }>().error;
