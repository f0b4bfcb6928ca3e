// The typed client against the msw handlers (started by the node project's setup file):
// answers, ApiError mapping, one retry for GETs and the idempotent enrollment, timeouts.
import { HttpResponse, delay, getResponse, http } from 'msw';
import { ApiError, createApiClient, type ApiClient } from '../../src/api';
import { createFetchTransport } from '../../src/api/fetch-transport';
import { defaultStore, handlers, server } from '../../mock/node';
import { GUARDIAN_ID, aDeliveryEstimateRequest, aTimelineRequest, anEnrollment } from '../../mock/fixtures';

const BASE = 'http://localhost/api/v1';
let token: string | null = null;
let client: ApiClient;

beforeEach(() => {
  defaultStore.reset();
  token = null;
  client = createApiClient({ baseUrl: BASE, transport: createFetchTransport(), getToken: () => token, timeoutMs: 2000 });
});

async function caught(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}

/** Counts the requests to a path, then lets the default handlers answer. */
function countRequests(method: 'get' | 'post', path: string): { count: number } {
  const counter = { count: 0 };
  server.use(
    http[method](`*/api/v1${path}`, () => {
      counter.count++;
      return undefined;
    }),
  );
  return counter;
}

describe('answers', () => {
  test('reference data and computations come back typed', async () => {
    expect((await client.health()).status).toBe('ok');
    expect((await client.checks()).checks).toHaveLength(12);
    expect((await client.regionPolicy('430421')).code).toBe('430400');
    expect((await client.servicePackages({ stage: 'pregnant', weeks: 10 })).current).toEqual(['early-pregnancy']);
    expect((await client.timeline(aTimelineRequest())).edd).toBe('2026-10-12');
    expect((await client.deliveryEstimate(aDeliveryEstimateRequest())).rule).toBe('HY_ZERO_COPAY');
  });

  test('login, enrollment, list, export, delete', async () => {
    token = (await client.login('dev:alice')).token;
    const created = await client.createEnrollment(anEnrollment({ birthDate: todayMinus(3) }));
    expect(created.guardian.idNo).toBe('430421********0047');
    expect((await client.listEnrollments()).enrollments).toHaveLength(1);
    expect((await client.getEnrollment(created.id)).id).toBe(created.id);
    expect((await client.exportMe()).enrollments[0]?.guardian.idNo).toBe(GUARDIAN_ID);
    await expect(client.deleteMe()).resolves.toBeUndefined();
    expect((await client.listEnrollments()).enrollments).toEqual([]);
  });
});

