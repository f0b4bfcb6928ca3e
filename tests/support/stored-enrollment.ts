// A stored enrollment as a storage receives it, for the storage tests of both stores.
import { type StoredEnrollment } from '../../server/storage/types';

export const storedEnrollment = (id: string, owner: string, certificateNo: string, createdAt: string): StoredEnrollment => ({
  id,
  owner,
  certificateNo,
  fingerprint: `${certificateNo}|${owner}`,
  createdAt,
  record: {
    id,
    status: 'submitted',
    certificateNo,
    babyName: '张小满',
    sex: 'F',
    birthDate: '2026-03-15',
    region: '430400',
    coverageStart: '2026-03-15',
    birthYearPremiumWaived: true,
    guardian: { name: '李华', idNo: '430421199203150047', relation: 'mother', insuredInRegion: true },
    createdAt,
    citation: 'GOV-2024-38',
  },
});
