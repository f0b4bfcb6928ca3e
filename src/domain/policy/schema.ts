// The shape of a region's policy: data only (amounts in fen, dates, citations, sentences). The
// functions of the engine interpret it; adding a region is adding one of these (see README.md).
import { type AllowancePayee, type BenefitId, type Citation, type Fen, type Insurance, type IsoDate, type RegionCode, type Stage } from '../types';

/** A sentence per stage: what to do next (eligibility reasons). */
export type StageText = Readonly<Record<Stage, string>>;

/** The prenatal quota of one insurance kind (rules.md §3). */
export interface QuotaRule {
  /** Cap in fen; 0 means no quota known from these documents. */
  cap: Fen;
  /** `pregnancy`: any date up to deliveredOn; `registration`: registeredOn ≤ date ≤ deliveredOn (registeredOn required). */
  cycle: 'pregnancy' | 'registration' | null;
  citation: Citation;
  /** Where costs outside the quota go (answered when a claim overflows, or there is no quota). */
  hint: string;
  /** Sentences every answer carries (draft status, a cap that is a floor or a local figure). */
  notices: readonly string[];
  /** The eligibility reason: what the quota is, or why there is none. */
  summary: string;
  next: StageText;
  /** No quota is known from these documents (Hunan employees): the app says 限额未知, never 没有定额. */
  unknown?: boolean;
  /** With `cycle: 'registration'`: why the app asks for her 生育保险备案 date (one clause, no full stop). */
  registrationReason?: string;
}

/** Citations of the estimate lines a rule prices (rules.md §4, line citations). */
export interface LineCitations {
  inScope: Citation;
  /** outOfScope and specialNeeds (always self-paid). */
  excluded: Citation;
  complications: Citation;
}

/** A delivery rule that pays in-scope costs in full (rules.md §4), with the conditions it needs. */
export interface FullDeliveryRule {
  rule: 'HY_ZERO_COPAY' | 'WZ_FULL_GUARANTEE' | 'JL_MATERNITY_FULL';
  insurances: readonly Insurance[];
  /** deliveryDate window, both inclusive; null: open. */
  from: IsoDate | null;
  to: IsoDate | null;
  hospital: {
    obstetrics: boolean;
    inRegion: boolean;
    /** In Hengyang's zero-copay scheme on deliveryDate (joins and leaves count from the 1st of the month after). */
    zeroCopayScheme: boolean;
  };
  /** With `zeroCopayScheme`: the scheme as the app asks whether her hospital is in it (衡阳「…」). */
  schemeName?: string;
  /** How complications are priced under this rule. */
  complications: 'fund' | 'ordinary';
  citations: LineCitations;
  /** Notices when the rule applies. */
  notices: readonly string[];
  /** Notice when the rule applies and complications are priced the ordinary way. */
  complicationsNotice: string | null;
  /** Why the rule did not apply, one sentence per failed condition (insurance kinds it does not cover, per kind). */
  missed: {
    window?: string;
    hospital?: string;
    scheme?: string;
    insurance?: Partial<Record<Insurance, string>>;
  };
}

export interface DeliveryPolicy {
  /** Tried in order after NOT_INSURED and NON_DESIGNATED; the first whose conditions hold is the rule. */
  rules: readonly FullDeliveryRule[];
  /** Citations of ORDINARY_INPATIENT lines per insurance kind. */
  ordinary: Readonly<Record<Insurance, LineCitations>>;
  /** Extra notices under ORDINARY_INPATIENT per insurance kind. */
  ordinaryNotices: Partial<Record<Insurance, readonly string[]>>;
  /** How to fill her own deductible and ratio under ORDINARY_INPATIENT, where the region says more than the default sentence. */
  ordinaryHelp: Partial<Record<Insurance, string>>;
}

/** One benefit for one insurance kind (rules.md §5). */
export interface BenefitTerms {
  eligible: boolean;
  citation: Citation;
  reason: string;
  next?: Partial<StageText>;
  /** Another region's programme (Hengyang's zero copay, Hunan's packages): the app says 不适用于您的地区, not 不能享受. */
  elsewhere?: true;
}

