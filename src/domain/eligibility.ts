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
import { boolField, dateField, fail, insuranceField, invalid, isRecord, Issues, objectField, ok, regionField, regionUnsupported } from './validate';

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

function termsOf(id: Exclude<BenefitId, 'prenatal-quota'>, f: Facts): BenefitTerms {
  const rule = f.region.benefits[id][f.insurance];
  if (rule.window && !Number.isNaN(f.deliveryDay)) {
    const { from, to, outside } = rule.window;
    if ((from !== null && f.deliveryDay < dayNumber(from)) || (to !== null && f.deliveryDay > dayNumber(to))) return outside;
  }
  if (rule.whenFullyFunded && f.fullyFunded) return rule.whenFullyFunded;
  return rule;
}

function benefit(id: BenefitId, f: Facts): Benefit {
  const draft = isDraftRegion(f.region);
  if (id === 'prenatal-quota') {
    const q = f.region.prenatalQuota[f.insurance];
    return { id, eligible: q.cap > 0, reason: q.summary + q.next[f.stage], citation: q.citation, draft };
  }
  const t = termsOf(id, f);
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
  const employer = objectField(issues, req.employer, 'employer', '单位信息', false);
  // No employer means not a fully funded unit (rules.md §5).
  const fullyFunded = employer ? boolField(issues, employer.fullyFunded, 'employer.fullyFunded', '单位是否为财政全额拨款单位', null) : false;
  if (issues.any || code === null || insurance === null || stage === null) return fail(issues.error());
  const region = resolveRegion(code);
  if (!region) return fail(regionUnsupported());
  const facts: Facts = { region, insurance, stage, deliveryDay, fullyFunded };
  return ok({ benefits: BENEFIT_IDS.map((id) => benefit(id, facts)) });
}
