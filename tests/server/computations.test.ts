// POST computations: the api.md examples, and every way a body can be refused with 400/404.
import { Value } from '@sinclair/typebox/value';
import {
  DeliveryEstimateAnswer,
  EligibilityAnswer,
  PrenatalQuotaAnswer,
  TimelineAnswer,
} from '../../src/api/contract';
import {
  aDeliveryEstimateRequest,
  aPrenatalQuotaRequest,
  aTimelineRequest,
  anEligibilityRequest,
} from '../../mock/fixtures';
import { errorOf, makeApp, type TestApp } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});
afterAll(() => t.close());

const post = (url: string, body: unknown, headers?: Record<string, string>) => t.send('POST', `/api/v1${url}`, { body, headers });

describe('the examples of api.md', () => {
  test('POST /pregnancy/timeline', async () => {
    const res = await post('/pregnancy/timeline', aTimelineRequest());
    expect(res.status).toBe(200);
    const body = res.json<TimelineAnswer>();
    expect(Value.Check(TimelineAnswer, body)).toBe(true);
    expect(body).toMatchObject({
      lmp: '2026-01-05',
      edd: '2026-10-12',
      gestation: { days: 55, weeks: 7, dayOfWeek: 6, label: '孕7周+6天' },
      trimester: 1,
      band: 'early',
      nextCheckNo: 2,
    });
    expect(body.checks).toHaveLength(12);
    expect(body.checks[0]).toEqual({ no: 1, start: '2026-02-16', end: '2026-04-12', status: 'done' });
  });

  test('POST /prenatal-quota', async () => {
    const res = await post('/prenatal-quota', aPrenatalQuotaRequest());
    expect(res.status).toBe(200);
    const body = res.json<PrenatalQuotaAnswer>();
    expect(Value.Check(PrenatalQuotaAnswer, body)).toBe(true);
    expect(body).toMatchObject({
      eligible: true,
      cap: 300000,
      used: 35000,
      remaining: 265000,
      draft: true,
      claims: [{ id: 'c1', covered: 35000, overflow: 0, reason: null }],
      citation: 'WZ-DRAFT 二(一)',
    });
    expect(body.hint).toBeUndefined();
  });

  test('POST /delivery-estimate', async () => {
    const res = await post('/delivery-estimate', aDeliveryEstimateRequest());
    expect(res.status).toBe(200);
    const body = res.json<DeliveryEstimateAnswer>();
    expect(Value.Check(DeliveryEstimateAnswer, body)).toBe(true);
    expect(body).toMatchObject({ rule: 'HY_ZERO_COPAY', total: 500000, fundPays: 420000, selfPay: 80000, needs: [], draft: false });
    expect(body.lines[0]).toEqual({ bucket: 'inScope', amount: 420000, fund: 420000, self: 0, citation: 'HY-2025-8 二(一)(三)(六)' });
    expect(body.lines.map((l) => l.bucket)).toEqual(['inScope', 'outOfScope', 'specialNeeds']);
  });

  test('POST /eligibility', async () => {
    const res = await post('/eligibility', anEligibilityRequest());
    expect(res.status).toBe(200);
    const body = res.json<EligibilityAnswer>();
    expect(Value.Check(EligibilityAnswer, body)).toBe(true);
    expect(body.benefits.map((b) => b.id)).toEqual([
      'prenatal-quota',
      'delivery-zero-copay',
      'delivery-full-coverage',
      'maternity-allowance',
      'art-coverage',
      'family-planning',
      'newborn-enrollment',
      'service-packages',
    ]);
    expect(body.benefits[0]).toMatchObject({ id: 'prenatal-quota', eligible: true, draft: false });
  });

  test('a computation that says "not eligible" still answers 200; delivery without `ordinary` needs it', async () => {
    const res = await post('/delivery-estimate', aDeliveryEstimateRequest({ region: '430100', ordinary: undefined }));
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ rule: 'ORDINARY_INPATIENT', fundPays: null, selfPay: null, needs: ['ordinary'] });
  });
});

