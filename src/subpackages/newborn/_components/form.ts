// The newborn enrollment form: what she typed (the store's newborn draft) → the POST body, and the
// Chinese message of each field as she types, from the engine's validators.
import {
  birthDateIssue,
  validateCertificateNo,
  validateHanName,
  validateNewbornEnrollment,
  validateResidentId,
  type IsoDate,
  type NewbornEnrollmentInput,
} from '@/domain';
import type { NewbornDraft } from '@/stores';

export type FieldName = 'certificateNo' | 'babyName' | 'sex' | 'birthDate' | 'region' | 'guardianName' | 'guardianIdNo' | 'relation';
export type FieldErrors = Partial<Record<FieldName, string>>;

/** The fields in the order the form shows them. */
export const FIELD_ORDER: readonly FieldName[] = ['certificateNo', 'babyName', 'sex', 'birthDate', 'region', 'guardianName', 'guardianIdNo', 'relation'];

/** Spaces out, letters upper-cased: how a certificate number or ID is meant, not a different one. */
export const tidyCode = (s: string | undefined): string => (s ?? '').replace(/\s+/g, '').toUpperCase();
export const tidyName = (s: string | undefined): string => (s ?? '').trim();

const REQUIRED: Record<FieldName, string> = {
  certificateNo: '请填写出生医学证明编号',
  babyName: '请填写宝宝的姓名',
  sex: '请选择宝宝的性别',
  birthDate: '请选择宝宝的出生日期',
  region: '请选择参保地区',
  guardianName: '请填写监护人姓名',
  guardianIdNo: '请填写监护人的身份证号',
  relation: '请选择监护人与宝宝的关系',
};

/** The body to send, when every field has a value (the engine still validates it). */
export function bodyOf(d: NewbornDraft): NewbornEnrollmentInput | null {
  if (!d.certificateNo || !d.babyName || !d.sex || !d.birthDate || !d.region || !d.guardianName || !d.guardianIdNo || !d.relation) return null;
  return {
    certificateNo: tidyCode(d.certificateNo),
    babyName: tidyName(d.babyName),
    sex: d.sex,
    birthDate: d.birthDate,
    region: d.region,
    guardian: { name: tidyName(d.guardianName), idNo: tidyCode(d.guardianIdNo), relation: d.relation, insuredInRegion: d.insuredInRegion ?? false },
  };
}

const PATH_TO_FIELD: Record<string, FieldName> = {
  certificateNo: 'certificateNo',
  babyName: 'babyName',
  sex: 'sex',
  birthDate: 'birthDate',
  region: 'region',
  'guardian.name': 'guardianName',
  'guardian.idNo': 'guardianIdNo',
  'guardian.relation': 'relation',
};

/** Server or engine details (paths like guardian.idNo) → the form's fields. */
export function fieldErrorsOf(details: { path: string; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const d of details) {
    const f = PATH_TO_FIELD[d.path];
    if (f && !out[f]) out[f] = d.message;
  }
  return out;
}

const messageOf = (r: { ok: boolean; error?: { details: { message: string }[]; message: string } }): string | undefined =>
  r.ok ? undefined : (r.error?.details[0]?.message ?? r.error?.message);

/**
 * The message of each field. Fields she has typed in are checked as she types; empty ones only
 * say "please fill" once she tried to submit (`all`).
 */
export function fieldErrors(d: NewbornDraft, today: IsoDate, all: boolean): FieldErrors {
  const out: FieldErrors = {};
  if (d.certificateNo) out.certificateNo = messageOf(validateCertificateNo(tidyCode(d.certificateNo)));
  if (d.babyName) out.babyName = messageOf(validateHanName(tidyName(d.babyName), 'babyName', '出生医学证明'));
  if (d.guardianName) out.guardianName = messageOf(validateHanName(tidyName(d.guardianName), 'guardian.name'));
  if (d.guardianIdNo) out.guardianIdNo = messageOf(validateResidentId(tidyCode(d.guardianIdNo), today));
  const body = bodyOf(d);
  if (d.birthDate) out.birthDate = birthDateIssue(d.birthDate, today) ?? undefined;
  if (body && Object.values(out).every((m) => !m)) {
    const whole = validateNewbornEnrollment(body, today);
    if (!whole.ok) Object.assign(out, fieldErrorsOf(whole.error.details));
  }
  if (all) {
    for (const f of Object.keys(REQUIRED) as FieldName[]) {
      const value = f === 'guardianName' ? d.guardianName : f === 'guardianIdNo' ? d.guardianIdNo : d[f];
      if (!value && !out[f]) out[f] = REQUIRED[f];
    }
  }
  for (const k of Object.keys(out) as FieldName[]) if (!out[k]) delete out[k];
  return out;
}
