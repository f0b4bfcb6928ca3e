// The only place pages get remote data from. Computations run the bundled engine first (an
// instant answer that also works offline), then ask the policy API; when the API cannot be
// reached the engine's answer stands with `offline: true` (the page says 离线计算，结果来自内置政策).
// Enrollment needs the server: on a network failure the draft stays and a retry is safe (the
// same body is answered 200 with the record first stored).
import Taro from '@tarojs/taro';
import { createApiClient, isApiError, type ApiClient } from '@/api';
import { createFetchTransport } from '@/api/fetch-transport';
import { createTaroTransport } from '@/api/taro-transport';
import type { EnrollmentAnswer, ExportAnswer, NewbornEnrollmentRequest } from '@/api/contract';
import {
  checkTitleOf,
  childcareSubsidy,
  deliveryEstimate,
  eligibility,
  formatChineseDate,
  formatYuan,
  pregnancyTimeline,
  prenatalQuota,
  servicePackages,
  type ChildcareSubsidyAnswer,
  type ChildcareSubsidyRequest,
  type DeliveryEstimateAnswer,
  type DeliveryEstimateRequest,
  type EligibilityAnswer,
  type EligibilityRequest,
  type IsoDate,
  type MaternityAllowanceAnswer,
  type MaternityAllowanceRequest,
  type PrenatalQuotaAnswer,
  type PrenatalQuotaRequest,
  type Result,
  type ServicePackagesAnswer,
  type ServicePackagesQuery,
  type TimelineAnswer,
  type TimelineRequest,
} from '@/domain';
import { now } from '@/utils/clock';
import { doneCheckNumbers, persistedPart, resetAll, useAppStore, validToken } from './index';

export type Source = 'engine' | 'server';

export interface ServiceError {
  code: string;
  message: string;
  details: { path: string; message: string }[];
}

export type Outcome<T> =
  | { ok: true; value: T; source: Source; offline: boolean }
  | { ok: false; error: ServiceError; source: Source; offline: boolean };

/** Receives the engine's answer at once, before the server's. */
export type OnInstant<T> = (outcome: Outcome<T>) => void;

export const OFFLINE_MESSAGE = '离线计算，结果来自内置政策';

let client: ApiClient | null = null;

/** The stored token while it is valid (what every request sends). */
export const currentToken = (): string | null => validToken(useAppStore.getState(), now());

function api(): ApiClient {
  client ??= createApiClient({
    baseUrl: process.env.TARO_APP_API_BASE ?? '/api/v1',
    // H5: the browser's fetch (Taro.request's H5 version brings polyfills into the first load); WeChat: wx.request.
    transport: process.env.TARO_ENV === 'h5' ? createFetchTransport() : createTaroTransport(),
    getToken: currentToken,
  });
  return client;
}

/** Tests only: use another client (null restores the default). */
export function setApiClient(next: ApiClient | null): void {
  client = next;
}

/** The server could not be reached or gave no contract answer: the engine's answer stands. */
const unreachable = (e: unknown): boolean =>
  !isApiError(e) || e.isConnectivity || e.code === 'UNEXPECTED' || e.code === 'RATE_LIMITED' || e.status >= 500;

const toServiceError = (e: unknown): ServiceError =>
  isApiError(e)
    ? { code: e.code, message: e.message, details: e.details }
    : { code: 'UNEXPECTED', message: '出了点问题，请稍后重试', details: [] };

/** A macrotask later, so the engine's answer (rendered in a layout effect) paints before any request is built. */
const afterPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function engineThenServer<T>(local: Result<T>, remote: () => Promise<T>, onInstant?: OnInstant<T>): Promise<Outcome<T>> {
  if (!local.ok) return { ok: false, error: local.error, source: 'engine', offline: false };
  const instant: Outcome<T> = { ok: true, value: local.value, source: 'engine', offline: false };
  onInstant?.(instant);
  try {
    if (onInstant) await afterPaint();
    const value = await remote();
    useAppStore.getState().setOffline(false);
    return { ok: true, value, source: 'server', offline: false };
  } catch (e) {
    if (unreachable(e)) {
      useAppStore.getState().setOffline(true);
      return { ...instant, offline: true };
    }
    useAppStore.getState().setOffline(false);
    return { ok: false, error: toServiceError(e), source: 'server', offline: false };
  }
}

export function computeTimeline(req: TimelineRequest, today: IsoDate, onInstant?: OnInstant<TimelineAnswer>) {
  const body: TimelineRequest = { ...req, today: req.today ?? today };
  return engineThenServer(pregnancyTimeline(body, today), async () => (await api().timeline(body)) as TimelineAnswer, onInstant);
}

