// Request/response plumbing for the handlers, mirroring the server's order of checks:
// 401 (before the body), 413, 400 (not JSON, malformed JSON, schema), then the engine.
import { type TSchema } from '@sinclair/typebox';
import { HttpResponse } from 'msw';
import {
  BODY_LIMIT_BYTES,
  BODY_MESSAGES,
  ERROR_STATUS,
  errorAnswer,
  type ErrorCode,
  type ErrorDetail,
} from '../src/api/contract';
import { type MockStore } from './store';
import { violations } from './validate';

export interface MockContext {
  store: MockStore;
  now: () => Date;
  version: string;
  /** Path prefix the handlers match: '*' + '/api/v1' (any origin) unless one origin is given. */
  base: string;
}

/** Thrown inside a handler: becomes the contract error answer. */
export class MockProblem extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detailMessage?: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(code);
  }
}

export const json = (body: unknown, status = 200) => HttpResponse.json(body as Record<string, unknown>, { status });

export const problemResponse = (p: MockProblem) =>
  HttpResponse.json(errorAnswer(p.code, p.detailMessage, p.details), { status: ERROR_STATUS[p.code] });

/** Runs a handler body, turning MockProblem into its answer. */
export async function answer(run: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof MockProblem) return problemResponse(e);
    throw e;
  }
}

export function requireUser(request: Request, ctx: MockContext): string {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec((request.headers.get('authorization') ?? '').trim());
  const user = match?.[1] ? ctx.store.userOf(match[1], ctx.now()) : null;
  if (!user) throw new MockProblem('UNAUTHENTICATED');
  return user;
}

const notJson = () => new MockProblem('VALIDATION_FAILED', BODY_MESSAGES.notJson, [{ path: '', message: BODY_MESSAGES.notJson }]);
const malformed = () => new MockProblem('VALIDATION_FAILED', BODY_MESSAGES.malformedJson, [{ path: '', message: BODY_MESSAGES.malformedJson }]);

export function check<T>(schema: TSchema, value: unknown): T {
  const details = violations(schema, value);
  if (details) throw new MockProblem('VALIDATION_FAILED', undefined, details);
  return value as T;
}

/** The JSON body, validated against `schema`. */
export async function readBody<T>(request: Request, schema: TSchema): Promise<T> {
  if (Number(request.headers.get('content-length')) > BODY_LIMIT_BYTES) throw new MockProblem('PAYLOAD_TOO_LARGE');
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > BODY_LIMIT_BYTES) throw new MockProblem('PAYLOAD_TOO_LARGE');
  const contentType = request.headers.get('content-type');
  if (contentType === null) {
    if (bytes.byteLength > 0) throw notJson();
    return check<T>(schema, undefined);
  }
  if (contentType.split(';')[0]?.trim().toLowerCase() !== 'application/json') throw notJson();
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') throw malformed();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed();
  }
  if (poisoned(value)) throw malformed();
  return check<T>(schema, value);
}

// Fastify's JSON parser refuses __proto__ and constructor.prototype keys as malformed JSON.
function poisoned(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(poisoned);
  if (typeof value !== 'object' || value === null) return false;
  for (const [key, child] of Object.entries(value)) {
    if (key === '__proto__') return true;
    if (key === 'constructor' && typeof child === 'object' && child !== null && Object.hasOwn(child, 'prototype')) return true;
    if (poisoned(child)) return true;
  }
  return false;
}

/** Query parameters as Fastify parses them: a repeated name becomes an array. */
export function queryOf(request: Request): Record<string, string | string[]> {
  const params = new URL(request.url).searchParams;
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? (all[0] ?? '') : all;
  }
  return out;
}

/** An engine Result error as a MockProblem. */
export function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string; details: ErrorDetail[] } }): T {
  if (!result.ok) throw new MockProblem(result.error.code, result.error.message, result.error.details);
  return result.value;
}
