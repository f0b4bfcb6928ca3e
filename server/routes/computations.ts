// POST /pregnancy/timeline, /prenatal-quota, /delivery-estimate, /eligibility, /maternity-allowance,
// /childcare-subsidy: thin over the engine.
import { type FastifyInstance } from 'fastify';
import {
  type ChildcareSubsidyRequest,
  type DeliveryEstimateRequest,
  type EligibilityRequest,
  type MaternityAllowanceRequest,
  type PrenatalQuotaRequest,
  type TimelineRequest,
} from '../../src/api/contract';
import {
  childcareSubsidy,
  deliveryEstimate,
  eligibility,
  maternityAllowance,
  pregnancyTimeline,
  prenatalQuota,
  todayInShanghai,
  type IsoDate,
} from '../../src/domain';
import { type AppContext } from '../context';
import { defineRoute } from './define';
import { unwrap } from './result';

/** Today in Asia/Shanghai from `now`, formatted only when `now` leaves the day last computed (an injected clock may also go back), not per request. */
export function shanghaiDayOf(now: () => Date): () => IsoDate {
  let day = '';
  let from = 0;
  let until = -1;
  return () => {
    const ms = now().getTime();
    if (ms < from || ms >= until) {
      day = todayInShanghai(new Date(ms));
      from = Date.parse(`${day}T00:00:00+08:00`);
      until = from + 86_400_000;
    }
    return day;
  };
}

export function computationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const today = shanghaiDayOf(() => ctx.now());
  defineRoute(app, ctx, 'timeline', async (request) => unwrap(pregnancyTimeline(request.body as TimelineRequest, today())));
  defineRoute(app, ctx, 'prenatalQuota', async (request) => unwrap(prenatalQuota(request.body as PrenatalQuotaRequest, today())));
  defineRoute(app, ctx, 'deliveryEstimate', async (request) =>
    unwrap(deliveryEstimate(request.body as DeliveryEstimateRequest, today())),
  );
  defineRoute(app, ctx, 'eligibility', async (request) => unwrap(eligibility(request.body as EligibilityRequest, today())));
  defineRoute(app, ctx, 'maternityAllowance', async (request) => unwrap(maternityAllowance(request.body as MaternityAllowanceRequest)));
  defineRoute(app, ctx, 'childcareSubsidy', async (request) => unwrap(childcareSubsidy(request.body as ChildcareSubsidyRequest, today())));
}
