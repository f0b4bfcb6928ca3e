// Every endpoint of api.md under /api/v1, registered from the contract's route table over the
// shared operations, plus /openapi.json generated from the same schemas.
import { type FastifyInstance, type FastifyReply } from 'fastify';
import { ROUTES, type RouteId } from '../../src/api/contract';
import { type AppContext } from '../context';
import { operations, type OperationAnswer } from '../core/operations';
import { defineRoute } from './define';

function send(reply: FastifyReply, answer: OperationAnswer): unknown {
  reply.code(answer.status);
  return answer.body === undefined ? reply.send() : answer.body;
}

export async function apiRoutes(app: FastifyInstance, options: { ctx: AppContext }): Promise<void> {
  const { ctx } = options;
  const ops = operations(ctx);
  for (const id of Object.keys(ROUTES) as RouteId[]) {
    const operation = ops[id];
    // A computation answers at once (no promise to wait for); the others through the store.
    defineRoute(app, ctx, id, (request, reply) => {
      const answer = operation({
        body: request.body,
        query: request.query,
        params: request.params,
        user: request.principal?.user ?? null,
        authorization: request.headers.authorization ?? null,
      });
      return answer instanceof Promise ? answer.then((a) => send(reply, a)) : send(reply, answer);
    });
  }
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
