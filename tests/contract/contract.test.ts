// The same cases against (a) the server listening on a real port and (b) the msw handlers, so
// the two cannot drift apart. In the jest project `postgres` the server runs on PostgreSQL (and
// (b), which has no server, is left to the SQLite run).
import { setupServer } from 'msw/node';
import { type FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { createHandlers } from '../../mock/handlers';
import {
  FIXED_NOW,
  aChildcareSubsidyRequest,
  aDeliveryEstimateRequest,
  aMaternityAllowanceRequest,
  aPrenatalQuotaRequest,
  aTimelineRequest,
  anEligibilityRequest,
} from '../../mock/fixtures';
import { STORE_UNDER_TEST, createTestDatabase, type TestDatabase } from '../support/test-store';
import { CASES } from './cases';
import { apiAt } from './harness';

const numbered = CASES.map(([name, run], i) => [name, run, String(i + 1)] as const);

async function serverOnRealPort(): Promise<{ app: FastifyInstance; base: string; db: TestDatabase }> {
  const db = await createTestDatabase();
  const app = await buildApp({ ...db.options, tokenSecret: 'contract-secret-0123456789', rateLimitPerMinute: 0, logger: false, now: () => FIXED_NOW });
  return { app, db, base: await app.listen({ host: '127.0.0.1', port: 0 }) };
}

describe(`(a) the server on a real port (${STORE_UNDER_TEST})`, () => {
  let server: Awaited<ReturnType<typeof serverOnRealPort>>;
  let base = '';
  beforeAll(async () => {
    server = await serverOnRealPort();
    base = server.base;
  });
  afterAll(async () => {
    await server.app.close();
    await server.db.drop();
  });

  test.each(numbered)('%s', async (_name, run, ns) => {
    await run(apiAt(base), ns);
  });
});

(STORE_UNDER_TEST === 'sqlite' ? describe : describe.skip)('(b) the msw handlers', () => {
  const server = setupServer(...createHandlers({ now: () => FIXED_NOW }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  test.each(numbered)('%s', async (_name, run, ns) => {
    await run(apiAt('http://mock.test'), ns);
  });
});

describe(`(c) the same request gets the same answer from both (${STORE_UNDER_TEST})`, () => {
  let server: Awaited<ReturnType<typeof serverOnRealPort>>;
  let base = '';
  // Only the mock's own origin: the server's real port must not be answered by the mocks.
  const mock = setupServer(...createHandlers({ now: () => FIXED_NOW, origin: 'http://mock.test' }));
  beforeAll(async () => {
    server = await serverOnRealPort();
    base = server.base;
    mock.listen({ onUnhandledRequest: 'bypass' }); // the real port is not mocked
  });
  afterAll(async () => {
    mock.close();
    await server.app.close();
    await server.db.drop();
  });

  // Always three elements: a shorter row would make jest pass `done` as the body.
  const requests: [string, string, unknown][] = [
    ['GET', '/api/v1/health', undefined],
    ['GET', '/api/v1/regions', undefined],
    ['GET', '/api/v1/regions/330381/policy', undefined],
    ['GET', '/api/v1/regions/220100/policy', undefined],
    ['GET', '/api/v1/checks', undefined],
    ['GET', '/api/v1/service-packages?stage=postpartum&childAgeDays=30', undefined],
    ['POST', '/api/v1/pregnancy/timeline', aTimelineRequest({ dating: { method: 'ivf', date: '2026-01-20', embryoDay: 5, cycleDays: undefined } as never, done: [1, 2] })],
    ['POST', '/api/v1/prenatal-quota', aPrenatalQuotaRequest({ region: '220281', registeredOn: '2026-02-15', claims: [{ id: 'a', date: '2026-02-10', amount: 200000 }, { id: 'b', date: '2026-03-01', amount: 200000 }] })],
    ['POST', '/api/v1/prenatal-quota', aPrenatalQuotaRequest({ region: '430421' })],
    ['POST', '/api/v1/delivery-estimate', aDeliveryEstimateRequest({ region: '220200', insurance: 'flexible', costs: { complications: 80000 } })],
    ['POST', '/api/v1/delivery-estimate', aDeliveryEstimateRequest({ region: '330300', insurance: 'employee', ordinary: undefined })],
    ['POST', '/api/v1/eligibility', anEligibilityRequest({ region: '330381', insurance: 'resident', stage: 'planning' })],
    ['POST', '/api/v1/eligibility', anEligibilityRequest({ region: '430421', employer: { fullyFunded: true }, deliveryDate: '2031-01-01' })],
    ['POST', '/api/v1/eligibility', { ...anEligibilityRequest(), region: 'abc', insurance: 'x', extra: true, deliveryDate: '2026-13-01' }],
    ['POST', '/api/v1/pregnancy/timeline', { dating: { method: 'lmp', date: '2026-01-05', cycleDays: 50, embryoDay: 5 }, done: [0, 13] }],
    ['POST', '/api/v1/maternity-allowance', aMaternityAllowanceRequest({ region: '220100', event: { babies: 3, difficult: true }, employerAverageMonthlyWage: 712345 })],
    ['POST', '/api/v1/maternity-allowance', { ...aMaternityAllowanceRequest({ region: '330381', insurance: 'flexible' }), event: { kind: 'loss', date: '2026-03-01', weeks: 16 } }],
    ['POST', '/api/v1/maternity-allowance', { ...aMaternityAllowanceRequest(), event: { kind: 'loss', date: '2026-02-30', weeks: 45, babies: 2 }, employerAverageMonthlyWage: -1 }],
    ['POST', '/api/v1/childcare-subsidy', aChildcareSubsidyRequest({ birthDate: '2022-10-20', today: undefined })],
    ['POST', '/api/v1/childcare-subsidy', { birthDate: '2024-02-29', today: '2020-01-01', extra: 1 }],
  ];

  // The mocks play a default server (SQLite); which store a real server uses is its own.
  const asServer = (p: string, json: unknown) => (p.endsWith('/health') ? { ...(json as object), store: { kind: STORE_UNDER_TEST, ok: true } } : json);

  test.each(requests)('%s %s', async (method, p, body) => {
    const [server, msw] = await Promise.all([
      apiAt(base).call(method, p, body === undefined ? {} : { body }),
      apiAt('http://mock.test').call(method, p, body === undefined ? {} : { body }),
    ]);
    expect(msw.status).toBe(server.status);
    expect(asServer(p, msw.json)).toEqual(server.json);
  });
});
