// wx.request as WeChat implements it, forwarded to an in-process server:
// - `content-type: application/json` is added to every request whose header has none, bodies or
//   not (a DELETE without data included);
// - `data`: for GET an object becomes the query string; otherwise a string is sent as it is and an
//   object as JSON (or as a form with a form content type); nothing else is guessed at;
// - `success` for every status code (400, 500 too); `dataType: 'json'` parses a JSON body;
// - timeout 60 s by default and at most (app.json's networkTimeout is not set), `request:fail
//   timeout` after it, a late answer dropped;
// - 10 requests at once; later ones wait in line (WeChat queues them since base library 1.4.0);
// - only https, only the registered request domains.
// Tests can make the network lose requests (`failNext`) or answers (`loseNextAnswers`).
import { type VirtualClock } from './clock';
import { type Realm } from './realm';

export const WX_MAX_CONCURRENT_REQUESTS = 10;
export const WX_REQUEST_TIMEOUT_MS = 60_000;

export interface UpstreamRequest {
  method: string;
  /** Path and query. */
  path: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
}

export interface UpstreamAnswer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: Buffer;
}

export interface Upstream {
  /** e.g. https://yunbao.example.invalid */
  origin: string;
  send(request: UpstreamRequest): Promise<UpstreamAnswer>;
  /** Its answers may never come (a test's stalled server): settle() does not wait for them. */
  mayHang?: boolean;
}

export interface RequestRecord {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  status?: number;
  /** The answer's body as text. */
  answer?: string;
  errMsg?: string;
  fault?: 'failed' | 'answer-lost';
  startedAt: number;
}

type Callback = (result: unknown) => void;

export interface WxRequestOptions {
  url?: unknown;
  data?: unknown;
  header?: Record<string, unknown>;
  timeout?: unknown;
  method?: unknown;
  dataType?: unknown;
  responseType?: unknown;
  success?: Callback;
  fail?: Callback;
  complete?: Callback;
}

