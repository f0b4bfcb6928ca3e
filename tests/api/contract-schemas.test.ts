// The contract's explain() (the wording of every 400 on server and mocks) agrees with TypeBox's
// checker on valid bodies and on bodies mutated at random, so the two validators cannot drift.
import { type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import fc from 'fast-check';
import {
  ChildcareSubsidyRequest,
  DeliveryEstimateRequest,
  EligibilityRequest,
  LoginRequest,
  MaternityAllowanceRequest,
  NewbornEnrollmentRequest,
  PrenatalQuotaRequest,
  ServicePackagesQuery,
  TimelineRequest,
  explain,
} from '../../src/api/contract';
import {
  aChildcareSubsidyRequest,
  aDeliveryEstimateRequest,
  aMaternityAllowanceRequest,
  aPrenatalQuotaRequest,
  aTimelineRequest,
  anEligibilityRequest,
  anEnrollment,
} from '../../mock/fixtures';

const bodies: [string, TSchema, unknown][] = [
  ['timeline', TimelineRequest, aTimelineRequest()],
  ['timeline ivf', TimelineRequest, { dating: { method: 'ivf', date: '2026-01-20', embryoDay: 5 } }],
  ['quota', PrenatalQuotaRequest, aPrenatalQuotaRequest()],
  ['delivery', DeliveryEstimateRequest, aDeliveryEstimateRequest()],
  ['eligibility', EligibilityRequest, anEligibilityRequest()],
  ['enrollment', NewbornEnrollmentRequest, anEnrollment()],
  ['login', LoginRequest, { code: 'dev:alice' }],
  ['maternity allowance', MaternityAllowanceRequest, aMaternityAllowanceRequest()],
  ['maternity allowance, a loss', MaternityAllowanceRequest, { region: '330300', insurance: 'employee', event: { kind: 'loss', date: '2026-03-01', weeks: 16 } }],
  ['childcare subsidy', ChildcareSubsidyRequest, aChildcareSubsidyRequest()],
  ['service packages', ServicePackagesQuery, { stage: 'pregnant', weeks: '12', other: 'x' }],
];

test.each(bodies)('the %s example is valid for both', (_n, schema, body) => {
  expect(explain(schema, body)).toEqual([]);
  expect(Value.Check(schema, body)).toBe(true);
});

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Replaces the value at a random path of `body` with `replacement` (or adds a stray key). */
function mutate(body: Json, pick: number[], replacement: Json, addKey: boolean): Json {
  if (pick.length === 0 || body === null || typeof body !== 'object') return replacement;
  const [head = 0, ...rest] = pick;
  if (Array.isArray(body)) {
    if (body.length === 0) return replacement;
    const i = head % body.length;
    return body.map((v, j) => (j === i ? mutate(v, rest, replacement, addKey) : v));
  }
  const keys = Object.keys(body);
  if (keys.length === 0 || (addKey && rest.length === 0)) return { ...body, typo: replacement };
  const key = keys[head % keys.length] ?? '';
  return { ...body, [key]: mutate(body[key] ?? null, rest, replacement, addKey) };
}

const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 50 }),
  fc.constantFrom(1.5, -1, 10_000_000_001, 1e3, 0, 3, 5, 6, 100, 101),
  fc.constantFrom('', 'lmp', 'edd', 'ivf', 'birth', 'loss', 'employee', 'none', '2026-02-30', '2026-03-01', '430400', 'R430123456', 'M', 'x'.repeat(201)),
  fc.string({ maxLength: 5 }),
  fc.constant([] as Json[]),
  fc.constant({} as Json),
);

test('explain() and Value.Check agree on random mutations of every body', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...bodies),
      fc.array(fc.nat(20), { minLength: 0, maxLength: 4 }),
      replacement,
      fc.boolean(),
      ([, schema, body], pick, value, addKey) => {
        const mutated = mutate(body as Json, pick, value, addKey);
        const details = explain(schema, mutated);
        expect(details.length === 0).toBe(Value.Check(schema, mutated));
        for (const d of details) expect(d.message).not.toBe('');
      },
    ),
    { numRuns: 600 },
  );
});
