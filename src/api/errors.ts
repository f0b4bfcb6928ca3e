// The one error type the app sees from the API: the contract's code and Chinese message, or
// NETWORK / TIMEOUT / UNEXPECTED when no contract answer arrived.
import type { ErrorCode, ErrorDetail } from './contract/common';

export type ApiErrorCode = ErrorCode | 'NETWORK' | 'TIMEOUT' | 'UNEXPECTED';

export const CLIENT_MESSAGES = {
  NETWORK: '网络连接失败，请检查网络后重试',
  TIMEOUT: '请求超时，请稍后重试',
  UNEXPECTED: '服务暂时不可用，请稍后重试',
} as const;

const CONTRACT_CODES: readonly string[] = [
  'VALIDATION_FAILED',
  'REGION_UNSUPPORTED',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'ENROLLMENT_EXISTS',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'STORE_UNAVAILABLE',
];

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: ErrorDetail[];
  /** Seconds to wait, from Retry-After on 429 and 503. */
  readonly retryAfterSeconds: number | null;

  constructor(init: { status: number; code: ApiErrorCode; message: string; details?: ErrorDetail[]; retryAfterSeconds?: number | null }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  /** NETWORK and TIMEOUT: nothing reached the server, or its answer was lost. */
  get isConnectivity(): boolean {
    return this.code === 'NETWORK' || this.code === 'TIMEOUT';
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function toDetails(v: unknown): ErrorDetail[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isRecord).map((d) => ({ path: String(d.path ?? ''), message: String(d.message ?? '') }));
}

/** An HTTP answer that is not a success, as an ApiError. */
export function errorFromResponse(status: number, headers: Record<string, string>, body: unknown): ApiError {
  const retryAfter = Number(headers['retry-after']);
  const retryAfterSeconds = Number.isFinite(retryAfter) && headers['retry-after'] !== undefined ? retryAfter : null;
  const error = isRecord(body) ? body.error : undefined;
  if (isRecord(error) && typeof error.code === 'string' && CONTRACT_CODES.includes(error.code)) {
    return new ApiError({
      status,
      code: error.code as ErrorCode,
      message: typeof error.message === 'string' && error.message !== '' ? error.message : CLIENT_MESSAGES.UNEXPECTED,
      details: toDetails(error.details),
      retryAfterSeconds,
    });
  }
  return new ApiError({ status, code: 'UNEXPECTED', message: CLIENT_MESSAGES.UNEXPECTED, retryAfterSeconds });
}
