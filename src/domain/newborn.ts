// Newborn enrollment (rules.md §7): what YunBao records (not a filing with a 医保 agency), and the
// dates it computes: cover from birth when enrolled within 90 days (GOV-2024-38), Hunan's
// birth-year premium waiver (HN-2025-45 三(三), HN-2026-ENROLL).
import { addDays, dayNumber, yearOf } from './dates';
import { resolveRegion } from './regions';
import { type EnrollmentFields, type IsoDate, type NewbornEnrollmentInput, type NewbornTerms } from './types';

/** Enrolled within this many days of birth (enrollment − birth ≤ 90), cover starts at birth. */
export const NEWBORN_WINDOW_DAYS = 90;
export const MAX_CHILD_AGE_YEARS = 18;

export const FILING_BRING: readonly string[] = ['出生医学证明', '监护人（父母一方）的居民身份证'];
const DEFAULT_WHERE: readonly string[] = ['国家医保服务平台（线上）', '“出生一件事”窗口（线下）'];

/** The terms of an enrollment made on `enrolledOn`: coverage start, waiver, citation, days left, where to file, what to bring. */
export function newbornTerms(
  input: { birthDate: IsoDate; region: string; guardianInsuredInRegion: boolean },
  enrolledOn: IsoDate,
): NewbornTerms {
  const age = dayNumber(enrolledOn) - dayNumber(input.birthDate);
  const inTime = age <= NEWBORN_WINDOW_DAYS; // false for NaN
  const region = resolveRegion(input.region);
  const waiver = region?.newborn.premiumWaiver ?? null;
  const waived = waiver !== null && input.guardianInsuredInRegion === true && waiver.years.includes(yearOf(input.birthDate));
  return {
    coverageStart: inTime ? input.birthDate : enrolledOn,
    birthYearPremiumWaived: waived,
    citation: region?.newborn.citation ?? 'GOV-2024-38',
    daysLeft: inTime ? Math.min(NEWBORN_WINDOW_DAYS, NEWBORN_WINDOW_DAYS - age) : 0,
    deadline: addDays(input.birthDate, NEWBORN_WINDOW_DAYS),
    inTime,
    citations: [...(region?.newborn.citations ?? ['GOV-2024-38'])],
    filing: { where: [...(region?.newborn.where ?? DEFAULT_WHERE)], bring: [...FILING_BRING] },
  };
}

/** The fields of the enrollment answer the engine computes (the server stores them with the record). */
export function enrollmentFields(input: NewbornEnrollmentInput, enrolledOn: IsoDate): EnrollmentFields {
  const t = newbornTerms(
    { birthDate: input.birthDate, region: input.region, guardianInsuredInRegion: input.guardian.insuredInRegion === true },
    enrolledOn,
  );
  return { coverageStart: t.coverageStart, birthYearPremiumWaived: t.birthYearPremiumWaived, citation: t.citation };
}
