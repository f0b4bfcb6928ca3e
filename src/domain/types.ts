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

// ---- /maternity-allowance (rules.md §8) -------------------------------------------------------

/** How the pregnancy ended: a birth, or a pregnancy that ended without one (api.md, After the birth). */
export type PregnancyEvent =
  | { kind: 'birth'; date: IsoDate; babies?: number | null; difficult?: boolean | null; childOrder?: number | null }
  | { kind: 'loss'; date: IsoDate; weeks: number };

export interface MaternityAllowanceRequest {
  region: string;
  insurance: Insurance;
  employer?: { fullyFunded: boolean } | null;
  event: PregnancyEvent;
  /** 用人单位上年度职工月平均工资, fen. */
  employerAverageMonthlyWage?: Fen | null;
}

export type LeaveLineId = 'base' | 'difficult' | 'multiple' | 'loss-early' | 'loss-late';

export interface LeaveLine {
  id: LeaveLineId;
  days: number;
  citation: Citation;
}

export type AllowancePayee = 'employer' | 'mother';

/** The province's extra maternity leave for a birth; `days` null: not known from these texts. */
export interface ExtendedLeave {
  days: number | null;
  citation: Citation;
  /** Always null: the texts do not say whether the fund pays those days. */
  paidByFund: null;
  amountIfPaid: Fen | null;
}

/** A maternity allowance answer's figures, without draft, needs and notices (`allowanceFigures`: the home card's). */
export type AllowanceFigures = Omit<MaternityAllowanceAnswer, 'draft' | 'needs' | 'notices'>;

export interface MaternityAllowanceAnswer {
  eligible: boolean;
  reason: string;
  citation: Citation;
  draft: boolean;
  leave: { days: number; lines: LeaveLine[] };
  dailyRate: Fen | null;
  amount: Fen | null;
  amountCitation: Citation;
  /** null for a loss. */
  extended: ExtendedLeave | null;
  payee: AllowancePayee | null;
  needs: 'wage'[];
  notices: string[];
}

// ---- /childcare-subsidy (rules.md §9) ---------------------------------------------------------

export type YearMonth = string; // 'YYYY-MM'

export interface ChildcareSubsidyRequest {
  /** The birth date, or the expected date (then the answer is a forecast). */
  birthDate: IsoDate;
  today?: IsoDate | null;
}

export interface SubsidyYear {
  year: number;
  months: number;
  amount: Fen;
}

export interface ChildcareSubsidyAnswer {
  eligible: boolean;
  /** birthDate is after today: a forecast from the expected date. */
  expected: boolean;
  perYear: Fen;
  months: number;
  total: Fen;
  from: YearMonth | null;
  to: YearMonth | null;
  byYear: SubsidyYear[];
  citation: Citation;
  notices: string[];
}

// ---- After the birth: the dated list (rules.md §10, no endpoint) ------------------------------

export type AfterBirthTaskId = 'birth-certificate' | 'hukou' | 'postpartum-check' | 'newborn-enrollment' | 'childcare-subsidy' | 'maternity-allowance';
export type AfterBirthTaskStatus = 'done' | 'due' | 'overdue';

export interface AfterBirthRequest {
  region: string;
  insurance: Insurance;
  employer?: { fullyFunded: boolean } | null;
  /** The birth or the loss (other fields of a PregnancyEvent are ignored here). */
  event: { kind: 'birth' | 'loss'; date: IsoDate };
  /** Tasks she has ticked done (kept on the phone). */
  done?: readonly AfterBirthTaskId[] | null;
}

export interface AfterBirthTask {
  id: AfterBirthTaskId;
  title: string;
  /** The last day (inclusive); null where no date applies. */
  due: IsoDate | null;
  /** When, in words ("出生后1个月内", "出院前"). */
  when: string;
  status: AfterBirthTaskStatus;
  /** due − today in days (negative once past due); null without a due date. */
  daysLeft: number | null;
  /** The task that must come first (the 户口 before the subsidy), or null. */
  after: AfterBirthTaskId | null;
  what: string;
  where: string[];
  bring: string[];
  /** What to do now once past due (null where nothing can be late). */
  whenLate: string | null;
  citation: Citation;
}

/** A task of the schedule (`afterBirthSchedule`): what, by when and its source, without the details. */
export type AfterBirthScheduledTask = Pick<AfterBirthTask, 'id' | 'title' | 'due' | 'when' | 'status' | 'daysLeft' | 'after' | 'citation'>;

export interface AfterBirthSchedule {
  kind: 'birth' | 'loss';
  /** In the order they come due. */
  tasks: AfterBirthScheduledTask[];
  /** The first task not done, or null. */
  nextTaskId: AfterBirthTaskId | null;
  notices: string[];
}

/** One step of claiming the childcare subsidy: the 户口 first, then the application (rules.md §9, §10). */
export type SubsidyStep = Pick<AfterBirthTask, 'title' | 'when' | 'what' | 'where' | 'bring' | 'citation'>;

export interface AfterBirthPlan extends Omit<AfterBirthSchedule, 'tasks'> {
  tasks: AfterBirthTask[];
}
