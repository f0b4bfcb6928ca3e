// Fuzz of the reference endpoints (api.md, Reference data) and of routing itself: random query
// strings, headers, stray bodies, other methods, path parameters of every shape, unknown paths.
import fc from 'fast-check';
import {
  ChecksAnswer,
  HealthAnswer,
  RegionPolicyAnswer,
  RegionsAnswer,
  ServicePackagesAnswer,
} from '../../src/api/contract';
import { NASTY_STRINGS, anyRegionArb, headerNoiseArb, queryNoiseArb, servicePackagesQueryArb, supportedRegionArb } from './support/arbitraries';
import { checkSchema, fuzzEndpoint, malformedGet, same, type ValidCase } from './support/drive';
import { Tally, checkAnyAnswer, expectCode, fail, fuzzApp, type FuzzApp, type FuzzRequest, type FuzzResponse } from './support/harness';
import { currentPackages, resolveRegion } from './support/oracle';

let t: FuzzApp;
const tally = new Tally();
beforeAll(async () => {
  t = await fuzzApp();
});
afterAll(async () => {
  await t.close();
  tally.print('reference data and routing');
});

/** Query noise without the keys /service-packages reads. */
const ignoredQueryArb = queryNoiseArb.map((q) =>
  q
    .split('&')
    .filter((p) => p !== '' && !/^(stage|weeks|childAgeDays|daysSince)=/.test(p))
    .join('&'),
);

const validGet = (url: fc.Arbitrary<string>): fc.Arbitrary<ValidCase> =>
  fc.record({ url, query: fc.oneof(fc.constant(''), ignoredQueryArb), noise: headerNoiseArb }).map(({ url: u, query, noise }) => ({
    req: { method: 'GET' as const, url: query ? `${u}${u.includes('?') ? '&' : '?'}${query}` : u, headers: noise },
  }));

const ok = (schema: Parameters<typeof checkSchema>[2]) => (c: ValidCase, res: FuzzResponse, parsed: unknown) => {
  if (res.status !== 200) fail(c.req, res, 'expected 200');
  checkSchema(c.req, res, schema, parsed);
};

test('GET /health', async () => {
  await fuzzEndpoint({
    name: 'GET /health',
    t,
    tally,
    valid: validGet(fc.constant('/api/v1/health')),
    checkValid: (c, res, parsed) => {
      ok(HealthAnswer)(c, res, parsed);
      same(c.req, res, (parsed as { login: string }).login, 'dev', 'login');
    },
    malformed: malformedGet(fc.constant('/api/v1/health')),
    answer: HealthAnswer,
  });
});

test('GET /regions', async () => {
  await fuzzEndpoint({
    name: 'GET /regions',
    t,
    tally,
    valid: validGet(fc.constant('/api/v1/regions')),
    checkValid: (c, res, parsed) => {
      ok(RegionsAnswer)(c, res, parsed);
      const regions = (parsed as RegionsAnswer).regions;
      same(c.req, res, regions.map((r) => r.code).sort(), ['220000', '220200', '330300', '430000', '430400'], 'region codes');
      for (const r of regions) if (r.draft !== (r.code === '330300')) fail(c.req, res, `draft on ${r.code}`);
    },
    malformed: malformedGet(fc.constant('/api/v1/regions')),
    answer: RegionsAnswer,
  });
});

const INSURANCE_ORDER = ['employee', 'flexible', 'resident', 'none'];