describe('ApiError', () => {
  test('carries status, code, Chinese message and details', async () => {
    const e = await caught(client.timeline(aTimelineRequest({ today: '2026-02-30' })));
    expect(e).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(e.message).toMatch(/\p{Script=Han}/u);
    expect(e.details.map((d) => d.path)).toContain('today');
    expect(await caught(client.regionPolicy('110000'))).toMatchObject({ status: 404, code: 'REGION_UNSUPPORTED' });
    expect(await caught(client.login('nobody'))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await caught(client.listEnrollments())).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', isConnectivity: false });
  });

  test('429 carries Retry-After', async () => {
    server.use(http.get('*/api/v1/checks', () => HttpResponse.json({ error: { code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试', details: [] } }, { status: 429, headers: { 'Retry-After': '17' } })));
    expect(await caught(client.checks())).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfterSeconds: 17 });
  });

  test('a non-contract answer is UNEXPECTED with a Chinese message', async () => {
    server.use(http.get('*/api/v1/health', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })));
    const e = await caught(client.health());
    expect(e).toMatchObject({ status: 502, code: 'UNEXPECTED' });
    expect(e.message).toBe('服务暂时不可用，请稍后重试');
  });
});

describe('retries', () => {
  test('a GET is retried once after a network error', async () => {
    const counter = countRequests('get', '/checks');
    server.use(http.get('*/api/v1/checks', () => HttpResponse.error(), { once: true }));
    expect((await client.checks()).checks).toHaveLength(12);
    expect(counter.count).toBe(1); // the failed attempt never reached the counting handler
  });

  test('a GET is retried once after a 5xx, and only once', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v1/regions', () => {
        calls++;
        return HttpResponse.json({ error: { code: 'INTERNAL_ERROR', message: '服务器内部错误', details: [] } }, { status: 503 });
      }),
    );
    expect(await caught(client.regions())).toMatchObject({ status: 503, code: 'UNEXPECTED' });
    expect(calls).toBe(2);
  });

  test('two network errors give NETWORK with a Chinese message', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v1/regions', () => {
        calls++;
        return HttpResponse.error();
      }),
    );
    const e = await caught(client.regions());
    expect(e).toMatchObject({ status: 0, code: 'NETWORK', message: '网络连接失败，请检查网络后重试', isConnectivity: true });
    expect(calls).toBe(2);
  });

  test('a computation POST is not repeated', async () => {
    let calls = 0;
    server.use(
      http.post('*/api/v1/pregnancy/timeline', () => {
        calls++;
        return HttpResponse.error();
      }),
    );
    expect(await caught(client.timeline(aTimelineRequest()))).toMatchObject({ code: 'NETWORK' });
    expect(calls).toBe(1);
  });

  test('the enrollment is repeated once when its answer was lost; the 200 replay is success', async () => {
    token = (await client.login('dev:alice')).token;
    let attempts = 0;
    server.use(
      http.post(
        '*/api/v1/newborn-enrollments',
        async ({ request }) => {
          attempts++;
          await getResponse(handlers, request); // stored by the mock…
          return HttpResponse.error(); // …but the answer never arrives
        },
        { once: true },
      ),
    );
    const body = anEnrollment({ birthDate: todayMinus(3) });
    const record = await client.createEnrollment(body);
    expect(attempts).toBe(1);
    expect(record.certificateNo).toBe(body.certificateNo);
    expect((await client.listEnrollments()).enrollments.map((e) => e.id)).toEqual([record.id]);
  });

  test('the enrollment is repeated once after a 5xx', async () => {
    token = (await client.login('dev:alice')).token;
    server.use(http.post('*/api/v1/newborn-enrollments', () => new HttpResponse(null, { status: 503 }), { once: true }));
    await expect(client.createEnrollment(anEnrollment({ birthDate: todayMinus(3) }))).resolves.toMatchObject({ status: 'submitted' });
  });
});

describe('timeouts', () => {
  test('a slow answer is TIMEOUT; a GET is not repeated after a timeout', async () => {
    const slow = createApiClient({ baseUrl: BASE, transport: createFetchTransport(), timeoutMs: 50 });
    let calls = 0;
    server.use(
      http.get('*/api/v1/health', async () => {
        calls++;
        await delay(300);
        return HttpResponse.json({});
      }),
    );
    const e = await caught(slow.health());
    expect(e).toMatchObject({ status: 0, code: 'TIMEOUT', message: '请求超时，请稍后重试', isConnectivity: true });
    expect(calls).toBe(1);
  });

  test('the enrollment is repeated after a timeout (the server replays it)', async () => {
    const slow = createApiClient({ baseUrl: BASE, transport: createFetchTransport(), timeoutMs: 100, getToken: () => token });
    token = (await client.login('dev:alice')).token;
    server.use(
      http.post(
        '*/api/v1/newborn-enrollments',
        async ({ request }) => {
          const answer = await getResponse(handlers, request);
          await delay(400);
          return answer;
        },
        { once: true },
      ),
    );
    const record = await slow.createEnrollment(anEnrollment({ birthDate: todayMinus(3) }));
    expect(record.status).toBe('submitted');
    expect((await client.listEnrollments()).enrollments).toHaveLength(1);
  });
});

test('the bearer token comes from the getter on every call', async () => {
  const seen: (string | null)[] = [];
  server.use(
    http.get('*/api/v1/health', ({ request }) => {
      seen.push(request.headers.get('authorization'));
      return undefined;
    }),
  );
  await client.health();
  token = 'abc';
  await client.health();
  expect(seen).toEqual([null, 'Bearer abc']);
});

/** A birth date a few days before the real today (the default mocks use the real clock). */
function todayMinus(days: number): string {
  const shanghai = new Date(Date.now() + 8 * 3600_000 - days * 86_400_000);
  return shanghai.toISOString().slice(0, 10);
}
