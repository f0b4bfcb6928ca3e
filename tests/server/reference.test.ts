// GET endpoints of api.md through app.inject(): answers, schema conformance, 400/404.
import { Value } from '@sinclair/typebox/value';
import { ChecksAnswer, HealthAnswer, RegionPolicyAnswer, RegionsAnswer, ServicePackagesAnswer } from '../../src/api/contract';
import { POLICY_VERSION } from '../../src/domain';
import packageJson from '../../package.json';
import { errorOf, makeApp, type TestApp } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});
afterAll(() => t.close());

test('GET /health answers status, versions and the login mode', async () => {
  const res = await t.send('GET', '/api/v1/health');
  expect(res.status).toBe(200);
  expect(res.json()).toEqual({ status: 'ok', version: packageJson.version, policyVersion: POLICY_VERSION, login: 'dev', store: { kind: 'sqlite', ok: true } });
  expect(Value.Check(HealthAnswer, res.json())).toBe(true);
});

test('GET /regions lists the five entries, Wenzhou as draft', async () => {
  const res = await t.send('GET', '/api/v1/regions');
  expect(res.status).toBe(200);
  const body = res.json<RegionsAnswer>();
  expect(Value.Check(RegionsAnswer, body)).toBe(true);
  expect(body.regions.map((r) => r.code).sort()).toEqual(['220000', '220200', '330300', '430000', '430400']);
  expect(body.regions.find((r) => r.code === '430400')).toMatchObject({
    name: '衡阳市',
    province: '湖南省',
    docs: ['HY-2025-8', 'HN-2025-45', 'HN-WJ-2025-12'],
    draft: false,
  });
  expect(body.regions.find((r) => r.code === '330300')?.draft).toBe(true);
});

test.each([
  ['430421', '430400'],
  ['430100', '430000'],
  ['330381', '330300'],
  ['220281', '220200'],
  ['220100', '220000'],
])('GET /regions/%s/policy resolves to %s', async (requested, code) => {
  const res = await t.send('GET', `/api/v1/regions/${requested}/policy`);
  expect(res.status).toBe(200);
  const body = res.json<RegionPolicyAnswer>();
  expect(Value.Check(RegionPolicyAnswer, body)).toBe(true);
  expect(body).toMatchObject({ requested, code });
  expect(body.prenatalQuota.map((q) => q.insurance)).toEqual(['employee', 'flexible', 'resident', 'none']);
  expect(body.delivery.map((q) => q.insurance)).toEqual(['employee', 'flexible', 'resident', 'none']);
});

test('the Hengyang policy of api.md', async () => {
  const body = (await t.send('GET', '/api/v1/regions/430421/policy')).json<RegionPolicyAnswer>();
  expect(body).toMatchObject({ name: '衡阳市', province: '湖南省', draft: false, docs: ['HY-2025-8', 'HN-2025-45', 'HN-WJ-2025-12'] });
  expect(body.prenatalQuota[0]).toEqual({ insurance: 'employee', cap: 0, citation: 'HY-2025-8 二(一)' });
  expect(body.delivery[0]).toEqual({ insurance: 'employee', rule: 'HY_ZERO_COPAY', from: '2026-01-01', to: '2030-12-31', citation: 'HY-2025-8 二(一)(三)(六)' });
});

test('a six-digit code of no entry is 404 REGION_UNSUPPORTED; anything else 400', async () => {
  const unsupported = await t.send('GET', '/api/v1/regions/110000/policy');
  expect(unsupported.status).toBe(404);
  expect(errorOf(unsupported).code).toBe('REGION_UNSUPPORTED');
  for (const bad of ['43040', '4304000', 'abcdef', '43040x']) {
    const res = await t.send('GET', `/api/v1/regions/${bad}/policy`);
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'code' }] });
  }
});

test('GET /checks: twelve checks and the optional items, names from the Wenzhou list', async () => {
  const res = await t.send('GET', '/api/v1/checks');
  expect(res.status).toBe(200);
  const body = res.json<ChecksAnswer>();
  expect(Value.Check(ChecksAnswer, body)).toBe(true);
  expect(body.checks.map((c) => c.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  expect(body.checks[0]).toMatchObject({ no: 1, name: '第一次检查', weeks: { from: 6, to: 13 } });
  expect(body.checks[0]?.items[0]?.name).toBe('尿HCG');
  expect(body.optional.length).toBeGreaterThan(0);
});

describe('GET /service-packages', () => {
  const get = (q: string) => t.send('GET', `/api/v1/service-packages${q}`);

  test.each([
    ['', []],
    ['?stage=planning', ['pre-pregnancy']],
    ['?stage=pregnant&weeks=10', ['early-pregnancy']],
    ['?stage=pregnant&weeks=14', ['pregnancy-delivery']],
    ['?stage=postpartum&childAgeDays=10', ['postpartum', 'newborn']],
    ['?stage=ended&daysSince=50', []],
    ['?stage=planning&foo=bar', ['pre-pregnancy']],
  ])('%s → current %j', async (q, current) => {
    const res = await get(q);
    expect(res.status).toBe(200);
    const body = res.json<ServicePackagesAnswer>();
    expect(Value.Check(ServicePackagesAnswer, body)).toBe(true);
    expect(body.current).toEqual(current);
    expect(body.packages.map((p) => p.id)).toEqual(['pre-pregnancy', 'early-pregnancy', 'pregnancy-delivery', 'postpartum', 'newborn', 'growth']);
  });

  test.each([
    ['?stage=pregnant', 'weeks'],
    ['?stage=pregnant&weeks=45', 'weeks'],
    ['?stage=pregnant&weeks=1.5', 'weeks'],
    ['?stage=pregnant&weeks=-1', 'weeks'],
    ['?stage=pregnant&weeks=%2B5', 'weeks'],
    ['?stage=postpartum', 'childAgeDays'],
    ['?stage=ended&daysSince=6575', 'daysSince'],
    ['?stage=unknown', 'stage'],
    ['?stage=planning&stage=pregnant', 'stage'],
  ])('%s → 400 on %s', async (q, path) => {
    const res = await get(q);
    expect(res.status).toBe(400);
    const error = errorOf(res);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.map((d) => d.path)).toContain(path);
  });
});
