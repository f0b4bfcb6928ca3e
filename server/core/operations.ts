// What each endpoint of the contract does, independent of HTTP: the server (Fastify) and the
// mocks (msw) register these same operations from ROUTES, after their own transport-level checks
// (login before the body, body size, JSON, schema).
import {
  type ChildcareSubsidyRequest,
  type DeliveryEstimateRequest,
  type EligibilityRequest,
  type MaternityAllowanceRequest,
  type EnrollmentParams,
  type LoginRequest,
  type NewbornEnrollmentRequest,
  type PrenatalQuotaRequest,
  type RegionParams,
  type RouteId,
  type ServicePackagesQuery,
  type TimelineRequest,
} from '../../src/api/contract';
import {
  POLICY_VERSION,
  checkCatalog,
  childcareSubsidy,
  deliveryEstimate,
  eligibility,
  listRegions,
  maternityAllowance,
  pregnancyTimeline,
  prenatalQuota,
  regionPolicy,
  servicePackages,
  todayInShanghai,
  type IsoDate,
} from '../../src/domain';
import { type LoginResolver } from '../auth/login';
import { bearerToken, type Tokens } from './auth';
import { type Storage } from '../storage/types';
import { enrollmentFlow, type IdSealer } from './enrollments';
import { ApiProblem, unwrap } from './problem';

export interface OperationRequest {
  /** The parsed, schema-checked body (undefined on routes without one). */
  body: unknown;
  query: unknown;
  params: unknown;
  /** The logged-in user on routes that need login, checked before the body was read; else null. */
  user: string | null;
  /** The Authorization header as sent (login reads the account it replaces from it). */
  authorization: string | null;
}

/** `body` undefined: an answer without content (204). */
export interface OperationAnswer {
  status: number;
  body?: unknown;
}

/** Reference data and computations answer at once; what needs the store, through a promise. */
export type Operation = (request: OperationRequest) => OperationAnswer | Promise<OperationAnswer>;
export type Operations = Record<RouteId, Operation>;

export interface CoreContext {
  storage: Storage;
  sealer: IdSealer;
  now: () => Date;
  login: LoginResolver;
  tokens: Tokens;
  version: string;
}

/**
 * Today in Asia/Shanghai from `now`, recomputed only when `now` leaves the day last computed
 * (an injected clock may also go back), so computations do not format a date each.
 */
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

const ok = (body: unknown): OperationAnswer => ({ status: 200, body });

/** How long /health waits for the store before it says it does not answer. */
const HEALTH_PING_MS = 1000;

async function answersWithin(ping: Promise<void>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([ping.then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const userOf = (request: OperationRequest): string => {
  if (request.user === null) throw new ApiProblem('UNAUTHENTICATED');
  return request.user;
};

// The schema let only plain decimal digits through; the engine checks the ranges.
const queryInteger = (s: string | undefined) => (s === undefined ? undefined : Number(s));

export function operations(ctx: CoreContext): Operations {
  const today = shanghaiDayOf(() => ctx.now());
  const enrollments = enrollmentFlow({ storage: ctx.storage, sealer: ctx.sealer, now: () => ctx.now() });
  return {
    // 200 whatever the store says: the computations answer without it; `store.ok` is for a probe
    // that routes enrollments.
    health: async () =>
      ok({
        status: 'ok',
        version: ctx.version,
        policyVersion: POLICY_VERSION,
        login: ctx.login.mode,
        store: { kind: ctx.storage.kind, ok: await answersWithin(ctx.storage.ping(), HEALTH_PING_MS) },
      }),
    regions: () => ok({ regions: listRegions() }),
    regionPolicy: ({ params }) => ok(unwrap(regionPolicy((params as RegionParams).code))),
    checks: () => ok(checkCatalog()),
    servicePackages: ({ query }) => {
      const q = query as ServicePackagesQuery;
      return ok(
        unwrap(
          servicePackages({ stage: q.stage, weeks: queryInteger(q.weeks), childAgeDays: queryInteger(q.childAgeDays), daysSince: queryInteger(q.daysSince) }),
        ),
      );
    },

    timeline: ({ body }) => ok(unwrap(pregnancyTimeline(body as TimelineRequest, today()))),
    prenatalQuota: ({ body }) => ok(unwrap(prenatalQuota(body as PrenatalQuotaRequest, today()))),
    deliveryEstimate: ({ body }) => ok(unwrap(deliveryEstimate(body as DeliveryEstimateRequest, today()))),
    eligibility: ({ body }) => ok(unwrap(eligibility(body as EligibilityRequest, today()))),
    maternityAllowance: ({ body }) => ok(unwrap(maternityAllowance(body as MaternityAllowanceRequest))),
    childcareSubsidy: ({ body }) => ok(unwrap(childcareSubsidy(body as ChildcareSubsidyRequest, today()))),

    login: async ({ body, authorization }) => {
      const principal = await ctx.login.resolve((body as LoginRequest).code);
      if (!principal) throw new ApiProblem('UNAUTHENTICATED', '登录失败：登录凭证无效或已过期');
      if (principal.kind === 'device') {
        // The H5 app's first device login brings the dev account it used before, proven by a
        // token the server gave that account, expired or not (its name is no proof: every export
        // carries it), even where dev login is off now. Once moved, that account is empty.
        const token = bearerToken(authorization);
        const before = token ? ctx.tokens.read(token, ctx.now(), { evidence: true }) : null;
        if (before?.kind === 'dev') await enrollments.adopt(before.user, principal.user);
      }
      const { token, expiresAt } = ctx.tokens.issue(principal, ctx.now());
      return ok({ token, expiresAt: expiresAt.toISOString() });
    },
    createEnrollment: async (request) => {
      const { status, record } = await enrollments.enroll(userOf(request), request.body as NewbornEnrollmentRequest);
      return { status, body: record };
    },
    listEnrollments: async (request) => ok({ enrollments: await enrollments.list(userOf(request)) }),
    getEnrollment: async (request) => ok(await enrollments.get(userOf(request), (request.params as EnrollmentParams).id)),
    exportMe: async (request) => {
      const user = userOf(request);
      const records = await enrollments.exportOf(user);
      return ok({ user, exportedAt: ctx.now().toISOString(), enrollments: records });
    },
    deleteMe: async (request) => {
      await enrollments.erase(userOf(request));
      return { status: 204 };
    },
  };
}
