// The fuzz harness: an app on a fresh database of the store under test (a temporary SQLite file,
// or a new PostgreSQL database in the jest project `postgres`), so that a second connection can
// count rows ("nothing written"); requests through app.inject(), and the checks every answer
// must pass whatever was sent: never a 5xx, errors in the contract's shape, nothing leaked.
import { type FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '../../../server/app';
import { API_BASE_PATH, ERROR_STATUS, ROUTES, type ErrorCode } from '../../../src/api/contract';
import { createTestDatabase, type TestDatabase } from '../../support/test-store';

import { FUZZ_NOW, FUZZ_SECRET } from './constants';

export { FUZZ_NOW, FUZZ_SECRET, FUZZ_TODAY } from './constants';

/** Runs per endpoint: half built valid from the schemas, half malformed (FUZZ_RUNS overrides). */
export const RUNS = Math.max(2, Number(process.env.FUZZ_RUNS ?? 1000));
export const HALF = Math.ceil(RUNS / 2);

export interface FuzzRequest {
  method: 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH' | 'OPTIONS' | 'HEAD';
  url: string;
  headers?: Record<string, string>;
  payload?: string | Buffer;
}

export interface FuzzResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

export interface FuzzApp {
  app: FastifyInstance;
  /** The database the app writes to (unused when a storage was injected). */
  database: TestDatabase;
  send(req: FuzzRequest): Promise<FuzzResponse>;
  /** Rows in the enrollments table, read through a second connection (0 with an injected storage). */
  rows(): Promise<number>;
  login(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function fuzzApp(options: Partial<BuildAppOptions> = {}): Promise<FuzzApp> {
  const database = await createTestDatabase();
  const app = await buildApp({
    ...database.options,
    tokenSecret: FUZZ_SECRET,
    rateLimitPerMinute: 0,
    logger: false,
    now: () => FUZZ_NOW,
    ...options,
  });
  await app.ready();
  // With an injected storage there is no table of ours to count.
  const counted = !options.storage;
  const send = async (req: FuzzRequest): Promise<FuzzResponse> => {
    const res = await app.inject({
      method: req.method,
      url: req.url,
      headers: req.headers ?? {},
      ...(req.payload !== undefined ? { payload: req.payload } : {}),
    });
    return { status: res.statusCode, headers: res.headers, body: res.body };
  };
  let closed = false;
  return {
    app,
    database,
    send,
    rows: () => (counted ? database.count() : Promise.resolve(0)),
    async login(name) {
      const res = await send({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ code: `dev:${name}` }),
      });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.body}`);
      return (JSON.parse(res.body) as { token: string }).token;
    },
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await database.drop();
    },
  };
}

export const CONTRACT_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** Fails with the request in the message, so a counterexample can be replayed by hand. */
export function fail(req: FuzzRequest, res: FuzzResponse, why: string): never {
  const shown = (s: string | Buffer | undefined) => {
    const text = s === undefined ? '' : typeof s === 'string' ? s : s.toString('utf8');
    return text.length > 600 ? `${text.slice(0, 600)}… (${text.length} chars)` : text;
  };
  throw new Error(
    `${why}\n  request: ${req.method} ${req.url}\n  headers: ${JSON.stringify(req.headers ?? {})}\n  payload: ${JSON.stringify(shown(req.payload))}\n` +
      `  answer: ${res.status} ${shown(res.body)}`,
  );
}

/**
 * Signs of an internal leak in an answer: a stack frame, a file path, SQL, a driver's name or
 * message, a database URL. (The store's kind, `sqlite` or `postgres`, is /health's to tell.)
 */
export const LEAK =
  /\bat [^\n]*[(:][^\n]*:\d+:\d+|node_modules|\/server\/|\.ts:\d|SQLITE_|\.sqlite\b|SELECT |INSERT INTO|DELETE FROM|better-sqlite3|pg-pool|pg-protocol|duplicate key|violates|ECONNREFUSED|Connection terminated|postgres(ql)?:\/\//;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: { path: string; message: string }[] };
}

/**
 * What every answer owes, whatever the request: no 5xx, no leak; an error in the shape
 * {error:{code,message,details?}} with a contract code matching the status; JSON where there is a body.
 */
export function checkAnyAnswer(req: FuzzRequest, res: FuzzResponse): ErrorBody | unknown {
  if (res.status >= 500) fail(req, res, `5xx answer`);
  if (LEAK.test(res.body)) fail(req, res, 'answer leaks internals');
  if (req.method === 'HEAD' || res.status === 204) {
    if (res.body !== '') fail(req, res, 'body on a HEAD or 204 answer');
    return undefined;
  }
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/json')) fail(req, res, `content-type ${type}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(res.body);
  } catch {
    fail(req, res, 'answer is not JSON');
  }
  if (res.status >= 400) checkErrorShape(req, res, parsed);
  else if (res.status < 200 || res.status >= 300) fail(req, res, `unexpected status ${res.status}`);
  checkRouting(req, res, parsed);
  return parsed;
}

/** The contract's routes as [method, path regex] (api.md), plus the OpenAPI document. */
const ROUTE_TABLE: [string, RegExp][] = [
  ...Object.values(ROUTES).map((r): [string, RegExp] => [r.method, new RegExp(`^${API_BASE_PATH}${r.path.replace(/:[A-Za-z]+/g, '[^/]*')}$`)]),
  ['GET', new RegExp(`^${API_BASE_PATH}/openapi\\.json$`)],
];

/**
 * The path as inject routes it: light-my-request parses the URL the WHATWG way, which resolves
 * dot segments, `%2e%2e` included (`/api/v1/x/%2e%2e/regions` is `/api/v1/regions`).
 */
function routedPath(url: string): string {
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return url.split('?')[0] ?? '';
  }
}

