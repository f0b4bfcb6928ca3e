// The route table of api.md: one entry per endpoint, shared by the server (registration,
// validation, /openapi.json) and the mocks (paths, validation). Paths in `:param` form.
import { type TSchema } from '@sinclair/typebox';
import {
  EnrollmentAnswer,
  EnrollmentListAnswer,
  EnrollmentParams,
  ExportAnswer,
  LoginAnswer,
  LoginRequest,
  NewbornEnrollmentRequest,
} from './accounts';
import { ChildcareSubsidyAnswer, ChildcareSubsidyRequest, MaternityAllowanceAnswer, MaternityAllowanceRequest } from './after-birth';
import {
  DeliveryEstimateAnswer,
  DeliveryEstimateRequest,
  EligibilityAnswer,
  EligibilityRequest,
  PrenatalQuotaAnswer,
  PrenatalQuotaRequest,
  TimelineAnswer,
  TimelineRequest,
} from './computations';
import {
  ChecksAnswer,
  HealthAnswer,
  RegionParams,
  RegionPolicyAnswer,
  RegionsAnswer,
  ServicePackagesAnswer,
  ServicePackagesQuery,
} from './reference';

export const API_BASE_PATH = '/api/v1';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface RouteSpec {
  method: HttpMethod;
  path: string;
  /** Needs `Authorization: Bearer <token>`; checked before the body is read. */
  auth: boolean;
  summary: string;
  tag: 'reference' | 'computations' | 'accounts';
  body?: TSchema;
  querystring?: TSchema;
  params?: TSchema;
  /** Success status and its schema (null: no body); `replay` is an idempotent repeat's status. */
  success: { status: 200 | 201 | 204; schema: TSchema | null; replay?: 200 };
  /** Error statuses this route can answer besides 400/404/413/429 (which any route may); 503: the store is unavailable. */
  errors?: readonly (401 | 409 | 503)[];
}

export const ROUTES = {
  health: { method: 'GET', path: '/health', auth: false, tag: 'reference', summary: '服务状态、版本与登录方式', success: { status: 200, schema: HealthAnswer } },
  regions: { method: 'GET', path: '/regions', auth: false, tag: 'reference', summary: '支持的地区', success: { status: 200, schema: RegionsAnswer } },
  regionPolicy: {
    method: 'GET', path: '/regions/:code/policy', auth: false, tag: 'reference', summary: '地区政策（按参保类型）',
    params: RegionParams, success: { status: 200, schema: RegionPolicyAnswer },
  },
  checks: { method: 'GET', path: '/checks', auth: false, tag: 'reference', summary: '十二次产前检查及参考项目', success: { status: 200, schema: ChecksAnswer } },
  servicePackages: {
    method: 'GET', path: '/service-packages', auth: false, tag: 'reference', summary: '湖南生育友好服务包及当前适用包',
    querystring: ServicePackagesQuery, success: { status: 200, schema: ServicePackagesAnswer },
  },
  timeline: {
    method: 'POST', path: '/pregnancy/timeline', auth: false, tag: 'computations', summary: '孕周与产检时间表',
    body: TimelineRequest, success: { status: 200, schema: TimelineAnswer },
  },
  prenatalQuota: {
    method: 'POST', path: '/prenatal-quota', auth: false, tag: 'computations', summary: '产前检查费用限额',
    body: PrenatalQuotaRequest, success: { status: 200, schema: PrenatalQuotaAnswer },
  },
  deliveryEstimate: {
    method: 'POST', path: '/delivery-estimate', auth: false, tag: 'computations', summary: '分娩费用估算',
    body: DeliveryEstimateRequest, success: { status: 200, schema: DeliveryEstimateAnswer },
  },
  eligibility: {
    method: 'POST', path: '/eligibility', auth: false, tag: 'computations', summary: '可享待遇',
    body: EligibilityRequest, success: { status: 200, schema: EligibilityAnswer },
  },
  maternityAllowance: {
    method: 'POST', path: '/maternity-allowance', auth: false, tag: 'computations', summary: '生育津贴与产假天数',
    body: MaternityAllowanceRequest, success: { status: 200, schema: MaternityAllowanceAnswer },
  },
  childcareSubsidy: {
    method: 'POST', path: '/childcare-subsidy', auth: false, tag: 'computations', summary: '育儿补贴（按月、按年）',
    body: ChildcareSubsidyRequest, success: { status: 200, schema: ChildcareSubsidyAnswer },
  },
  login: {
    method: 'POST', path: '/auth/login', auth: false, tag: 'accounts', summary: '登录（微信 code、device:<secret> 或 dev:<name>）',
    body: LoginRequest, success: { status: 200, schema: LoginAnswer }, errors: [401],
  },
  createEnrollment: {
    method: 'POST', path: '/newborn-enrollments', auth: true, tag: 'accounts', summary: '登记新生儿参保（同一用户同一数据重复提交返回 200）',
    body: NewbornEnrollmentRequest, success: { status: 201, schema: EnrollmentAnswer, replay: 200 }, errors: [401, 409, 503],
  },
  listEnrollments: {
    method: 'GET', path: '/newborn-enrollments', auth: true, tag: 'accounts', summary: '本人的新生儿参保登记（最新在前）',
    success: { status: 200, schema: EnrollmentListAnswer }, errors: [401, 503],
  },
  getEnrollment: {
    method: 'GET', path: '/newborn-enrollments/:id', auth: true, tag: 'accounts', summary: '一条本人的登记',
    params: EnrollmentParams, success: { status: 200, schema: EnrollmentAnswer }, errors: [401, 503],
  },
  exportMe: {
    method: 'GET', path: '/me/export', auth: true, tag: 'accounts', summary: '导出本人数据（含未掩码的身份证号）',
    success: { status: 200, schema: ExportAnswer }, errors: [401, 503],
  },
  deleteMe: {
    method: 'DELETE', path: '/me', auth: true, tag: 'accounts', summary: '删除本人的全部记录',
    success: { status: 204, schema: null }, errors: [401, 503],
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteId = keyof typeof ROUTES;
