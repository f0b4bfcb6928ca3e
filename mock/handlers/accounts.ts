// POST /auth/login (dev codes only), the newborn enrollments and /me, over the in-memory store.
import { HttpResponse, http } from 'msw';
import {
  EnrollmentParams,
  LoginRequest,
  NewbornEnrollmentRequest,
  enrollmentFingerprint,
  enrollmentRecord,
  maskedRecord,
  type EnrollmentAnswer,
} from '../../src/api/contract';
import { maskResidentId, newbornTerms, resolveRegion, todayInShanghai, validateNewbornEnrollment } from '../../src/domain';
import { MockProblem, answer, check, json, readBody, requireUser, unwrap, type MockContext } from '../http';

const DEV_CODE = /^dev:[A-Za-z0-9_-]{1,64}$/;
const masked = (record: EnrollmentAnswer) => maskedRecord(record, maskResidentId);

export const accountHandlers = (ctx: MockContext) => [
  http.post(`${ctx.base}/auth/login`, ({ request }) =>
    answer(async () => {
      const { code } = await readBody<LoginRequest>(request, LoginRequest);
      if (!DEV_CODE.test(code)) throw new MockProblem('UNAUTHENTICATED', '登录失败：登录凭证无效或已过期');
      const { token, expiresAt } = ctx.store.issueToken(code, ctx.now());
      return json({ token, expiresAt: expiresAt.toISOString() });
    }),
  ),

  http.post(`${ctx.base}/newborn-enrollments`, ({ request }) =>
    answer(async () => {
      const owner = requireUser(request, ctx); // before the body is read
      const body = await readBody<NewbornEnrollmentRequest>(request, NewbornEnrollmentRequest);
      const now = ctx.now();
      const today = todayInShanghai(now);
      const input = unwrap(validateNewbornEnrollment(body, today));
      if (resolveRegion(input.region) === null) throw new MockProblem('REGION_UNSUPPORTED');
      const terms = newbornTerms(
        { birthDate: input.birthDate, region: input.region, guardianInsuredInRegion: input.guardian.insuredInRegion ?? false },
        today,
      );
      const key = enrollmentFingerprint(input);
      const outcome = ctx.store.insert(owner, key, enrollmentRecord(ctx.store.newId(), input, terms, now.toISOString()));
      if (outcome.created) return json(masked(outcome.record), 201);
      if (outcome.owner === owner && outcome.fingerprint === key) return json(masked(outcome.record), 200);
      throw new MockProblem('ENROLLMENT_EXISTS');
    }),
  ),

  http.get(`${ctx.base}/newborn-enrollments`, ({ request }) =>
    answer(() => json({ enrollments: ctx.store.list(requireUser(request, ctx)).map(masked) })),
  ),

  http.get(`${ctx.base}/newborn-enrollments/:id`, ({ request, params }) =>
    answer(() => {
      const owner = requireUser(request, ctx);
      const { id } = check<EnrollmentParams>(EnrollmentParams, { id: params.id });
      const record = ctx.store.get(owner, id);
      if (!record) throw new MockProblem('NOT_FOUND');
      return json(masked(record));
    }),
  ),

  http.get(`${ctx.base}/me/export`, ({ request }) =>
    answer(() => {
      const user = requireUser(request, ctx);
      return json({ user, exportedAt: ctx.now().toISOString(), enrollments: ctx.store.list(user) });
    }),
  ),

  http.delete(`${ctx.base}/me`, ({ request }) =>
    answer(() => {
      ctx.store.deleteOwner(requireUser(request, ctx));
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