/** Methods the contract answers on a path (HEAD wherever GET is). */
export function allowedMethods(url: string): string[] {
  const path = routedPath(url);
  const methods = ROUTE_TABLE.filter(([, re]) => re.test(path)).map(([m]) => m);
  return methods.includes('GET') ? [...methods, 'HEAD'] : methods;
}

const hasBadEncoding = (url: string) => {
  try {
    decodeURI(url.split('?')[0] ?? '');
    for (const seg of (url.split('?')[0] ?? '').split('/')) decodeURIComponent(seg);
    return false;
  } catch {
    return true;
  }
};

/** api.md: an unknown path or method is 404 NOT_FOUND (a body over 64 KiB may be 413 first), whatever the body. */
function checkRouting(req: FuzzRequest, res: FuzzResponse, parsed: unknown): void {
  if (allowedMethods(req.url).includes(req.method)) return;
  if (req.method === 'HEAD') {
    if (res.status !== 404 && res.status !== 413 && !(res.status === 400 && hasBadEncoding(req.url))) fail(req, res, 'an unknown path or method must be 404');
    return;
  }
  const code = (parsed as ErrorBody | undefined)?.error?.code;
  if (code === 'NOT_FOUND' || code === 'PAYLOAD_TOO_LARGE') return;
  if (code === 'VALIDATION_FAILED' && hasBadEncoding(req.url)) return;
  fail(req, res, 'an unknown path or method must be 404 NOT_FOUND, whatever its body');
}

export function checkErrorShape(req: FuzzRequest, res: FuzzResponse, parsed: unknown): asserts parsed is ErrorBody {
  const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isPlain(parsed) || Object.keys(parsed).join() !== 'error') fail(req, res, 'error answer is not {error:…}');
  const e = parsed.error;
  if (!isPlain(e)) fail(req, res, 'error is not an object');
  for (const k of Object.keys(e)) if (!['code', 'message', 'details'].includes(k)) fail(req, res, `unexpected error field ${k}`);
  if (!CONTRACT_CODES.includes(e.code as ErrorCode)) fail(req, res, `code ${String(e.code)} is not in the contract`);
  if (ERROR_STATUS[e.code as ErrorCode] !== res.status) fail(req, res, `code ${String(e.code)} with status ${res.status}`);
  if (typeof e.message !== 'string' || e.message === '') fail(req, res, 'error without a message');
  if (e.details !== undefined) {
    if (!Array.isArray(e.details)) fail(req, res, 'details is not an array');
    for (const d of e.details as unknown[]) {
      if (!isPlain(d) || typeof d.path !== 'string' || typeof d.message !== 'string' || Object.keys(d).length !== 2) {
        fail(req, res, 'malformed detail');
      }
    }
  }
}

/** Asserts the answer is the given error code. */
export function expectCode(req: FuzzRequest, res: FuzzResponse, ...codes: ErrorCode[]): void {
  const parsed = checkAnyAnswer(req, res) as ErrorBody | undefined;
  if (res.status < 400 || !parsed || !codes.includes(parsed.error.code)) fail(req, res, `expected ${codes.join(' or ')}`);
}

/** A per-endpoint tally, printed once per file. */
export class Tally {
  private readonly rows = new Map<string, { valid: number; malformed: number; statuses: Map<number, number> }>();
  add(endpoint: string, kind: 'valid' | 'malformed', status: number): void {
    const row = this.rows.get(endpoint) ?? { valid: 0, malformed: 0, statuses: new Map() };
    row[kind] += 1;
    row.statuses.set(status, (row.statuses.get(status) ?? 0) + 1);
    this.rows.set(endpoint, row);
  }
  get(endpoint: string) {
    return this.rows.get(endpoint) ?? { valid: 0, malformed: 0, statuses: new Map<number, number>() };
  }
  print(title: string): void {
    const lines = [...this.rows.entries()].map(([endpoint, r]) => {
      const statuses = [...r.statuses.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ');
      return `  ${endpoint.padEnd(36)} runs ${String(r.valid + r.malformed).padStart(5)} (valid ${r.valid}, malformed ${r.malformed})  ${statuses}`;
    });
    process.stdout.write(`\n[fuzz] ${title}\n${lines.join('\n')}\n`);
  }
}
