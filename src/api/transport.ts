// What the client needs from HTTP: one request in, one response (or a TransportFailure) out.
// Injected, so the app uses Taro.request and tests/H5 use fetch.
export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface TransportRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  /** A JSON value; the transport serialises it. Absent for GET/DELETE. */
  body?: unknown;
  timeoutMs: number;
}

export interface TransportResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** Parsed JSON when the answer is JSON, else the raw text ('' when empty). */
  body: unknown;
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** The request never got an HTTP answer. */
export class TransportFailure extends Error {
  constructor(
    readonly kind: 'network' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'TransportFailure';
  }
}

/** JSON text to a value; anything that is not JSON stays text. */
export function parseBody(text: string): unknown {
  if (text === '') return '';
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
