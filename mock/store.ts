// The mocks' in-memory store: the enrollments behind the same Storage interface as SQLite and
// PostgreSQL (the shared enrollment flow runs over it), and the mock tokens of logged-in users.
import { type Principal } from '../server/auth/login';
import { type Tokens } from '../server/core/auth';
import { type InsertOutcome, type Storage, type StoredEnrollment } from '../server/storage/types';

export const MOCK_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function randomHex(bytes: number): string {
  const a = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class MockStore implements Storage {
  /** As a default server answers /health: the embedded SQLite store. */
  readonly kind = 'sqlite';
  private issued = new Map<string, { principal: Principal; expiresAt: number }>();
  private enrollments = new Map<string, StoredEnrollment & { seq: number }>(); // by owner and certificate number
  private seq = 0;

  /** The mock tokens: random strings this store remembers, valid for 7 days. */
  readonly tokens: Tokens = {
    issue: (principal, now) => {
      const token = `mock.${randomHex(24)}`;
      const expiresAt = new Date(now.getTime() + MOCK_TOKEN_TTL_MS);
      this.issued.set(token, { principal, expiresAt: expiresAt.getTime() });
      return { token, expiresAt };
    },
    read: (token, now, options) => {
      const entry = this.issued.get(token);
      return entry && (options?.evidence || now.getTime() < entry.expiresAt) ? entry.principal : null;
    },
  };

  async insertEnrollment(e: StoredEnrollment): Promise<InsertOutcome> {
    const key = JSON.stringify([e.owner, e.certificateNo]);
    const held = this.enrollments.get(key);
    if (held) return { created: false, stored: held };
    this.enrollments.set(key, { ...e, seq: ++this.seq });
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
    for (const [key, e] of this.enrollments) {
      if (e.owner !== owner) continue;
      this.enrollments.delete(key);
      deleted += 1;
    }
    return deleted;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  reset(): void {
    this.issued.clear();
    this.enrollments.clear();
    this.seq = 0;
  }
}
