// Eligibility (rules.md §5): eight benefits, in order, each with a reason she can act on. The stage
// changes the wording (what to do next), not who is eligible.
import { dayNumber } from './dates';
import { type BenefitTerms, type RegionPolicy } from './policy';
import { isDraftRegion, resolveRegion } from './regions';
import {
  type Benefit,
  type BenefitId,
  type EligibilityAnswer,
  type EligibilityRequest,
  type Insurance,
  type IsoDate,
  type Result,
  type Stage,
} from './types';
import { dateField, fail, fullyFundedField, insuranceField, invalid, isRecord, Issues, ok, regionField, regionUnsupported } from './validate';

export const BENEFIT_IDS: readonly BenefitId[] = [
  'prenatal-quota',
  'delivery-zero-copay',
  'delivery-full-coverage',
  'maternity-allowance',
  'art-coverage',
  'family-planning',
  'newborn-enrollment',
  'service-packages',
];

const STAGES: readonly Stage[] = ['planning', 'pregnant', 'postpartum'];

interface Facts {
  region: RegionPolicy;
  insurance: Insurance;
  stage: Stage;
  deliveryDay: number; // NaN: not given
  fullyFunded: boolean;
}

/**
 * The terms of a benefit other than the quota for one member: the rule of her insurance, or its
 * `outside` terms for a delivery day (NaN: not given) outside its window, or its fully funded terms.
 */
export function benefitTerms(
  region: RegionPolicy,
  id: Exclude<BenefitId, 'prenatal-quota'>,
  insurance: Insurance,
  deliveryDay: number,
  fullyFunded: boolean,
): BenefitTerms {
  const rule = region.benefits[id][insurance];
  if (rule.window && !Number.isNaN(deliveryDay)) {
    const { from, to, outside } = rule.window;
    if ((from !== null && deliveryDay < dayNumber(from)) || (to !== null && deliveryDay > dayNumber(to))) return outside;
  }
  if (rule.whenFullyFunded && fullyFunded) return rule.whenFullyFunded;
  return rule;
}

function benefit(id: BenefitId, f: Facts): Benefit {
  const draft = isDraftRegion(f.region);
  if (id === 'prenatal-quota') {
    const q = f.region.prenatalQuota[f.insurance];
    return { id, eligible: q.cap > 0, reason: q.summary + q.next[f.stage], citation: q.citation, draft };
  }
  const t = benefitTerms(f.region, id, f.insurance, f.deliveryDay, f.fullyFunded);
  return { id, eligible: t.eligible, reason: t.reason + (t.next?.[f.stage] ?? ''), citation: t.citation, draft };
}

/** POST /eligibility. */
export function eligibility(req: EligibilityRequest, _today: IsoDate): Result<EligibilityAnswer> {
  if (!isRecord(req)) return fail(invalid('', '请求内容应为一个对象'));
  const issues = new Issues();
  const code = regionField(issues, req.region);
  const insurance = insuranceField(issues, req.insurance);
  const stage = STAGES.find((s) => s === req.stage) ?? null;
  if (stage === null) issues.add('stage', '阶段应为备孕（planning）、怀孕中（pregnant）或已分娩（postpartum）之一');
  const deliveryDay = dateField(issues, req.deliveryDate, 'deliveryDate', '预产期或分娩日期', false);
  const fullyFunded = fullyFundedField(issues, req.employer);
  if (issues.any || code === null || insurance === null || stage === null) return fail(issues.error());
  const region = resolveRegion(code);
  if (!region) return fail(regionUnsupported());
  const facts: Facts = { region, insurance, stage, deliveryDay, fullyFunded };
  return ok({ benefits: BENEFIT_IDS.map((id) => benefit(id, facts)) });
}
