// Her prenatal checks marked done, with what she paid: the claims of the quota ledger.
import type { Fen, IsoDate, QuotaClaim } from '@/domain';
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
