// Registers one endpoint of the contract's route table: schema (validation + OpenAPI), login
// check before the body is read, and the route id for error details.
import fastJson from 'fast-json-stringify';
import { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifySerializerCompiler } from 'fastify';
import { ErrorAnswer, ROUTES, type RouteId, type RouteSpec } from '../../src/api/contract';
import { type Principal } from '../auth/login';
import { authenticate } from '../core/auth';
import { type AppContext } from '../context';
import { ApiProblem } from '../core/problem';

/** An answer body to send (Fastify serialises it), or a promise of one. */
export type Handler = (request: FastifyRequest, reply: FastifyReply) => unknown;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'VALIDATION_FAILED：请求内容有误',
  401: 'UNAUTHENTICATED：未登录或登录已失效',
  404: 'NOT_FOUND / REGION_UNSUPPORTED',
  409: 'ENROLLMENT_EXISTS：该编号已登记',
  413: 'PAYLOAD_TOO_LARGE：请求体超过 64 KiB',
  429: 'RATE_LIMITED：请求过于频繁（见 Retry-After）',
  503: 'STORE_UNAVAILABLE：数据库暂时无法访问，请按 Retry-After 稍后重试（重复提交同一登记是安全的）',
};

function responses(spec: RouteSpec): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  out[spec.success.status] = spec.success.schema
    ? { ...spec.success.schema, description: spec.success.status === 201 ? '已登记' : '成功' }
    : { type: 'null', description: '已删除' };
  if (spec.success.replay && spec.success.schema) {
    out[spec.success.replay] = { ...spec.success.schema, description: '同一用户以相同数据重复提交：返回首次保存的记录' };
  }
  const statuses = [400, 404, 413, 429, ...(spec.errors ?? [])].sort((a, b) => a - b);
  for (const s of statuses) out[s] = { ...ErrorAnswer, description: ERROR_DESCRIPTIONS[s] ?? '错误' };
  return out;
}

/** The logged-in principal of the request's bearer token, else null; read once per request. */
export function principalOf(request: FastifyRequest, ctx: AppContext): Principal | null {
  if (request.principal === undefined) request.principal = authenticate(request.headers.authorization, ctx.tokens, ctx.login, ctx.now());
  return request.principal;
}

type JsonSchema = { [keyword: string]: unknown };

const isSchema = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A schema as the compiled serializer reads it: the same answers written, with checks it makes by
 * `typeof` instead of running a validator per union. A string literal or a union of them is a
 * string (written as it is: fast-json-stringify would write a lone `const` whatever the value),
 * `X | null` is X, nullable; other unions stay unions.
 */
export function serializationSchema(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.anyOf)) {
    const branches = (schema.anyOf as JsonSchema[]).map(serializationSchema);
    const nonNull = branches.filter((b) => b.type !== 'null');
    if (nonNull.length === 1 && branches.length === 2 && nonNull[0]!.anyOf === undefined) return { ...nonNull[0], nullable: true };
    if (branches.every((b) => b.type === 'string' && b.anyOf === undefined && b.nullable === undefined)) return { type: 'string' };
    return { ...schema, anyOf: branches };
  }
  const out: JsonSchema = { ...schema };
  if (out.const !== undefined) {
    delete out.const;
    out.type = typeof schema.const;
  }
  if (isSchema(schema.properties)) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, serializationSchema(value as JsonSchema)]));
  }
  if (isSchema(schema.items)) out.items = serializationSchema(schema.items);
  return out;
}

/** An answer as it is: response schemas document, they never drop a field (app.ts's serializer). */
export const answerAsIs = (answer: unknown): string => JSON.stringify(answer);

/**
 * A computation's success answer written by a serializer compiled from its schema
 * (fast-json-stringify) instead of `JSON.stringify`: about half its time (the allowance's answer
 * 1,728 → 906 ns in one process; bench/README.md). A compiled serializer writes only what its
 * schema names, so the tests hold every answer of the engine to it: the same value back, field
 * for field (tests/server/answer-serializers.test.ts). Undefined for the other routes: they, and
 * every error answer, are written as they are (`answerAsIs`).
 */
export function answerSerializer(id: RouteId): ((answer: unknown) => string) | undefined {
  const spec: RouteSpec = ROUTES[id];
  return spec.tag === 'computations' && spec.success.schema ? fastJson(serializationSchema(spec.success.schema as JsonSchema)) : undefined;
}

function serializerCompilerOf(id: RouteId): FastifySerializerCompiler<unknown> | undefined {
  const serialize = answerSerializer(id);
  if (!serialize) return undefined;
  const success = String(ROUTES[id].success.status);
  return ({ httpStatus }) => (httpStatus === success ? serialize : answerAsIs);
}

export function defineRoute(app: FastifyInstance, ctx: AppContext, id: RouteId, handler: Handler): void {
  const spec: RouteSpec = ROUTES[id];
  const serializerCompiler = serializerCompilerOf(id);
  app.route({
    method: spec.method,
    url: spec.path,
    config: { routeId: id },
    schema: {
      operationId: id,
      summary: spec.summary,
      tags: [spec.tag],
      // Every operation says how it is authorised: the bearer token, or none (public).
      security: spec.auth ? [{ bearerAuth: [] }] : [],
      ...(spec.body ? { body: spec.body } : {}),
      ...(spec.querystring ? { querystring: spec.querystring } : {}),
      ...(spec.params ? { params: spec.params } : {}),
      response: responses(spec),
    },
    // onRequest runs before the body is read: 401 comes before 413 and 400 (api.md).
    ...(spec.auth
      ? {
          onRequest: async (request: FastifyRequest) => {
            if (!principalOf(request, ctx)) throw new ApiProblem('UNAUTHENTICATED');
          },
        }
      : {}),
    ...(serializerCompiler ? { serializerCompiler } : {}),
    handler,
  });
}