export function computeQuota(req: PrenatalQuotaRequest, today: IsoDate, onInstant?: OnInstant<PrenatalQuotaAnswer>) {
  return engineThenServer(prenatalQuota(req, today), async () => (await api().prenatalQuota(req)) as PrenatalQuotaAnswer, onInstant);
}

export function computeEstimate(req: DeliveryEstimateRequest, today: IsoDate, onInstant?: OnInstant<DeliveryEstimateAnswer>) {
  return engineThenServer(deliveryEstimate(req, today), async () => (await api().deliveryEstimate(req)) as DeliveryEstimateAnswer, onInstant);
}

export function computeEligibility(req: EligibilityRequest, today: IsoDate, onInstant?: OnInstant<EligibilityAnswer>) {
  return engineThenServer(eligibility(req, today), async () => (await api().eligibility(req)) as EligibilityAnswer, onInstant);
}

export function fetchServicePackages(query: ServicePackagesQuery, onInstant?: OnInstant<ServicePackagesAnswer>) {
  // Field by field: Object.fromEntries is missing on iOS 12, the oldest phone the weapp supports.
  const { stage, weeks, childAgeDays, daysSince } = query;
  const params = {
    ...(stage != null ? { stage } : {}),
    ...(weeks != null ? { weeks } : {}),
    ...(childAgeDays != null ? { childAgeDays } : {}),
    ...(daysSince != null ? { daysSince } : {}),
  };
  return engineThenServer(servicePackages(query), async () => (await api().servicePackages(params)) as ServicePackagesAnswer, onInstant);
}

/**
 * POST /maternity-allowance. The engine's function comes from the caller (the allowance page):
 * imported here, its reading of a request and its notices would sit in the WeChat main package,
 * which this module is part of (src/domain/index.ts).
 */
export function computeAllowance(
  req: MaternityAllowanceRequest,
  engine: (req: MaternityAllowanceRequest) => Result<MaternityAllowanceAnswer>,
  onInstant?: OnInstant<MaternityAllowanceAnswer>,
) {
  return engineThenServer(engine(req), async () => (await api().maternityAllowance(req)) as MaternityAllowanceAnswer, onInstant);
}

/** A forecast when the birth date is after `today`; the server is asked for the same day. */
export function computeSubsidy(req: ChildcareSubsidyRequest, today: IsoDate, onInstant?: OnInstant<ChildcareSubsidyAnswer>) {
  const body: ChildcareSubsidyRequest = { ...req, today: req.today ?? today };
  return engineThenServer(childcareSubsidy(body, today), async () => (await api().childcareSubsidy(body)) as ChildcareSubsidyAnswer, onInstant);
}

/**
 * A valid token: the stored one, or a new login. In WeChat against a `wechat` server
 * (`/health.login`), Taro.login's code; everywhere else this device's `device:<secret>`.
 * An install of before logged in as dev:<name>: its first login after the update moves that
 * account's records to the device account (once; the stored dev token is the proof).
 */
export async function login(force = false): Promise<string> {
  const state = useAppStore.getState();
  const legacy = state.legacyDevName;
  const current = force || legacy ? null : validToken(state, now());
  if (current) return current;
  const h = await api().health();
  if (h.login === 'wechat' && process.env.TARO_ENV === 'weapp') {
    const answer = await api().login((await Taro.login()).code);
    useAppStore.getState().setSession(answer.token, answer.expiresAt);
    return answer.token;
  }
  const secret = await state.ensureDeviceSecret();
  // The name alone is no proof to the server: a token it gave that account is, expired or not.
  // Without one (never logged in, and dev login off there) nothing can move.
  let proof = legacy ? state.token : null;
  if (legacy && !proof && h.login === 'dev') proof = (await api().login(`dev:${legacy}`)).token;
  const answer = await api().login(`device:${secret}`, proof);
  useAppStore.getState().setSession(answer.token, answer.expiresAt);
  if (legacy) useAppStore.getState().forgetLegacyDevName();
  return answer.token;
}

async function withLogin<T>(call: () => Promise<T>): Promise<T> {
  await login();
  try {
    return await call();
  } catch (e) {
    if (isApiError(e) && e.code === 'UNAUTHENTICATED') {
      useAppStore.getState().clearSession();
      await login(true);
      return call();
    }
    throw e;
  }
}

