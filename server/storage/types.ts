// What the API keeps: newborn enrollments, by owner. SQLite (sqlite.ts, the default) and
// PostgreSQL (postgres.ts, several instances on one database) implement this interface.
import { type EnrollmentAnswer } from '../../src/api/contract';

export interface StoredEnrollment {
  id: string;
  owner: string;
  certificateNo: string;
  /** The enrollment flow's keyed digest of the normalised request, opaque here: equal means an idempotent repeat. */
  fingerprint: string;
  /** The enrollment answer as first stored, guardian.idNo sealed by the enrollment flow (opaque here). */
  record: EnrollmentAnswer;
  createdAt: string;
}

export type InsertOutcome = { created: true; stored: StoredEnrollment } | { created: false; stored: StoredEnrollment };

export type StoreKind = 'sqlite' | 'postgres';

export interface Storage {
  readonly kind: StoreKind;
  /**
   * Atomically stores the enrollment unless its owner already has that certificate number; then
   * returns the owner's holder. Another owner's record of the same number is no conflict.
   */
  insertEnrollment(e: StoredEnrollment): Promise<InsertOutcome>;
  getEnrollment(owner: string, id: string): Promise<StoredEnrollment | null>;
  /** Newest first. */
  listEnrollments(owner: string): Promise<StoredEnrollment[]>;
  /** Deletes every record of `owner`; answers how many. */
  deleteOwner(owner: string): Promise<number>;
  /** Resolves once the store has answered a trivial query; rejects when it cannot. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The store cannot answer now (database down or restarting, connection lost, no free connection
 * in time) but may shortly: the request is answered 503 with Retry-After, never 500.
 */
export class StoreUnavailable extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(options?: { cause?: unknown }) {
    super('the store is unavailable', options);
    this.name = 'StoreUnavailable';
  }
}
