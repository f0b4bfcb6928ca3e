// services: engine first, then the server (msw answers as the API does); offline fallback;
// enrollment keeps the draft on a network failure and a retry cannot duplicate; export and delete.
import { HttpResponse, http } from 'msw';
import { createApiClient } from '@/api';
import { createFetchTransport } from '@/api/fetch-transport';
import { createHandlers, defaultStore, server } from '../../mock/node';
import { memory } from './taro-memory';
import { CONSENT_AT } from './fixtures';
import { resetAll, useAppStore } from '@/stores';
import * as services from '@/stores/services';
import { setClock } from '@/utils/clock';
import { maternityAllowance } from '@/domain';

jest.mock('@tarojs/taro', () => jest.requireActual('./taro-memory').taroMock);

const TODAY = '2026-03-01';
const BASE = 'http://localhost/api/v1';
const enrollment = {
  certificateNo: 'R430123456',
  babyName: '张小满',
  sex: 'F' as const,
  birthDate: '2026-02-20',
  region: '430400',
  guardian: { name: '李华', idNo: '430421199203150047', relation: 'mother' as const, insuredInRegion: true },
};

beforeAll(() => {
  services.setApiClient(
    createApiClient({
      baseUrl: BASE,
      transport: createFetchTransport(),
      getToken: () => services.currentToken(),
      timeoutMs: 2000,
    }),
  );
});

beforeEach(() => {
  memory.clear();
  resetAll();
  setClock(() => new Date('2026-03-01T02:00:00Z'));
  useAppStore.getState().completeOnboarding(
    { region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } },
    CONSENT_AT,
  );
});

afterAll(() => {
  setClock(null);
  services.setApiClient(null);
});

const networkDown = (method: 'post' | 'get' | 'delete', path: string) => server.use(http[method](`*/api/v1${path}`, () => HttpResponse.error()));

test('a computation answers from the engine at once, then from the server', async () => {
  const instants: string[] = [];
  const outcome = await services.computeTimeline({ dating: { method: 'lmp', date: '2026-01-05' } }, TODAY, (o) => instants.push(o.source));
  expect(instants).toEqual(['engine']);
  expect(outcome).toMatchObject({ ok: true, source: 'server', offline: false });
  if (outcome.ok) expect(outcome.value.gestation.label).toBe('孕7周+6天');
  expect(useAppStore.getState().offline).toBe(false);
});

test("the server is asked only after the engine's answer has had a turn to paint", async () => {
  const asked: string[] = [];
  server.events.on('request:start', ({ request }) => asked.push(new URL(request.url).pathname));
  try {
    const instants: string[] = [];
    const pending = services.computeTimeline({ dating: { method: 'lmp', date: '2026-01-05' } }, TODAY, (o) => instants.push(o.source));
    for (let i = 0; i < 20; i += 1) await Promise.resolve(); // microtasks all run before a paint: still no request
    expect(instants).toEqual(['engine']);
    expect(asked).toEqual([]);
    await expect(pending).resolves.toMatchObject({ ok: true, source: 'server' });
    expect(asked).toEqual(['/api/v1/pregnancy/timeline']);
  } finally {
    server.events.removeAllListeners('request:start');
  }
});

test('with the API unreachable the engine answer stands, marked offline', async () => {
  networkDown('post', '/pregnancy/timeline');
  const outcome = await services.computeTimeline({ dating: { method: 'lmp', date: '2026-01-05' } }, TODAY);
  expect(outcome).toMatchObject({ ok: true, source: 'engine', offline: true });
  if (outcome.ok) expect(outcome.value.edd).toBe('2026-10-12');
  expect(useAppStore.getState().offline).toBe(true);
});

test('bad input is answered by the engine alone, with its Chinese message', async () => {
  const outcome = await services.computeTimeline({ dating: { method: 'lmp', date: '2026-05-01' } }, TODAY);
  expect(outcome.ok).toBe(false);
  if (!outcome.ok) {
    expect(outcome.source).toBe('engine');
    expect(outcome.error.code).toBe('VALIDATION_FAILED');
    expect(outcome.error.message).toMatch(/[\u4e00-\u9fff]/);
  }
});

