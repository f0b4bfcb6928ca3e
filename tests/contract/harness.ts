// One way to call the API over real HTTP (fetch), used against the server on a real port and
// against the msw handlers alike.
import { expect } from '@jest/globals';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as is (malformed JSON, other content types). */
  raw?: string;
  /** Sent as a stream: no content-length. */
  chunks?: string[];
  headers?: Record<string, string>;
  token?: string;
}

export interface Api {
  call(method: string, path: string, options?: CallOptions): Promise<Reply>;
  login(name: string): Promise<string>;
}

export function apiAt(base: string): Api {
  const call: Api['call'] = async (method, path, o = {}) => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    let body: BodyInit | undefined;
    if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers['content-type'] ??= 'application/json';
    } else if (o.raw !== undefined) {
      body = o.raw;
    } else if (o.chunks) {
      const chunks = o.chunks.map((c) => new TextEncoder().encode(c));
      body = new ReadableStream({
        pull(controller) {
          const next = chunks.shift();
          if (next) controller.enqueue(next);
          else controller.close();
        },
      });
    }
    const init: RequestInit & { duplex?: 'half' } = { method, headers, body };
    if (o.chunks) init.duplex = 'half';
    const res = await fetch(`${base}${path}`, init);
    const text = await res.text();
    let json: unknown = undefined;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  };
  return {
    call,
    async login(name) {
      const res = await call('POST', '/api/v1/auth/login', { body: { code: `dev:${name}` } });
      expect(res.status).toBe(200);
      return (res.json as { token: string }).token;
    },
  };
}

export interface ErrorJson {
  error: { code: string; message: string; details: { path: string; message: string }[] };
}

export function expectError(res: Reply, status: number, code: string, path?: string): ErrorJson['error'] {
  expect({ status: res.status, code: (res.json as ErrorJson | undefined)?.error?.code }).toEqual({ status, code });
  const error = (res.json as ErrorJson).error;
  expect(error.message).toMatch(/\p{Script=Han}/u);
  if (path !== undefined) expect(error.details.map((d) => d.path)).toContain(path);
  return error;
}
