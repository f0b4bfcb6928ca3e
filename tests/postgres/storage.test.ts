// The PostgreSQL storage itself: migrations recorded and applied once when several instances
// open one database together, a certificate number unique within its owner's records, lists
// newest first, deletion per owner, and what a closed storage does.
import pg from 'pg';
import { isUnavailable, openPostgresStorage } from '../../server/storage/postgres';
import { storedEnrollment as record } from '../support/stored-enrollment';
import { createPostgresDatabase } from '../support/test-store';

async function query<R extends pg.QueryResultRow>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

test('eight instances opening one new database together: each migration applied and recorded once', async () => {
  const url = await createPostgresDatabase();
  const storages = await Promise.all(Array.from({ length: 8 }, () => openPostgresStorage(url, { poolSize: 2 })));
  try {
    expect(await query(url, 'SELECT version, name FROM schema_migrations ORDER BY version')).toEqual([
      { version: 1, name: 'enrollments' },
      { version: 2, name: 'certificate numbers unique per owner' },
    ]);
    expect(await query(url, "SELECT conname FROM pg_constraint WHERE conrelid = 'enrollments'::regclass AND contype = 'u' ORDER BY conname")).toEqual([
      { conname: 'enrollments_id_key' },
      { conname: 'enrollments_owner_certificate_no_key' },
    ]);
    // Any of them writes, every other reads it.
    await storages[3]!.insertEnrollment(record('a', 'u1', 'R000000001', '2026-03-20T08:00:00.000Z'));
    for (const s of storages) expect((await s.listEnrollments('u1')).map((e) => e.id)).toEqual(['a']);
  } finally {
    await Promise.all(storages.map((s) => s.close()));
  }
  // Opened again later: nothing to apply.
  const again = await openPostgresStorage(url);
  await again.close();
  expect(await query(url, 'SELECT count(*)::int AS n FROM schema_migrations')).toEqual([{ n: 2 }]);
});

test('a number is unique within its owner: the holder comes back; another owner has a record of its own', async () => {
  const s = await openPostgresStorage(await createPostgresDatabase());
  try {
    expect(s.kind).toBe('postgres');
    await expect(s.ping()).resolves.toBeUndefined();
    expect((await s.insertEnrollment(record('a', 'u1', 'R000000001', '2026-03-20T08:00:00.000Z'))).created).toBe(true);
    const clash = await s.insertEnrollment(record('b', 'u1', 'R000000001', '2026-03-21T08:00:00.000Z'));
    expect(clash).toMatchObject({ created: false, stored: { id: 'a', owner: 'u1', createdAt: '2026-03-20T08:00:00.000Z' } });
    // The record as first stored, key order included (a json column keeps its text).
    expect(JSON.stringify(clash.stored.record)).toBe(JSON.stringify(record('a', 'u1', 'R000000001', '2026-03-20T08:00:00.000Z').record));
    expect((await s.insertEnrollment(record('c', 'u2', 'R000000001', '2026-03-21T08:00:00.000Z'))).created).toBe(true);
    await s.insertEnrollment(record('d', 'u1', 'R000000002', '2026-03-22T08:00:00.000Z'));
    await s.insertEnrollment(record('e', 'u1', 'R000000003', '2026-03-21T08:00:00.000Z'));
    expect((await s.listEnrollments('u1')).map((e) => e.id)).toEqual(['d', 'e', 'a']);
    expect(await s.getEnrollment('u2', 'a')).toBeNull();
    expect(await s.getEnrollment('u1', 'a\u0000')).toBeNull();
    expect((await s.getEnrollment('u1', 'a'))?.record.guardian.idNo).toBe('430421199203150047');
    expect(await s.deleteOwner('u1')).toBe(3);
    expect(await s.listEnrollments('u1')).toEqual([]);
    expect((await s.listEnrollments('u2')).map((e) => e.id)).toEqual(['c']);
    expect((await s.insertEnrollment(record('f', 'u1', 'R000000001', '2026-03-23T08:00:00.000Z'))).created).toBe(true);
  } finally {
    await s.close();
    await s.close(); // closing twice is harmless
  }
  await expect(s.insertEnrollment(record('g', 'u3', 'R000000009', '2026-03-20T08:00:00.000Z'))).rejects.toMatchObject({ message: 'storage is closed' });
});

