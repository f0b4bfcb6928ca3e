// The SQLite storage: durable settings, migrations once, unique certificate numbers.
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
  expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([{ version: 1, name: 'enrollments' }]);
  db.close();
  // synchronous is per connection: read it from a connection opened the storage's way.
  const configured = openDatabase(file);
  expect(configured.pragma('synchronous', { simple: true })).toBe(2); // FULL
  expect(configured.pragma('journal_mode', { simple: true })).toBe('wal');
  configured.close();
});

test('a taken certificate number returns its holder; lists are newest first, per owner', async () => {
  const s = openSqliteStorage(':memory:');
  expect((await s.insertEnrollment(record('a', 'u1', 'R000000001', '2026-03-20T08:00:00.000Z'))).created).toBe(true);
  const clash = await s.insertEnrollment(record('b', 'u2', 'R000000001', '2026-03-21T08:00:00.000Z'));
  expect(clash.created).toBe(false);
  expect(clash.stored).toMatchObject({ id: 'a', owner: 'u1' });
  await s.insertEnrollment(record('c', 'u1', 'R000000002', '2026-03-22T08:00:00.000Z'));
  await s.insertEnrollment(record('d', 'u1', 'R000000003', '2026-03-21T08:00:00.000Z'));
  expect((await s.listEnrollments('u1')).map((e) => e.id)).toEqual(['c', 'd', 'a']);
  expect(await s.getEnrollment('u2', 'a')).toBeNull();
  expect((await s.getEnrollment('u1', 'a'))?.record.guardian.idNo).toBe('430421199203150047');
  expect(await s.deleteOwner('u1')).toBe(3);
  expect(await s.listEnrollments('u1')).toEqual([]);
  expect((await s.insertEnrollment(record('e', 'u2', 'R000000001', '2026-03-23T08:00:00.000Z'))).created).toBe(true);
  await s.close();
  await s.close(); // closing twice is harmless
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
    // The same certificate twice in one batch: the first stores it, the second gets the holder.
    const twin = s.insertEnrollment(record('twin', 'u2', 'R000000003', '2026-03-20T08:00:01.000Z'));
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
