// POST /pregnancy/timeline, /prenatal-quota, /delivery-estimate, /eligibility: thin over the engine.
import { type FastifyInstance } from 'fastify';
import {
  type DeliveryEstimateRequest,
  type EligibilityRequest,
  type PrenatalQuotaRequest,
  type TimelineRequest,
} from '../../src/api/contract';
import { deliveryEstimate, eligibility, pregnancyTimeline, prenatalQuota, todayInShanghai } from '../../src/domain';
import { type AppContext } from '../context';
import { defineRoute } from './define';
import { unwrap } from './result';

export function computationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const today = () => todayInShanghai(ctx.now());
  defineRoute(app, ctx, 'timeline', async (request) => unwrap(pregnancyTimeline(request.body as TimelineRequest, today())));
  defineRoute(app, ctx, 'prenatalQuota', async (request) => unwrap(prenatalQuota(request.body as PrenatalQuotaRequest, today())));
  defineRoute(app, ctx, 'deliveryEstimate', async (request) =>
    unwrap(deliveryEstimate(request.body as DeliveryEstimateRequest, today())),
  );
  defineRoute(app, ctx, 'eligibility', async (request) => unwrap(eligibility(request.body as EligibilityRequest, today())));
}
