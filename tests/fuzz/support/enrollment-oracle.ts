// api.md's validation of POST /newborn-enrollments, restated from the spec: used by the fuzz to
// say whether a (possibly mutated) body must be refused, and what a valid one must answer.
import { type EnrollmentAnswer, type NewbornEnrollmentRequest } from '../../../src/api/contract';
import { FUZZ_TODAY } from './constants';
import { checkDigit, dayOf, isCalendarDay, isHunan, isoOf, maskId, resolveRegion } from './oracle';

const HAN = /^\p{Script=Han}$/u;
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** api.md's Han name, checked (and stored) in NFKC, as issue 20 asks. */
export function isHanName(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const cps = [...v.normalize('NFKC')];
  if (cps.length < 1 || cps.length > 20) return false;
  return cps.every((c, i) => HAN.test(c) || (c === '\u00b7' && i > 0 && i < cps.length - 1 && HAN.test(cps[i - 1] ?? '') && HAN.test(cps[i + 1] ?? '')));
}

const TODAY = dayOf(FUZZ_TODAY);
/** 18 years before today; a birth date within a day of it is left undecided (the spec's boundary). */
const EIGHTEEN_YEARS_AGO = dayOf(`${Number(FUZZ_TODAY.slice(0, 4)) - 18}${FUZZ_TODAY.slice(4)}`);

export type Verdict = 'valid' | 'invalid' | 'undecided';

/** Whether a parsed JSON body is a valid enrollment per api.md (before region resolution). */
export function enrollmentVerdict(body: unknown): Verdict {
  if (!isPlain(body)) return 'invalid';
  const keys = ['certificateNo', 'babyName', 'sex', 'birthDate', 'region', 'guardian'];
  if (Object.keys(body).some((k) => !keys.includes(k)) || keys.some((k) => !Object.hasOwn(body, k))) return 'invalid';
  const g = body.guardian;
  if (!isPlain(g)) return 'invalid';
  const gKeys = ['name', 'idNo', 'relation', 'insuredInRegion'];
  if (Object.keys(g).some((k) => !gKeys.includes(k)) || ['name', 'idNo', 'relation'].some((k) => !Object.hasOwn(g, k))) return 'invalid';
  if (typeof body.certificateNo !== 'string' || !/^[A-Z][0-9]{9}$/.test(body.certificateNo)) return 'invalid';
  if (!isHanName(body.babyName) || !isHanName(g.name)) return 'invalid';
  if (body.sex !== 'M' && body.sex !== 'F') return 'invalid';
  if (!['mother', 'father', 'guardian'].includes(g.relation as string)) return 'invalid';
  if (g.insuredInRegion !== undefined && g.insuredInRegion !== null && typeof g.insuredInRegion !== 'boolean') return 'invalid';
  if (typeof body.region !== 'string' || !/^[0-9]{6}$/.test(body.region)) return 'invalid';
  if (typeof body.birthDate !== 'string' || !isCalendarDay(body.birthDate)) return 'invalid';
  const birth = dayOf(body.birthDate);
  if (birth > TODAY || birth < EIGHTEEN_YEARS_AGO - 1) return 'invalid';
  if (typeof g.idNo !== 'string' || !/^[0-9]{17}[0-9Xx]$/.test(g.idNo)) return 'invalid';
  const id = g.idNo.toUpperCase();
  if (checkDigit(id.slice(0, 17)) !== id[17]) return 'invalid';
  const idBirth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDay(idBirth) || dayOf(idBirth) > TODAY) return 'invalid';
  if (idBirth === FUZZ_TODAY || idBirth === '1900-01-01') return 'undecided';
  if (Math.abs(birth - EIGHTEEN_YEARS_AGO) <= 1) return 'undecided';
  return 'valid';
}

/** The normalised request: defaults applied, `x` → `X`, names in NFKC. */
export function normalised(body: NewbornEnrollmentRequest): NewbornEnrollmentRequest {
  return {
    ...body,
    babyName: body.babyName.normalize('NFKC'),
    guardian: {
      ...body.guardian,
      name: body.guardian.name.normalize('NFKC'),
      idNo: body.guardian.idNo.toUpperCase(),
      insuredInRegion: body.guardian.insuredInRegion ?? false,
    },
  };
}

const dataTuple = (x: NewbornEnrollmentRequest) => {
  const n = normalised(x);
  const g = n.guardian;
  return JSON.stringify([n.certificateNo, n.babyName, n.sex, n.birthDate, n.region, g.name, g.idNo, g.relation, g.insuredInRegion]);
};

/** The same data after defaults and the x → X normalisation (api.md: an idempotent repeat). */
export const sameData = (a: NewbornEnrollmentRequest, b: NewbornEnrollmentRequest) => dataTuple(a) === dataTuple(b);

/** The 201 answer api.md and rules.md §7 give for a valid body, enrolled at FUZZ_NOW. */
export function expectedRecord(body: NewbornEnrollmentRequest, createdAt: string): Omit<EnrollmentAnswer, 'id' | 'citation'> {
  const n = normalised(body);
  const birth = dayOf(n.birthDate);
  return {
    status: 'submitted',
    certificateNo: n.certificateNo,
    babyName: n.babyName,
    sex: n.sex,
    birthDate: n.birthDate,
    region: n.region,
    coverageStart: TODAY - birth <= 90 ? n.birthDate : isoOf(TODAY),
    birthYearPremiumWaived: isHunan(resolveRegion(n.region)) && n.birthDate.startsWith('2026') && n.guardian.insuredInRegion === true,
    guardian: { name: n.guardian.name, idNo: maskId(n.guardian.idNo), relation: n.guardian.relation, insuredInRegion: n.guardian.insuredInRegion ?? false },
    createdAt,
  };
}
