// Building blocks of the v1 contract (docs/spec/api.md, Conventions). Written once, used by the
// server (validation + /openapi.json), the msw mocks (validation) and the client (types only).
import { Type, type Static, type TSchema, type TProperties, type ObjectOptions } from '@sinclair/typebox';

export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
export const REGION_PATTERN = '^[0-9]{6}$';
export const CERTIFICATE_PATTERN = '^[A-Z][0-9]{9}$';
export const RESIDENT_ID_PATTERN = '^[0-9]{17}[0-9Xx]$';
export const QUERY_INTEGER_PATTERN = '^[0-9]{1,9}$';
export const MAX_FEN = 10_000_000_000;
export const MAX_TEXT = 200;
export const BODY_LIMIT_BYTES = 65_536;

/** Every object of the contract rejects fields it does not name (typos are caught). */
export const Obj = <T extends TProperties>(properties: T, options: ObjectOptions = {}) =>
  Type.Object(properties, { additionalProperties: false, ...options });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Optional request field: absent and null mean the same. */
export const Opt = <T extends TSchema>(schema: T) => Type.Optional(Nullable(schema));

export const Text = (options: { minLength?: number; maxLength?: number; description?: string } = {}) =>
  Type.String({ maxLength: MAX_TEXT, ...options });

export const IsoDate = Type.String({ pattern: DATE_PATTERN, description: '本地日历日 YYYY-MM-DD（中国，UTC+8），1900-01-01…2100-12-31' });
export type IsoDate = Static<typeof IsoDate>;

export const Timestamp = Type.String({ maxLength: 40, description: 'ISO 8601 UTC 时间戳' });

/** Integer fen (分): 0 … 10,000,000,000; a fraction, a negative number or a string is 400. */
export const Fen = Type.Integer({ minimum: 0, maximum: MAX_FEN, description: '金额，整数分' });
/** A sum of several amounts (may exceed one amount's maximum). */
export const FenTotal = Type.Integer({ minimum: 0, description: '金额合计，整数分' });

export const RegionCode = Type.String({ pattern: REGION_PATTERN, description: '6 位行政区划代码（GB/T 2260）' });

export const Insurance = Type.Union([
  Type.Literal('employee'),
  Type.Literal('flexible'),
  Type.Literal('resident'),
  Type.Literal('none'),
]);
export type Insurance = Static<typeof Insurance>;

export const Citation = Nullable(Text({ description: '文件编号与条款，例如 "HY-2025-8 二(三)"；null 表示此处文件未规定' }));

export const DeliveryRule = Type.Union([
  Type.Literal('HY_ZERO_COPAY'),
  Type.Literal('WZ_FULL_GUARANTEE'),
  Type.Literal('JL_MATERNITY_FULL'),
  Type.Literal('ORDINARY_INPATIENT'),
  Type.Literal('NON_DESIGNATED'),
  Type.Literal('NOT_INSURED'),
]);
export type DeliveryRule = Static<typeof DeliveryRule>;

export const ErrorCode = Type.Union([
  Type.Literal('VALIDATION_FAILED'),
  Type.Literal('REGION_UNSUPPORTED'),
  Type.Literal('UNAUTHENTICATED'),
  Type.Literal('NOT_FOUND'),
  Type.Literal('ENROLLMENT_EXISTS'),
  Type.Literal('RATE_LIMITED'),
  Type.Literal('PAYLOAD_TOO_LARGE'),
  Type.Literal('STORE_UNAVAILABLE'),
]);
export type ErrorCode = Static<typeof ErrorCode>;

export const ErrorDetail = Obj({ path: Type.String(), message: Type.String() });
export type ErrorDetail = Static<typeof ErrorDetail>;

export const ErrorAnswer = Obj(
  { error: Obj({ code: ErrorCode, message: Type.String(), details: Type.Array(ErrorDetail) }) },
  { description: '错误' },
);
export type ErrorAnswer = Static<typeof ErrorAnswer>;

/** Chinese message for each contract error code, used by server and mocks alike. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '请求内容有误，请检查后重试',
  REGION_UNSUPPORTED: '暂不支持该地区',
  UNAUTHENTICATED: '请先登录',
  NOT_FOUND: '未找到请求的内容',
  ENROLLMENT_EXISTS: '该出生医学证明编号已登记',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  PAYLOAD_TOO_LARGE: '请求内容过大（上限 64 KiB）',
  STORE_UNAVAILABLE: '服务暂时繁忙，请稍后重试',
};

/** HTTP status of each contract error code. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  REGION_UNSUPPORTED: 404,
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  ENROLLMENT_EXISTS: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  STORE_UNAVAILABLE: 503,
};

export const errorAnswer = (code: ErrorCode, message?: string, details: ErrorDetail[] = []): ErrorAnswer => ({
  error: { code, message: message ?? ERROR_MESSAGES[code], details },
});

/** Messages for the body-level failures both server and mocks must word alike. */
export const BODY_MESSAGES = {
  malformedJson: '请求体不是有效的 JSON',
  notJson: '请求体必须是 JSON（content-type: application/json）',
  notObject: '请求体应为 JSON 对象',
} as const;
