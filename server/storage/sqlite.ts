// SQLite storage (better-sqlite3): WAL with synchronous=FULL, so an answered commit survives a
// crash of the process or the machine; migrations recorded in schema_migrations.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type EnrollmentAnswer } from '../../src/api/contract';
import { type InsertOutcome, type Storage, type StoredEnrollment } from './types';

export interface SqliteOptions {
  /**
   * Rewrites a row stored before the ID numbers were sealed (migration 3), as the enrollment flow
   * stores it now; needed only when the file holds such rows.
   */
  sealUnsealed?: (e: StoredEnrollment) => StoredEnrollment;
}

interface Migration {
  version: number;
  name: string;
  sql?: string;
  run?: (db: Database.Database, options: SqliteOptions) => void;
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'enrollments',
    sql: `
      CREATE TABLE enrollments (
        seq            INTEGER PRIMARY KEY AUTOINCREMENT,
        id             TEXT NOT NULL UNIQUE,
        owner          TEXT NOT NULL,
        certificate_no TEXT NOT NULL UNIQUE,
        fingerprint    TEXT NOT NULL,
        record         TEXT NOT NULL,
        created_at     TEXT NOT NULL
      );
      CREATE INDEX enrollments_owner ON enrollments (owner, created_at DESC, seq DESC);
    `,
  },
  {
    // A certificate number is unique within one account (api.md): SQLite cannot drop a UNIQUE
    // constraint, so the table is rebuilt with the rows, ids and order it had.
    version: 2,
    name: 'certificate numbers unique per owner',
    sql: `
      CREATE TABLE enrollments_v2 (
        seq            INTEGER PRIMARY KEY AUTOINCREMENT,
        id             TEXT NOT NULL UNIQUE,
        owner          TEXT NOT NULL,
        certificate_no TEXT NOT NULL,
        fingerprint    TEXT NOT NULL,
        record         TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        UNIQUE (owner, certificate_no)
      );
      INSERT INTO enrollments_v2 (seq, id, owner, certificate_no, fingerprint, record, created_at)
        SELECT seq, id, owner, certificate_no, fingerprint, record, created_at FROM enrollments ORDER BY seq;
      DROP TABLE enrollments;
      ALTER TABLE enrollments_v2 RENAME TO enrollments;
      CREATE INDEX enrollments_owner ON enrollments (owner, created_at DESC, seq DESC);
    `,
  },
  {
    // Rows written before: the raw ID number in the record and again in the fingerprint.
    version: 3,
    name: 'ID numbers sealed, fingerprints keyed',
    run: (db, { sealUnsealed }) => {
      const rows = db.prepare('SELECT * FROM enrollments').all() as Row[];
      if (rows.length === 0) return;
      if (!sealUnsealed) throw new Error('this database holds enrollments stored before ID numbers were sealed: open it through the server, which holds the ID key');
      const update = db.prepare('UPDATE enrollments SET fingerprint = @fingerprint, record = @record WHERE id = @id');
      for (const row of rows) {
        const sealed = sealUnsealed(fromRow(row));
        update.run({ id: row.id, fingerprint: sealed.fingerprint, record: JSON.stringify(sealed.record) });
      }
    },
  },
];

interface Row {
  id: string;
  owner: string;
  certificate_no: string;
  fingerprint: string;
  record: string;
  created_at: string;
}

const fromRow = (row: Row): StoredEnrollment => ({
  id: row.id,
  owner: row.owner,
  certificateNo: row.certificate_no,
  fingerprint: row.fingerprint,
  record: JSON.parse(row.record) as EnrollmentAnswer,
  createdAt: row.created_at,
});

function migrate(db: Database.Database, options: SqliteOptions): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  let ran = false;
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      if (m.sql) db.exec(m.sql);
      m.run?.(db, options);
      record.run(m.version, m.name, new Date().toISOString());
    })();
    ran = true;
  }
  // What a migration replaced (a table, raw ID numbers) lives on in free pages and WAL frames.
  if (ran && db.name !== ':memory:') {
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
}

/** A connection with the durable settings, migrated. */
export function openDatabase(databasePath: string, options: SqliteOptions = {}): Database.Database {
  if (databasePath !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
  const db = new Database(databasePath);
  db.pragma('journal_mode = WAL');
  // FULL, not NORMAL: NORMAL can lose the last commits on power loss (api.md).
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros, not left in free pages (DELETE /me erases).
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  migrate(db, options);
  return db;
}

/** One stored enrollment, read without migrating (main.ts checks the ID key against it), or null. */
export function sampleEnrollment(databasePath: string): StoredEnrollment | null {
  if (!fs.existsSync(databasePath)) return null;
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const sealed = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get() && db.prepare('SELECT 1 FROM schema_migrations WHERE version = 3').get();
    const row = sealed ? (db.prepare('SELECT * FROM enrollments LIMIT 1').get() as Row | undefined) : undefined;
    return row ? fromRow(row) : null;
  } finally {
    db.close();
  }
}