describe('400 VALIDATION_FAILED', () => {
  const cases: [string, string, unknown, string][] = [
    ['unknown top-level field', '/eligibility', { ...anEligibilityRequest(), regoin: '430400' }, 'regoin'],
    ['unknown nested field', '/delivery-estimate', aDeliveryEstimateRequest({ costs: { inscope: 5 } as never }), 'costs.inscope'],
    ['fen as a fraction', '/delivery-estimate', aDeliveryEstimateRequest({ costs: { inScope: 1.5 } }), 'costs.inScope'],
    ['fen negative', '/delivery-estimate', aDeliveryEstimateRequest({ costs: { outOfScope: -1 } }), 'costs.outOfScope'],
    ['fen as a string', '/delivery-estimate', aDeliveryEstimateRequest({ costs: { inScope: '420000' as never } }), 'costs.inScope'],
    ['fen over 10^10', '/prenatal-quota', aPrenatalQuotaRequest({ claims: [{ id: 'c1', date: '2026-02-10', amount: 10_000_000_001 }] }), 'claims.0.amount'],
    ['not a real date', '/eligibility', anEligibilityRequest({ deliveryDate: '2026-02-30' }), 'deliveryDate'],
    ['not a date at all', '/eligibility', anEligibilityRequest({ deliveryDate: '2026/05/01' }), 'deliveryDate'],
    ['date before 1900', '/pregnancy/timeline', aTimelineRequest({ today: '1899-12-31' }), 'today'],
    ['region of five digits', '/eligibility', anEligibilityRequest({ region: '43040' }), 'region'],
    ['unknown insurance', '/eligibility', anEligibilityRequest({ insurance: 'private' as never }), 'insurance'],
    ['missing required field', '/delivery-estimate', { ...aDeliveryEstimateRequest(), costs: undefined }, 'costs'],
    ['cycleDays with edd', '/pregnancy/timeline', aTimelineRequest({ dating: { method: 'edd', date: '2026-10-12', cycleDays: 28 } as never }), 'dating.cycleDays'],
    ['ivf without embryoDay', '/pregnancy/timeline', aTimelineRequest({ dating: { method: 'ivf', date: '2026-01-20', cycleDays: undefined } as never }), 'dating.embryoDay'],
    ['embryoDay 4', '/pregnancy/timeline', aTimelineRequest({ dating: { method: 'ivf', date: '2026-01-20', embryoDay: 4, cycleDays: undefined } as never }), 'dating.embryoDay'],
    ['unknown dating method', '/pregnancy/timeline', aTimelineRequest({ dating: { method: 'ultrasound' } as never }), 'dating.method'],
    ['done with a repeat', '/pregnancy/timeline', aTimelineRequest({ done: [1, 1] }), 'done'],
    ['gestation over 308 days', '/pregnancy/timeline', aTimelineRequest({ today: '2026-11-10' }), 'today'],
    ['gestation below 0', '/pregnancy/timeline', aTimelineRequest({ today: '2026-01-04' }), 'today'],
    ['ordinary without ratioPct', '/delivery-estimate', aDeliveryEstimateRequest({ ordinary: { deductible: 50000, ratioPct: undefined } }), 'ordinary.ratioPct'],
    ['ratioPct over 100', '/delivery-estimate', aDeliveryEstimateRequest({ ordinary: { ratioPct: 101 } }), 'ordinary.ratioPct'],
    ['zeroCopay without joinedOn', '/delivery-estimate', aDeliveryEstimateRequest({ hospital: { zeroCopay: { joinedOn: undefined } } }), 'hospital.zeroCopay.joinedOn'],
    ['leftOn before joinedOn', '/delivery-estimate', aDeliveryEstimateRequest({ hospital: { zeroCopay: { joinedOn: '2025-12-10', leftOn: '2025-11-01' } } }), 'hospital.zeroCopay.leftOn'],
    ['deliveredOn before registeredOn', '/prenatal-quota', aPrenatalQuotaRequest({ registeredOn: '2026-02-01', deliveredOn: '2026-01-01' }), 'deliveredOn'],
    ['employer without fullyFunded', '/eligibility', anEligibilityRequest({ employer: { fullyFunded: undefined } }), 'employer.fullyFunded'],
    ['repeated claim id', '/prenatal-quota', aPrenatalQuotaRequest({ claims: [{ id: 'a', date: '2026-02-10', amount: 1 }, { id: 'a', date: '2026-02-11', amount: 1 }] }), 'claims.1.id'],
    ['claim id too long', '/prenatal-quota', aPrenatalQuotaRequest({ claims: [{ id: 'x'.repeat(65), date: '2026-02-10', amount: 1 }] }), 'claims.0.id'],
    ['201 claims', '/prenatal-quota', aPrenatalQuotaRequest({ claims: Array.from({ length: 201 }, (_, i) => ({ id: `c${i}`, date: '2026-02-10', amount: 1 })) }), 'claims'],
    ['Jilin employee without registeredOn', '/prenatal-quota', aPrenatalQuotaRequest({ region: '220200', registeredOn: null }), 'registeredOn'],
    ['string over 200 characters', '/prenatal-quota', aPrenatalQuotaRequest({ claims: [{ id: 'c1', date: 'x'.repeat(201), amount: 1 }] }), 'claims.0.date'],
    ['body not an object', '/eligibility', [1, 2], ''],
  ];

  test.each(cases)('%s', async (_name, url, body, path) => {
    const res = await post(url, body);
    expect(res.status).toBe(400);
    const error = errorOf(res);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/\p{Script=Han}/u);
    expect(error.details.map((d) => d.path)).toContain(path);
    for (const d of error.details) expect(d.message).toMatch(/\p{Script=Han}|[A-Z]{4}/u);
  });

  test('malformed JSON', async () => {
    for (const raw of ['{"region": "430400",', '', ' ', '{"a":1}x', '{"__proto__": {"x": 1}}']) {
      const res = await post('/eligibility', raw);
      expect(res.status).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'VALIDATION_FAILED', message: '请求体不是有效的 JSON' });
    }
  });

  test.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x'])(
    'content-type %s is refused',
    async (type) => {
      const res = await post('/eligibility', JSON.stringify(anEligibilityRequest()), { 'content-type': type });
      expect(res.status).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'VALIDATION_FAILED', message: '请求体必须是 JSON（content-type: application/json）' });
    },
  );

  test('a body without content-type is refused; no body at all fails the schema', async () => {
    const withBody = await t.app.inject({ method: 'POST', url: '/api/v1/eligibility', payload: Buffer.from('{}') , headers: { 'content-type': '' } });
    expect(withBody.statusCode).toBe(400);
    const none = await t.app.inject({ method: 'POST', url: '/api/v1/eligibility' });
    expect(none.statusCode).toBe(400);
    expect(JSON.parse(none.body).error.details[0].path).toBe('');
  });
});

