// The mocks' in-memory store: the enrollments behind the same Storage interface as SQLite and
// PostgreSQL (the shared enrollment flow runs over it), and the mock tokens of logged-in users.
import { type InsertOutcome, type Storage, type StoredEnrollment } from '../server/storage/types';

export const MOCK_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function randomHex(bytes: number): string {
  const a = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class MockStore implements Storage {
  private tokens = new Map<string, { user: string; expiresAt: number }>();
  private enrollments = new Map<string, StoredEnrollment & { seq: number }>(); // by certificate number
  private seq = 0;

  issueToken(user: string, now: Date): { token: string; expiresAt: Date } {
    const token = `mock.${randomHex(24)}`;
    const expiresAt = new Date(now.getTime() + MOCK_TOKEN_TTL_MS);
    this.tokens.set(token, { user, expiresAt: expiresAt.getTime() });
    return { token, expiresAt };
  }

  tokenIssuer(): { issue: (user: string, now: Date) => { token: string; expiresAt: Date } } {
    return { issue: (user, now) => this.issueToken(user, now) };
  }

  userOf(token: string, now: Date): string | null {
    const entry = this.tokens.get(token);
    return entry && now.getTime() < entry.expiresAt ? entry.user : null;
  }

  async insertEnrollment(e: StoredEnrollment): Promise<InsertOutcome> {
    const held = this.enrollments.get(e.certificateNo);
    if (held) return { created: false, stored: held };
    this.enrollments.set(e.certificateNo, { ...e, seq: ++this.seq });
    return { created: true, stored: e };
  }

  async getEnrollment(owner: string, id: string): Promise<StoredEnrollment | null> {
    for (const e of this.enrollments.values()) if (e.owner === owner && e.id === id) return e;
    return null;
  }

  async listEnrollments(owner: string): Promise<StoredEnrollment[]> {
    return [...this.enrollments.values()]
      .filter((e) => e.owner === owner)
      .sort((a, b) => (a.createdAt === b.createdAt ? b.seq - a.seq : a.createdAt < b.createdAt ? 1 : -1));
  }

  async deleteOwner(owner: string): Promise<number> {
    let deleted = 0;
    for (const [no, e] of this.enrollments) {
      if (e.owner !== owner) continue;
      this.enrollments.delete(no);
      deleted += 1;
    }
    return deleted;
  }

  async close(): Promise<void> {}

  reset(): void {
    this.tokens.clear();
    this.enrollments.clear();
    this.seq = 0;
  }
}
