// Every region the engine knows, in the order of GET /regions. A new region is a new entry here.
import { HENGYANG, HUNAN } from './hunan';
import { JILIN, JILIN_CITY } from './jilin';
import { type RegionPolicy } from './schema';
import { WENZHOU } from './wenzhou';

export const REGION_POLICIES: readonly RegionPolicy[] = [HENGYANG, HUNAN, WENZHOU, JILIN_CITY, JILIN];

export type {
  BenefitRule,
  BenefitTable,
  BenefitTerms,
  ChecksPolicy,
  DeliveryPolicy,
  DraftBanner,
  ExtendedLeaveRule,
  FullDeliveryRule,
  FundScopeNote,
  LineCitations,
  MaternityPolicy,
  NewbornPolicy,
  PostpartumCheckPolicy,
  QuotaRule,
  RegionPolicy,
  StageText,
} from './schema';
