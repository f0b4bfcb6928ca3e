// POST /maternity-allowance and /childcare-subsidy through app.inject(): the api.md examples, the
// answers' schemas, every way a body is refused (variants, ranges, unknown fields) and the order
// 400 before 404; the subsidy's default today is Shanghai's.
import { Value } from '@sinclair/typebox/value';
import { ChildcareSubsidyAnswer, MaternityAllowanceAnswer } from '../../src/api/contract';
import { aChildcareSubsidyRequest, aMaternityAllowanceRequest } from '../../mock/fixtures';
import { errorOf, fakeClock, makeApp, type TestApp } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});
afterAll(() => t.close());

const post = (url: string, body: unknown) => t.send('POST', `/api/v1${url}`, { body });
const loss = (weeks: unknown) => ({ ...aMaternityAllowanceRequest(), event: { kind: 'loss', date: '2027-04-23', weeks } });

describe('POST /maternity-allowance', () => {
  test('the api.md example', async () => {
    const res = await post('/maternity-allowance', aMaternityAllowanceRequest());
    expect(res.status).toBe(200);
    const body = res.json<MaternityAllowanceAnswer>();
    expect(Value.Check(MaternityAllowanceAnswer, body)).toBe(true);
    expect(body).toMatchObject({
      eligible: true,
      citation: 'HN-WJ-2025-12 四(三)2',
      draft: false,
      leave: { days: 98, lines: [{ id: 'base', days: 98, citation: 'NAT-619 七' }] },
      dailyRate: 20000,
      amount: 1960000,
      amountCitation: 'SIL-2010 五十六',
      extended: { days: 60, citation: 'HN-RKJS-2021', paidByFund: null, amountIfPaid: 1200000 },
      payee: 'mother',
      needs: [],
    });
    expect(body.notices.length).toBeGreaterThan(0);
  });

  test('not eligible still answers 200; no wage needs it; a loss at 16 weeks; Wenzhou is a draft', async () => {
    const resident = await post('/maternity-allowance', aMaternityAllowanceRequest({ insurance: 'resident' }));
    expect(resident.status).toBe(200);
    expect(resident.json()).toMatchObject({ eligible: false, amount: null, dailyRate: null, payee: null, extended: { days: 60, amountIfPaid: null } });
    const noWage = await post('/maternity-allowance', aMaternityAllowanceRequest({ employerAverageMonthlyWage: null, employer: null }));
    expect(noWage.json()).toMatchObject({ needs: ['wage'], amount: null, dailyRate: null, leave: { days: 98 } });
    const late = await post('/maternity-allowance', loss(16));
    expect(late.json()).toMatchObject({ leave: { days: 42, lines: [{ id: 'loss-late', days: 42 }] }, amount: 840000, extended: null });
    const wz = await post('/maternity-allowance', aMaternityAllowanceRequest({ region: '330381', event: { childOrder: 2 } }));
    expect(wz.json()).toMatchObject({ draft: true, extended: { days: 90, citation: 'ZJ-RKJS-2021', amountIfPaid: 1800000 } });
  });

  const birthOnly = (field: string, value: unknown) => ({ ...aMaternityAllowanceRequest(), event: { kind: 'loss', date: '2027-04-23', weeks: 10, [field]: value } });
  test.each<[string, unknown, string]>([
    ['babies 0', aMaternityAllowanceRequest({ event: { babies: 0 } }), 'event.babies'],
    ['babies 6', aMaternityAllowanceRequest({ event: { babies: 6 } }), 'event.babies'],
    ['babies 2.5', aMaternityAllowanceRequest({ event: { babies: 2.5 } }), 'event.babies'],
    ['childOrder 0', aMaternityAllowanceRequest({ event: { childOrder: 0 } }), 'event.childOrder'],
    ['childOrder 11', aMaternityAllowanceRequest({ event: { childOrder: 11 } }), 'event.childOrder'],
    ['difficult as a string', aMaternityAllowanceRequest({ event: { difficult: 'no' as never } }), 'event.difficult'],
    ['weeks with a birth', aMaternityAllowanceRequest({ event: { weeks: 20 } as never }), 'event.weeks'],
    ['babies with a loss', birthOnly('babies', 1), 'event.babies'],
    ['difficult with a loss, even null', birthOnly('difficult', null), 'event.difficult'],
    ['childOrder with a loss', birthOnly('childOrder', 2), 'event.childOrder'],
    ['a loss without weeks', { ...aMaternityAllowanceRequest(), event: { kind: 'loss', date: '2027-04-23' } }, 'event.weeks'],
    ['weeks null', loss(null), 'event.weeks'],
    ['weeks 45', loss(45), 'event.weeks'],
    ['weeks -1', loss(-1), 'event.weeks'],
    ['weeks 15.5', loss(15.5), 'event.weeks'],
    ['unknown kind', { ...aMaternityAllowanceRequest(), event: { kind: 'stillbirth', date: '2027-04-23' } }, 'event.kind'],
    ['no event', { ...aMaternityAllowanceRequest(), event: undefined }, 'event'],
    ['not a calendar day', aMaternityAllowanceRequest({ event: { date: '2027-02-29' } }), 'event.date'],
    ['wage a fraction', aMaternityAllowanceRequest({ employerAverageMonthlyWage: 1.5 }), 'employerAverageMonthlyWage'],
    ['wage negative', aMaternityAllowanceRequest({ employerAverageMonthlyWage: -1 }), 'employerAverageMonthlyWage'],
    ['wage a string', aMaternityAllowanceRequest({ employerAverageMonthlyWage: '600000' as never }), 'employerAverageMonthlyWage'],
    ['wage over 10^10', aMaternityAllowanceRequest({ employerAverageMonthlyWage: 10_000_000_001 }), 'employerAverageMonthlyWage'],
    ['employer without fullyFunded', aMaternityAllowanceRequest({ employer: { fullyFunded: undefined } }), 'employer.fullyFunded'],
    ['an unknown field', { ...aMaternityAllowanceRequest(), wage: 600000 }, 'wage'],
    ['an unknown field in the event', aMaternityAllowanceRequest({ event: { twins: true } as never }), 'event.twins'],
    ['region of five digits', aMaternityAllowanceRequest({ region: '43040' }), 'region'],
  ])('400: %s', async (_name, body, path) => {
    const res = await post('/maternity-allowance', body);
    expect(res.status).toBe(400);
    const error = errorOf(res);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/\p{Script=Han}/u);
    expect(error.details.map((d) => d.path)).toContain(path);
  });

  test('1e3 is an integer wage; 404 REGION_UNSUPPORTED after every 400', async () => {
    const raw = JSON.stringify(aMaternityAllowanceRequest({ employerAverageMonthlyWage: 3000 })).replace('"employerAverageMonthlyWage":3000', '"employerAverageMonthlyWage":3e3');
    expect((await post('/maternity-allowance', raw)).json()).toMatchObject({ dailyRate: 100, amount: 9800 });
    expect(errorOf(await post('/maternity-allowance', aMaternityAllowanceRequest({ region: '110000' }))).code).toBe('REGION_UNSUPPORTED');
    expect((await post('/maternity-allowance', aMaternityAllowanceRequest({ region: '110000', event: { babies: 9 } }))).status).toBe(400);
  });
});

