// Fuzz of /maternity-allowance and /childcare-subsidy (api.md, After the birth): half the runs
// contract-valid bodies built from the schemas and checked against rules.md §8 and §9 restated in
// the oracle, half malformed; never a 5xx, errors in the contract's shape, nothing written.
import fc from 'fast-check';
import { ChildcareSubsidyAnswer, MaternityAllowanceAnswer, type ChildcareSubsidyRequest, type MaternityAllowanceRequest } from '../../src/api/contract';
import { childcareSubsidyArb, maternityAllowanceArb } from './support/arbitraries';
import { checkSchema, expect200, fuzzEndpoint, malformedPost, same, validPost, type ValidCase } from './support/drive';
import { FUZZ_TODAY, Tally, expectCode, fail, fuzzApp, type FuzzApp, type FuzzRequest, type FuzzResponse } from './support/harness';
import { expectedAllowance, expectedSubsidy, type Insurance } from './support/oracle';

let t: FuzzApp;
const tally = new Tally();
beforeAll(async () => {
  t = await fuzzApp();
});
afterAll(async () => {
  await t.close();
  tally.print('after the birth');
});

function checkAllowance({ req, body }: ValidCase<MaternityAllowanceRequest>, res: FuzzResponse, parsed: unknown): void {
  expect200(req, res);
  checkSchema(req, res, MaternityAllowanceAnswer, parsed);
  const a = parsed as MaternityAllowanceAnswer;
  const b = body as MaternityAllowanceRequest;
  const e = expectedAllowance({ ...b, insurance: b.insurance as Insurance });
  const { reason: _r, citation: _c, amountCitation, notices, ...rest } = a;
  same(req, res, rest, e, 'allowance');
  same(req, res, amountCitation, e.eligible ? 'SIL-2010 五十六' : null, 'amountCitation');
  if (a.reason === '' || notices.some((n) => !/\p{Script=Han}/u.test(n))) fail(req, res, 'reason and notices must be Chinese sentences');
  if (e.draft && !/征求意见稿/.test(notices[0] ?? '')) fail(req, res, 'a Wenzhou answer starts with the draft notice');
}

test('POST /maternity-allowance', async () => {
  const url = '/api/v1/maternity-allowance';
  await fuzzEndpoint({
    name: 'POST /maternity-allowance',
    t,
    tally,
    valid: validPost(url, maternityAllowanceArb as fc.Arbitrary<MaternityAllowanceRequest>),
    checkValid: checkAllowance,
    malformed: malformedPost(url, maternityAllowanceArb),
    answer: MaternityAllowanceAnswer,
  });
});

test('maternity-allowance: a field of the other variant, or one out of range, is 400 on its path', async () => {
  const cases = fc.oneof(
    fc.record({ field: fc.constantFrom('babies', 'difficult', 'childOrder'), value: fc.constantFrom<unknown>(1, true, null, 0), kind: fc.constant('loss') }),
    fc.record({ field: fc.constant('weeks'), value: fc.constantFrom<unknown>(0, 16, null), kind: fc.constant('birth') }),
    fc.record({ field: fc.constantFrom('babies'), value: fc.constantFrom<unknown>(0, 6, 1.5, '2', -1), kind: fc.constant('birth') }),
    fc.record({ field: fc.constantFrom('childOrder'), value: fc.constantFrom<unknown>(0, 11, 2.5, '1'), kind: fc.constant('birth') }),
    fc.record({ field: fc.constant('weeks'), value: fc.constantFrom<unknown>(-1, 45, 15.5, '16'), kind: fc.constant('loss') }),
  );
  await fc.assert(
    fc.asyncProperty(maternityAllowanceArb, cases, async (body, { field, value, kind }) => {
      const b = body as MaternityAllowanceRequest;
      const event = kind === 'loss' ? { kind, date: b.event.date, weeks: 20, [field]: value } : { kind, date: b.event.date, [field]: value };
      const req: FuzzRequest = { method: 'POST', url: '/api/v1/maternity-allowance', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ ...b, event }) };
      const res = await t.send(req);
      expectCode(req, res, 'VALIDATION_FAILED');
      const details = (JSON.parse(res.body) as { error: { details?: { path: string }[] } }).error.details ?? [];
      if (!details.some((d) => d.path === `event.${field}`)) fail(req, res, `no detail on event.${field}`);
    }),
    { numRuns: 200 },
  );
});

function checkSubsidy({ req, body }: ValidCase<ChildcareSubsidyRequest>, res: FuzzResponse, parsed: unknown): void {
  expect200(req, res);
  checkSchema(req, res, ChildcareSubsidyAnswer, parsed);
  const a = parsed as ChildcareSubsidyAnswer;
  const b = body as ChildcareSubsidyRequest;
  const { notices, ...rest } = a;
  same(req, res, rest, expectedSubsidy(b.birthDate, b.today ?? FUZZ_TODAY), 'subsidy');
  if (notices.length === 0 || notices.some((n) => !/\p{Script=Han}/u.test(n))) fail(req, res, 'notices must be Chinese sentences');
}

test('POST /childcare-subsidy', async () => {
  const url = '/api/v1/childcare-subsidy';
  await fuzzEndpoint({
    name: 'POST /childcare-subsidy',
    t,
    tally,
    valid: validPost(url, childcareSubsidyArb as fc.Arbitrary<ChildcareSubsidyRequest>),
    checkValid: checkSubsidy,
    malformed: malformedPost(url, childcareSubsidyArb),
    answer: ChildcareSubsidyAnswer,
  });
});
