// The public surface of the policy engine (docs/domain-interface.md). Pure TypeScript, no dependency.
// Two layers, for WeChat's 400 KB main package: core.ts holds what the main package's pages use and
// is built as one module; the rest (the documents list, the enrollment checks, what a region says
// on the subpackage pages, where to go and what to bring after the birth, reading an allowance
// request and its notices) is re-exported here.
// The build marks this file free of side effects (config/index.ts), so a subpackage page's import
// of those names reaches their own modules and they stay out of the main package.
export * from './core';
export { documentOf, POLICY_DOCUMENTS, type PolicyDocument, type PolicyDocumentStatus } from './policy-documents';
export { maskResidentId, residentIdCheckChar, validateCertificateNo, validateHanName, validateResidentId } from './validators';
export { birthDateIssue, validateNewbornEnrollment } from './newborn-enrollment';
export { afterBirthPlan, subsidySteps } from './after-birth-details';
export {
  benefitIsElsewhere,
  checkFundNote,
  claimReasonText,
  deliveryFundNote,
  ordinaryRulesHelp,
  premiumWaiverQuestion,
  premiumWaiverText,
  type WaiverQuestion,
} from './region-sentences';
export { maternityAllowance, NEEDS_WAGE_NOTICE } from './maternity-allowance';
