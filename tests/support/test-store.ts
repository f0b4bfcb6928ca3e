// The store a test file runs against: SQLite by default, PostgreSQL in the jest project
// `postgres` (tests/setup/postgres-store.ts sets YUNBAO_TEST_STORE; the project's globalSetup
// starts one server for the run). Each call makes a fresh, empty database of that kind.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

export type StoreKind = 'sqlite' | 'postgres';

export const STORE_UNDER_TEST: StoreKind = process.env.YUNBAO_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

export interface TestDatabase {
  kind: StoreKind;
  /** What selects it in buildApp. */
  options: { databasePath: string } | { databaseUrl: string };
  /** What selects it for server/main.ts (DATABASE_PATH or DATABASE_URL with TOKEN_SECRET and ID_NUMBER_KEY; SECRETS_DIR outside the data). */
  env: Record<string, string>;
  /** The SQLite file, or null. */
  file: string | null;
  /** Rows of `enrollments` (those whose certificate number starts with `prefix`), through a connection of its own. */
  count(prefix?: string): Promise<number>;
  /**
   * What can be read of the data: SQLite, the bytes of the file, its WAL and shared memory;
   * PostgreSQL, every row of every table as text, through SQL (its files are the server's).
   */
  contents(): Promise<Buffer[]>;
  /** Closes the counting connection and removes the database. */
  drop(): Promise<void>;
}

/** Where the test server is (set by the postgres project's globalSetup). */
export function testPostgresUrl(database = 'postgres'): string {
  const base = process.env.YUNBAO_TEST_PG_URL;
  if (!base) throw new Error('YUNBAO_TEST_PG_URL is not set: PostgreSQL tests run in the jest project "postgres" (its globalSetup starts the server)');
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

let made = 0;

/** A new, empty PostgreSQL database on the test server; returns its URL. */
export async function createPostgresDatabase(): Promise<string> {
  made += 1;
  const name = `t_${process.pid}_${made}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return testPostgresUrl(name);
}

async function dropPostgresDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: testPostgresUrl() });
  await admin.connect();
  try {
    // Connections the app has just ended may still be open on the server: FORCE would terminate
    // them with 57P01 while their client is closing, an error nobody listens for any more.
    for (let i = 0; i < 100; i += 1) {
      const { rows } = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
      if ((rows[0]?.n ?? 0) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** A fresh database of `kind` (by default the one under test). SQLite: a file in a temp folder (memory-backed /dev/shm where there is one). */
export async function createTestDatabase(kind: StoreKind = STORE_UNDER_TEST): Promise<TestDatabase> {
  const tmp = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const dir = fs.mkdtempSync(path.join(tmp, 'yunbao-test-'));
  const secrets = path.join(dir, 'secrets');
  if (kind === 'postgres') {
    const url = await createPostgresDatabase();
    const reader = new pg.Pool({ connectionString: url, max: 1 });
    return {
      kind,
      options: { databaseUrl: url },
      env: {
        DATABASE_URL: url,
        DATABASE_PATH: '',
        SECRETS_DIR: secrets,
        TOKEN_SECRET: 'test-token-secret-0123456789',
        ID_NUMBER_KEY: Buffer.alloc(32, 5).toString('base64url'),
      },
      file: null,
      async count(prefix = '') {
        const { rows } = await reader.query<{ n: number }>("SELECT count(*)::int AS n FROM enrollments WHERE certificate_no LIKE $1 || '%'", [prefix]);
        return rows[0]?.n ?? 0;
      },
      async contents() {
        const tables = await reader.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'");
        const out: Buffer[] = [];
        for (const { name } of tables.rows) {
          const { rows } = await reader.query<{ row: string }>(`SELECT t::text AS row FROM ${name} t`);
          out.push(Buffer.from(rows.map((r) => r.row).join('\n'), 'utf8'));
        }
        return out;
      },
      async drop() {
        await reader.end();
        await dropPostgresDatabase(url);
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const data = path.join(dir, 'data');
  fs.mkdirSync(data);
  const file = path.join(data, 'test.sqlite');
  let reader: Database.Database | null = null;
  return {
    kind,
    options: { databasePath: file },
    env: { DATABASE_PATH: file, DATABASE_URL: '', SECRETS_DIR: secrets },
    file,
    async count(prefix = '') {
      // Opened at the first count: the app creates the file.
      reader ??= new Database(file, { readonly: true, fileMustExist: true });
      return (reader.prepare("SELECT count(*) AS n FROM enrollments WHERE certificate_no LIKE ? || '%'").get(prefix) as { n: number }).n;
    },
    async contents() {
      return fs.readdirSync(data).filter((f) => f.startsWith(path.basename(file))).map((f) => fs.readFileSync(path.join(data, f)));
    },
    async drop() {
      reader?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
