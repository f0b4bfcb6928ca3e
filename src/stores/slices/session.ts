// Login with the policy API (token persisted until it expires) and her enrollments as last seen.
import type { EnrollmentAnswer } from '@/api/contract';
import type { SliceCreator } from './types';

export interface SessionSlice {
  token: string | null;
  /** ISO 8601 UTC. */
  expiresAt: string | null;
  /** A random id of this install: the `dev:<id>` login against a server without WeChat login. */
  deviceId: string | null;
  /** Set once a login succeeded: the server may hold her records (deletion must reach it). */
  hasServerAccount: boolean;
  /** Her enrollments as the server answered them (ID numbers masked). */
  enrollments: EnrollmentAnswer[];
  setSession: (token: string, expiresAt: string) => void;
  clearSession: () => void;
  ensureDeviceId: () => string;
  setEnrollments: (list: EnrollmentAnswer[]) => void;
  /** Add or replace (by id) one enrollment, newest first. */
  upsertEnrollment: (record: EnrollmentAnswer) => void;
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomId(length = 20): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += ID_CHARS[Math.floor(Math.random() * ID_CHARS.length)];
  return out;
}

export const createSessionSlice: SliceCreator<SessionSlice> = (set, get) => ({
  token: null,
  expiresAt: null,
  deviceId: null,
  hasServerAccount: false,
  enrollments: [],
  setSession: (token, expiresAt) => set({ token, expiresAt, hasServerAccount: true }),
  clearSession: () => set({ token: null, expiresAt: null }),
  ensureDeviceId: () => {
    const existing = get().deviceId;
    if (existing) return existing;
    const id = randomId();
    set({ deviceId: id });
    return id;
  },
  setEnrollments: (list) => set({ enrollments: list }),
  upsertEnrollment: (record) => set((s) => ({ enrollments: [record, ...s.enrollments.filter((e) => e.id !== record.id)] })),
});

/** The token when it is still valid for at least a minute at `at`. */
export function validToken(state: Pick<SessionSlice, 'token' | 'expiresAt'>, at: Date): string | null {
  if (!state.token || !state.expiresAt) return null;
  const exp = Date.parse(state.expiresAt);
  return Number.isFinite(exp) && exp - at.getTime() > 60_000 ? state.token : null;
}
