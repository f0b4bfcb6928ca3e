// Accounts: /auth/login, /newborn-enrollments, /me.
import { Type, type Static } from '@sinclair/typebox';
import { CERTIFICATE_PATTERN, Citation, IsoDate, Obj, Opt, RESIDENT_ID_PATTERN, RegionCode, Text, Timestamp } from './common';

export const LoginRequest = Obj({ code: Text({ minLength: 1, description: '微信 wx.login 的 code；设备登录 device:<secret>（43 位 base64url，设备上生成的 32 字节随机数）；或开发登录 dev:<name>' }) });
export type LoginRequest = Static<typeof LoginRequest>;

export const LoginAnswer = Obj({ token: Type.String(), expiresAt: Timestamp });
export type LoginAnswer = Static<typeof LoginAnswer>;

const Sex = Type.Union([Type.Literal('M'), Type.Literal('F')]);
const Relation = Type.Union([Type.Literal('mother'), Type.Literal('father'), Type.Literal('guardian')]);
// Han script and the middle dot, 1–20 code points: checked by the engine (validateHanName).
const HanName = Text({ minLength: 1, description: '汉字姓名，1–20 个字，可含间隔号 ·' });

export const NewbornEnrollmentRequest = Obj({
  certificateNo: Type.String({ pattern: CERTIFICATE_PATTERN, description: '出生医学证明编号' }),
  babyName: HanName,
  sex: Sex,
  birthDate: IsoDate,
  region: RegionCode,
  guardian: Obj({
    name: HanName,
    idNo: Type.String({ pattern: RESIDENT_ID_PATTERN, description: '18 位居民身份证号码（GB 11643）' }),
    relation: Relation,
    insuredInRegion: Opt(Type.Boolean()),
  }),
});
export type NewbornEnrollmentRequest = Static<typeof NewbornEnrollmentRequest>;

export const EnrollmentAnswer = Obj({
  id: Type.String(),
  status: Type.Literal('submitted'),
  certificateNo: Type.String(),
  babyName: Type.String(),
  sex: Sex,
  birthDate: IsoDate,
  region: RegionCode,
  coverageStart: IsoDate,
  birthYearPremiumWaived: Type.Boolean(),
  guardian: Obj({
    name: Type.String(),
    idNo: Type.String({ description: '掩码：保留前 6 位与后 4 位（/me/export 中为原文）' }),
    relation: Relation,
    insuredInRegion: Type.Boolean(),
  }),
  createdAt: Timestamp,
  citation: Citation,
});
export type EnrollmentAnswer = Static<typeof EnrollmentAnswer>;

export const EnrollmentParams = Obj({ id: Type.String({ minLength: 1, maxLength: 200 }) });
export type EnrollmentParams = Static<typeof EnrollmentParams>;

export const EnrollmentListAnswer = Obj({ enrollments: Type.Array(EnrollmentAnswer) });
export type EnrollmentListAnswer = Static<typeof EnrollmentListAnswer>;

export const ExportAnswer = Obj({ user: Type.String(), exportedAt: Timestamp, enrollments: Type.Array(EnrollmentAnswer) });
export type ExportAnswer = Static<typeof ExportAnswer>;
