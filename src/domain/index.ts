// The public surface of the policy engine (docs/domain-interface.md). Pure TypeScript; dayjs only.
export * from './types';
export {
  addDays,
  addDaysIso,
  addMonths,
  dayNumber,
  daysBetween,
  firstOfNextMonth,
  fromDayNumber,
  INVALID_DATE,
  isIsoDate,
  MAX_DATE,
  MIN_DATE,
  todayInShanghai,
  yearsBefore,
} from './dates';
export { formatChineseDate, formatYuan } from './format';
export {
  AFTER_BIRTH_STATUS_NAMES,
  BENEFIT_NAMES,
  childAgeDays,
  CLAIM_REASON_TEXT,
  DELIVERY_RULE_NAMES,
  gestationWeeks,
  INSURANCE_KINDS,
  insuranceExplanation,
  insuranceName,
  LEAVE_LINE_NAMES,
  PAYEE_NAMES,
  pregnancyStageName,
  SERVICE_TIER_NAMES,
  STAGE_NAMES,
  type InsuranceKind,
} from './names';
export { documentOf, POLICY_DOCUMENTS, POLICY_VERSION, type PolicyDocument, type PolicyDocumentStatus } from './policy-documents';
export {
  REGION_POLICIES,
  type BenefitRule,
  type BenefitTerms,
  type ExtendedLeaveRule,
  type FullDeliveryRule,
  type LineCitations,
  type MaternityPolicy,
  type NewbornPolicy,
  type PostpartumCheckPolicy,
  type QuotaRule,
  type RegionPolicy,
} from './policy';
export { isDraftRegion, listRegions, regionByCode, regionName, regionPolicy, resolveRegion } from './regions';
export { bandOf, datePregnancy, DEFAULT_CYCLE_DAYS, gestationLabel, MAX_GESTATION_DAYS, PREGNANCY_DAYS, trimesterOf } from './dating';
export { CHECK_ITEMS_CITATION, CHECK_ITEMS_SOURCE, checkCatalog, CHECKS, checkStatus, OPTIONAL_ITEMS, pregnancyTimeline } from './checks';
export { MAX_CLAIM_ID, MAX_CLAIMS, prenatalQuota } from './prenatal-quota';
export { BUCKETS, deliveryEstimate, selfShare } from './delivery-estimate';
export { BENEFIT_IDS, benefitTerms, eligibility } from './eligibility';
export { currentPackages, MAX_CHILD_AGE_DAYS, MAX_PREGNANCY_WEEKS, SERVICE_PACKAGES, SERVICE_PACKAGES_CITATION, servicePackages } from './service-packages';
export { maskResidentId, residentIdCheckChar, validateCertificateNo, validateHanName, validateResidentId } from './validators';
export { enrollmentFields, FILING_BRING, NEWBORN_WINDOW_DAYS, newbornTerms, validateNewbornEnrollment } from './newborn';
export { MAX_FEN } from './validate';
export {
  ALLOWANCE_DAYS_PER_MONTH,
  allowanceFor,
  AMOUNT_CITATION,
  extendedLeaveDays,
  MATERNITY_LEAVE,
  maternityAllowance,
  MAX_BABIES,
  MAX_CHILD_ORDER,
  MAX_LOSS_WEEKS,
  NEEDS_WAGE_NOTICE,
} from './maternity-allowance';
export { CHILDCARE_SUBSIDY, childcareSubsidy, subsidyMonths } from './childcare-subsidy';
export { AFTER_BIRTH_TASK_IDS, afterBirthPlan, HUKOU_MONTHS, POSTPARTUM_CHECK_DAYS } from './after-birth';
