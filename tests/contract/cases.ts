// The cases table run against the real server AND the msw handlers: same requests, same
// expectations, every answer checked against the contract's response schema.
import { expect } from '@jest/globals';
import { type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ROUTES, type RouteId, type EnrollmentAnswer } from '../../src/api/contract';
import {
  GUARDIAN_ID,
  GUARDIAN_ID_X,
  aChildcareSubsidyRequest,
  aDeliveryEstimateRequest,
  aMaternityAllowanceRequest,
  aPrenatalQuotaRequest,
  aTimelineRequest,
  anEligibilityRequest,
  anEnrollment,
} from '../../mock/fixtures';
import { expectError, type Api, type Reply } from './harness';

export type Case = [name: string, run: (api: Api, ns: string) => Promise<void>];

function expectOk(res: Reply, route: RouteId, status: number = ROUTES[route].success.status): void {
  expect({ status: res.status, body: res.status === status ? 'ok' : res.text }).toEqual({ status, body: 'ok' });
  const schema: TSchema | null = ROUTES[route].success.schema;
  if (schema) {
    const errors = [...Value.Errors(schema, res.json)].map((e) => `${e.path}: ${e.message}`);
    expect(errors).toEqual([]);
  }
}

const post = (api: Api, path: string, body: unknown) => api.call('POST', `/api/v1${path}`, { body });
const cert = (ns: string, n = 0) => `R${ns.padStart(5, '0')}${String(n).padStart(4, '0')}`;

