// PostgreSQL storage (pg, pooled): several API instances share one database. Every statement is
// parameterised and prepared; enrollments are stored by INSERT … ON CONFLICT, committed
// (synchronous_commit=on) before they are answered; the owner's certificate-number uniqueness is
// the database's constraint, so instances racing on one number store one record.
import pg from 'pg';
import { type EnrollmentAnswer } from '../../src/api/contract';
import { StoreUnavailable, type InsertOutcome, type Storage, type StoredEnrollment } from './types';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

// The numbers and names of sqlite.ts's migrations, in PostgreSQL's dialect.
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'enrollments',
    sql: `
      CREATE TABLE enrollments (
        seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id             text NOT NULL UNIQUE,
        owner          text NOT NULL,
        certificate_no text NOT NULL UNIQUE,
        fingerprint    text NOT NULL,
        record         json NOT NULL,
        created_at     timestamptz NOT NULL
      );
      CREATE INDEX enrollments_owner ON enrollments (owner, created_at DESC, seq DESC);
    `,
  },
  {
    version: 2,
    name: 'certificate numbers unique per owner',
    sql: `
      ALTER TABLE enrollments
        DROP CONSTRAINT enrollments_certificate_no_key,
        ADD CONSTRAINT enrollments_owner_certificate_no_key UNIQUE (owner, certificate_no);
    `,
  },
];

/** Key of the advisory lock that lets one starting instance migrate while the others wait. */
const MIGRATION_LOCK = 0x79756e62; // "yunb"

interface Row {
  id: string;
  owner: string;
  certificate_no: string;
  fingerprint: string;
  record: EnrollmentAnswer;
  created_at: Date;
}

const COLUMNS = 'id, owner, certificate_no, fingerprint, record, created_at';

/** A statement prepared once per connection, by name. */
interface Statement {
  name: string;
  text: string;
}

