// GET /health, /regions, /regions/{code}/policy, /checks, /service-packages: the engine's data.
import { type FastifyInstance } from 'fastify';
import { type RegionParams, type ServicePackagesQuery } from '../../src/api/contract';
import { POLICY_VERSION, checkCatalog, listRegions, regionPolicy, servicePackages } from '../../src/domain';
import { type AppContext } from '../context';
import { unwrap } from './result';
import { defineRoute } from './define';

/** How long /health waits for the store before it says it does not answer. */
const HEALTH_PING_MS = 1000;

async function answersWithin(ping: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([ping.then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function referenceRoutes(app: FastifyInstance, ctx: AppContext): void {
  // 200 whatever the store says: the computations answer without it; `store.ok` is for a probe
  // that routes enrollments.
  defineRoute(app, ctx, 'health', async () => ({
    status: 'ok',
    version: ctx.version,
    policyVersion: POLICY_VERSION,
    login: ctx.login.mode,
    store: { kind: ctx.storage.kind, ok: await answersWithin(ctx.storage.ping(), HEALTH_PING_MS) },
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
