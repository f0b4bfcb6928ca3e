// The typed client of the policy API v1. Type-only imports from the contract keep the schemas
// out of the app bundle; the transport is injected (Taro.request in the app, fetch in tests/H5).
import type {
  ChecksAnswer,
  ChildcareSubsidyAnswer,
  ChildcareSubsidyRequest,
  DeliveryEstimateAnswer,
  DeliveryEstimateRequest,
  EligibilityAnswer,
  EligibilityRequest,
  EnrollmentAnswer,
  EnrollmentListAnswer,
  ExportAnswer,
  HealthAnswer,
  LoginAnswer,
  MaternityAllowanceAnswer,
  MaternityAllowanceRequest,
  NewbornEnrollmentRequest,
  PrenatalQuotaAnswer,
  PrenatalQuotaRequest,
  RegionPolicyAnswer,
  RegionsAnswer,
  ServicePackagesAnswer,
  TimelineAnswer,
  TimelineRequest,
} from './contract';
import { ApiError, CLIENT_MESSAGES, errorFromResponse } from './errors';
import { TransportFailure, type HttpMethod, type Transport, type TransportResponse } from './transport';

export type TokenGetter = () => string | null | undefined | Promise<string | null | undefined>;

export interface ApiClientOptions {
  /** e.g. '/api/v1' (H5 served by the API) or 'https://host/api/v1' (weapp). */
  baseUrl: string;
  transport: Transport;
  getToken?: TokenGetter;
  /** Per attempt. */
  timeoutMs?: number;
}

export interface ServicePackagesParams {
  stage?: 'planning' | 'pregnant' | 'postpartum' | 'ended';
  weeks?: number;
  childAgeDays?: number;
  daysSince?: number;
}

export interface ApiClient {
  health(): Promise<HealthAnswer>;
  regions(): Promise<RegionsAnswer>;
  regionPolicy(code: string): Promise<RegionPolicyAnswer>;
  checks(): Promise<ChecksAnswer>;
  servicePackages(params?: ServicePackagesParams): Promise<ServicePackagesAnswer>;
  timeline(body: TimelineRequest): Promise<TimelineAnswer>;
  prenatalQuota(body: PrenatalQuotaRequest): Promise<PrenatalQuotaAnswer>;
  deliveryEstimate(body: DeliveryEstimateRequest): Promise<DeliveryEstimateAnswer>;
  eligibility(body: EligibilityRequest): Promise<EligibilityAnswer>;
  maternityAllowance(body: MaternityAllowanceRequest): Promise<MaternityAllowanceAnswer>;
  childcareSubsidy(body: ChildcareSubsidyRequest): Promise<ChildcareSubsidyAnswer>;
  /** `replacing`: a token of the account this login takes over (the H5 app's dev account, once). */
  login(code: string, replacing?: string | null): Promise<LoginAnswer>;
  /** 201 created or 200 replay of the same data: both resolve with the stored record. */
  createEnrollment(body: NewbornEnrollmentRequest): Promise<EnrollmentAnswer>;
  listEnrollments(): Promise<EnrollmentListAnswer>;
  getEnrollment(id: string): Promise<EnrollmentAnswer>;
  exportMe(): Promise<ExportAnswer>;
  deleteMe(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 15_000;

interface Call {
  method: HttpMethod;
  path: string;
  body?: unknown;
  /** Sent instead of the getter's token. */
  token?: string | null;
  /** Safe to send twice: GETs, and the idempotent enrollment POST. */
  retry: 'none' | 'get' | 'idempotent-post';
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function attempt(call: Call): Promise<TransportResponse> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    const token = call.token !== undefined ? call.token : options.getToken ? await options.getToken() : null;
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      return await options.transport({ method: call.method, url: base + call.path, headers, body: call.body, timeoutMs });
    } catch (e) {
      if (e instanceof TransportFailure && e.kind === 'timeout') {
        throw new ApiError({ status: 0, code: 'TIMEOUT', message: CLIENT_MESSAGES.TIMEOUT });
      }
      throw new ApiError({ status: 0, code: 'NETWORK', message: CLIENT_MESSAGES.NETWORK });
    }
  }

  function retriable(call: Call, e: ApiError): boolean {
    if (call.retry === 'none') return false;
    if (e.code === 'NETWORK' || e.status >= 500) return true;
    // A lost answer to the enrollment may have been stored: the repeat replays it (200).
    return call.retry === 'idempotent-post' && e.code === 'TIMEOUT';
  }

  async function once(call: Call): Promise<unknown> {
    const res = await attempt(call);
    if (res.status >= 200 && res.status < 300) return res.body;
    throw errorFromResponse(res.status, res.headers, res.body);
  }

  async function send<T>(call: Call): Promise<T> {
    try {
      return (await once(call)) as T;
    } catch (e) {
      if (e instanceof ApiError && retriable(call, e)) return (await once(call)) as T;
      throw e;
    }
  }

  const get = <T>(path: string) => send<T>({ method: 'GET', path, retry: 'get' });
  const post = <T>(path: string, body: unknown) => send<T>({ method: 'POST', path, body, retry: 'none' });
  const segment = (s: string) => encodeURIComponent(s);

  return {
    health: () => get('/health'),
    regions: () => get('/regions'),
    regionPolicy: (code) => get(`/regions/${segment(code)}/policy`),
    checks: () => get('/checks'),
    servicePackages: (params = {}) => {
      const query = (Object.entries(params) as [string, string | number | undefined][])
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
        .join('&');
      return get(`/service-packages${query ? `?${query}` : ''}`);
    },
    timeline: (body) => post('/pregnancy/timeline', body),
    prenatalQuota: (body) => post('/prenatal-quota', body),
    deliveryEstimate: (body) => post('/delivery-estimate', body),
    eligibility: (body) => post('/eligibility', body),
    maternityAllowance: (body) => post('/maternity-allowance', body),
    childcareSubsidy: (body) => post('/childcare-subsidy', body),
    // Only the token of the account being replaced: a login never carries the current one.
    login: (code, replacing = null) => send({ method: 'POST', path: '/auth/login', body: { code }, retry: 'none', token: replacing }),
    createEnrollment: (body) => send({ method: 'POST', path: '/newborn-enrollments', body, retry: 'idempotent-post' }),
    listEnrollments: () => get('/newborn-enrollments'),
    getEnrollment: (id) => get(`/newborn-enrollments/${segment(id)}`),
    exportMe: () => get('/me/export'),
    deleteMe: async () => {
      await send({ method: 'DELETE', path: '/me', retry: 'none' });
    },
  };
}