/** A benefit that also depends on the request: deliveryDate within a window, a fully funded employer. */
export interface BenefitRule extends BenefitTerms {
  window?: { from: IsoDate | null; to: IsoDate | null; outside: BenefitTerms };
  whenFullyFunded?: BenefitTerms;
}

/** Every benefit but prenatal-quota (which reads the quota rules). */
export type BenefitTable = Readonly<Record<Exclude<BenefitId, 'prenatal-quota'>, Readonly<Record<Insurance, BenefitRule>>>>;

export interface NewbornPolicy {
  /** The main citation of an enrollment's terms. */
  citation: string;
  citations: readonly string[];
  /** Where to finish the enrollment (online services, the counter). */
  where: readonly string[];
  /** Birth-year premium waiver (rules.md §7): births in these years, a guardian insured in the region. */
  premiumWaiver: {
    years: readonly number[];
    citation: string;
    /** Where the guardian must be insured, as the app names it (湖南). */
    place: string;
  } | null;
}

/** The banner of a region whose answers rest on a draft: its title and text, and a line per topic. */
export interface DraftBanner {
  title: string;
  text: string;
  about: Partial<Record<'prenatalQuota' | 'delivery', string>>;
}

/** A sentence on what her province's fund pays that the app says where it applies (rules.md §1). */
export interface FundScopeNote {
  text: string;
  citation: Citation;
}

/** What the twelve checks' items (the Wenzhou draft's list) are for her, and what her province adds. */
export interface ChecksPolicy {
  /** The items are her region's reimbursable scope (Wenzhou); elsewhere they are folded away as another city's reference. */
  itemsAreLocalScope: boolean;
  /** Notes on single checks (by number): Hunan's 胎儿四维彩超 on check 3. */
  fundNotes: Readonly<Record<number, FundScopeNote>>;
  /** The note in the delivery estimate's hints for an insured member (Hunan: 无痛分娩, 宫颈环扎术). */
  deliveryFundNote: FundScopeNote | null;
}

/** The province's extra maternity leave for a birth (rules.md §8), or why it is not known. */
export type ExtendedLeaveRule =
  | {
      known: true;
      /** Days for the first, second, … child; the last entry holds for every later child. */
      daysByChildOrder: readonly number[];
      citation: string;
    }
  | { known: false; notice: string };

/** The maternity allowance as the region pays it (rules.md §8); eligibility is `benefits['maternity-allowance']`. */
export interface MaternityPolicy {
  extendedLeave: ExtendedLeaveRule;
  payee: AllowancePayee;
  /** Who applies and how, in words fit for a birth and for a loss alike. */
  application: string;
  /** Sentences every answer for an eligible member carries. */
  notices: readonly string[];
}

/** The postpartum visit and 42-day check (rules.md §10): the region's own service, if any. */
export interface PostpartumCheckPolicy {
  /** One sentence on the region's service (Hunan: 湘悦产康包) after a birth and after a loss, or null where national practice alone applies. */
  service: { birth: string; loss: string } | null;
  citation: Citation;
}

export interface RegionPolicy {
  code: RegionCode;
  /** The entry's official name (GET /regions): 湖南省 for 430000. */
  name: string;
  /** What the app calls it where she chooses her region (湖南省其他地区), and one line on what it covers. */
  label: string;
  hint: string;
  province: string;
  /** `draft` where the main rules come from a draft for comment (Wenzhou): every answer says `draft: true`. */
  status: 'in-force' | 'draft';
  /** The sentence every answer of a draft region carries. */
  draftNotice: string | null;
  /** With `status: 'draft'`: the banner the app shows over answers for this region. */
  draftBanner: DraftBanner | null;
  docs: readonly string[];
  prenatalQuota: Readonly<Record<Insurance, QuotaRule>>;
  delivery: DeliveryPolicy;
  benefits: BenefitTable;
  newborn: NewbornPolicy;
  /** Hunan's six service packages apply (a current package is shown). */
  servicePackages: boolean;
  checks: ChecksPolicy;
  maternity: MaternityPolicy;
  postpartumCheck: PostpartumCheckPolicy;
}