test('After the birth: the allowance and the subsidy answer from the engine at once, then the server; offline the engine stands', async () => {
  const allowanceReq = {
    region: '430000',
    insurance: 'employee' as const,
    event: { kind: 'birth' as const, date: '2026-02-20', babies: 1, difficult: false, childOrder: 1 },
    employerAverageMonthlyWage: 600000,
  };
  const instants: string[] = [];
  const allowance = await services.computeAllowance(allowanceReq, maternityAllowance, (o) => instants.push(o.source));
  expect(instants).toEqual(['engine']);
  expect(allowance).toMatchObject({ ok: true, source: 'server', value: { amount: 1960000, extended: { days: 60, amountIfPaid: 1200000 }, payee: 'mother' } });

  const subsidy = await services.computeSubsidy({ birthDate: '2026-02-20' }, TODAY);
  expect(subsidy).toMatchObject({ ok: true, source: 'server', value: { expected: false, months: 36, total: 1080000, from: '2026-02', to: '2029-01' } });
  // the server is asked about the app's today: a later EDD is a forecast on both
  const forecast = await services.computeSubsidy({ birthDate: '2026-10-12' }, TODAY);
  expect(forecast).toMatchObject({ ok: true, source: 'server', value: { expected: true } });

  networkDown('post', '/maternity-allowance');
  networkDown('post', '/childcare-subsidy');
  await expect(services.computeAllowance(allowanceReq, maternityAllowance)).resolves.toMatchObject({ ok: true, source: 'engine', offline: true, value: { amount: 1960000 } });
  await expect(services.computeSubsidy({ birthDate: '2026-02-20' }, TODAY)).resolves.toMatchObject({ ok: true, source: 'engine', offline: true, value: { total: 1080000 } });
  expect(useAppStore.getState().offline).toBe(true);
});

test('enrollment: a network failure keeps the draft; the retry succeeds once; the same body again is no duplicate', async () => {
  const s = useAppStore.getState();
  s.setNewbornDraft({ babyName: '张小满', certificateNo: 'R430123456' });
  networkDown('post', '/newborn-enrollments');
  const failed = await services.enroll(enrollment);
  expect(failed).toMatchObject({ ok: false, retryable: true });
  if (!failed.ok) expect(failed.error.message).toMatch(/已保留/);
  expect(useAppStore.getState().newbornDraft).toEqual({ babyName: '张小满', certificateNo: 'R430123456' });

  server.resetHandlers();
  const first = await services.enroll(enrollment);
  expect(first.ok).toBe(true);
  expect(useAppStore.getState().newbornDraft).toBeNull();
  const again = await services.enroll(enrollment);
  expect(again.ok).toBe(true);
  if (first.ok && again.ok) expect(again.record.id).toBe(first.record.id);
  const list = await services.listEnrollments();
  expect(list.ok && list.enrollments.length).toBe(1);
  if (first.ok) expect(first.record.guardian.idNo).toBe('430421********0047');
});

test('export holds the device state and the server records; delete clears both', async () => {
  const first = await services.enroll({ ...enrollment, certificateNo: 'R430123457' });
  expect(first.ok).toBe(true);
  const data = await services.exportMyData();
  expect(data.device).toMatchObject({ profile: { region: '430400' } });
  expect(data.device).not.toHaveProperty('token');
  expect(data.server?.enrollments.map((e) => e.certificateNo)).toContain('R430123457');
  expect(data.server?.enrollments[0]?.guardian.idNo).toBe('430421199203150047');

  const token = useAppStore.getState().token;
  const deleted = await services.deleteMyData();
  expect(deleted).toEqual({ ok: true, server: true });
  expect(useAppStore.getState().profile).toBeNull();
  // the server holds nothing for that user any more
  const res = await fetch(`${BASE}/newborn-enrollments`, { headers: { authorization: `Bearer ${token}` } });
  expect(await res.json()).toEqual({ enrollments: [] });
});

