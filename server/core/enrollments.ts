// The newborn enrollment, once for the server and the mocks: validate → region → terms →
// fingerprint → store or replay, over any Storage (SQLite, PostgreSQL, the mocks' memory).
import {
  enrollmentFingerprint,
  enrollmentRecord,
  maskedRecord,
  type EnrollmentAnswer,
  type NewbornEnrollmentRequest,
} from '../../src/api/contract';
import { maskResidentId, newbornTerms, resolveRegion, todayInShanghai, validateNewbornEnrollment } from '../../src/domain';
import { type Storage } from '../storage/types';
import { ApiProblem, unwrap } from './problem';

export interface EnrollmentFlowOptions {
  storage: Storage;
  now: () => Date;
}

export type Enrolled = { status: 201 | 200; record: EnrollmentAnswer };

/** 16 random bytes, base64url: an enrollment id no one can guess. */
export function newRecordId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const masked = (record: EnrollmentAnswer) => maskedRecord(record, maskResidentId);

export function enrollmentFlow({ storage, now }: EnrollmentFlowOptions) {
  return {
    /** 201 with the new record; 200 with the record as first stored when she sends the same data again; else 409. */
    async enroll(owner: string, body: NewbornEnrollmentRequest): Promise<Enrolled> {
      const at = now();
      const today = todayInShanghai(at);
      const input = unwrap(validateNewbornEnrollment(body, today));
      // 404 REGION_UNSUPPORTED after every 400 and before 409 (api.md, Validation details).
      if (resolveRegion(input.region) === null) throw new ApiProblem('REGION_UNSUPPORTED');
      const terms = newbornTerms(
        { birthDate: input.birthDate, region: input.region, guardianInsuredInRegion: input.guardian.insuredInRegion ?? false },
        today,
      );
      const record = enrollmentRecord(newRecordId(), input, terms, at.toISOString());
      const fingerprint = enrollmentFingerprint(input);
      const outcome = await storage.insertEnrollment({
        id: record.id,
        owner,
        certificateNo: record.certificateNo,
        fingerprint,
        record,
        createdAt: record.createdAt,
      });
      if (outcome.created) return { status: 201, record: masked(record) };
      // She repeats the same data: the record as first stored, nothing recomputed. Other data
      // under a number she holds is a conflict; no one else's records take part.
      if (outcome.stored.fingerprint === fingerprint) {
        return { status: 200, record: masked(outcome.stored.record) };
      }
      throw new ApiProblem('ENROLLMENT_EXISTS');
    },

    /** The owner's records, newest first, ID numbers masked. */
    async list(owner: string): Promise<EnrollmentAnswer[]> {
      return (await storage.listEnrollments(owner)).map((s) => masked(s.record));
    },

    /** One of the owner's records; another user's id is indistinguishable from an unknown one. */
    async get(owner: string, id: string): Promise<EnrollmentAnswer> {
      const stored = await storage.getEnrollment(owner, id);
      if (!stored) throw new ApiProblem('NOT_FOUND');
      return masked(stored.record);
    },

    /** The owner's records with the raw ID number: the export, the one answer that carries it. */
    async exportOf(owner: string): Promise<EnrollmentAnswer[]> {
      return (await storage.listEnrollments(owner)).map((s) => s.record);
    },

    async erase(owner: string): Promise<void> {
      await storage.deleteOwner(owner);
    },

    /**
     * Moves every record of `from` to `to` (new ids, nothing else recomputed), then empties `from`.
     * A crash in between leaves copies in both, and the next move completes it; a number `to`
     * already holds with other data keeps `from` as it is, so nothing is lost.
     */
    async adopt(from: string, to: string): Promise<number> {
      if (from === to) return 0;
      const records = await storage.listEnrollments(from);
      let kept = true;
      for (const e of records) {
        const id = newRecordId();
        const outcome = await storage.insertEnrollment({ ...e, id, owner: to, record: { ...e.record, id } });
        if (!outcome.created && outcome.stored.fingerprint !== e.fingerprint) kept = false;
      }
      if (kept && records.length > 0) await storage.deleteOwner(from);
      return records.length;
    },
  };
}

export type EnrollmentFlow = ReturnType<typeof enrollmentFlow>;
