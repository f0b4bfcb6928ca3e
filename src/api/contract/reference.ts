// Reference data: /health, /regions, /regions/{code}/policy, /checks, /service-packages.
import { Type, type Static } from '@sinclair/typebox';
import { Citation, DeliveryRule, Fen, Insurance, IsoDate, Nullable, Obj, QUERY_INTEGER_PATTERN, RegionCode, Text } from './common';

export const HealthAnswer = Obj({
  status: Type.Literal('ok'),
  version: Type.String(),
  policyVersion: Type.String(),
  login: Type.Union([Type.Literal('wechat'), Type.Literal('dev'), Type.Literal('device')], {
    description: 'wechat：微信登录；dev：接受 dev:<name>（仅开发）；device：仅设备登录 device:<secret>',
  }),
  /** The store this instance keeps enrollments in, and whether it answered just now. */
  store: Obj({ kind: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]), ok: Type.Boolean() }),
});
export type HealthAnswer = Static<typeof HealthAnswer>;

export const RegionSummary = Obj({
  code: RegionCode,
  name: Type.String(),
  province: Type.String(),
  docs: Type.Array(Type.String()),
  draft: Type.Boolean(),
});
export type RegionSummary = Static<typeof RegionSummary>;

export const RegionsAnswer = Obj({ regions: Type.Array(RegionSummary) });
export type RegionsAnswer = Static<typeof RegionsAnswer>;

export const RegionParams = Obj({ code: RegionCode });
export type RegionParams = Static<typeof RegionParams>;

export const RegionPolicyAnswer = Obj({
  requested: RegionCode,
  code: RegionCode,
  name: Type.String(),
  province: Type.String(),
  draft: Type.Boolean(),
  docs: Type.Array(Type.String()),
  prenatalQuota: Type.Array(Obj({ insurance: Insurance, cap: Fen, citation: Citation })),
  delivery: Type.Array(
    Obj({ insurance: Insurance, rule: DeliveryRule, from: Nullable(IsoDate), to: Nullable(IsoDate), citation: Citation }),
  ),
});
export type RegionPolicyAnswer = Static<typeof RegionPolicyAnswer>;

const Item = Obj({ id: Type.String(), name: Type.String() });

export const ChecksAnswer = Obj({
  checks: Type.Array(
    Obj({
      no: Type.Integer({ minimum: 1, maximum: 12 }),
      name: Type.String(),
      weeks: Obj({ from: Type.Integer(), to: Type.Integer() }),
      items: Type.Array(Item),
    }),
  ),
  optional: Type.Array(Item),
});
export type ChecksAnswer = Static<typeof ChecksAnswer>;

export const ServicePackageId = Type.Union([
  Type.Literal('pre-pregnancy'),
  Type.Literal('early-pregnancy'),
  Type.Literal('pregnancy-delivery'),
  Type.Literal('postpartum'),
  Type.Literal('newborn'),
  Type.Literal('growth'),
]);
export type ServicePackageId = Static<typeof ServicePackageId>;

const QueryInteger = Type.String({ pattern: QUERY_INTEGER_PATTERN, description: '十进制整数' });

// Query parameters an endpoint does not read are ignored (api.md), so no additionalProperties:false here.
export const ServicePackagesQuery = Type.Object({
  stage: Type.Optional(
    Type.Union([Type.Literal('planning'), Type.Literal('pregnant'), Type.Literal('postpartum'), Type.Literal('ended')]),
  ),
  weeks: Type.Optional(QueryInteger),
  childAgeDays: Type.Optional(QueryInteger),
  daysSince: Type.Optional(QueryInteger),
});
export type ServicePackagesQuery = Static<typeof ServicePackagesQuery>;

export const ServicePackagesAnswer = Obj({
  packages: Type.Array(
    Obj({
      id: ServicePackageId,
      name: Type.String(),
      services: Type.Array(Obj({ name: Text(), tier: Type.Union([Type.Literal('basic'), Type.Literal('upgrade')]) })),
    }),
  ),
  current: Type.Array(ServicePackageId),
});
export type ServicePackagesAnswer = Static<typeof ServicePackagesAnswer>;
