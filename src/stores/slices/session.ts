// Login with the policy API (token persisted until it expires), this device's login secret, and
// her enrollments as last seen.
import type { EnrollmentAnswer } from '@/api/contract';
import { newDeviceSecret } from '../device-secret';
import type { SliceCreator } from './types';

export interface SessionSlice {
  token: string | null;
  /** ISO 8601 UTC. */
  expiresAt: string | null;
  /** This device's `device:<secret>` login: made here once, sent only to log in, never exported. */
  deviceSecret: string | null;
  /** The `dev:<name>` login of installs before device logins: its records move to the device account at the next login. */
  legacyDevName: string | null;
  /** Set once a login succeeded: the server may hold her records (deletion must reach it). */
  hasServerAccount: boolean;
  /** Her enrollments as the server answered them (ID numbers masked). */
  enrollments: EnrollmentAnswer[];
  setSession: (token: string, expiresAt: string) => void;
  clearSession: () => void;
  /** The device secret, made on first use (one for the app, however many logins ask at once). */
  ensureDeviceSecret: () => Promise<string>;
  forgetLegacyDevName: () => void;
  setEnrollments: (list: EnrollmentAnswer[]) => void;
  /** Add or replace (by id) one enrollment, newest first. */
  upsertEnrollment: (record: EnrollmentAnswer) => void;
}

let making: Promise<string> | null = null;

export const createSessionSlice: SliceCreator<SessionSlice> = (set, get) => ({
  token: null,
  expiresAt: null,
  deviceSecret: null,
  legacyDevName: null,
  hasServerAccount: false,
  enrollments: [],
  setSession: (token, expiresAt) => set({ token, expiresAt, hasServerAccount: true }),
  clearSession: () => set({ token: null, expiresAt: null }),
  ensureDeviceSecret: () => {
    const existing = get().deviceSecret;
    if (existing) return Promise.resolve(existing);
    making ??= newDeviceSecret().then(
      (secret) => {
        making = null;
        if (!get().deviceSecret) set({ deviceSecret: secret });
        return get().deviceSecret ?? secret;
      },
      (e: unknown) => {
        making = null;
        throw e;
      },
    );
    return making;
  },
  forgetLegacyDevName: () => set({ legacyDevName: null }),
  setEnrollments: (list) => set({ enrollments: list }),
  upsertEnrollment: (record) => set((s) => ({ enrollments: [record, ...s.enrollments.filter((e) => e.id !== record.id)] })),
});

/** The token when it is still valid for at least a minute at `at`. */
export function validToken(state: Pick<SessionSlice, 'token' | 'expiresAt'>, at: Date): string | null {
  if (!state.token || !state.expiresAt) return null;
  const exp = Date.parse(state.expiresAt);
  return Number.isFinite(exp) && exp - at.getTime() > 60_000 ? state.token : null;
}
