// The SQLite storage: durable settings, migrations once, certificate numbers unique per owner.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, openSqliteStorage } from '../../server/storage/sqlite';
import { storedEnrollment as record } from '../support/stored-enrollment';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunbao-storage-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('WAL, synchronous=FULL, migrations recorded and run once, folder created', async () => {
  const file = path.join(dir, 'nested', 'db.sqlite');
  const first = openSqliteStorage(file);
  await first.insertEnrollment(record('a', 'u1', 'R000000001', '2026-03-20T08:00:00.000Z'));
  await first.close();
  const second = openSqliteStorage(file);
  expect(await second.listEnrollments('u1')).toHaveLength(1);
  await second.close();

  const db = new Database(file, { readonly: true });
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([
    { version: 1, name: 'enrollments' },
    { version: 2, name: 'certificate numbers unique per owner' },
    { version: 3, name: 'ID numbers sealed, fingerprints keyed' },
  ]);
  db.close();
  // synchronous is per connection: read it from a connection opened the storage's way.
  const configured = openDatabase(file);
  expect(configured.pragma('synchronous', { simple: true })).toBe(2); // FULL
  expect(configured.pragma('journal_mode', { simple: true })).toBe('wal');
  configured.close();
});

test('a certificate number the owner holds returns her holder; another owner records it too; lists are newest first, per owner', async () => {
  const s = openSqliteStorage(':memory:');
  expect((await s.insertEnrollment(record('a', 'u1', 'R000000001', '2026-03-20T08:00:00.000Z'))).created).toBe(true);
  const again = await s.insertEnrollment(record('b', 'u1', 'R000000001', '2026-03-21T08:00:00.000Z'));
  expect(again.created).toBe(false);
  expect(again.stored).toMatchObject({ id: 'a', owner: 'u1' });
  const theirs = await s.insertEnrollment(record('b', 'u2', 'R000000001', '2026-03-21T08:00:00.000Z'));
  expect(theirs).toMatchObject({ created: true, stored: { id: 'b', owner: 'u2' } });
  await s.insertEnrollment(record('c', 'u1', 'R000000002', '2026-03-22T08:00:00.000Z'));
  await s.insertEnrollment(record('d', 'u1', 'R000000003', '2026-03-21T08:00:00.000Z'));
  expect((await s.listEnrollments('u1')).map((e) => e.id)).toEqual(['c', 'd', 'a']);
  expect(await s.getEnrollment('u2', 'a')).toBeNull();
  expect((await s.getEnrollment('u1', 'a'))?.record.guardian.idNo).toBe('430421199203150047');
  expect(await s.deleteOwner('u1')).toBe(3);
  expect(await s.listEnrollments('u1')).toEqual([]);
  expect((await s.listEnrollments('u2')).map((e) => e.id)).toEqual(['b']);
  expect((await s.insertEnrollment(record('e', 'u1', 'R000000001', '2026-03-23T08:00:00.000Z'))).created).toBe(true);
  await s.close();
  await s.close(); // closing twice is harmless
});