export function openSqliteStorage(databasePath: string, options: SqliteOptions = {}): Storage {
  const db = openDatabase(databasePath, options);

  const insert = db.prepare(`INSERT INTO enrollments (id, owner, certificate_no, fingerprint, record, created_at)
    VALUES (@id, @owner, @certificateNo, @fingerprint, @record, @createdAt)
    ON CONFLICT (owner, certificate_no) DO NOTHING`);
  const byOwnerAndCertificate = db.prepare('SELECT * FROM enrollments WHERE owner = ? AND certificate_no = ?');
  const byOwnerAndId = db.prepare('SELECT * FROM enrollments WHERE owner = ? AND id = ?');
  const byOwner = db.prepare('SELECT * FROM enrollments WHERE owner = ? ORDER BY created_at DESC, seq DESC');
  const deleteByOwner = db.prepare('DELETE FROM enrollments WHERE owner = ?');

  // One insert and the read of its holder see the same state. Inside the batch transaction below
  // better-sqlite3 runs it as a SAVEPOINT: a failing insert is rolled back alone.
  const insertOrGet = db.transaction((e: StoredEnrollment): InsertOutcome => {
    const info = insert.run({ ...e, record: JSON.stringify(e.record) });
    if (info.changes === 1) return { created: true, stored: e };
    const row = byOwnerAndCertificate.get(e.owner, e.certificateNo) as Row | undefined;
    if (!row) throw new Error('enrollment conflict without a holder');
    return { created: false, stored: fromRow(row) };
  });

  // Group commit: the inserts that arrive in one turn of the event loop share one transaction,
  // so one fsync (synchronous=FULL) covers all of them. Nobody is answered before COMMIT has
  // returned: an acknowledged enrollment is on disk exactly as with one transaction each.
  type Settled = { ok: true; outcome: InsertOutcome } | { ok: false; error: unknown };
  const insertBatch = db.transaction((entries: readonly StoredEnrollment[]): Settled[] =>
    entries.map((e) => {
      try {
        return { ok: true, outcome: insertOrGet(e) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );
  interface Pending {
    entry: StoredEnrollment;
    resolve: (outcome: InsertOutcome) => void;
    reject: (error: unknown) => void;
  }
  let queue: Pending[] = [];
  let scheduled: Promise<void> | null = null;

  const commitQueued = (): void => {
    const batch = queue;
    queue = [];
    scheduled = null;
    if (batch.length === 0) return;
    let settled: Settled[];
    try {
      settled = insertBatch.immediate(batch.map((p) => p.entry));
    } catch (error) {
      // BEGIN or COMMIT failed (disk full, I/O error, closed): nothing of the batch is stored.
      for (const p of batch) p.reject(error);
      return;
    }
    settled.forEach((r, i) => {
      const p = batch[i]!;
      if (r.ok) p.resolve(r.outcome);
      else p.reject(r.error);
    });
  };

  /** Commits what is queued now; resolves once it is committed (or refused). */
  const flush = (): Promise<void> => {
    // Nothing queued means nothing pending (a batch empties the queue when it runs): no extra turn.
    if (queue.length === 0) return scheduled ?? Promise.resolve();
    scheduled ??= new Promise<void>((resolve) => {
      setImmediate(() => {
        commitQueued();
        resolve();
      });
    });
    return scheduled;
  };

  const ping = db.prepare('SELECT 1');

  let open = true;
  return {
    kind: 'sqlite',
    insertEnrollment: (e) =>
      new Promise<InsertOutcome>((resolve, reject) => {
        if (!open) return reject(new Error('storage is closed'));
        queue.push({ entry: e, resolve, reject });
        void flush();
      }),
    getEnrollment: async (owner, id) => {
      const row = byOwnerAndId.get(owner, id) as Row | undefined;
      return row ? fromRow(row) : null;
    },
    listEnrollments: async (owner) => (byOwner.all(owner) as Row[]).map(fromRow),
    deleteOwner: async (owner) => {
      // Inserts that arrived before the deletion are committed first, then deleted with the rest.
      await flush();
      const changes = deleteByOwner.run(owner).changes;
      // Old page images of the deleted rows live on in WAL frames: copy the zeroed pages into the
      // database and empty the WAL.
      if (changes > 0) db.pragma('wal_checkpoint(TRUNCATE)');
      return changes;
    },
    ping: async () => {
      ping.get();
    },
    close: async () => {
      if (!open) return;
      open = false;
      await flush();
      db.close();
    },
  };
}
