// The newborn enrollment, once for the server and the mocks: validate → region → terms →
// fingerprint → store or replay, over any Storage (SQLite, PostgreSQL, the mocks' memory). The
// ID number is sealed and the fingerprint keyed here, above the storage, so that every storage
// keeps opaque strings and behaves alike.
import {
  enrollmentFingerprint,
  enrollmentRecord,
  maskedRecord,
  type EnrollmentAnswer,
  type NewbornEnrollmentRequest,
} from '../../src/api/contract';
import { maskResidentId, newbornTerms, resolveRegion, todayInShanghai, validateNewbornEnrollment } from '../../src/domain';
import { type Storage, type StoredEnrollment } from '../storage/types';
import { ApiProblem, unwrap } from './problem';

/** What the storage keeps of guardian.idNo and of "the same data". */
export interface IdSealer {
  /** The ID number as stored, bound to its record's id. */
  seal(idNo: string, recordId: string): string;
  /** The ID number back; throws when the key or the record does not match. */
  open(sealed: string, recordId: string): string;
  /** The stored fingerprint of an enrollment's canonical text (equal text, equal fingerprint). */
  fingerprint(canonical: string): string;
}

/** For a store that keeps nothing at rest (the mocks' memory): the number and the text as they are. */
export const UNSEALED: IdSealer = {
  seal: (idNo) => idNo,
  open: (idNo) => idNo,
  fingerprint: (canonical) => canonical,
};

export interface EnrollmentFlowOptions {
  storage: Storage;
  sealer: IdSealer;
  now: () => Date;
}

export type Enrolled = { status: 201 | 200; record: EnrollmentAnswer };

/** 16 random bytes, base64url: an enrollment id no one can guess. */
export function newRecordId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const withIdNo = (record: EnrollmentAnswer, idNo: string): EnrollmentAnswer => ({ ...record, guardian: { ...record.guardian, idNo } });

/**
 * A row of before sealing (raw ID number, the canonical text as fingerprint), sealed as the flow
 * stores it now: the same data still replays.
 */
export function sealUnsealed(sealer: IdSealer, e: StoredEnrollment): StoredEnrollment {
  return { ...e, fingerprint: sealer.fingerprint(e.fingerprint), record: withIdNo(e.record, sealer.seal(e.record.guardian.idNo, e.id)) };
}

export function enrollmentFlow({ storage, sealer, now }: EnrollmentFlowOptions) {
  /** The record with its raw ID number. */
  const opened = (e: StoredEnrollment) => withIdNo(e.record, sealer.open(e.record.guardian.idNo, e.id));
  const masked = (e: StoredEnrollment) => maskedRecord(opened(e), maskResidentId);

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
      const fingerprint = sealer.fingerprint(enrollmentFingerprint(input));
      const stored: StoredEnrollment = {
        id: record.id,
        owner,
        certificateNo: record.certificateNo,
        fingerprint,
        record: withIdNo(record, sealer.seal(record.guardian.idNo, record.id)),
        createdAt: record.createdAt,
      };
      const outcome = await storage.insertEnrollment(stored);
      if (outcome.created) return { status: 201, record: maskedRecord(record, maskResidentId) };
      // Opened first: a record this key cannot open is a failure, never mistaken for other data.
      const held = masked(outcome.stored);
      // She repeats the same data: the record as first stored, nothing recomputed. Other data
      // under a number she holds is a conflict; no one else's records take part.
      if (outcome.stored.fingerprint === fingerprint) return { status: 200, record: held };
      throw new ApiProblem('ENROLLMENT_EXISTS');
    },

    /** The owner's records, newest first, ID numbers masked. */
    async list(owner: string): Promise<EnrollmentAnswer[]> {
      return (await storage.listEnrollments(owner)).map(masked);
    },

    /** One of the owner's records; another user's id is indistinguishable from an unknown one. */
    async get(owner: string, id: string): Promise<EnrollmentAnswer> {
      const stored = await storage.getEnrollment(owner, id);
      if (!stored) throw new ApiProblem('NOT_FOUND');
      return masked(stored);
    },

    /** The owner's records with the raw ID number: the export, the one answer that carries it. */
    async exportOf(owner: string): Promise<EnrollmentAnswer[]> {
      return (await storage.listEnrollments(owner)).map(opened);
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
        const record = withIdNo({ ...e.record, id }, sealer.seal(sealer.open(e.record.guardian.idNo, e.id), id));
        const outcome = await storage.insertEnrollment({ ...e, id, owner: to, record });
        if (!outcome.created && outcome.stored.fingerprint !== e.fingerprint) kept = false;
      }
      if (kept && records.length > 0) await storage.deleteOwner(from);
      return records.length;
    },
  };
}

export type EnrollmentFlow = ReturnType<typeof enrollmentFlow>;