export type EnrollOutcome =
  | { ok: true; record: EnrollmentAnswer }
  | { ok: false; error: ServiceError; /** Nothing was lost: the draft stays, sending again is safe. */ retryable: boolean };

/** POST /newborn-enrollments; the newborn draft is cleared only after the server confirmed. */
export async function enroll(body: NewbornEnrollmentRequest): Promise<EnrollOutcome> {
  try {
    const record = await withLogin(() => api().createEnrollment(body));
    const s = useAppStore.getState();
    s.upsertEnrollment(record);
    s.clearDraft('newborn');
    s.setOffline(false);
    return { ok: true, record };
  } catch (e) {
    const retryable = unreachable(e);
    if (retryable) useAppStore.getState().setOffline(true);
    const error = toServiceError(e);
    if (retryable) error.message = `${error.message}。您填写的内容已保留，可放心重试，不会重复登记。`;
    return { ok: false, error, retryable };
  }
}

export type ListOutcome =
  | { ok: true; enrollments: EnrollmentAnswer[]; offline: boolean }
  | { ok: false; error: ServiceError; enrollments: EnrollmentAnswer[] };

/** Her enrollments from the server (cached for offline), newest first. */
export async function listEnrollments(): Promise<ListOutcome> {
  try {
    const answer = await withLogin(() => api().listEnrollments());
    useAppStore.getState().setEnrollments(answer.enrollments);
    useAppStore.getState().setOffline(false);
    return { ok: true, enrollments: answer.enrollments, offline: false };
  } catch (e) {
    const cached = useAppStore.getState().enrollments;
    if (unreachable(e)) {
      useAppStore.getState().setOffline(true);
      return { ok: true, enrollments: cached, offline: true };
    }
    return { ok: false, error: toServiceError(e), enrollments: cached };
  }
}

export interface DataExport {
  app: '孕保通 YunBao';
  exportedAt: string;
  /** What the file is and what its parts hold, in plain words. */
  readme: string[];
  /** Her check costs as people read them (the machine part keeps integer fen). */
  checkCosts: { check: string; date: string; cost: string }[];
  /** Everything kept on this device (the login token and secrets left out: they are keys, not her data). */
  device: Record<string, unknown>;
  /** What the server holds (GET /me/export), or null when she never logged in or it failed. */
  server: ExportAnswer | null;
  serverError?: string;
}

const EXPORT_README = [
  '这是孕保通为您导出的全部数据，是一个文本文件（JSON 格式），可以用记事本、浏览器等打开查看，也可以交给其他软件读取。',
  'checkCosts：您记录的每次产检费用，金额以元为单位。',
  'device：这台手机上保存的资料、产检记录和草稿。其中 amount 等金额以“分”为单位，方便软件读取：35000 即 350 元。',
  'server：孕保通服务器上您的新生儿参保登记，含完整身份证号，请妥善保管这个文件。',
];

/** All her data as one JSON document: the device state and, when she has an account, the server's. */
export async function exportMyData(): Promise<DataExport> {
  const state = useAppStore.getState();
  // The login token and secrets are keys, not her data: an export file must not open her account.
  const { token: _token, expiresAt: _expiresAt, deviceSecret: _secret, legacyDevName: _devName, ...device } = persistedPart(state);
  const checkCosts = doneCheckNumbers(state).map((no) => {
    const r = state.checksDone[String(no)]!;
    return { check: checkTitleOf(no), date: formatChineseDate(r.date), cost: formatYuan(r.amount) };
  });
  const out: DataExport = { app: '孕保通 YunBao', exportedAt: now().toISOString(), readme: EXPORT_README, checkCosts, device, server: null };
  if (state.hasServerAccount) {
    try {
      out.server = await withLogin(() => api().exportMe());
    } catch (e) {
      out.serverError = `服务器上的数据未能导出：${toServiceError(e).message}`;
    }
  }
  return out;
}

export type DeleteOutcome = { ok: true; server: boolean } | { ok: false; error: ServiceError };

/**
 * Delete everything: first on the server (DELETE /me) when she has an account there, then on
 * the device. If the server cannot be reached nothing is deleted, so she can try again.
 */
export async function deleteMyData(): Promise<DeleteOutcome> {
  const { hasServerAccount } = useAppStore.getState();
  if (hasServerAccount) {
    try {
      await withLogin(() => api().deleteMe());
    } catch (e) {
      const error = toServiceError(e);
      error.message = `服务器上的数据未能删除（${error.message}），本机数据也暂未删除，请联网后重试。`;
      return { ok: false, error };
    }
  }
  resetAll(null);
  return { ok: true, server: hasServerAccount };
}
