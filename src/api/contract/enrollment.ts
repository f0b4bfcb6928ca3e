// What "the same enrollment" means and how a record is answered: shared by server and mocks so
// idempotent replay and masking cannot drift between them.
import { type EnrollmentAnswer, type NewbornEnrollmentRequest } from './accounts';

/** Key order fixed, defaults applied: equal text means the same enrollment data. */
export function enrollmentFingerprint(input: NewbornEnrollmentRequest): string {
  return JSON.stringify([
    input.certificateNo,
    input.babyName,
    input.sex,
    input.birthDate,
    input.region,
    input.guardian.name,
    input.guardian.idNo,
    input.guardian.relation,
    input.guardian.insuredInRegion ?? false,
  ]);
}

export interface EnrollmentTerms {
  coverageStart: string;
  birthYearPremiumWaived: boolean;
  citation: string | null;
}

/** The stored record (raw ID number) for a validated, normalised request. */
export function enrollmentRecord(id: string, input: NewbornEnrollmentRequest, terms: EnrollmentTerms, createdAt: string): EnrollmentAnswer {
  return {
    id,
    status: 'submitted',
    certificateNo: input.certificateNo,
    babyName: input.babyName,
    sex: input.sex,
    birthDate: input.birthDate,
    region: input.region,
    coverageStart: terms.coverageStart,
    birthYearPremiumWaived: terms.birthYearPremiumWaived,
    guardian: {
      name: input.guardian.name,
      idNo: input.guardian.idNo,
      relation: input.guardian.relation,
      insuredInRegion: input.guardian.insuredInRegion ?? false,
    },
    createdAt,
    citation: terms.citation,
  };
}

/** The record as every answer but /me/export carries it. */
export function maskedRecord(record: EnrollmentAnswer, mask: (idNo: string) => string): EnrollmentAnswer {
  return { ...record, guardian: { ...record.guardian, idNo: mask(record.guardian.idNo) } };
}
