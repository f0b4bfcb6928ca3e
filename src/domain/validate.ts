// Input checks shared by the computations: every function of the engine validates what it is given
// (the app calls it directly, without the server's schemas) and answers a Result, never a throw.
import { dayNumber, MAX_DATE, MIN_DATE } from './dates';
import { type DomainError, type ErrorDetail, type Insurance, type Result } from './types';

export const MAX_FEN = 10_000_000_000;
export const INSURANCES: readonly Insurance[] = ['employee', 'flexible', 'resident', 'none'];

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(error: DomainError): Result<T> => ({ ok: false, error });

/** The VALIDATION_FAILED error of some details; its message is the first detail's, so it can be shown alone. */
export function validationError(details: ErrorDetail[]): DomainError {
  const first = details[0]?.message ?? '请求内容有误，请检查后重试';
  const message = details.length > 1 ? `${first}（另有 ${details.length - 1} 处需要修改）` : first;
  return { code: 'VALIDATION_FAILED', message, details };
}

/** A VALIDATION_FAILED error of one detail. */
export const invalid = (path: string, message: string): DomainError => validationError([{ path, message }]);

export const SUPPORTED_REGIONS_TEXT = '孕保通目前支持湖南省（含衡阳市）、浙江省温州市和吉林省（含吉林市）';

export function regionUnsupported(path = 'region'): DomainError {
  const message = `暂不支持该地区：${SUPPORTED_REGIONS_TEXT}`;
  return { code: 'REGION_UNSUPPORTED', message, details: [{ path, message }] };
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isAbsent = (v: unknown): v is null | undefined => v === undefined || v === null;

/** Collects the problems of one input, each with the path of its field. */
export class Issues {
  readonly details: ErrorDetail[] = [];
  add(path: string, message: string): void {
    this.details.push({ path, message });
  }
  get any(): boolean {
    return this.details.length > 0;
  }
  error(): DomainError {
    return validationError(this.details);
  }
}

const DATE_HINT = `请填写真实的日期（格式 YYYY-MM-DD，${MIN_DATE} 至 ${MAX_DATE}）`;

/** A required or optional date: its day number, NaN when absent or invalid (then an issue is noted unless optional and absent). */
export function dateField(issues: Issues, value: unknown, path: string, label: string, required: boolean): number {
  if (isAbsent(value)) {
    if (required) issues.add(path, `请填写${label}`);
    return Number.NaN;
  }
  const n = dayNumber(value);
  if (Number.isNaN(n)) issues.add(path, `${label}不是有效日期：${DATE_HINT}`);
  return n;
}

/** An amount in fen: an integer 0 … 10,000,000,000; absent counts as `absentAs` (or is an issue when null is given for it). */
export function fenField(issues: Issues, value: unknown, path: string, label: string, absentAs: number | null): number {
  if (isAbsent(value)) {
    if (absentAs === null) {
      issues.add(path, `请填写${label}`);
      return 0;
    }
    return absentAs;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_FEN) {
    issues.add(path, `${label}应为 0 到 10000000000 之间的整数（单位：分，即最多 1 亿元）`);
    return 0;
  }
  return value;
}

/** An optional boolean: its value, `absentAs` when absent or null. */
export function boolField(issues: Issues, value: unknown, path: string, label: string, absentAs: boolean | null): boolean {
  if (isAbsent(value)) {
    if (absentAs === null) {
      issues.add(path, `请选择${label}`);
      return false;
    }
    return absentAs;
  }
  if (typeof value !== 'boolean') {
    issues.add(path, `${label}应为“是”或“否”（true / false）`);
    return false;
  }
  return value;
}

/** An integer in [min, max], or null with an issue. */
export function intField(issues: Issues, value: unknown, path: string, label: string, min: number, max: number): number | null {
  if (isAbsent(value)) {
    issues.add(path, `请填写${label}（${min} 到 ${max} 之间的整数）`);
    return null;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    issues.add(path, `${label}应为 ${min} 到 ${max} 之间的整数`);
    return null;
  }
  return value;
}

/** A region code: six digits (GB/T 2260); anything else is an issue. Resolution (404) is the caller's, after all 400s. */
export function regionField(issues: Issues, value: unknown, path = 'region'): string | null {
  if (typeof value === 'string' && value.length === 6 && /^\d{6}$/.test(value)) return value;
  issues.add(path, '地区代码应为 6 位数字的行政区划代码，例如衡阳市 430400');
  return null;
}

export function insuranceField(issues: Issues, value: unknown, path = 'insurance'): Insurance | null {
  if (value === 'employee' || value === 'flexible' || value === 'resident' || value === 'none') return value;
  issues.add(path, '参保类型应为职工医保（employee）、灵活就业人员职工医保（flexible）、城乡居民医保（resident）或未参保（none）之一');
  return null;
}

/** An object field (required, or optional when `required` is false and it is absent/null). */
export function objectField(issues: Issues, value: unknown, path: string, label: string, required: boolean): Record<string, unknown> | null {
  if (isRecord(value)) return value;
  if (isAbsent(value) && !required) return null;
  issues.add(path, isAbsent(value) ? `请填写${label}` : `${label}的格式不对`);
  return null;
}

/** `employer` (optional; no employer means not a fully funded unit, rules.md §5): whether it is fully funded. */
export function fullyFundedField(issues: Issues, value: unknown): boolean {
  const employer = objectField(issues, value, 'employer', '单位信息', false);
  return employer ? boolField(issues, employer.fullyFunded, 'employer.fullyFunded', '单位是否为财政全额拨款单位', null) : false;
}
