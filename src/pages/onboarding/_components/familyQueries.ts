// 替家人查询: what a family member can look up from the first screen without consent. Each page
// listed here must work without a profile and, like every page before consent, leaves nothing on
// the device (the store writes nothing until she consents). The after-birth calculators
// (生育津贴, 育儿补贴) are added here when they exist; tests/pages/onboarding.test.tsx and
// tests/e2e/family.test.ts go through every entry.

export interface FamilyQuery {
  label: string;
  hint: string;
  /** A subpackage page that needs no profile. */
  url: string;
}

export const FAMILY_QUERIES: readonly FamilyQuery[] = [
  { label: '生育医保待遇自查', hint: '回答三个问题，看看孕妈妈能享受哪些生育医保待遇', url: '/subpackages/eligibility/index' },
];
