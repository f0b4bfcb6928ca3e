// 替家人查询: what a family member can look up from the first screen without consent. Each page
// listed here must work without a profile and, like every page before consent, leaves nothing on
// the device (the store writes nothing until she consents; the calculators keep a relative's
// answers on the page). tests/pages/family.test.tsx goes through every entry, and the browser
// through each (tests/e2e/family.test.ts, tests/e2e/after-birth.test.ts).

export interface FamilyQuery {
  label: string;
  hint: string;
  /** A subpackage page that needs no profile. */
  url: string;
}

export const FAMILY_QUERIES: readonly FamilyQuery[] = [
  { label: '生育医保待遇自查', hint: '回答三个问题，看看孕妈妈能享受哪些生育医保待遇', url: '/subpackages/eligibility/index' },
  { label: '生育津贴', hint: '单位职工休产假期间领的钱：能休多少天、大约多少、发给谁', url: '/subpackages/allowance/index?for=family' },
  { label: '育儿补贴', hint: '3周岁以下的孩子都有：每年领多少、怎么申领', url: '/subpackages/subsidy/index?for=family' },
];
