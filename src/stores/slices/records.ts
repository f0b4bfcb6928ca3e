// Her prenatal checks marked done, with what she paid (the claims of the quota ledger), and the
// after-birth tasks she ticked done.
import { AFTER_BIRTH_TASK_IDS, type AfterBirthTaskId, type Fen, type IsoDate, type QuotaClaim } from '@/domain';
import type { SliceCreator } from './types';

export interface CheckRecord {
  date: IsoDate;
  /** What she paid, integer fen. */
  amount: Fen;
  /** The items were in the region's prenatal list. */
  inList: boolean;
  /** Paid by public health funds (基本公共卫生服务). */
  publicHealth: boolean;
}

export interface RecordsSlice {
  /** Keyed by check number 1–12 (JSON keys: strings). */
  checksDone: Record<string, CheckRecord>;
  markCheckDone: (no: number, record: CheckRecord) => void;
  unmarkCheck: (no: number) => void;
  /** The after-birth tasks ticked done (rules.md §10), for the birth or loss on record; in list order. */
  afterBirthDone: AfterBirthTaskId[];
  setAfterBirthTaskDone: (id: AfterBirthTaskId, done: boolean) => void;
}

export const createRecordsSlice: SliceCreator<RecordsSlice> = (set) => ({
  checksDone: {},
  markCheckDone: (no, record) => set((s) => ({ checksDone: { ...s.checksDone, [String(no)]: { ...record } } })),
  unmarkCheck: (no) =>
    set((s) => {
      const next = { ...s.checksDone };
      delete next[String(no)];
      return { checksDone: next };
    }),
  afterBirthDone: [],
  setAfterBirthTaskDone: (id, done) =>
    set((s) => ({ afterBirthDone: AFTER_BIRTH_TASK_IDS.filter((t) => (t === id ? done : s.afterBirthDone.includes(t))) })),
});

/** The claim id of check `no` in /prenatal-quota requests. */
export const claimIdOfCheck = (no: number): string => `check-${no}`;

/** Check numbers marked done, ascending (the timeline's `done`). */
export function doneCheckNumbers(state: Pick<RecordsSlice, 'checksDone'>): number[] {
  return Object.keys(state.checksDone)
    .map(Number)
    .filter((n) => Number.isInteger(n))
    .sort((a, b) => a - b);
}

/** The quota ledger's claims, one per check done, in check order. */
export function quotaClaims(state: Pick<RecordsSlice, 'checksDone'>): QuotaClaim[] {
  return doneCheckNumbers(state).map((no) => {
    const r = state.checksDone[String(no)]!;
    return { id: claimIdOfCheck(no), date: r.date, amount: r.amount, inList: r.inList, publicHealth: r.publicHealth };
  });
}