test('GET /regions/{code}/policy', async () => {
  // Valid: any six digits; the oracle says whether it resolves (200) or not (404 REGION_UNSUPPORTED).
  const pathParam = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 2, arbitrary: fc.stringMatching(/^[0-9]{1,12}$/) },
    { weight: 1, arbitrary: anyRegionArb.map((c) => `${c}/x`) },
    { weight: 1, arbitrary: anyRegionArb.map((c) => `${c}%00`) },
  );
  await fuzzEndpoint({
    name: 'GET /regions/{code}/policy',
    t,
    tally,
    valid: validGet(fc.oneof(supportedRegionArb, anyRegionArb).map((code) => `/api/v1/regions/${code}/policy`)),
    checkValid: (c, res, parsed) => {
      const code = /regions\/([0-9]{6})\/policy/.exec(c.req.url)?.[1] ?? '';
      const entry = resolveRegion(code);
      if (entry === null) return expectCode(c.req, res, 'REGION_UNSUPPORTED');
      ok(RegionPolicyAnswer)(c, res, parsed);
      const a = parsed as RegionPolicyAnswer;
      same(c.req, res, [a.requested, a.code, a.draft], [code, entry, entry === '330300'], 'requested, code, draft');
      same(c.req, res, a.prenatalQuota.map((q) => q.insurance), INSURANCE_ORDER, 'prenatalQuota order');
      same(c.req, res, a.delivery.map((q) => q.insurance), INSURANCE_ORDER, 'delivery order');
    },
    malformed: malformedGet(
      pathParam.map((p) => {
        let seg: string;
        try {
          seg = p.includes('/') || p.includes('%') ? p : encodeURIComponent(p);
        } catch {
          seg = p.replace(/[\ud800-\udfff]/g, '%ED%A0%80'); // a lone surrogate, as its CESU bytes
        }
        return `/api/v1/regions/${seg}/policy`;
      }),
    ),
    answer: RegionPolicyAnswer,
  });
});

test('GET /checks', async () => {
  await fuzzEndpoint({
    name: 'GET /checks',
    t,
    tally,
    valid: validGet(fc.constant('/api/v1/checks')),
    checkValid: (c, res, parsed) => {
      ok(ChecksAnswer)(c, res, parsed);
      same(c.req, res, (parsed as ChecksAnswer).checks.map((x) => x.no), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 'check numbers');
    },
    malformed: malformedGet(fc.constant('/api/v1/checks')),
    answer: ChecksAnswer,
  });
});

const PACKAGE_ORDER = ['pre-pregnancy', 'early-pregnancy', 'pregnancy-delivery', 'postpartum', 'newborn', 'growth'];

test('GET /service-packages', async () => {
  const valid = fc.record({ sp: servicePackagesQueryArb, noise: headerNoiseArb, ignored: ignoredQueryArb }).map(({ sp, noise, ignored }): ValidCase => {
    const params = Object.entries(sp.q).map(([k, v]) => `${k}=${k === 'stage' ? v : `${'0'.repeat(sp.zeros)}${String(v)}`.slice(-9)}`);
    if (sp.extra && ignored) params.push(ignored);
    const query = params.join('&');
    return { req: { method: 'GET', url: `/api/v1/service-packages${query ? `?${query}` : ''}`, headers: noise }, body: sp.q };
  });
  const badQuery = fc.oneof(
    fc.constantFrom(
      'stage=pregnant', 'stage=pregnant&weeks=45', 'stage=pregnant&weeks=-1', 'stage=pregnant&weeks=1.5', 'stage=pregnant&weeks=1e1', 'stage=pregnant&weeks=%201',
      'stage=pregnant&weeks=', 'stage=pregnant&weeks=0x1', 'stage=pregnant&weeks=%EF%BC%91', 'stage=postpartum', 'stage=postpartum&childAgeDays=6575',
      'stage=ended', 'stage=ended&daysSince=9999999999', 'stage=PLANNING', 'stage=', 'stage=unknown', 'stage=planning&stage=pregnant',
      'stage[]=planning', 'stage=__proto__', 'stage=constructor', 'stage=pregnant&weeks=10&weeks=11', 'weeks=10', 'stage=%zz',
    ),
    fc.record({ stage: fc.constantFrom('pregnant', 'postpartum', 'ended'), v: fc.oneof(fc.integer({ min: -1e6, max: -1 }).map(String), fc.double().map(String), fc.constantFrom(...NASTY_STRINGS)) }).map(
      ({ stage, v }) => {
        const key = stage === 'pregnant' ? 'weeks' : stage === 'postpartum' ? 'childAgeDays' : 'daysSince';
        let enc: string;
        try {
          enc = encodeURIComponent(v);
        } catch {
          enc = '%ED%A0%80';
        }
        return `stage=${stage}&${key}=${enc}`;
      },
    ),
  );
  await fuzzEndpoint({
    name: 'GET /service-packages',
    t,
    tally,
    valid,
    checkValid: (c, res, parsed) => {
      ok(ServicePackagesAnswer)(c, res, parsed);
      const a = parsed as ServicePackagesAnswer;
      same(c.req, res, a.packages.map((p) => p.id), PACKAGE_ORDER, 'package order');
      same(c.req, res, a.current, currentPackages(c.body as Parameters<typeof currentPackages>[0]), 'current');
    },
    malformed: fc.oneof(
      { weight: 2, arbitrary: malformedGet(fc.constant('/api/v1/service-packages')) },
      { weight: 3, arbitrary: fc.record({ q: badQuery, noise: headerNoiseArb }).map(({ q, noise }): FuzzRequest => ({ method: 'GET', url: `/api/v1/service-packages?${q}`, headers: noise })) },
    ),
    answer: ServicePackagesAnswer,
  });
});

