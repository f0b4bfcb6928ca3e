// A contract error on its way to the client, and the engine's Result errors as such: thrown by
// the shared operations and answered alike by the server's error handler and the mocks.
import { ERROR_STATUS, errorAnswer, type ErrorAnswer, type ErrorCode, type ErrorDetail } from '../../src/api/contract';
import { type Result } from '../../src/domain';

export class ApiProblem extends Error {
  readonly statusCode: number;
  readonly answer: ErrorAnswer;
  /** Headers the answer carries (Retry-After on a 503). */
  headers: Record<string, string> = {};
  constructor(code: ErrorCode, message?: string, details: ErrorDetail[] = []) {
    super(code);
    this.name = 'ApiProblem';
    this.statusCode = ERROR_STATUS[code];
    this.answer = errorAnswer(code, message, details);
  }
}

/** The engine's value, or its error (VALIDATION_FAILED / REGION_UNSUPPORTED) thrown as a problem. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ApiProblem(result.error.code, result.error.message, result.error.details);
  return result.value;
}
