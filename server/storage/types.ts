// What the API keeps: newborn enrollments, by owner. A second database implements this interface.
import { type EnrollmentAnswer } from '../../src/api/contract';

export interface StoredEnrollment {
  id: string;
  owner: string;
  certificateNo: string;
  /** Canonical JSON of the normalised request: equal means an idempotent repeat. */
  fingerprint: string;
  /** The enrollment answer as first stored, with the raw ID number. */
  record: EnrollmentAnswer;
  createdAt: string;
}

export type InsertOutcome = { created: true; stored: StoredEnrollment } | { created: false; stored: StoredEnrollment };

export interface Storage {
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
  close(): Promise<void>;
}
