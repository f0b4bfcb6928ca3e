// Every endpoint of api.md under /api/v1, plus /openapi.json generated from the same schemas.
import { type FastifyInstance } from 'fastify';
import { type AppContext } from '../context';
import { accountRoutes } from './accounts';
import { computationRoutes } from './computations';
import { referenceRoutes } from './reference';

export async function apiRoutes(app: FastifyInstance, options: { ctx: AppContext }): Promise<void> {
  referenceRoutes(app, options.ctx);
  computationRoutes(app, options.ctx);
  accountRoutes(app, options.ctx);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
