// Stored values of every store version, as a device would hold them (the JSON string written by
// zustand's persist through Taro's setStorageSync).
export const CONSENT_AT = '2026-02-20T01:00:00.000Z';

export const V1_STATE = {
  profile: { region: '430400', insurance: 'resident', stage: 'pregnant', lmp: '2026-01-05', cycleDays: 30, consentAt: CONSENT_AT },
  largeText: true,
};

export const V2_STATE = {
  profile: {
    region: '220200',
    insurance: 'employee',
    stage: 'pregnant',
    dating: { method: 'edd', date: '2026-10-12' },
    consent: { healthDataOnDevice: true, at: CONSENT_AT },
  },
  checksDone: { '1': { date: '2026-02-20', amountYuan: 123.45, inList: true, publicHealth: false } },
  settings: { largeText: false },
  token: null,
  expiresAt: null,
};

export const V3_STATE = {
  profile: {
    region: '330300',
    insurance: 'employee',
    stage: 'pregnant',
    dating: { method: 'lmp', date: '2026-01-05', cycleDays: 28 },
    consent: { healthDataOnDevice: true, at: CONSENT_AT },
  },
  checksDone: { '1': { date: '2026-02-20', amount: 35000, inList: true, publicHealth: false } },
  estimateDraft: { inScope: '4200' },
  eligibilityDraft: null,
  newbornDraft: null,
  token: null,
  expiresAt: null,
  deviceId: 'abc',
  hasServerAccount: false,
  enrollments: [],
  largeText: false,
};

/** v4 (current): the device login's secret; a dev name of before waits as legacyDevName. */
export const V4_STATE = {
  ...Object.fromEntries(Object.entries(V3_STATE).filter(([key]) => key !== 'deviceId')),
  deviceSecret: 'q2hKkAUoZ7n1iK2d3mWc0XbE8sQyTfLpVr4uGjNzA1w',
  legacyDevName: null,
};

export const stored = (state: unknown, version: number): string => JSON.stringify({ state, version });

/** The first `fraction` of a stored string: what a write cut short leaves. */
export const truncated = (text: string, fraction = 0.6): string => text.slice(0, Math.floor(text.length * fraction));

/** Per version: a well-formed envelope whose content does not read as that version. */
export const BROKEN: Record<number, unknown> = {
  1: { profile: { ...V1_STATE.profile, stage: 'somewhere' }, largeText: true },
  2: { ...V2_STATE, checksDone: { '1': { date: '2026-02-30', amountYuan: 10, inList: true, publicHealth: false } } },
  3: { ...V3_STATE, profile: { ...V3_STATE.profile, region: '110000' } },
  4: { ...V4_STATE, deviceSecret: 'not a secret of 32 bytes' },
};