test('a database of the first schema (certificate numbers unique across owners) keeps its rows, ids and order', async () => {
  const file = path.join(dir, 'v1.sqlite');
  const v1 = new Database(file);
  v1.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
    INSERT INTO schema_migrations VALUES (1, 'enrollments', '2026-01-01T00:00:00.000Z');
    CREATE TABLE enrollments (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, owner TEXT NOT NULL,
      certificate_no TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL, record TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE INDEX enrollments_owner ON enrollments (owner, created_at DESC, seq DESC);`);
  const insert = v1.prepare('INSERT INTO enrollments (id, owner, certificate_no, fingerprint, record, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const e of [record('a', 'u1', 'R000000001', '2026-03-20T08:00:00.000Z'), record('b', 'u1', 'R000000002', '2026-03-20T08:00:00.000Z')]) {
    insert.run(e.id, e.owner, e.certificateNo, e.fingerprint, JSON.stringify(e.record), e.createdAt);
  }
  v1.close();
  // Its rows predate sealing: without the flow's sealing it refuses to open, and says why.
  expect(() => openSqliteStorage(file)).toThrow(/stored before ID numbers were sealed/);
  const s = openSqliteStorage(file, { sealUnsealed: (e) => ({ ...e, fingerprint: `sealed ${e.fingerprint}` }) });
  expect((await s.listEnrollments('u1')).map((e) => e.id)).toEqual(['b', 'a']);
  expect((await s.insertEnrollment(record('c', 'u2', 'R000000001', '2026-03-21T08:00:00.000Z'))).created).toBe(true);
  expect((await s.insertEnrollment(record('d', 'u1', 'R000000001', '2026-03-21T08:00:00.000Z'))).stored.id).toBe('a');
  await s.close();
  const db = new Database(file, { readonly: true });
  expect((db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version)).toEqual([1, 2, 3]);
  expect((db.prepare('SELECT fingerprint FROM enrollments ORDER BY seq').all() as { fingerprint: string }[]).map((r) => r.fingerprint)).toEqual([
    'sealed R000000001|u1',
    'sealed R000000002|u1',
    'R000000001|u2',
  ]);
  db.close();
});

test('deleting an owner leaves no trace of the rows in the file or the WAL', async () => {
  const file = path.join(dir, 'erase.sqlite');
  const s = openSqliteStorage(file);
  const other = { ...record('k', 'u2', 'R000000009', '2026-03-20T08:00:00.000Z') };
  other.record = { ...other.record, guardian: { ...other.record.guardian, idNo: '11010519491231002X' } };
  await s.insertEnrollment(record('a', 'u1', 'R000000001', '2026-03-20T08:00:00.000Z'));
  await s.insertEnrollment(other);
  const scan = (needle: string) =>
    fs.readdirSync(dir).filter((f) => f.startsWith('erase.sqlite')).some((f) => fs.readFileSync(path.join(dir, f)).includes(Buffer.from(needle)));
  expect(scan('430421199203150047')).toBe(true);
  expect(await s.deleteOwner('u1')).toBe(1);
  expect(scan('430421199203150047')).toBe(false);
  expect(scan('R000000001')).toBe(false);
  expect(scan('11010519491231002X')).toBe(true);
  await s.close();
});

describe('group commit: the inserts of one event-loop turn share one transaction', () => {
  test('a burst is committed together; each insert is answered only once it is on disk', async () => {
    const file = path.join(dir, 'db.sqlite');
    const s = openSqliteStorage(file);
    const burst = Array.from({ length: 40 }, (_, i) =>
      s.insertEnrollment(record(`id${i}`, 'u1', `R${String(i).padStart(9, '0')}`, '2026-03-20T08:00:00.000Z')),
    );
    // The same owner's certificate twice in one batch: the first stores it, the second gets the holder.
    const twin = s.insertEnrollment(record('twin', 'u1', 'R000000003', '2026-03-20T08:00:01.000Z'));
    const outcomes = await Promise.all(burst);
    expect(outcomes.every((o) => o.created)).toBe(true);
    const second = await twin;
    expect(second.created).toBe(false);
    expect(second.stored.id).toBe('id3');
    // Answered means committed: another connection sees all 40 now, before the storage closes.
    const reader = new Database(file, { readonly: true });
    expect(reader.prepare('SELECT count(*) AS n FROM enrollments').get()).toEqual({ n: 40 });
    reader.close();
    await s.close();
  });

  test('one failing insert is rolled back alone; the rest of its batch is stored', async () => {
    const s = openSqliteStorage(':memory:');
    const first = s.insertEnrollment(record('same-id', 'u1', 'R000000001', '2026-03-20T08:00:00.000Z'));
    // A second record with the same id but another certificate breaks the id's UNIQUE constraint.
    const broken = s.insertEnrollment(record('same-id', 'u1', 'R000000002', '2026-03-20T08:00:01.000Z'));
    const third = s.insertEnrollment(record('other', 'u1', 'R000000003', '2026-03-20T08:00:02.000Z'));
    expect((await first).created).toBe(true);
    // (SqliteError comes from the native module's realm: compare its code, not its class.)
    await expect(broken).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
    expect((await third).created).toBe(true);
    expect((await s.listEnrollments('u1')).map((e) => e.certificateNo).sort()).toEqual(['R000000001', 'R000000003']);
    await s.close();
  });

  test('a deletion after a queued insert deletes it too; close commits what is queued', async () => {
    const file = path.join(dir, 'db.sqlite');
    const s = openSqliteStorage(file);
    const queued = s.insertEnrollment(record('a', 'u1', 'R000000001', '2026-03-20T08:00:00.000Z'));
    expect(await s.deleteOwner('u1')).toBe(1);
    expect((await queued).created).toBe(true);
    expect(await s.listEnrollments('u1')).toEqual([]);
    const last = s.insertEnrollment(record('b', 'u2', 'R000000002', '2026-03-20T08:00:00.000Z'));
    await s.close();
    expect((await last).created).toBe(true);
    const again = openSqliteStorage(file);
    expect((await again.listEnrollments('u2')).map((e) => e.id)).toEqual(['b']);
    await again.close();
    await expect(s.insertEnrollment(record('c', 'u3', 'R000000003', '2026-03-20T08:00:00.000Z'))).rejects.toMatchObject({ message: 'storage is closed' });
  });
});
