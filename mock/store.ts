// The mocks' in-memory accounts and enrollments, with the server's semantics: dev login tokens
// that expire after 7 days, owner isolation, idempotent replay, deletion.
import { type EnrollmentAnswer } from '../src/api/contract';

export const MOCK_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

interface StoredEnrollment {
  owner: string;
  fingerprint: string;
  record: EnrollmentAnswer;
  seq: number;
}

function randomId(bytes = 16): string {
  const a = new Uint8Array(bytes);
  // Opaque ids and mock tokens; any source of randomness will do for a mock.
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(a);
  else for (let i = 0; i < a.length; i++) a[i] = Math.floor(Math.random() * 256);
  return Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class MockStore {
  private tokens = new Map<string, { user: string; expiresAt: number }>();
  private enrollments = new Map<string, StoredEnrollment>(); // by certificate number
  private seq = 0;

  issueToken(user: string, now: Date): { token: string; expiresAt: Date } {
    const token = `mock.${randomId(24)}`;
    const expiresAt = new Date(now.getTime() + MOCK_TOKEN_TTL_MS);
    this.tokens.set(token, { user, expiresAt: expiresAt.getTime() });
    return { token, expiresAt };
  }

  userOf(token: string, now: Date): string | null {
    const entry = this.tokens.get(token);
    return entry && now.getTime() < entry.expiresAt ? entry.user : null;
  }

  newId(): string {
    return randomId();
  }

  /** Stores unless the certificate number is taken; then answers the holder. */
  insert(owner: string, fingerprint: string, record: EnrollmentAnswer): { created: boolean; owner: string; fingerprint: string; record: EnrollmentAnswer } {
    const held = this.enrollments.get(record.certificateNo);
    if (held) return { created: false, ...held };
    this.enrollments.set(record.certificateNo, { owner, fingerprint, record, seq: ++this.seq });
    return { created: true, owner, fingerprint, record };
  }

  list(owner: string): EnrollmentAnswer[] {
    return [...this.enrollments.values()]
      .filter((e) => e.owner === owner)
      .sort((a, b) => (a.record.createdAt === b.record.createdAt ? b.seq - a.seq : a.record.createdAt < b.record.createdAt ? 1 : -1))
      .map((e) => e.record);
  }

  get(owner: string, id: string): EnrollmentAnswer | null {
    for (const e of this.enrollments.values()) if (e.owner === owner && e.record.id === id) return e.record;
    return null;
  }

  deleteOwner(owner: string): void {
    for (const [no, e] of this.enrollments) if (e.owner === owner) this.enrollments.delete(no);
  }

  reset(): void {
    this.tokens.clear();
    this.enrollments.clear();
    this.seq = 0;
  }
}
