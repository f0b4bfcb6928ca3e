// The computations' answers are written by serializers compiled from their schemas
// (server/routes/define.ts), which write only what a schema names and coerce what does not fit
// (a null where a string is named becomes "", a fraction in an integer is cut). This holds every
// answer of the engine to them: for thousands of contract-valid requests of each computation, the
// compiled serializer gives back the value JSON.stringify gives, field for field.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { ROUTES, type RouteId } from '../../src/api/contract';
import {
  childcareSubsidy,
  deliveryEstimate,
  eligibility,
  maternityAllowance,
  pregnancyTimeline,
  prenatalQuota,
  type Result,
} from '../../src/domain';
import { answerSerializer } from '../../server/routes/define';
import { FUZZ_TODAY } from '../fuzz/support/constants';
import {
  childcareSubsidyArb,
  deliveryEstimateArb,
  eligibilityArb,
  maternityAllowanceArb,
  prenatalQuotaArb,
  timelineArb,
} from '../fuzz/support/arbitraries';

type Computation = (body: never) => Result<unknown>;

const COMPUTATIONS: Record<string, { compute: Computation; requests: fc.Arbitrary<unknown> }> = {
  timeline: { compute: (body) => pregnancyTimeline(body, FUZZ_TODAY), requests: timelineArb },
  prenatalQuota: { compute: (body) => prenatalQuota(body, FUZZ_TODAY), requests: prenatalQuotaArb },
  deliveryEstimate: { compute: (body) => deliveryEstimate(body, FUZZ_TODAY), requests: deliveryEstimateArb },
  eligibility: { compute: (body) => eligibility(body, FUZZ_TODAY), requests: eligibilityArb },
  maternityAllowance: { compute: (body) => maternityAllowance(body), requests: maternityAllowanceArb },
  childcareSubsidy: { compute: (body) => childcareSubsidy(body, FUZZ_TODAY), requests: childcareSubsidyArb },
};

test('every computation of the contract has a compiled serializer, and no other route has one', () => {
  const ids = Object.keys(ROUTES) as RouteId[];
  expect(ids.filter((id) => answerSerializer(id) !== undefined).sort()).toEqual(Object.keys(COMPUTATIONS).sort());
  expect(ids.filter((id) => ROUTES[id].tag === 'computations').sort()).toEqual(Object.keys(COMPUTATIONS).sort());
});

describe.each(Object.entries(COMPUTATIONS))('%s', (id, { compute, requests }) => {
  const serialize = answerSerializer(id as RouteId)!;

  test('the compiled serializer gives back every answer field for field', () => {
    let answered = 0;
    fc.assert(
      fc.property(requests, (body) => {
        const result = compute(body as never);
        if (!result.ok) return;
        answered += 1;
        const expected: unknown = JSON.parse(JSON.stringify(result.value));
        const written: unknown = JSON.parse(serialize(result.value));
        if (!isDeepStrictEqual(written, expected)) {
          throw new Error(`${JSON.stringify(body)}\n  engine:   ${JSON.stringify(expected)}\n  compiled: ${JSON.stringify(written)}`);
        }
      }),
      { numRuns: 1500, seed: 20261204 },
    );
    // Most requests are answered (the rest are the engine's own 400s).
    expect(answered).toBeGreaterThan(1000);
  });
});
