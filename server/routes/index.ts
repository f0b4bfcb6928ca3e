// Every endpoint of api.md under /api/v1, registered from the contract's route table over the
// shared operations, plus /openapi.json generated from the same schemas.
import { type FastifyInstance } from 'fastify';
import { ROUTES, type RouteId } from '../../src/api/contract';
import { type AppContext } from '../context';
import { operations } from '../core/operations';
import { defineRoute } from './define';

export async function apiRoutes(app: FastifyInstance, options: { ctx: AppContext }): Promise<void> {
  const { ctx } = options;
  const ops = operations(ctx);
  for (const id of Object.keys(ROUTES) as RouteId[]) {
    const operation = ops[id];
    defineRoute(app, ctx, id, async (request, reply) => {
      const answer = await operation({
        body: request.body,
        query: request.query,
        params: request.params,
        user: request.principal?.user ?? null,
        authorization: request.headers.authorization ?? null,
      });
      reply.code(answer.status);
      return answer.body === undefined ? reply.send() : answer.body;
    });
  }
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