describe('POST /childcare-subsidy', () => {
  test('the api.md example', async () => {
    const res = await post('/childcare-subsidy', aChildcareSubsidyRequest());
    expect(res.status).toBe(200);
    const body = res.json<ChildcareSubsidyAnswer>();
    expect(Value.Check(ChildcareSubsidyAnswer, body)).toBe(true);
    expect(body).toMatchObject({
      eligible: true,
      expected: false,
      perYear: 360000,
      months: 36,
      total: 1080000,
      from: '2026-05',
      to: '2029-04',
      byYear: [
        { year: 2026, months: 8, amount: 240000 },
        { year: 2027, months: 12, amount: 360000 },
        { year: 2028, months: 12, amount: 360000 },
        { year: 2029, months: 4, amount: 120000 },
      ],
      citation: 'GOV-2025-YEBT',
    });
  });

  test('not eligible: months 0, from/to null, byYear empty', async () => {
    expect((await post('/childcare-subsidy', { birthDate: '2021-06-01' })).json()).toMatchObject({ eligible: false, months: 0, total: 0, from: null, to: null, byYear: [] });
  });

  test('without today, today is Shanghai\'s (00:30 on 2026-12-04 there, still 12-03 in UTC)', async () => {
    const clock = fakeClock(new Date('2026-12-03T16:30:00.000Z')); // 00:30 on 2026-12-04 in Shanghai
    const app = await makeApp({}, clock);
    try {
      const res = await app.send('POST', '/api/v1/childcare-subsidy', { body: { birthDate: '2026-12-04' } });
      expect(res.json()).toMatchObject({ expected: false });
      const tomorrow = await app.send('POST', '/api/v1/childcare-subsidy', { body: { birthDate: '2026-12-05', today: null } });
      expect(tomorrow.json()).toMatchObject({ expected: true });
    } finally {
      await app.close();
    }
  });

  test.each<[string, unknown, string]>([
    ['no birthDate', { today: '2026-12-04' }, 'birthDate'],
    ['birthDate not a day', { birthDate: '2026-02-30' }, 'birthDate'],
    ['birthDate after 2100', { birthDate: '2101-01-01' }, 'birthDate'],
    ['today not a day', { birthDate: '2026-05-10', today: '2026-12-32' }, 'today'],
    ['an unknown field', { birthDate: '2026-05-10', region: '430400' }, 'region'],
    ['body not an object', [], ''],
  ])('400: %s', async (_name, body, path) => {
    const res = await post('/childcare-subsidy', body);
    expect(res.status).toBe(400);
    expect(errorOf(res).details.map((d) => d.path)).toContain(path);
  });
});