test('GET /service-packages: a missing, out-of-range or non-decimal parameter is 400', async () => {
  for (const q of ['stage=pregnant', 'stage=pregnant&weeks=45', 'stage=pregnant&weeks=1.5', 'stage=pregnant&weeks=-1', 'stage=postpartum&childAgeDays=6575', 'stage=ended', 'stage=nope', 'stage=pregnant&weeks=%201']) {
    const req: FuzzRequest = { method: 'GET', url: `/api/v1/service-packages?${q}` };
    expectCode(req, await t.send(req), 'VALIDATION_FAILED');
  }
});

test('GET /openapi.json', async () => {
  await fuzzEndpoint({
    name: 'GET /openapi.json',
    t,
    tally,
    valid: validGet(fc.constant('/api/v1/openapi.json')),
    checkValid: (c, res, parsed) => {
      if (res.status !== 200) fail(c.req, res, 'expected 200');
      if ((parsed as { openapi?: string }).openapi !== '3.1.0') fail(c.req, res, 'not an OpenAPI 3.1 document');
    },
    malformed: malformedGet(fc.constant('/api/v1/openapi.json')),
  });
});

test('unknown paths and methods are 404 NOT_FOUND (or 400 for a malformed URL), never 5xx', async () => {
  const segment = fc.oneof(
    fc.constantFrom('api', 'v1', 'v2', '..', '.', '', '%2e%2e', '%2F', '%00', '%ff', '%', '%zz', 'health', 'newborn-enrollments', 'me', '__proto__', 'constructor', 'openapi.json', ';', '?', '#', '~', 'checks'),
    fc.string({ unit: 'grapheme-ascii', maxLength: 8 }).map((s) => encodeURIComponent(s)),
  );
  const arb = fc.record({
    method: fc.constantFrom<FuzzRequest['method']>('GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS', 'HEAD'),
    segments: fc.array(segment, { minLength: 1, maxLength: 6 }),
    prefix: fc.boolean(),
    noise: headerNoiseArb,
  });
  await fc.assert(
    fc.asyncProperty(arb, async ({ method, segments, prefix, noise }) => {
      const url = `${prefix ? '/api/v1/' : '/'}${segments.join('/')}`;
      const req: FuzzRequest = { method, url, headers: noise };
      let res: FuzzResponse;
      try {
        res = await t.send(req);
      } catch (e) {
        // light-my-request itself refuses some URLs (e.g. a bare '#'): not the server's concern.
        if (e instanceof TypeError || e instanceof URIError) return;
        throw e;
      }
      tally.add('(unknown paths and methods)', 'malformed', res.status);
      checkAnyAnswer(req, res);
    }),
    { numRuns: 1000 },
  );
});
