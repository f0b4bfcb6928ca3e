// Computations (no login): /pregnancy/timeline, /prenatal-quota, /delivery-estimate, /eligibility.
import { Type, type Static } from '@sinclair/typebox';
import { Citation, DeliveryRule, Fen, FenTotal, Insurance, IsoDate, Nullable, Obj, Opt, RegionCode } from './common';

// One object per dating method: fields of another variant are rejected (api.md, Validation details).
export const DatingInput = Type.Union([
  Obj({ method: Type.Literal('lmp'), date: IsoDate, cycleDays: Opt(Type.Integer({ minimum: 21, maximum: 45 })) }),
  Obj({ method: Type.Literal('edd'), date: IsoDate }),
  Obj({ method: Type.Literal('ivf'), date: IsoDate, embryoDay: Type.Union([Type.Literal(3), Type.Literal(5), Type.Literal(6)]) }),
]);
export type DatingInput = Static<typeof DatingInput>;

export const TimelineRequest = Obj({
  dating: DatingInput,
  today: Opt(IsoDate),
  done: Opt(Type.Array(Type.Integer({ minimum: 1, maximum: 12 }), { uniqueItems: true, maxItems: 12 })),
});
export type TimelineRequest = Static<typeof TimelineRequest>;

export const CheckStatus = Type.Union([Type.Literal('done'), Type.Literal('due'), Type.Literal('upcoming'), Type.Literal('overdue')]);

export const TimelineAnswer = Obj({
  lmp: IsoDate,
  edd: IsoDate,
  gestation: Obj({ days: Type.Integer(), weeks: Type.Integer(), dayOfWeek: Type.Integer(), label: Type.String() }),
  trimester: Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3)]),
  band: Type.Union([Type.Literal('early'), Type.Literal('preterm'), Type.Literal('term'), Type.Literal('post-term')]),
  checks: Type.Array(Obj({ no: Type.Integer(), start: IsoDate, end: IsoDate, status: CheckStatus })),
  nextCheckNo: Nullable(Type.Integer()),
});
export type TimelineAnswer = Static<typeof TimelineAnswer>;

export const QuotaClaim = Obj({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  date: IsoDate,
  amount: Fen,
  inList: Opt(Type.Boolean()),
  publicHealth: Opt(Type.Boolean()),
});
export type QuotaClaim = Static<typeof QuotaClaim>;

export const PrenatalQuotaRequest = Obj({
  region: RegionCode,
  insurance: Insurance,
  registeredOn: Opt(IsoDate),
  deliveredOn: Opt(IsoDate),
  claims: Type.Array(QuotaClaim, { maxItems: 200 }),
});
export type PrenatalQuotaRequest = Static<typeof PrenatalQuotaRequest>;

export const ClaimReason = Type.Union([
  Type.Literal('NOT_IN_LIST'),
  Type.Literal('PUBLIC_HEALTH'),
  Type.Literal('OUTSIDE_CYCLE'),
  Type.Literal('CAP_REACHED'),
  Type.Literal('NO_PRENATAL_QUOTA'),
]);

export const PrenatalQuotaAnswer = Obj({
  eligible: Type.Boolean(),
  cap: Fen,
  used: FenTotal,
  remaining: FenTotal,
  draft: Type.Boolean(),
  claims: Type.Array(Obj({ id: Type.String(), covered: Fen, overflow: Fen, reason: Nullable(ClaimReason) })),
  citation: Citation,
  hint: Type.Optional(Type.String()),
  notices: Type.Optional(Type.Array(Type.String())),
});
export type PrenatalQuotaAnswer = Static<typeof PrenatalQuotaAnswer>;

export const DeliveryEstimateRequest = Obj({
  region: RegionCode,
  insurance: Insurance,
  deliveryDate: IsoDate,
  hospital: Obj({
    designated: Type.Boolean(),
    obstetrics: Type.Boolean(),
    inRegion: Opt(Type.Boolean()),
    level: Opt(Type.Integer({ minimum: 1, maximum: 3 })),
    zeroCopay: Opt(Obj({ joinedOn: IsoDate, leftOn: Opt(IsoDate) })),
  }),
  costs: Obj({ inScope: Opt(Fen), outOfScope: Opt(Fen), specialNeeds: Opt(Fen), complications: Opt(Fen) }),
  ordinary: Opt(Obj({ deductible: Fen, ratioPct: Type.Integer({ minimum: 0, maximum: 100 }) })),
});
export type DeliveryEstimateRequest = Static<typeof DeliveryEstimateRequest>;

export const CostBucket = Type.Union([
  Type.Literal('inScope'),
  Type.Literal('outOfScope'),
  Type.Literal('specialNeeds'),
  Type.Literal('complications'),
]);

export const DeliveryEstimateAnswer = Obj({
  rule: DeliveryRule,
  total: FenTotal,
  fundPays: Nullable(FenTotal),
  selfPay: Nullable(FenTotal),
  lines: Type.Array(Obj({ bucket: CostBucket, amount: Fen, fund: Nullable(Fen), self: Nullable(Fen), citation: Citation })),
  needs: Type.Array(Type.Literal('ordinary')),
  draft: Type.Boolean(),
  notices: Type.Array(Type.String()),
});
export type DeliveryEstimateAnswer = Static<typeof DeliveryEstimateAnswer>;

export const Stage = Type.Union([Type.Literal('planning'), Type.Literal('pregnant'), Type.Literal('postpartum')]);

export const EligibilityRequest = Obj({
  region: RegionCode,
  insurance: Insurance,
  stage: Stage,
  deliveryDate: Opt(IsoDate),
  employer: Opt(Obj({ fullyFunded: Type.Boolean() })),
});
export type EligibilityRequest = Static<typeof EligibilityRequest>;

export const BenefitId = Type.Union([
  Type.Literal('prenatal-quota'),
  Type.Literal('delivery-zero-copay'),
  Type.Literal('delivery-full-coverage'),
  Type.Literal('maternity-allowance'),
  Type.Literal('art-coverage'),
  Type.Literal('family-planning'),
  Type.Literal('newborn-enrollment'),
  Type.Literal('service-packages'),
]);

export const EligibilityAnswer = Obj({
  benefits: Type.Array(
    Obj({ id: BenefitId, eligible: Type.Boolean(), reason: Type.String(), citation: Citation, draft: Type.Boolean() }),
  ),
});
export type EligibilityAnswer = Static<typeof EligibilityAnswer>;