describe('accepted edge cases', () => {
  test('1e3 is the integer 1000; optional fields may be null', async () => {
    const res = await post(
      '/delivery-estimate',
      `{"region":"430400","insurance":"resident","deliveryDate":"2026-03-15","hospital":{"designated":true,"obstetrics":true,"inRegion":null,"level":null,"zeroCopay":null},"costs":{"inScope":1e3,"outOfScope":null},"ordinary":null}`,
    );
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ total: 1000 });
  });

  test('exactly 308 days of gestation is accepted; claims may be empty; the limit of 200 claims', async () => {
    expect((await post('/pregnancy/timeline', aTimelineRequest({ today: '2026-11-09' }))).status).toBe(200);
    expect((await post('/prenatal-quota', aPrenatalQuotaRequest({ claims: [] }))).status).toBe(200);
    const claims = Array.from({ length: 200 }, (_, i) => ({ id: `c${i}`, date: '2026-02-10', amount: 100 }));
    expect((await post('/prenatal-quota', aPrenatalQuotaRequest({ claims }))).status).toBe(200);
  });

  test('content-type with a charset is JSON', async () => {
    const res = await post('/eligibility', JSON.stringify(anEligibilityRequest()), { 'content-type': 'application/json; charset=utf-8' });
    expect(res.status).toBe(200);
  });
});

describe('404 REGION_UNSUPPORTED, after every 400', () => {
  test('an unsupported six-digit region', async () => {
    for (const [url, body] of [
      ['/eligibility', anEligibilityRequest({ region: '110000' })],
      ['/prenatal-quota', aPrenatalQuotaRequest({ region: '110000' })],
      ['/delivery-estimate', aDeliveryEstimateRequest({ region: '440300' })],
    ] as const) {
      const res = await post(url, body);
      expect(res.status).toBe(404);
      expect(errorOf(res).code).toBe('REGION_UNSUPPORTED');
    }
  });

  test('a bad date together with an unsupported region is 400', async () => {
    const res = await post('/eligibility', anEligibilityRequest({ region: '110000', deliveryDate: '2026-02-30' }));
    expect(res.status).toBe(400);
  });
});
