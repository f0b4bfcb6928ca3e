// PostgreSQL storage (pg, pooled): several API instances share one database. Every statement is
// parameterised; an enrollment is one INSERT … ON CONFLICT, committed (synchronous_commit=on)
// before it is answered; the owner's certificate-number uniqueness is the database's constraint,
// so instances racing on one number store one record.
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
  async function query<R extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<pg.QueryResult<R>> {
    try {
      return await pool.query<R>(text, values);
    } catch (error) {
      if (isUnavailable(error)) throw new StoreUnavailable({ cause: error });
      throw error;
    }
  }

  const holderOf = async (owner: string, certificateNo: string) =>
    (await query<Row>(`SELECT ${COLUMNS} FROM enrollments WHERE owner = $1 AND certificate_no = $2`, [owner, certificateNo])).rows[0];

  let open = true;
  return {
    kind: 'postgres',
    async insertEnrollment(e) {
      if (!open) throw new Error('storage is closed');
      // Read committed: the INSERT waits for a concurrent insert of the same key to commit or
      // abort; the SELECT after it is a new snapshot and sees the holder that won. A holder
      // deleted in between (DELETE /me) frees the number: the insert is tried again.
      for (let attempt = 0; attempt < 3; attempt++) {
        const inserted = await query(
          `INSERT INTO enrollments (id, owner, certificate_no, fingerprint, record, created_at)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (owner, certificate_no) DO NOTHING`,
          [e.id, e.owner, e.certificateNo, e.fingerprint, JSON.stringify(e.record), e.createdAt],
        );
        if (inserted.rowCount === 1) return { created: true, stored: e } satisfies InsertOutcome;
        const holder = await holderOf(e.owner, e.certificateNo);
        if (holder) return { created: false, stored: fromRow(holder) };
      }
      throw new Error('enrollment conflict without a holder');
    },
    async getEnrollment(owner, id) {
      // PostgreSQL text cannot hold U+0000 (the query would fail); no id contains it.
      if (id.includes('\u0000')) return null;
      const row = (await query<Row>(`SELECT ${COLUMNS} FROM enrollments WHERE owner = $1 AND id = $2`, [owner, id])).rows[0];
      return row ? fromRow(row) : null;
    },
    async listEnrollments(owner) {
      const { rows } = await query<Row>(`SELECT ${COLUMNS} FROM enrollments WHERE owner = $1 ORDER BY created_at DESC, seq DESC`, [owner]);
      return rows.map(fromRow);
    },
    async deleteOwner(owner) {
      return (await query('DELETE FROM enrollments WHERE owner = $1', [owner])).rowCount ?? 0;
    },
    async ping() {
      await query('SELECT 1', []);
    },
    async close() {
      if (!open) return;
      open = false;
      await pool.end();
    },
  };
}
