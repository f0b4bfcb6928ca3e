// The engine as the WeChat main package may use it: everything but what only subpackage pages and
// the server read (index.ts adds that). Pages import '@/domain' either way; see index.ts for why.
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
export { formatChineseDate, formatChineseMonth, formatYuan } from './format';
export {
  AFTER_BIRTH_STATUS_NAMES,
  BENEFIT_NAMES,
  CHECK_STATUS_HINTS,
  CHECK_STATUS_NAMES,
  childAgeDays,
  CLAIM_REASON_TEXT,
  daysLeftLabel,
  DELIVERY_RULE_NAMES,
  INSURANCE_KINDS,
  insuranceChoices,
  insuranceExplanation,
  insuranceName,
  LEAVE_LINE_NAMES,
  PAYEE_NAMES,
  pregnancyStageName,
  SERVICE_TIER_NAMES,
  STAGE_NAMES,
  weeksLabel,
  type InsuranceKind,
} from './names';
export { POLICY_VERSION } from './policy-version';
export {
  REGION_POLICIES,
  type BenefitRule,
  type BenefitTerms,
  type DraftBanner,
  type ExtendedLeaveRule,
  type FullDeliveryRule,
  type FundScopeNote,
  type LineCitations,
  type MaternityPolicy,
  type NewbornPolicy,
  type PostpartumCheckPolicy,
  type QuotaRule,
  type RegionPolicy,
} from './policy';
export { NEWBORN_REASON } from './policy/common';
export { isDraftRegion, listRegions, regionName, regionPolicy, resolveRegion } from './regions';
export {
  checkItemsAreLocalScope,
  fullyFundedMatters,
  hasServicePackages,
  isRegionCode,
  needsRegistration,
  quotaUnknown,
  regionChoices,
  regionDraft,
  regionLabel,
  registrationReason,
  zeroCopayScheme,
  type RegionChoice,
  type ZeroCopayScheme,
} from './region-facts';
export {
  bandOf,
  CYCLE_DAYS_MESSAGE,
  datePregnancy,
  DEFAULT_CYCLE_DAYS,
  gestationLabel,
  isCycleDays,
  MAX_GESTATION_DAYS,
  PREGNANCY_DAYS,
  trimesterOf,
} from './dating';
export { CHECK_ITEMS_CITATION, CHECK_ITEMS_ELSEWHERE_TITLE, CHECK_ITEMS_SOURCE, checkCatalog, CHECKS, checkStatus, checkTitleOf, OPTIONAL_ITEMS, pregnancyTimeline } from './checks';
export { MAX_CLAIM_ID, MAX_CLAIMS, prenatalQuota } from './prenatal-quota';
export { BUCKETS, deliveryEstimate, deliveryEstimateMissing, selfShare, type DeliveryEstimateFacts, type EstimateQuestion } from './delivery-estimate';
export { BENEFIT_IDS, benefitTerms, eligibility } from './eligibility';
export { currentPackages, MAX_CHILD_AGE_DAYS, MAX_PREGNANCY_WEEKS, SERVICE_PACKAGES, SERVICE_PACKAGES_CITATION, servicePackages } from './service-packages';
export { enrollmentFields, FILING_BRING, MAX_CHILD_AGE_YEARS, NEWBORN_WINDOW_DAYS, newbornTerms } from './newborn';
export { INSURANCES, MAX_FEN } from './validate';
export {
  ALLOWANCE_DAYS_PER_MONTH,
  allowanceFigures,
  allowanceFiguresOf,
  allowanceFor,
  AMOUNT_CITATION,
  extendedLeaveDays,
  FUND_PAYS,
  MATERNITY_LEAVE,
  MAX_BABIES,
  MAX_CHILD_ORDER,
  MAX_LOSS_WEEKS,
  type AllowanceInput,
  type LeaveEvent,
} from './maternity-leave';
export { CHILDCARE_SUBSIDY, childcareSubsidy, SUBSIDY_NOTICES, subsidyMonths } from './childcare-subsidy';
export { AFTER_BIRTH_TASK_IDS, afterBirthSchedule, HUKOU_HEAD, HUKOU_MONTHS, POSTPARTUM_CHECK_DAYS, SUBSIDY_HEAD, type TaskHead } from './after-birth';
// For the modules index.ts adds: they read their input with the same helpers, reached through this
// module so the ones they share with it stay inside the main package's single engine module.
export * as readInput from './validate';
