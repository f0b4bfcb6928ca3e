// Every failure leaves the server in the contract's shape {error:{code,message,details}}.
import { STATUS_CODES } from 'node:http';
import { type Duplex } from 'node:stream';
import { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { BODY_LIMIT_BYTES, BODY_MESSAGES, ROUTES, errorAnswer, explain, type ErrorDetail, type RouteId } from '../src/api/contract';
import { ApiProblem } from './core/problem';
import { API_SECURITY_HEADERS } from './security-headers';
import { StoreUnavailable } from './storage/types';

/** Seconds a client is asked to wait when the store is unavailable: a database restart takes a few. */
export const STORE_RETRY_AFTER_SECONDS = 2;

const INTERNAL = { error: { code: 'INTERNAL_ERROR', message: '服务器内部错误，请稍后重试', details: [] } };

type ValidationContext = 'body' | 'querystring' | 'params';

function validationDetails(request: FastifyRequest, context: ValidationContext): ErrorDetail[] {
  const routeId: RouteId | undefined = request.routeOptions.config.routeId;
  const spec = routeId ? (ROUTES[routeId] as Partial<Record<ValidationContext, Parameters<typeof explain>[0]>>) : undefined;
  const schema = spec?.[context];
  const value = context === 'body' ? request.body : context === 'querystring' ? request.query : request.params;
  const details = schema ? explain(schema, value) : [];
  // ajv and explain agree on the contract's subset; never answer a 400 without a detail.
  return details.length > 0 ? details : [{ path: '', message: '请求内容不符合接口约定' }];
}

function declaredLength(request: FastifyRequest): number {
  return Number(request.headers['content-length']);
}

/** The contract answer for any error thrown inside Fastify, its plugins or our handlers. */
export function toProblem(error: FastifyError | ApiProblem, request: FastifyRequest): ApiProblem | null {
  if (error instanceof ApiProblem) return error;
  if (error instanceof StoreUnavailable) {
    const problem = new ApiProblem('STORE_UNAVAILABLE');
    problem.headers = { 'retry-after': String(STORE_RETRY_AFTER_SECONDS) };
    return problem;
  }
  if (error.validation && error.validationContext) {
    return new ApiProblem('VALIDATION_FAILED', undefined, validationDetails(request, error.validationContext as ValidationContext));
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiProblem('PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      // 413 comes before 400 (api.md, Validation details).
      return declaredLength(request) > BODY_LIMIT_BYTES
        ? new ApiProblem('PAYLOAD_TOO_LARGE')
        : new ApiProblem('VALIDATION_FAILED', BODY_MESSAGES.notJson, [{ path: '', message: BODY_MESSAGES.notJson }]);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiProblem('VALIDATION_FAILED', BODY_MESSAGES.malformedJson, [{ path: '', message: BODY_MESSAGES.malformedJson }]);
    default:
      break;
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return new ApiProblem('PAYLOAD_TOO_LARGE');
  if (status === 429) return new ApiProblem('RATE_LIMITED');
  if (status === 404) return new ApiProblem('NOT_FOUND');
  if (status === 401) return new ApiProblem('UNAUTHENTICATED');
  if (status >= 400 && status < 500) return new ApiProblem('VALIDATION_FAILED');
  return null;
}

const CLIENT_ERRORS: Record<string, [status: number, message: string]> = {
  HPE_HEADER_OVERFLOW: [431, '请求头过大（上限 16 KiB），请精简后重试'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, '请求未能在限定时间内发送完毕，请重试'],
};
const UNPARSABLE: [number, string] = [400, '请求格式无效，无法读取'];

/**
 * What Node's HTTP parser refuses before Fastify sees a request (a header over its limit: 431;
 * an unparsable request: 400; too slow: 408), answered in the contract's shape with the API's
 * headers while the socket can still take an answer.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const [status, message] = CLIENT_ERRORS[error.code ?? ''] ?? UNPARSABLE;
    const body = JSON.stringify(errorAnswer('VALIDATION_FAILED', message, [{ path: '', message }]));
    const headers = Object.entries(API_SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n${headers}\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/**
 * What of an unexpected failure may be logged: its type, a code-like code and the stack frames.
 * An error is known by its stack, not its class: socket errors come from Node's own realm.
 */
export function describeFailure(error: unknown): { type: string; code?: string; frames?: string[] } {
  const e = error as { stack?: unknown; code?: unknown; constructor?: { name?: unknown } } | null;
  if (typeof e !== 'object' || e === null || typeof e.stack !== 'string') return { type: typeof error };
  const code = e.code;
  return {
    type: typeof e.constructor?.name === 'string' ? e.constructor.name : 'Error',
    // A code-like code (ECONNREFUSED, SQLITE_BUSY) or an SQLSTATE (57P01).
    ...(typeof code === 'string' && /^([A-Z][A-Z0-9_]{0,63}|[0-9A-Z]{5})$/.test(code) ? { code } : {}),
    frames: e.stack.split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 15).map((line) => line.trim()),
  };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiProblem, request: FastifyRequest, reply: FastifyReply) => {
    const problem = toProblem(error, request);
    if (problem) {
      if (error instanceof StoreUnavailable) {
        // What the operator needs: which failure (ECONNREFUSED, 57P01, a pool timeout), never its text.
        const { type, code } = describeFailure(error.cause);
        request.log.warn({ code: problem.answer.error.code, status: problem.statusCode, cause: { type, code } }, 'store unavailable');
      } else {
        // Only the code: a parse error's text could quote the body (ID numbers). 404s come in
        // floods: their sampled access line says enough (access-log.ts).
        if (problem.statusCode !== 404) request.log.info({ code: problem.answer.error.code, status: problem.statusCode }, 'request rejected');
      }
      return reply.code(problem.statusCode).headers(problem.headers).type('application/json; charset=utf-8').send(problem.answer);
    }
    // Neither the client nor the log gets the message (it may quote a query or an ID number):
    // the log keeps the error's type, code and stack frames.
    request.log.error({ err: describeFailure(error) }, 'request failed');
    return reply.code(500).type('application/json; charset=utf-8').send(INTERNAL);
  });

  app.setNotFoundHandler((_request, reply) => {
    // Also a path under the H5 files that is no file: an API answer, never cached.
    return reply.code(404).headers(API_SECURITY_HEADERS).type('application/json; charset=utf-8').send(errorAnswer('NOT_FOUND'));
  });
}
