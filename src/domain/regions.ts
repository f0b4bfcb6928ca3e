// Region resolution (api.md, Regions): the code itself, then its city (4 digits + '00'), then its
// province (2 digits + '0000'); the first that is an entry is the region.
import { REGION_POLICIES, type RegionPolicy } from './policy';
import { type Insurance, type RegionPolicyAnswer, type RegionSummary, type Result } from './types';
import { fail, INSURANCES, Issues, ok, regionField, regionUnsupported } from './validate';

const BY_CODE = new Map<string, RegionPolicy>(REGION_POLICIES.map((r) => [r.code, r]));
const SIX_DIGITS = /^\d{6}$/;

/** The region policy a six-digit code resolves to, or null (not six digits, or no entry). */
export function resolveRegion(code: string): RegionPolicy | null {
  if (typeof code !== 'string' || !SIX_DIGITS.test(code)) return null;
  return BY_CODE.get(code) ?? BY_CODE.get(`${code.slice(0, 4)}00`) ?? BY_CODE.get(`${code.slice(0, 2)}0000`) ?? null;
}

/** The official name of the entry a code resolves to (衡阳市 for 430421, 湖南省 for 430100), or the code itself; the app shows `regionLabel`. */
export function regionName(code: string): string {
  return resolveRegion(code)?.name ?? code;
}

/** Whether a region's answers rest on a draft (Wenzhou). */
export const isDraftRegion = (region: RegionPolicy): boolean => region.status === 'draft';

const summary = (r: RegionPolicy): RegionSummary => ({
  code: r.code,
  name: r.name,
  province: r.province,
  docs: [...r.docs],
  draft: isDraftRegion(r),
});

/** GET /regions: the entries. */
export function listRegions(): RegionSummary[] {
  return REGION_POLICIES.map(summary);
}

function deliveryEntry(r: RegionPolicy, insurance: Insurance): RegionPolicyAnswer['delivery'][number] {
  if (insurance === 'none') return { insurance, rule: 'NOT_INSURED', from: null, to: null, citation: null };
  const full = r.delivery.rules.find((rule) => rule.insurances.includes(insurance));
  if (full) return { insurance, rule: full.rule, from: full.from, to: full.to, citation: full.citations.inScope };
  return { insurance, rule: 'ORDINARY_INPATIENT', from: null, to: null, citation: r.delivery.ordinary[insurance].inScope };
}

/** GET /regions/{code}/policy: the region's rules per insurance kind. */
export function regionPolicy(code: string): Result<RegionPolicyAnswer> {
  const issues = new Issues();
  const requested = regionField(issues, code, 'code');
  if (requested === null) return fail(issues.error());
  const r = resolveRegion(requested);
  if (!r) return fail(regionUnsupported('code'));
  return ok({
    requested,
    code: r.code,
    name: r.name,
    province: r.province,
    draft: isDraftRegion(r),
    docs: [...r.docs],
    prenatalQuota: INSURANCES.map((insurance) => ({
      insurance,
      cap: r.prenatalQuota[insurance].cap,
      citation: r.prenatalQuota[insurance].citation,
    })),
    delivery: INSURANCES.map((insurance) => deliveryEntry(r, insurance)),
  });
}
