// An endpoint of the contract as an msw handler: the transport-level checks the server makes
// before its operation runs, in the server's order: 401 (before the body), 413, 400 (not JSON,
// malformed JSON, schema), then the shared operation (server/core/operations.ts).
import { type TSchema } from '@sinclair/typebox';
import { HttpResponse, http, type HttpHandler } from 'msw';
import { BODY_LIMIT_BYTES, BODY_MESSAGES, ROUTES, type RouteId } from '../src/api/contract';
import { parseJsonBody, parseQuery } from '../server/core/body';
import { type LoginResolver } from '../server/auth/login';
import { authenticate } from '../server/core/auth';
import { type Operation } from '../server/core/operations';
import { ApiProblem } from '../server/core/problem';
import { type MockStore } from './store';
import { violations } from './validate';

export interface MockContext {
  store: MockStore;
  login: LoginResolver;
  now: () => Date;
  /** Path prefix the handlers match: '*' + '/api/v1' (any origin) unless one origin is given. */
  base: string;
}

export const problemResponse = (p: ApiProblem) => HttpResponse.json(p.answer, { status: p.statusCode });

function check(schema: TSchema, value: unknown): unknown {
  const details = violations(schema, value);
  if (details) throw new ApiProblem('VALIDATION_FAILED', undefined, details);
  return value;
}

function requireUser(request: Request, ctx: MockContext): string {
  const principal = authenticate(request.headers.get('authorization'), ctx.store.tokens, ctx.login, ctx.now());
  if (!principal) throw new ApiProblem('UNAUTHENTICATED');
  return principal.user;
}

const notJson = () => new ApiProblem('VALIDATION_FAILED', BODY_MESSAGES.notJson, [{ path: '', message: BODY_MESSAGES.notJson }]);

/** The JSON body, validated against `schema`. */
async function readBody(request: Request, schema: TSchema): Promise<unknown> {
  if (Number(request.headers.get('content-length')) > BODY_LIMIT_BYTES) throw new ApiProblem('PAYLOAD_TOO_LARGE');
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > BODY_LIMIT_BYTES) throw new ApiProblem('PAYLOAD_TOO_LARGE');
  const contentType = request.headers.get('content-type');
  if (contentType === null) {
    if (bytes.byteLength > 0) throw notJson();
    return check(schema, undefined);
  }
  if (contentType.split(';')[0]?.trim().toLowerCase() !== 'application/json') throw notJson();
  return check(schema, parseJsonBody(new TextDecoder().decode(bytes)));
}

export function mockRoute(ctx: MockContext, id: RouteId, operation: Operation): HttpHandler {
  const spec = ROUTES[id];
  // msw also names the origin's wildcard (`0`): only the path's own parameters are read.
  const names = [...spec.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] as string);
  const method = spec.method === 'GET' ? http.get : spec.method === 'POST' ? http.post : http.delete;
  return method(`${ctx.base}${spec.path}`, async ({ request, params }) => {
    try {
      const user = spec.auth ? requireUser(request, ctx) : null;
      const answer = await operation({
        user,
        authorization: request.headers.get('authorization'),
        body: 'body' in spec ? await readBody(request, spec.body) : undefined,
        query: 'querystring' in spec ? check(spec.querystring, parseQuery(new URL(request.url).search)) : {},
        params: 'params' in spec ? check(spec.params, Object.fromEntries(names.map((name) => [name, params[name]]))) : {},
      });
      return answer.body === undefined ? new HttpResponse(null, { status: answer.status }) : HttpResponse.json(answer.body as Record<string, unknown>, { status: answer.status });
    } catch (e) {
      if (e instanceof ApiProblem) return problemResponse(e);
      throw e;
    }
  });
}
