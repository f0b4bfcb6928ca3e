// GET /health, /regions, /regions/{code}/policy, /checks, /service-packages: the engine's data.
import { type FastifyInstance } from 'fastify';
import { type RegionParams, type ServicePackagesQuery } from '../../src/api/contract';
import { POLICY_VERSION, checkCatalog, listRegions, regionPolicy, servicePackages } from '../../src/domain';
import { type AppContext } from '../context';
import { unwrap } from './result';
import { defineRoute } from './define';

export function referenceRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, 'health', async () => ({
    status: 'ok',
    version: ctx.version,
    policyVersion: POLICY_VERSION,
    login: ctx.login.mode,
  }));

  defineRoute(app, ctx, 'regions', async () => ({ regions: listRegions() }));

  defineRoute(app, ctx, 'regionPolicy', async (request) => unwrap(regionPolicy((request.params as RegionParams).code)));

  defineRoute(app, ctx, 'checks', async () => checkCatalog());

  defineRoute(app, ctx, 'servicePackages', async (request) => {
    const q = request.query as ServicePackagesQuery;
    // The schema let only plain decimal digits through; the engine checks the ranges.
    const int = (s: string | undefined) => (s === undefined ? undefined : Number(s));
    return unwrap(
      servicePackages({ stage: q.stage, weeks: int(q.weeks), childAgeDays: int(q.childAgeDays), daysSince: int(q.daysSince) }),
    );
  });
}
