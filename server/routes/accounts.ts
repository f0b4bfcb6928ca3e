// POST /auth/login, the newborn enrollments and /me: the only routes that touch storage.
import { randomBytes } from 'node:crypto';
import { type FastifyInstance, type FastifyRequest } from 'fastify';
import {
  enrollmentFingerprint,
  enrollmentRecord,
  maskedRecord,
  type EnrollmentAnswer,
  type EnrollmentParams,
  type LoginRequest,
  type NewbornEnrollmentRequest,
} from '../../src/api/contract';
import { maskResidentId, newbornTerms, resolveRegion, todayInShanghai, validateNewbornEnrollment } from '../../src/domain';
import { signToken } from '../auth/tokens';
import { type AppContext } from '../context';
import { ApiProblem } from '../errors';
import { defineRoute } from './define';
import { unwrap } from './result';

const masked = (record: EnrollmentAnswer) => maskedRecord(record, maskResidentId);

const userOf = (request: FastifyRequest): string => {
  // defineRoute's onRequest set it on every route that needs login.
  if (request.user === null) throw new ApiProblem('UNAUTHENTICATED');
  return request.user;
};

export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, 'login', async (request) => {
    const user = await ctx.login.resolve((request.body as LoginRequest).code);
    if (!user) throw new ApiProblem('UNAUTHENTICATED', '登录失败：登录凭证无效或已过期');
    const { token, expiresAt } = signToken(ctx.tokenSecret, user, ctx.now());
    return { token, expiresAt: expiresAt.toISOString() };
  });

  defineRoute(app, ctx, 'createEnrollment', async (request, reply) => {
    const owner = userOf(request);
    const now = ctx.now();
    const today = todayInShanghai(now);
    const input = unwrap(validateNewbornEnrollment(request.body as NewbornEnrollmentRequest, today));
    // 404 REGION_UNSUPPORTED after every 400 and before 409 (api.md, Validation details).
    if (resolveRegion(input.region) === null) throw new ApiProblem('REGION_UNSUPPORTED');
    const terms = newbornTerms(
      { birthDate: input.birthDate, region: input.region, guardianInsuredInRegion: input.guardian.insuredInRegion ?? false },
      today,
    );
    const record = enrollmentRecord(randomBytes(16).toString('base64url'), input, terms, now.toISOString());
    const key = enrollmentFingerprint(input);
    const outcome = await ctx.storage.insertEnrollment({
      id: record.id,
      owner,
      certificateNo: record.certificateNo,
      fingerprint: key,
      record,
      createdAt: record.createdAt,
    });
    if (outcome.created) return reply.code(201).send(masked(record));
    // The same user repeating the same data gets the record as first stored, nothing recomputed.
    if (outcome.stored.owner === owner && outcome.stored.fingerprint === key) {
      return reply.code(200).send(masked(outcome.stored.record));
    }
    throw new ApiProblem('ENROLLMENT_EXISTS');
  });

  defineRoute(app, ctx, 'listEnrollments', async (request) => ({
    enrollments: (await ctx.storage.listEnrollments(userOf(request))).map((s) => masked(s.record)),
  }));

  defineRoute(app, ctx, 'getEnrollment', async (request) => {
    const stored = await ctx.storage.getEnrollment(userOf(request), (request.params as EnrollmentParams).id);
    // Another user's id is indistinguishable from an unknown one.
    if (!stored) throw new ApiProblem('NOT_FOUND');
    return masked(stored.record);
  });

  defineRoute(app, ctx, 'exportMe', async (request) => {
    const user = userOf(request);
    const stored = await ctx.storage.listEnrollments(user);
    // The one answer with the raw ID number: it goes to its owner.
    return { user, exportedAt: ctx.now().toISOString(), enrollments: stored.map((s) => s.record) };
  });

  defineRoute(app, ctx, 'deleteMe', async (request, reply) => {
    await ctx.storage.deleteOwner(userOf(request));
    return reply.code(204).send();
  });
}
