// After the birth (no login): /maternity-allowance and /childcare-subsidy (api.md, After the birth).
import { Type, type Static } from '@sinclair/typebox';
import { Citation, Fen, FenTotal, Insurance, IsoDate, MAX_FEN, Nullable, Obj, Opt, RegionCode } from './common';

// One object per kind: fields of the other kind are rejected (api.md, Validation details).
export const PregnancyEvent = Type.Union([
  Obj({
    kind: Type.Literal('birth'),
    date: IsoDate,
    babies: Opt(Type.Integer({ minimum: 1, maximum: 5, description: '胎数，默认 1' })),
    difficult: Opt(Type.Boolean({ description: '是否难产，默认 false' })),
    childOrder: Opt(Type.Integer({ minimum: 1, maximum: 10, description: '这是她的第几个孩子，默认 1' })),
  }),
  Obj({ kind: Type.Literal('loss'), date: IsoDate, weeks: Type.Integer({ minimum: 0, maximum: 44, description: '妊娠终止时满几周' }) }),
]);
export type PregnancyEvent = Static<typeof PregnancyEvent>;

export const MaternityAllowanceRequest = Obj({
  region: RegionCode,
  insurance: Insurance,
  employer: Opt(Obj({ fullyFunded: Type.Boolean() })),
  event: PregnancyEvent,
  employerAverageMonthlyWage: Opt(Type.Integer({ minimum: 0, maximum: MAX_FEN, description: '用人单位上年度职工月平均工资，整数分（可选）' })),
});
export type MaternityAllowanceRequest = Static<typeof MaternityAllowanceRequest>;

export const LeaveLineId = Type.Union([
  Type.Literal('base'),
  Type.Literal('difficult'),
  Type.Literal('multiple'),
  Type.Literal('loss-early'),
  Type.Literal('loss-late'),
]);

export const MaternityAllowanceAnswer = Obj({
  eligible: Type.Boolean(),
  reason: Type.String(),
  citation: Citation,
  draft: Type.Boolean(),
  leave: Obj({ days: Type.Integer({ minimum: 0 }), lines: Type.Array(Obj({ id: LeaveLineId, days: Type.Integer({ minimum: 0 }), citation: Citation })) }),
  dailyRate: Nullable(Fen),
  amount: Nullable(FenTotal),
  amountCitation: Citation,
  extended: Nullable(
    Obj({ days: Nullable(Type.Integer({ minimum: 0 })), citation: Citation, paidByFund: Type.Null(), amountIfPaid: Nullable(FenTotal) }),
  ),
  payee: Nullable(Type.Union([Type.Literal('employer'), Type.Literal('mother')])),
  needs: Type.Array(Type.Literal('wage')),
  notices: Type.Array(Type.String()),
});
export type MaternityAllowanceAnswer = Static<typeof MaternityAllowanceAnswer>;

export const ChildcareSubsidyRequest = Obj({
  birthDate: IsoDate,
  today: Opt(IsoDate),
});
export type ChildcareSubsidyRequest = Static<typeof ChildcareSubsidyRequest>;

const YearMonth = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$', description: '年月 YYYY-MM' });

export const ChildcareSubsidyAnswer = Obj({
  eligible: Type.Boolean(),
  expected: Type.Boolean(),
  perYear: Fen,
  months: Type.Integer({ minimum: 0 }),
  total: FenTotal,
  from: Nullable(YearMonth),
  to: Nullable(YearMonth),
  byYear: Type.Array(Obj({ year: Type.Integer(), months: Type.Integer({ minimum: 1, maximum: 12 }), amount: FenTotal })),
  citation: Citation,
  notices: Type.Array(Type.String()),
});
export type ChildcareSubsidyAnswer = Static<typeof ChildcareSubsidyAnswer>;