// One row per element of the arrays, in their order; a number the owner already has is skipped
// (also when it comes twice in one batch) and not RETURNed.
const INSERT_MANY: Statement = {
  name: 'yunbao_insert_enrollments',
  text: `INSERT INTO enrollments (id, owner, certificate_no, fingerprint, record, created_at)
    SELECT id, owner, certificate_no, fingerprint, record::json, created_at::timestamptz
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
      AS e (id, owner, certificate_no, fingerprint, record, created_at)
    ON CONFLICT (owner, certificate_no) DO NOTHING
    RETURNING id`,
};
const HOLDERS: Statement = {
  name: 'yunbao_holders',
  text: `SELECT ${COLUMNS} FROM enrollments
    WHERE (owner, certificate_no) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
};
const BY_OWNER_AND_ID: Statement = { name: 'yunbao_by_owner_and_id', text: `SELECT ${COLUMNS} FROM enrollments WHERE owner = $1 AND id = $2` };
const BY_OWNER: Statement = { name: 'yunbao_by_owner', text: `SELECT ${COLUMNS} FROM enrollments WHERE owner = $1 ORDER BY created_at DESC, seq DESC` };
const DELETE_OWNER: Statement = { name: 'yunbao_delete_owner', text: 'DELETE FROM enrollments WHERE owner = $1' };
const PING: Statement = { name: 'yunbao_ping', text: 'SELECT 1' };

const fromRow = (row: Row): StoredEnrollment => ({
  id: row.id,
  owner: row.owner,
  certificateNo: row.certificate_no,
  fingerprint: row.fingerprint,
  record: row.record,
  createdAt: row.created_at.toISOString(),
});

// SQLSTATE classes and codes that say "not now" rather than "wrong": connection exceptions (08),
// insufficient resources (53: too many connections, disk full), shutdown or recovery in progress
// (57P01–57P03), statement timeout (57014), a read-only standby after a failover (25006).
const UNAVAILABLE_STATES = /^(08|53|57P0[1-3]$|57014$|25006$)/;
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ENOENT']);
// pg and pg-pool raise these as plain Errors, without a code.
const UNAVAILABLE_MESSAGES = [
  'timeout exceeded when trying to connect', // no free connection in the pool in time
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Query read timeout',
  'timeout expired',
];

/**
 * Whether `error` means the database cannot be reached or cannot serve now. Read by shape, not
 * class: socket errors are made in Node's own realm (and connecting to a name with several
 * addresses fails with an AggregateError of them).
 */
export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_STATES.test(code) || UNAVAILABLE_ERRNO.has(code))) return true;
  if (Array.isArray(errors)) return errors.some(isUnavailable);
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => message.startsWith(m));
}

export interface PostgresOptions {
  /** Connections in this instance's pool (DATABASE_POOL_SIZE). Default 10. */
  poolSize?: number;
  /** How long a request waits for a connection (a free one, or a new one) before 503. Default 3 s. */
  connectTimeoutMs?: number;
  /** A statement running longer is cancelled by the server, and the request answered 503. Default 10 s. */
  statementTimeoutMs?: number;
  /** Told of a connection that failed while idle in the pool (the pool drops it and carries on). */
  onIdleError?: (error: Error) => void;
}

/** Runs the missing migrations, in one transaction, under an advisory lock: one instance migrates, the others wait and find them done. */
async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Opens a pool on `connectionString` and migrates; rejects if the database cannot be reached. */
export async function openPostgresStorage(connectionString: string, options: PostgresOptions = {}): Promise<Storage> {
  const statementTimeout = options.statementTimeoutMs ?? 10_000;
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    application_name: 'yunbao',
    // Durable commits whatever the server's or the role's default says (api.md: 201 means durable).
    options: `-c synchronous_commit=on -c statement_timeout=${statementTimeout}`,
    // A hung connection (no answer at all) is given up a little after the server would have cancelled.
    query_timeout: statementTimeout + 2000,
  });
  // Without a listener an idle connection's failure (the database restarting) would end the process.
  pool.on('error', (error) => options.onIdleError?.(error));

  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }

  /** Runs a query; an unreachable or overloaded database becomes StoreUnavailable. */
  async function query<R extends pg.QueryResultRow>(statement: Statement, values: unknown[]): Promise<pg.QueryResult<R>> {
    try {
      return await pool.query<R>({ ...statement, values });
    } catch (error) {
      if (isUnavailable(error)) throw new StoreUnavailable({ cause: error });
      throw error;
    }
  }

  /**
   * Stores a batch with one statement, committed once; answers each entry's outcome. Read
   * committed: the INSERT waits for a concurrent insert of the same key to commit or abort; the
   * SELECT of the holders after it is a new snapshot and sees whichever won. A holder deleted in
   * between (DELETE /me) frees the number: that entry is tried again.
   */
  async function insertBatch(entries: readonly StoredEnrollment[], attempt = 0): Promise<InsertOutcome[]> {
    const column = <K extends keyof StoredEnrollment>(k: K) => entries.map((e) => e[k]);
    const inserted = await query<{ id: string }>(INSERT_MANY, [
      column('id'),
      column('owner'),
      column('certificateNo'),
      column('fingerprint'),
      entries.map((e) => JSON.stringify(e.record)),
      column('createdAt'),
    ]);
    const created = new Set(inserted.rows.map((r) => r.id));
    const outcomes: (InsertOutcome | null)[] = entries.map((e) => (created.has(e.id) ? { created: true, stored: e } : null));
    const refused = entries.filter((e) => !created.has(e.id));
    if (refused.length === 0) return outcomes as InsertOutcome[];
    const holders = await query<Row>(HOLDERS, [refused.map((e) => e.owner), refused.map((e) => e.certificateNo)]);
    const holderOf = new Map(holders.rows.map((r) => [`${r.owner}\u0000${r.certificate_no}`, fromRow(r)]));
    const orphans: number[] = [];
    entries.forEach((e, i) => {
      if (outcomes[i]) return;
      const holder = holderOf.get(`${e.owner}\u0000${e.certificateNo}`);
      if (holder) outcomes[i] = { created: false, stored: holder };
      else orphans.push(i);
    });
    if (orphans.length > 0) {
      if (attempt >= 2) throw new Error('enrollment conflict without a holder');
      const again = await insertBatch(orphans.map((i) => entries[i]!), attempt + 1);
      orphans.forEach((i, k) => (outcomes[i] = again[k]!));
    }
    return outcomes as InsertOutcome[];
  }

  // Group commit, as in sqlite.ts: the inserts that arrive in one turn of the event loop go to
  // the database as one statement and one commit (one WAL flush) instead of one each; nobody is
  // answered before that commit. Batches of later turns run beside it on other connections.
  interface Pending {
    entry: StoredEnrollment;
    resolve: (outcome: InsertOutcome) => void;
    reject: (error: unknown) => void;
  }
  let queue: Pending[] = [];
  let scheduled = false;
  const inFlight = new Set<Promise<void>>();

  async function commit(batch: Pending[]): Promise<void> {
    try {
      const outcomes = await insertBatch(batch.map((p) => p.entry));
      batch.forEach((p, i) => p.resolve(outcomes[i]!));
    } catch (error) {
      if (batch.length === 1 || error instanceof StoreUnavailable) {
        for (const p of batch) p.reject(error);
        return;
      }
      // One bad entry must not fail the rest of its batch: each alone.
      await Promise.all(batch.map((p) => insertBatch([p.entry]).then(([outcome]) => p.resolve(outcome!), p.reject)));
    }
  }

  function flush(): void {
    scheduled = false;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    const done = commit(batch);
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  }

  /** Resolves once every insert asked for so far has been committed (or refused). */
  async function settled(): Promise<void> {
    flush();
    await Promise.all([...inFlight]);
  }

  let open = true;
  return {
    kind: 'postgres',
    insertEnrollment: (e) =>
      new Promise<InsertOutcome>((resolve, reject) => {
        if (!open) return reject(new Error('storage is closed'));
        queue.push({ entry: e, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      }),
    async getEnrollment(owner, id) {
      // PostgreSQL text cannot hold U+0000 (the query would fail); no id contains it.
      if (id.includes('\u0000')) return null;
      const row = (await query<Row>(BY_OWNER_AND_ID, [owner, id])).rows[0];
      return row ? fromRow(row) : null;
    },
    async listEnrollments(owner) {
      return (await query<Row>(BY_OWNER, [owner])).rows.map(fromRow);
    },
    async deleteOwner(owner) {
      // Inserts asked for before the deletion are committed first, then deleted with the rest.
      await settled();
      return (await query(DELETE_OWNER, [owner])).rowCount ?? 0;
    },
    async ping() {
      await query(PING, []);
    },
    async close() {
      if (!open) return;
      open = false;
      await settled();
      await pool.end();
    },
  };
}