const METHODS = new Set(['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'CONNECT']);

// iOS hands headers to the mini-program with canonical capitalisation (Content-Type): code that
// reads them must not rely on lower case.
const canonical = (name: string) => name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());

function queryString(data: Record<string, unknown>): string {
  return Object.entries(data)
    .map(([k, v]) => {
      if (typeof v === 'object' && v !== null) throw new Error(`wx.request: nested object in GET data (${k}): WeChat would send "[object Object]"`);
      return `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`;
    })
    .join('&');
}

export class WxNetwork {
  readonly log: RequestRecord[] = [];
  peakConcurrent = 0;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly inHost = new Set<Promise<unknown>>();
  private failures = 0;
  private lostAnswers = 0;

  constructor(
    private readonly options: {
      upstreams: Upstream[];
      clock: VirtualClock;
      realm: () => Realm;
      /** An exception thrown by the app's callback (WeChat reports it as an app error). */
      onCallbackError: (e: unknown) => void;
    },
  ) {}

  /** The next `n` requests fail before reaching the server (`request:fail`). */
  failNext(n = 1): void {
    this.failures += n;
  }

  /** The next `n` requests reach the server, but their answers are lost: the app sees a timeout. */
  loseNextAnswers(n = 1): void {
    this.lostAnswers += n;
  }

  /** A request is with the server right now (real time passes until it answers). */
  get busy(): boolean {
    return this.inHost.size > 0;
  }

  async idle(): Promise<void> {
    while (this.inHost.size > 0) await Promise.allSettled([...this.inHost]);
  }

  get queued(): number {
    return this.waiting.length;
  }

  request(o: WxRequestOptions): { abort(): void; onHeadersReceived(): void; offHeadersReceived(): void } {
    let done = false;
    let timer: number | null = null;
    let release: (() => void) | null = null;
    const record: RequestRecord = { method: '', url: String(o.url), headers: {}, body: undefined, startedAt: this.options.clock.now() };
    const finish = (ok: boolean, result: Record<string, unknown>) => {
      if (done) return;
      done = true;
      if (timer !== null) this.options.clock.cancel(timer);
      release?.();
      if (!ok) record.errMsg = String(result.errMsg);
      const value = this.options.realm().json(result);
      try {
        (ok ? o.success : o.fail)?.(value);
      } catch (e) {
        this.options.onCallbackError(e);
      }
      try {
        o.complete?.(value);
      } catch (e) {
        this.options.onCallbackError(e);
      }
    };
    const task = {
      abort: () => finish(false, { errMsg: 'request:fail abort', errno: 5 }),
      onHeadersReceived: () => undefined,
      offHeadersReceived: () => undefined,
    };

    let prepared: { upstream: Upstream; request: UpstreamRequest; dataType: string; responseType: string; timeoutMs: number };
    try {
      prepared = this.prepare(o, record);
    } catch (e) {
      this.log.push(record);
      this.options.clock.schedule(() => finish(false, { errMsg: `request:fail ${(e as Error).message}` }), 0, false);
      return task;
    }
    this.log.push(record);
    // The timeout runs from the call, waiting in line included: stricter than counting from the send.
    timer = this.options.clock.schedule(() => finish(false, { errMsg: 'request:fail timeout', errno: 5 }), prepared.timeoutMs, false);

    const start = () => {
      if (done) return;
      this.active += 1;
      this.peakConcurrent = Math.max(this.peakConcurrent, this.active);
      let released = false;
      release = () => {
        if (released) return;
        released = true;
        this.active -= 1;
        this.waiting.shift()?.();
      };
      if (this.failures > 0) {
        this.failures -= 1;
        record.fault = 'failed';
        this.options.clock.schedule(() => finish(false, { errMsg: 'request:fail net::ERR_CONNECTION_RESET', errno: 600001 }), 0, false);
        return;
      }
      const loseAnswer = this.lostAnswers > 0;
      if (loseAnswer) {
        this.lostAnswers -= 1;
        record.fault = 'answer-lost';
      }
      const sent = prepared.upstream.send(prepared.request).then(
        (answer) => {
          record.status = answer.status;
          record.answer = answer.body.toString('utf8');
          // The server did its work; the answer never reaches the phone: the timeout will fire.
          if (loseAnswer) {
            release?.();
            return;
          }
          const header: Record<string, string> = {};
          for (const [k, v] of Object.entries(answer.headers)) if (v !== undefined) header[canonical(k)] = Array.isArray(v) ? v.join(', ') : String(v);
          let data: unknown = record.answer;
          if (prepared.responseType === 'arraybuffer') data = undefined;
          else if (prepared.dataType === 'json') {
            try {
              data = JSON.parse(record.answer);
            } catch {
              data = record.answer;
            }
          }
          finish(true, { data, statusCode: answer.status, header, cookies: [], errMsg: 'request:ok' });
        },
        (e: unknown) => finish(false, { errMsg: `request:fail ${(e as Error).message}` }),
      );
      if (!prepared.upstream.mayHang) {
        this.inHost.add(sent);
        void sent.finally(() => this.inHost.delete(sent));
      }
    };
    if (this.active < WX_MAX_CONCURRENT_REQUESTS) start();
    else this.waiting.push(start);
    return task;
  }

  private prepare(o: WxRequestOptions, record: RequestRecord) {
    const url = typeof o.url === 'string' ? o.url : '';
    const method = (typeof o.method === 'string' ? o.method : 'GET').toUpperCase();
    record.method = method;
    if (!METHODS.has(method)) throw new Error(`invalid method ${method}`);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error('invalid url');
    }
    if (parsed.protocol !== 'https:') throw new Error('url not in domain list (https only)');
    const upstream = this.options.upstreams.find((u) => u.origin === parsed.origin);
    if (!upstream) throw new Error(`url not in domain list: ${parsed.origin}`);

    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(o.header ?? {})) {
      if (/^referer$/i.test(k)) continue; // WeChat sets its own
      if (v !== undefined && v !== null) headers[k.toLowerCase()] = String(v);
    }
    headers['content-type'] ??= 'application/json';
    headers.referer = 'https://servicewechat.com/wxdouble/0/page-frame.html';
    headers['user-agent'] = 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5 like Mac OS X) MicroMessenger/8.0.50 miniProgram';

    let body: Buffer | undefined;
    const data = o.data;
    if (method === 'GET') {
      if (typeof data === 'string' && data !== '') throw new Error('a string as GET data: WeChat appends it to the URL unencoded; the app must not rely on that');
      if (typeof data === 'object' && data !== null) {
        const q = queryString(data as Record<string, unknown>);
        if (q) parsed.search = parsed.search ? `${parsed.search}&${q}` : `?${q}`;
      }
    } else if (typeof data === 'string') {
      body = Buffer.from(data, 'utf8');
    } else if (data instanceof ArrayBuffer) {
      body = Buffer.from(data);
    } else if (typeof data === 'object' && data !== null) {
      const type = headers['content-type']!.split(';')[0]!.trim().toLowerCase();
      if (type === 'application/json') body = Buffer.from(JSON.stringify(data), 'utf8');
      else if (type === 'application/x-www-form-urlencoded') body = Buffer.from(queryString(data as Record<string, unknown>), 'utf8');
      else throw new Error(`object data with content-type ${type}: WeChat's serialisation is not defined`);
    } else if (data !== undefined && data !== null) {
      body = Buffer.from(String(data), 'utf8');
    }
    if (body !== undefined) headers['content-length'] = String(body.length);
    record.url = parsed.toString();
    record.headers = { ...headers };
    record.body = body?.toString('utf8');
    const requested = typeof o.timeout === 'number' && o.timeout > 0 ? o.timeout : WX_REQUEST_TIMEOUT_MS;
    return {
      upstream,
      request: { method, path: `${parsed.pathname}${parsed.search}`, headers, body },
      dataType: typeof o.dataType === 'string' ? o.dataType : 'json',
      responseType: typeof o.responseType === 'string' ? o.responseType : 'text',
      timeoutMs: Math.min(requested, WX_REQUEST_TIMEOUT_MS),
    };
  }
}