export const CASES: Case[] = [
  ['GET /health', async (api) => {
    const res = await api.call('GET', '/api/v1/health');
    expectOk(res, 'health');
    expect(res.json).toMatchObject({ status: 'ok', login: 'dev' });
  }],
  ['GET /regions', async (api) => {
    const res = await api.call('GET', '/api/v1/regions');
    expectOk(res, 'regions');
    expect((res.json as { regions: { code: string; draft: boolean }[] }).regions.map((r) => [r.code, r.draft])).toContainEqual(['330300', true]);
  }],
  ['GET /regions/{code}/policy', async (api) => {
    const res = await api.call('GET', '/api/v1/regions/430421/policy');
    expectOk(res, 'regionPolicy');
    expect(res.json).toMatchObject({ requested: '430421', code: '430400', name: '衡阳市' });
    expectError(await api.call('GET', '/api/v1/regions/110000/policy'), 404, 'REGION_UNSUPPORTED');
    expectError(await api.call('GET', '/api/v1/regions/4304/policy'), 400, 'VALIDATION_FAILED', 'code');
  }],
  ['GET /checks', async (api) => {
    const res = await api.call('GET', '/api/v1/checks');
    expectOk(res, 'checks');
    expect((res.json as { checks: unknown[] }).checks).toHaveLength(12);
  }],
  ['GET /service-packages', async (api) => {
    const none = await api.call('GET', '/api/v1/service-packages');
    expectOk(none, 'servicePackages');
    expect(none.json).toMatchObject({ current: [] });
    const early = await api.call('GET', '/api/v1/service-packages?stage=pregnant&weeks=10&ignored=1');
    expect(early.json).toMatchObject({ current: ['early-pregnancy'] });
    expectError(await api.call('GET', '/api/v1/service-packages?stage=pregnant&weeks=1e1'), 400, 'VALIDATION_FAILED', 'weeks');
    expectError(await api.call('GET', '/api/v1/service-packages?stage=later'), 400, 'VALIDATION_FAILED', 'stage');
  }],
  ['POST /pregnancy/timeline (api.md example)', async (api) => {
    const res = await post(api, '/pregnancy/timeline', aTimelineRequest());
    expectOk(res, 'timeline');
    expect(res.json).toMatchObject({ lmp: '2026-01-05', edd: '2026-10-12', gestation: { days: 55, weeks: 7, dayOfWeek: 6, label: '孕7周+6天' }, trimester: 1, band: 'early', nextCheckNo: 2 });
  }],
  ['POST /prenatal-quota (api.md example)', async (api) => {
    const res = await post(api, '/prenatal-quota', aPrenatalQuotaRequest());
    expectOk(res, 'prenatalQuota');
    expect(res.json).toMatchObject({ eligible: true, cap: 300000, used: 35000, remaining: 265000, draft: true, claims: [{ id: 'c1', covered: 35000, overflow: 0, reason: null }], citation: 'WZ-DRAFT 二(一)' });
  }],
  ['POST /delivery-estimate (api.md example)', async (api) => {
    const res = await post(api, '/delivery-estimate', aDeliveryEstimateRequest());
    expectOk(res, 'deliveryEstimate');
    expect(res.json).toMatchObject({ rule: 'HY_ZERO_COPAY', total: 500000, fundPays: 420000, selfPay: 80000, needs: [], draft: false });
  }],
  ['POST /eligibility (api.md example)', async (api) => {
    const res = await post(api, '/eligibility', anEligibilityRequest());
    expectOk(res, 'eligibility');
    expect((res.json as { benefits: { id: string }[] }).benefits).toHaveLength(8);
  }],
  ['POST /maternity-allowance (api.md example)', async (api) => {
    const res = await post(api, '/maternity-allowance', aMaternityAllowanceRequest());
    expectOk(res, 'maternityAllowance');
    expect(res.json).toMatchObject({
      eligible: true, citation: 'HN-WJ-2025-12 四(三)2', draft: false, leave: { days: 98, lines: [{ id: 'base', days: 98, citation: 'NAT-619 七' }] },
      dailyRate: 20000, amount: 1960000, amountCitation: 'SIL-2010 五十六',
      extended: { days: 60, citation: 'HN-RKJS-2021', paidByFund: null, amountIfPaid: 1200000 }, payee: 'mother', needs: [],
    });
  }],
  ['POST /maternity-allowance: a loss, no wage, Jilin, Wenzhou; 400 on the other variant; 404 after 400', async (api) => {
    const loss = { ...aMaternityAllowanceRequest(), event: { kind: 'loss', date: '2027-04-23', weeks: 15 }, employerAverageMonthlyWage: null };
    const early = await post(api, '/maternity-allowance', loss);
    expectOk(early, 'maternityAllowance');
    expect(early.json).toMatchObject({ leave: { days: 15, lines: [{ id: 'loss-early' }] }, extended: null, amount: null, needs: ['wage'] });
    expect((await post(api, '/maternity-allowance', aMaternityAllowanceRequest({ region: '220281', employer: { fullyFunded: true } }))).json).toMatchObject({ eligible: false, payee: null, amount: null, extended: { days: null, citation: null } });
    expect((await post(api, '/maternity-allowance', aMaternityAllowanceRequest({ region: '330300', event: { childOrder: 3 } }))).json).toMatchObject({ draft: true, payee: 'mother', extended: { days: 90, amountIfPaid: 1800000 } });
    expectError(await post(api, '/maternity-allowance', { ...loss, event: { ...loss.event, babies: 1 } }), 400, 'VALIDATION_FAILED', 'event.babies');
    expectError(await post(api, '/maternity-allowance', aMaternityAllowanceRequest({ event: { weeks: 20 } as never })), 400, 'VALIDATION_FAILED', 'event.weeks');
    expectError(await post(api, '/maternity-allowance', aMaternityAllowanceRequest({ event: { babies: 6 } })), 400, 'VALIDATION_FAILED', 'event.babies');
    expectError(await post(api, '/maternity-allowance', aMaternityAllowanceRequest({ employerAverageMonthlyWage: 0.5 })), 400, 'VALIDATION_FAILED', 'employerAverageMonthlyWage');
    expectError(await post(api, '/maternity-allowance', aMaternityAllowanceRequest({ region: '110000' })), 404, 'REGION_UNSUPPORTED');
    expectError(await post(api, '/maternity-allowance', aMaternityAllowanceRequest({ region: '110000', event: { childOrder: 11 } })), 400, 'VALIDATION_FAILED', 'event.childOrder');
  }],
  ['POST /childcare-subsidy (api.md example), a forecast, not eligible', async (api) => {
    const res = await post(api, '/childcare-subsidy', aChildcareSubsidyRequest());
    expectOk(res, 'childcareSubsidy');
    expect(res.json).toMatchObject({
      eligible: true, expected: false, perYear: 360000, months: 36, total: 1080000, from: '2026-05', to: '2029-04', citation: 'GOV-2025-YEBT',
      byYear: [{ year: 2026, months: 8, amount: 240000 }, { year: 2027, months: 12, amount: 360000 }, { year: 2028, months: 12, amount: 360000 }, { year: 2029, months: 4, amount: 120000 }],
    });
    // Without today: the fixed clock's Shanghai day, 2026-03-20.
    expect((await post(api, '/childcare-subsidy', { birthDate: '2026-03-21' })).json).toMatchObject({ expected: true, months: 36 });
    expect((await post(api, '/childcare-subsidy', { birthDate: '2026-03-20', today: null })).json).toMatchObject({ expected: false });
    expect((await post(api, '/childcare-subsidy', { birthDate: '2022-01-31' })).json).toMatchObject({ eligible: false, months: 0, from: null, to: null, byYear: [] });
    expectError(await post(api, '/childcare-subsidy', { birthDate: '2026-02-29' }), 400, 'VALIDATION_FAILED', 'birthDate');
    expectError(await post(api, '/childcare-subsidy', { ...aChildcareSubsidyRequest(), region: '430400' }), 400, 'VALIDATION_FAILED', 'region');
  }],
  ['400: unknown field, null optional fields accepted', async (api) => {
    expectError(await post(api, '/eligibility', { ...anEligibilityRequest(), typo: 1 }), 400, 'VALIDATION_FAILED', 'typo');
    expectOk(await post(api, '/eligibility', anEligibilityRequest({ deliveryDate: null, employer: null })), 'eligibility');
  }],
  ['400: fen fraction, negative, string, too large; 1e3 accepted', async (api) => {
    for (const inScope of [1.5, -1, '5', 10_000_000_001]) {
      expectError(await post(api, '/delivery-estimate', aDeliveryEstimateRequest({ costs: { inScope: inScope as number } })), 400, 'VALIDATION_FAILED', 'costs.inScope');
    }
    const raw = JSON.stringify(aDeliveryEstimateRequest({ costs: { inScope: 1000, outOfScope: 0, specialNeeds: 0 } })).replace('"inScope":1000', '"inScope":1e3');
    const res = await api.call('POST', '/api/v1/delivery-estimate', { raw, headers: { 'content-type': 'application/json' } });
    expectOk(res, 'deliveryEstimate');
    expect(res.json).toMatchObject({ total: 1000 });
  }],
  ['400: dates that are no calendar day', async (api) => {
    expectError(await post(api, '/eligibility', anEligibilityRequest({ deliveryDate: '2026-02-30' })), 400, 'VALIDATION_FAILED', 'deliveryDate');
    expectError(await post(api, '/eligibility', anEligibilityRequest({ deliveryDate: '26-5-1' })), 400, 'VALIDATION_FAILED', 'deliveryDate');
    expectError(await post(api, '/eligibility', anEligibilityRequest({ deliveryDate: '2101-01-01' })), 400, 'VALIDATION_FAILED', 'deliveryDate');
  }],
  ['400: variants, nested paths, claims', async (api) => {
    expectError(await post(api, '/pregnancy/timeline', { dating: { method: 'edd', date: '2026-10-12', cycleDays: 28 } }), 400, 'VALIDATION_FAILED', 'dating.cycleDays');
    expectError(await post(api, '/pregnancy/timeline', { dating: { method: 'ivf', date: '2026-01-20' } }), 400, 'VALIDATION_FAILED', 'dating.embryoDay');
    expectError(await post(api, '/delivery-estimate', aDeliveryEstimateRequest({ ordinary: { deductible: 1, ratioPct: undefined } })), 400, 'VALIDATION_FAILED', 'ordinary.ratioPct');
    expectError(await post(api, '/prenatal-quota', aPrenatalQuotaRequest({ claims: [{ id: 'c1', date: '2026-02-10', amount: 0.5 }] })), 400, 'VALIDATION_FAILED', 'claims.0.amount');
    expectError(await post(api, '/delivery-estimate', aDeliveryEstimateRequest({ hospital: { zeroCopay: { joinedOn: '2025-12-10', leftOn: '2025-11-01' } } })), 400, 'VALIDATION_FAILED', 'hospital.zeroCopay.leftOn');
  }],
  ['400: malformed JSON, other content types, no body', async (api) => {
    for (const raw of ['{"region":', '', '{"__proto__":{}}']) {
      const error = expectError(await api.call('POST', '/api/v1/eligibility', { raw, headers: { 'content-type': 'application/json' } }), 400, 'VALIDATION_FAILED');
      expect(error.message).toBe('请求体不是有效的 JSON');
    }
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const error = expectError(await api.call('POST', '/api/v1/eligibility', { raw: JSON.stringify(anEligibilityRequest()), headers: { 'content-type': type } }), 400, 'VALIDATION_FAILED');
      expect(error.message).toBe('请求体必须是 JSON（content-type: application/json）');
    }
    expectError(await api.call('POST', '/api/v1/eligibility'), 400, 'VALIDATION_FAILED', '');
  }],
  ['404 REGION_UNSUPPORTED after 400', async (api) => {
    expectError(await post(api, '/eligibility', anEligibilityRequest({ region: '110000' })), 404, 'REGION_UNSUPPORTED');
    expectError(await post(api, '/eligibility', anEligibilityRequest({ region: '110000', deliveryDate: '2026-02-30' })), 400, 'VALIDATION_FAILED');
  }],
  ['404 NOT_FOUND: unknown path or method', async (api) => {
    expectError(await api.call('GET', '/api/v1/nope'), 404, 'NOT_FOUND');
    expectError(await api.call('PUT', '/api/v1/checks'), 404, 'NOT_FOUND');
    expectError(await api.call('GET', '/api/v1/eligibility'), 404, 'NOT_FOUND');
  }],
  ['413 PAYLOAD_TOO_LARGE with and without content-length', async (api) => {
    const big = JSON.stringify({ ...anEligibilityRequest(), pad: 'x'.repeat(70_000) });
    expectError(await api.call('POST', '/api/v1/eligibility', { raw: big, headers: { 'content-type': 'application/json' } }), 413, 'PAYLOAD_TOO_LARGE');
    expectError(await api.call('POST', '/api/v1/eligibility', { chunks: [big.slice(0, 30_000), big.slice(30_000)], headers: { 'content-type': 'application/json' } }), 413, 'PAYLOAD_TOO_LARGE');
  }],
  ['401 UNAUTHENTICATED: bad login, no or bad token, before 413', async (api) => {
    expectError(await post(api, '/auth/login', { code: 'alice' }), 401, 'UNAUTHENTICATED');
    expectError(await api.call('GET', '/api/v1/newborn-enrollments'), 401, 'UNAUTHENTICATED');
    expectError(await api.call('GET', '/api/v1/me/export', { token: 'v1.e30.AAAA' }), 401, 'UNAUTHENTICATED');
    const big = JSON.stringify({ ...anEnrollment(), pad: 'x'.repeat(70_000) });
    expectError(await api.call('POST', '/api/v1/newborn-enrollments', { raw: big, headers: { 'content-type': 'application/json' } }), 401, 'UNAUTHENTICATED');
  }],
  ['enrollment: 201, replay 200, 409, isolation; another account records the same number', async (api, ns) => {
    const alice = await api.login(`${ns}_alice`);
    const bob = await api.login(`${ns}_bob`);
    const body = anEnrollment({ certificateNo: cert(ns) });
    const created = await api.call('POST', '/api/v1/newborn-enrollments', { body, token: alice });
    expectOk(created, 'createEnrollment');
    const record = created.json as EnrollmentAnswer;
    expect(record).toMatchObject({ status: 'submitted', coverageStart: '2026-03-15', birthYearPremiumWaived: true, guardian: { idNo: '430421********0047' }, createdAt: '2026-03-20T08:00:00.000Z' });
    const replay = await api.call('POST', '/api/v1/newborn-enrollments', { body, token: alice });
    expectOk(replay, 'createEnrollment', 200);
    expect(replay.json).toEqual(record);
    expectError(await api.call('POST', '/api/v1/newborn-enrollments', { body: { ...body, sex: 'M' }, token: alice }), 409, 'ENROLLMENT_EXISTS');
    // No stranger's entry blocks a family, and none tells anyone of another's record.
    const bobs = await api.call('POST', '/api/v1/newborn-enrollments', { body, token: bob });
    expectOk(bobs, 'createEnrollment');
    expect((bobs.json as EnrollmentAnswer).id).not.toBe(record.id);
    expect((await api.call('GET', '/api/v1/newborn-enrollments', { token: alice })).json).toEqual({ enrollments: [record] });
    expectError(await api.call('POST', '/api/v1/newborn-enrollments', { body: { ...body, region: '110000' }, token: bob }), 404, 'REGION_UNSUPPORTED');
    expectError(await api.call('GET', `/api/v1/newborn-enrollments/${record.id}`, { token: bob }), 404, 'NOT_FOUND');
    expectError(await api.call('GET', `/api/v1/newborn-enrollments/${encodeURIComponent('👶'.repeat(200))}`, { token: bob }), 404, 'NOT_FOUND');
    expectError(await api.call('GET', `/api/v1/newborn-enrollments/${'a'.repeat(201)}`, { token: bob }), 400, 'VALIDATION_FAILED', 'id');
    const mine = await api.call('GET', `/api/v1/newborn-enrollments/${record.id}`, { token: alice });
    expectOk(mine, 'getEnrollment');
    expect(mine.json).toEqual(record);
    expect(mine.text).not.toContain(GUARDIAN_ID);
  }],
  ['enrollment: x → X is the same data; names in NFKC; 400s on bad numbers and names', async (api, ns) => {
    const alice = await api.login(`${ns}_alice`);
    const body = anEnrollment({ certificateNo: cert(ns), guardian: { idNo: GUARDIAN_ID_X.toLowerCase() } });
    expectOk(await api.call('POST', '/api/v1/newborn-enrollments', { body, token: alice }), 'createEnrollment');
    const upper = anEnrollment({ certificateNo: cert(ns), guardian: { idNo: GUARDIAN_ID_X } });
    expectOk(await api.call('POST', '/api/v1/newborn-enrollments', { body: upper, token: alice }), 'createEnrollment', 200);
    expectError(await api.call('POST', '/api/v1/newborn-enrollments', { body: anEnrollment({ certificateNo: 'R43012345' }), token: alice }), 400, 'VALIDATION_FAILED', 'certificateNo');
    expectError(await api.call('POST', '/api/v1/newborn-enrollments', { body: anEnrollment({ certificateNo: cert(ns, 1), guardian: { idNo: '430421199203150048' } }), token: alice }), 400, 'VALIDATION_FAILED', 'guardian.idNo');
    expectError(await api.call('POST', '/api/v1/newborn-enrollments', { body: anEnrollment({ certificateNo: cert(ns, 1), babyName: 'Mia' }), token: alice }), 400, 'VALIDATION_FAILED', 'babyName');
    // A Kangxi radical is read as the character it shows (NFKC) and stored so.
    const lookalike = await api.call('POST', '/api/v1/newborn-enrollments', { body: anEnrollment({ certificateNo: cert(ns, 2), babyName: '\u2F08小满' }), token: alice });
    expectOk(lookalike, 'createEnrollment');
    expect(lookalike.json).toMatchObject({ babyName: '人小满' });
  }],
  ['device login: the account of a secret made on the device; the secret in no answer', async (api) => {
    const secret = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const login = async () => {
      const res = await post(api, '/auth/login', { code: `device:${secret}` });
      expectOk(res, 'login');
      expect(res.text).not.toContain(secret);
      return (res.json as { token: string }).token;
    };
    const token = await login();
    expectOk(await api.call('POST', '/api/v1/newborn-enrollments', { body: anEnrollment(), token }), 'createEnrollment');
    // The app opened again: the same secret is the same account.
    const exported = await api.call('GET', '/api/v1/me/export', { token: await login() });
    expect(exported.json).toMatchObject({ user: expect.stringMatching(/^device:[A-Za-z0-9_-]{22}$/), enrollments: [{ certificateNo: anEnrollment().certificateNo }] });
    expect(exported.text).not.toContain(secret);
    expectError(await post(api, '/auth/login', { code: `device:${secret.slice(1)}` }), 401, 'UNAUTHENTICATED');
  }],
  ['the H5 app’s dev account moves to its device account with a token of it, once', async (api, ns) => {
    const dev = await api.login(`${ns}_h5`);
    const stored = (await api.call('POST', '/api/v1/newborn-enrollments', { body: anEnrollment({ certificateNo: cert(ns) }), token: dev })).json as EnrollmentAnswer;
    const secret = `${'A'.repeat(30)}${ns.padStart(12, 'x')}A`;
    const moved = await api.call('POST', '/api/v1/auth/login', { body: { code: `device:${secret}` }, token: dev });
    expectOk(moved, 'login');
    const mine = (await api.call('GET', '/api/v1/newborn-enrollments', { token: (moved.json as { token: string }).token })).json as { enrollments: EnrollmentAnswer[] };
    expect(mine.enrollments.map(({ id: _id, ...rest }) => rest)).toEqual([(({ id: _id, ...rest }) => rest)(stored)]);
    expect((await api.call('GET', '/api/v1/newborn-enrollments', { token: dev })).json).toEqual({ enrollments: [] });
  }],
  ['list, export, DELETE /me', async (api, ns) => {
    const alice = await api.login(`${ns}_alice`);
    const a = (await api.call('POST', '/api/v1/newborn-enrollments', { body: anEnrollment({ certificateNo: cert(ns, 1) }), token: alice })).json as EnrollmentAnswer;
    const b = (await api.call('POST', '/api/v1/newborn-enrollments', { body: anEnrollment({ certificateNo: cert(ns, 2), babyName: '张小雨' }), token: alice })).json as EnrollmentAnswer;
    const list = await api.call('GET', '/api/v1/newborn-enrollments', { token: alice });
    expectOk(list, 'listEnrollments');
    expect((list.json as { enrollments: EnrollmentAnswer[] }).enrollments.map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
    const exported = await api.call('GET', '/api/v1/me/export', { token: alice });
    expectOk(exported, 'exportMe');
    expect(exported.json).toMatchObject({ user: `dev:${ns}_alice`, exportedAt: '2026-03-20T08:00:00.000Z' });
    expect((exported.json as { enrollments: EnrollmentAnswer[] }).enrollments.map((e) => e.guardian.idNo)).toEqual([GUARDIAN_ID, GUARDIAN_ID]);
    const deleted = await api.call('DELETE', '/api/v1/me', { token: alice });
    expect({ status: deleted.status, text: deleted.text }).toEqual({ status: 204, text: '' });
    expect((await api.call('GET', '/api/v1/newborn-enrollments', { token: alice })).json).toEqual({ enrollments: [] });
    expectError(await api.call('GET', `/api/v1/newborn-enrollments/${a.id}`, { token: alice }), 404, 'NOT_FOUND');
    expect((await api.call('GET', '/api/v1/me/export', { token: alice })).json).toMatchObject({ enrollments: [] });
    expectOk(await api.call('POST', '/api/v1/newborn-enrollments', { body: anEnrollment({ certificateNo: cert(ns, 1) }), token: alice }), 'createEnrollment');
  }],
  ['body-less GET and DELETE with content-type json, as wx.request sends them', async (api, ns) => {
    const wechat = { 'content-type': 'application/json' };
    const alice = await api.login(`${ns}_wx`);
    expectOk(await api.call('POST', '/api/v1/newborn-enrollments', { body: anEnrollment({ certificateNo: cert(ns, 3) }), token: alice }), 'createEnrollment');
    expectOk(await api.call('GET', '/api/v1/checks', { headers: wechat }), 'checks');
    expectOk(await api.call('GET', '/api/v1/newborn-enrollments', { token: alice, headers: wechat }), 'listEnrollments');
    const deleted = await api.call('DELETE', '/api/v1/me', { token: alice, headers: wechat });
    expect({ status: deleted.status, text: deleted.text }).toEqual({ status: 204, text: '' });
    expect((await api.call('GET', '/api/v1/newborn-enrollments', { token: alice, headers: wechat })).json).toEqual({ enrollments: [] });
  }],
];