test('50 concurrent inserts of one number by one owner on two pools: one created, 49 get that holder', async () => {
  const url = await createPostgresDatabase();
  const [one, two] = await Promise.all([openPostgresStorage(url, { poolSize: 5 }), openPostgresStorage(url, { poolSize: 5 })]);
  try {
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => (i % 2 ? one : two)!.insertEnrollment(record(`id${i}`, 'u1', 'R000000001', '2026-03-20T08:00:00.000Z'))),
    );
    const created = outcomes.filter((o) => o.created);
    expect(created).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.stored.id))).toEqual(new Set([created[0]!.stored.id]));
  } finally {
    await Promise.all([one.close(), two.close()]);
  }
});

describe('group commit: the inserts of one event-loop turn share one statement and one commit', () => {
  test('a burst, a number twice in it, and a deletion asked for after it', async () => {
    const url = await createPostgresDatabase();
    const s = await openPostgresStorage(url);
    try {
      const burst = Array.from({ length: 40 }, (_, i) => s.insertEnrollment(record(`id${i}`, 'u1', `R${String(i).padStart(9, '0')}`, '2026-03-20T08:00:00.000Z')));
      // The same owner and number twice in one batch: the first stores it, the second gets the holder.
      const twin = s.insertEnrollment(record('twin', 'u1', 'R000000003', '2026-03-20T08:00:01.000Z'));
      const other = s.insertEnrollment(record('other', 'u2', 'R000000003', '2026-03-20T08:00:01.000Z'));
      const deleted = s.deleteOwner('u1');
      expect((await Promise.all(burst)).every((o) => o.created)).toBe(true);
      expect(await twin).toMatchObject({ created: false, stored: { id: 'id3' } });
      expect((await other).created).toBe(true);
      // Asked for after the burst: it deletes all of it.
      expect(await deleted).toBe(40);
      expect(await query(url, 'SELECT id FROM enrollments')).toEqual([{ id: 'other' }]);
    } finally {
      await s.close();
    }
  });

  test('one failing insert fails alone; the rest of its batch is stored', async () => {
    const s = await openPostgresStorage(await createPostgresDatabase());
    try {
      await s.insertEnrollment(record('taken', 'u1', 'R000000001', '2026-03-20T08:00:00.000Z'));
      // Another record with a taken id breaks the id's UNIQUE constraint (not the one ON CONFLICT names).
      const broken = s.insertEnrollment(record('taken', 'u1', 'R000000002', '2026-03-20T08:00:01.000Z'));
      const fine = s.insertEnrollment(record('fine', 'u1', 'R000000003', '2026-03-20T08:00:02.000Z'));
      await expect(broken).rejects.toMatchObject({ code: '23505' });
      expect((await fine).created).toBe(true);
      expect((await s.listEnrollments('u1')).map((e) => e.certificateNo).sort()).toEqual(['R000000001', 'R000000003']);
      // close commits what is queued.
      const last = s.insertEnrollment(record('last', 'u2', 'R000000004', '2026-03-20T08:00:00.000Z'));
      await s.close();
      expect((await last).created).toBe(true);
    } finally {
      await s.close();
    }
  });
});

test('which failures are "not now" (503) and which are defects (500)', () => {
  const withCode = (code: string) => Object.assign(new Error('x'), { code });
  for (const e of [withCode('ECONNREFUSED'), withCode('57P01'), withCode('57P03'), withCode('08006'), withCode('53300'), withCode('57014'), new Error('timeout exceeded when trying to connect'), new Error('Connection terminated unexpectedly'), new AggregateError([withCode('ECONNREFUSED')])]) {
    expect({ e: String(e), unavailable: isUnavailable(e) }).toEqual({ e: String(e), unavailable: true });
  }
  for (const e of [withCode('23505'), withCode('42P01'), withCode('22021'), new TypeError('x'), 'ECONNREFUSED', null]) {
    expect({ e: String(e), unavailable: isUnavailable(e) }).toEqual({ e: String(e), unavailable: false });
  }
});

test('an unreachable database: opening fails with the reason, not a hang', async () => {
  const url = new URL(await createPostgresDatabase());
  url.port = '1'; // nothing listens there
  await expect(openPostgresStorage(url.toString(), { connectTimeoutMs: 500 })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
});
