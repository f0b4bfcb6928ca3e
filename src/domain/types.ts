// The engine's types: request and answer shapes field for field as docs/spec/api.md, plus the
// Result every computation returns instead of throwing.

export type IsoDate = string; // 'YYYY-MM-DD', a real calendar day
export type Fen = number; // integer fen
export type Citation = string | null; // "HY-2025-8 二(三)", or null where no document here sets the rule
export type RegionCode = '430400' | '430000' | '330300' | '220200' | '220000';
export type Insurance = 'employee' | 'flexible' | 'resident' | 'none';
export type ErrorCode = 'VALIDATION_FAILED' | 'REGION_UNSUPPORTED';

export interface ErrorDetail {
  path: string;
  message: string;
}
export interface DomainError {
  code: ErrorCode;
  message: string;
  details: ErrorDetail[];
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

// ---- /pregnancy/timeline ----------------------------------------------------------------------

export type DatingInput =
  | { method: 'lmp'; date: IsoDate; cycleDays?: number | null }
  | { method: 'edd'; date: IsoDate }
  | { method: 'ivf'; date: IsoDate; embryoDay: 3 | 5 | 6 };

export type Trimester = 1 | 2 | 3;
export type GestationBand = 'early' | 'preterm' | 'term' | 'post-term';

export interface Gestation {
  days: number;
  weeks: number;
  dayOfWeek: number;
  label: string;
}

export interface PregnancyDating {
  lmp: IsoDate;
  edd: IsoDate;
  gestation: Gestation;
  trimester: Trimester;
  band: GestationBand;
}

export type CheckStatus = 'done' | 'due' | 'upcoming' | 'overdue';

export interface TimelineRequest {
  dating: DatingInput;
  today?: IsoDate | null;
  done?: number[] | null;
}

export interface CheckWindow {
  no: number;
  start: IsoDate;
  end: IsoDate;
  status: CheckStatus;
}

export interface TimelineAnswer extends PregnancyDating {
  checks: CheckWindow[];
  nextCheckNo: number | null;
}

// ---- /checks ----------------------------------------------------------------------------------

export interface CheckItem {
  id: string;
  name: string;
}
export interface CheckDefinition {
  no: number;
  name: string;
  weeks: { from: number; to: number };
  items: CheckItem[];
}
export interface ChecksAnswer {
  checks: CheckDefinition[];
  optional: CheckItem[];
}

// ---- /prenatal-quota --------------------------------------------------------------------------

export interface QuotaClaim {
  id: string;
  date: IsoDate;
  amount: Fen;
  inList?: boolean | null;
  publicHealth?: boolean | null;
}

export interface PrenatalQuotaRequest {
  region: string;
  insurance: Insurance;
  registeredOn?: IsoDate | null;
  deliveredOn?: IsoDate | null;
  claims: QuotaClaim[];
}

export type ClaimReason = 'NOT_IN_LIST' | 'PUBLIC_HEALTH' | 'OUTSIDE_CYCLE' | 'CAP_REACHED' | 'NO_PRENATAL_QUOTA';

export interface ClaimOutcome {
  id: string;
  covered: Fen;
  overflow: Fen;
  reason: ClaimReason | null;
}

export interface PrenatalQuotaAnswer {
  eligible: boolean;
  cap: Fen;
  used: Fen;
  remaining: Fen;
  draft: boolean;
  claims: ClaimOutcome[];
  citation: Citation;
  hint?: string;
  notices?: string[];
}

// ---- /delivery-estimate -----------------------------------------------------------------------

export type DeliveryRule =
  | 'HY_ZERO_COPAY'
  | 'WZ_FULL_GUARANTEE'
  | 'JL_MATERNITY_FULL'
  | 'ORDINARY_INPATIENT'
  | 'NON_DESIGNATED'
  | 'NOT_INSURED';

export type CostBucket = 'inScope' | 'outOfScope' | 'specialNeeds' | 'complications';

export interface ZeroCopayMembership {
  joinedOn: IsoDate;
  leftOn?: IsoDate | null;
}

export interface DeliveryEstimateRequest {
  region: string;
  insurance: Insurance;
  deliveryDate: IsoDate;
  hospital: {
    designated: boolean;
    obstetrics: boolean;
    inRegion?: boolean | null;
    level?: number | null;
    zeroCopay?: ZeroCopayMembership | null;
  };
  costs: {
    inScope?: Fen | null;
    outOfScope?: Fen | null;
    specialNeeds?: Fen | null;
    complications?: Fen | null;
  };
  ordinary?: { deductible: Fen; ratioPct: number } | null;
}

export interface EstimateLine {
  bucket: CostBucket;
  amount: Fen;
  fund: Fen | null;
  self: Fen | null;
  citation: Citation;
}

export interface DeliveryEstimateAnswer {
  rule: DeliveryRule;
  total: Fen;
  fundPays: Fen | null;
  selfPay: Fen | null;
  lines: EstimateLine[];
  needs: 'ordinary'[];
  draft: boolean;
  notices: string[];
}

// ---- /eligibility -----------------------------------------------------------------------------

export type Stage = 'planning' | 'pregnant' | 'postpartum';

export interface EligibilityRequest {
  region: string;
  insurance: Insurance;
  stage: Stage;
  deliveryDate?: IsoDate | null;
  employer?: { fullyFunded: boolean } | null;
}

export type BenefitId =
  | 'prenatal-quota'
  | 'delivery-zero-copay'
  | 'delivery-full-coverage'
  | 'maternity-allowance'
  | 'art-coverage'
  | 'family-planning'
  | 'newborn-enrollment'
  | 'service-packages';

export interface Benefit {
  id: BenefitId;
  eligible: boolean;
  reason: string;
  citation: Citation;
  draft: boolean;
}

export interface EligibilityAnswer {
  benefits: Benefit[];
}

// ---- /service-packages ------------------------------------------------------------------------

export type LifeStage = Stage | 'ended';
export type ServicePackageId = 'pre-pregnancy' | 'early-pregnancy' | 'pregnancy-delivery' | 'postpartum' | 'newborn' | 'growth';
export type ServiceTier = 'basic' | 'upgrade';

export interface ServicePackagesQuery {
  stage?: LifeStage | null;
  weeks?: number | null;
  childAgeDays?: number | null;
  daysSince?: number | null;
}

export interface ServicePackage {
  id: ServicePackageId;
  name: string;
  services: { name: string; tier: ServiceTier }[];
}

export interface ServicePackagesAnswer {
  packages: ServicePackage[];
  current: ServicePackageId[];
}

// ---- /regions ---------------------------------------------------------------------------------

export interface RegionSummary {
  code: RegionCode;
  name: string;
  province: string;
  docs: string[];
  draft: boolean;
}

export interface RegionPolicyAnswer {
  requested: string;
  code: RegionCode;
  name: string;
  province: string;
  draft: boolean;
  docs: string[];
  prenatalQuota: { insurance: Insurance; cap: Fen; citation: Citation }[];
  delivery: { insurance: Insurance; rule: DeliveryRule; from: IsoDate | null; to: IsoDate | null; citation: Citation }[];
}

// ---- /newborn-enrollments ---------------------------------------------------------------------

export type Sex = 'M' | 'F';
export type GuardianRelation = 'mother' | 'father' | 'guardian';

export interface NewbornEnrollmentInput {
  certificateNo: string;
  babyName: string;
  sex: Sex;
  birthDate: IsoDate;
  region: string;
  guardian: {
    name: string;
    idNo: string;
    relation: GuardianRelation;
    insuredInRegion?: boolean | null;
  };
}

/** What the engine computes for an enrollment (the answer's coverageStart, birthYearPremiumWaived, citation). */
export interface EnrollmentFields {
  coverageStart: IsoDate;
  birthYearPremiumWaived: boolean;
  citation: Citation;
}

export interface NewbornTerms extends EnrollmentFields {
  /** Days left of the 90 after birth (90 − age, never below 0). */
  daysLeft: number;
  /** The last day an enrollment still keeps cover from birth (birth + 90 days). */
  deadline: IsoDate;
  /** True while enrolling on `enrolledOn` keeps cover from birth (also on the deadline itself, when daysLeft is 0). */
  inTime: boolean;
  /** Every document the terms rest on, the main one first. */
  citations: string[];
  filing: { where: string[]; bring: string[] };
}