describe('the device login', () => {
  test('a secret made once on the device; the same account after a reload; the secret in no export and no answer', async () => {
    const sent: string[] = [];
    server.events.on('request:start', ({ request }) => void request.clone().text().then((t) => sent.push(t)));
    try {
      expect((await services.enroll(enrollment)).ok).toBe(true);
      const secret = useAppStore.getState().deviceSecret;
      expect(secret).toMatch(/^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/);
      // The app opened again: the stored secret logs in to the same account.
      useAppStore.getState().clearSession();
      const list = await services.listEnrollments();
      expect(list.ok && list.enrollments.map((e) => e.certificateNo)).toEqual(['R430123456']);
      expect(useAppStore.getState().deviceSecret).toBe(secret);
      const data = await services.exportMyData();
      expect(JSON.stringify(data)).not.toContain(secret);
      expect(data.device).not.toHaveProperty('deviceSecret');
      expect(data.server?.user).toMatch(/^device:/);
      // Sent once per login, in the login's body only.
      expect(sent.filter((t) => t.includes(secret!)).every((t) => t === JSON.stringify({ code: `device:${secret}` }))).toBe(true);
    } finally {
      server.events.removeAllListeners('request:start');
    }
  });

  const devAccountWithOneRecord = async (name: string) => {
    const token = ((await (await fetch(`${BASE}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: `dev:${name}` }) })).json()) as { token: string }).token;
    const res = await fetch(`${BASE}/newborn-enrollments`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ ...enrollment, certificateNo: 'R430100001' }) });
    expect(res.status).toBe(201);
    return token;
  };

  test('an install of before (a dev name, dev login on): its first login moves the dev account’s records, once', async () => {
    await devAccountWithOneRecord('h5install-a');
    useAppStore.setState({ legacyDevName: 'h5install-a', token: null, expiresAt: null, hasServerAccount: true });
    const list = await services.listEnrollments();
    expect(list.ok && list.enrollments.map((e) => e.certificateNo)).toEqual(['R430100001']);
    expect(useAppStore.getState().legacyDevName).toBeNull();
    expect((await services.exportMyData()).server?.user).toMatch(/^device:/);
    const dev = await fetch(`${BASE}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'dev:h5install-a' }) });
    const devToken = ((await dev.json()) as { token: string }).token;
    expect(await (await fetch(`${BASE}/newborn-enrollments`, { headers: { authorization: `Bearer ${devToken}` } })).json()).toEqual({ enrollments: [] });
  });

  test('where dev login is off now, the stored dev token (expired too) is the proof; the name is never sent', async () => {
    const devToken = await devAccountWithOneRecord('h5install-b');
    server.use(...createHandlers({ store: defaultStore, devLogin: false }));
    const sent: string[] = [];
    server.events.on('request:start', ({ request }) => void request.clone().text().then((t) => sent.push(t)));
    try {
      useAppStore.setState({ legacyDevName: 'h5install-b', token: devToken, expiresAt: '2026-02-01T00:00:00.000Z', hasServerAccount: true });
      const list = await services.listEnrollments();
      expect(list.ok && list.enrollments.map((e) => e.certificateNo)).toEqual(['R430100001']);
      expect(useAppStore.getState().legacyDevName).toBeNull();
      expect(useAppStore.getState().token).not.toBe(devToken);
      expect(sent.some((t) => t.includes('dev:h5install-b'))).toBe(false);
    } finally {
      server.events.removeAllListeners('request:start');
    }
  });
});

test('delete with the server unreachable deletes nothing and says so', async () => {
  expect((await services.enroll({ ...enrollment, certificateNo: 'R430123458' })).ok).toBe(true);
  networkDown('delete', '/me');
  const outcome = await services.deleteMyData();
  expect(outcome.ok).toBe(false);
  if (!outcome.ok) expect(outcome.error.message).toMatch(/未能删除/);
  expect(useAppStore.getState().profile).not.toBeNull();
});
