// ID numbers at rest: after enrollments the database file and its WAL hold no ID number in clear
// (nor its first 17 digits); the fingerprint column is an HMAC under the server's key, so the
// small space of ID numbers cannot be searched for it without that key; the export still gives
// the owner the raw number; a database of before (raw numbers) is sealed when the server opens
// it, and its records still replay.
import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { enrollmentFingerprint, type EnrollmentAnswer, type ExportAnswer } from '../../src/api/contract';
import { idSealer } from '../../server/id-sealing';
import { fuzzApp } from '../fuzz/support/harness';
import { checkDigit, residentId } from '../fuzz/support/oracle';
import { STORE_UNDER_TEST } from '../support/test-store';

const json = { 'content-type': 'application/json' };
const enrollment = (certificateNo: string, idNo: string) => ({
  certificateNo,
  babyName: '张小满',
  sex: 'F' as const,
  birthDate: '2026-03-15',
  region: '430400',
  guardian: { name: '李华', idNo, relation: 'mother' as const, insuredInRegion: true },
});
const ID = residentId('430421', '1992-03-15', 4);
const ID_X = residentId('110105', '1949-12-31', 2);
/** SQLite alone: its file's columns and a file of before (PostgreSQL's rows are read as text above). */
const sqliteOnly = STORE_UNDER_TEST === 'sqlite' ? test : test.skip;
const filesOf = (databasePath: string) =>
  fs.readdirSync(path.dirname(databasePath)).filter((f) => f.startsWith(path.basename(databasePath))).map((f) => fs.readFileSync(path.join(path.dirname(databasePath), f)));
const holds = (buffers: Buffer[], s: string) => buffers.some((b) => b.includes(Buffer.from(s, 'utf8')));

test('after enrollments the database and its WAL hold no ID number in clear; the export still gives them', async () => {
  const key = Buffer.alloc(32, 7);
  const t = await fuzzApp({ idKey: key });
  try {
    const token = await t.login('alice');
    const post = (body: unknown) => t.send({ method: 'POST', url: '/api/v1/newborn-enrollments', headers: { ...json, authorization: `Bearer ${token}` }, payload: JSON.stringify(body) });
    expect((await post(enrollment('R430100001', ID))).status).toBe(201);
    expect((await post(enrollment('R430100002', ID_X.toLowerCase()))).status).toBe(201);
    expect((await post(enrollment('R430100001', ID))).status).toBe(200); // the replay still knows its data
    expect((await post(enrollment('R430100001', ID_X))).status).toBe(409);
    // SQLite: the file, its WAL and shared memory; PostgreSQL: every row of every table as text.
    const files = await t.database.contents();
    expect(holds(files, 'R430100001')).toBe(true); // the scan sees what is stored
    for (const id of [ID, ID_X]) for (const s of [id, id.toLowerCase(), id.slice(0, 17), id.slice(6, 14)]) expect(holds(files, s)).toBe(false);

    const exported = JSON.parse((await t.send({ method: 'GET', url: '/api/v1/me/export', headers: { authorization: `Bearer ${token}` } })).body) as ExportAnswer;
    expect(exported.enrollments.map((e) => e.guardian.idNo).sort()).toEqual([ID, ID_X].sort());

    if (!t.database.file) return;
    // What is stored opens with the server's key, bound to its own record.
    const db = new Database(t.database.file, { readonly: true });
    const rows = db.prepare('SELECT id, fingerprint, record FROM enrollments ORDER BY seq').all() as { id: string; fingerprint: string; record: string }[];
    db.close();
    const sealer = idSealer(key);
    const sealed = rows.map((r) => (JSON.parse(r.record) as EnrollmentAnswer).guardian.idNo);
    expect(sealed.map((s, i) => sealer.open(s, rows[i]!.id))).toEqual([ID, ID_X]);
    expect(() => sealer.open(sealed[0]!, rows[1]!.id)).toThrow();
    expect(() => idSealer(Buffer.alloc(32, 8)).open(sealed[0]!, rows[0]!.id)).toThrow(/another ID key/);
    expect(rows.every((r) => /^h1\.[A-Za-z0-9_-]{8}\.[A-Za-z0-9_-]{43}$/.test(r.fingerprint))).toBe(true);
  } finally {
    await t.close();
  }
});

sqliteOnly('the fingerprint cannot be searched back to the ID number without the key', async () => {
  const key = Buffer.alloc(32, 9);
  const t = await fuzzApp({ idKey: key });
  try {
    const token = await t.login('alice');
    const body = enrollment('R430100003', ID);
    await t.send({ method: 'POST', url: '/api/v1/newborn-enrollments', headers: { ...json, authorization: `Bearer ${token}` }, payload: JSON.stringify(body) });
    const db = new Database(t.database.file!, { readonly: true });
    const { fingerprint } = db.prepare('SELECT fingerprint FROM enrollments').get() as { fingerprint: string };
    db.close();
    const mac = fingerprint.split('.')[2];
    // Someone holding the file knows everything but the ID number, and that the ID's county and
    // birth date are hers: the thousand sequence numbers are all that is left to try.
    const candidates = Array.from({ length: 1000 }, (_, n) => {
      const first17 = `${ID.slice(0, 14)}${String(n).padStart(3, '0')}`;
      return `${first17}${checkDigit(first17)}`;
    });
    const canonical = (idNo: string) => enrollmentFingerprint({ ...body, guardian: { ...body.guardian, idNo } });
    const guesses = [
      (c: string) => createHash('sha256').update(canonical(c)).digest('base64url'),
      (c: string) => createHmac('sha256', '').update(canonical(c)).digest('base64url'),
      (c: string) => createHmac('sha256', Buffer.alloc(32, 8)).update(canonical(c)).digest('base64url'),
    ];
    for (const guess of guesses) expect(candidates.filter((c) => guess(c) === mac)).toEqual([]);
    // With the key the same search succeeds: the key is what keeps the number in.
    expect(candidates.filter((c) => idSealer(key).fingerprint(canonical(c)) === fingerprint)).toEqual([ID]);
    expect(fingerprint).not.toContain(ID.slice(0, 6));
  } finally {
    await t.close();
  }
});

sqliteOnly('a database of before (raw ID numbers, plain fingerprints) is sealed when the server opens it; its records replay', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunbao-at-rest-'));
  const file = path.join(dir, 'old.sqlite');
  try {
    // As the server of before left it: schema 2, the raw number in the record and in the fingerprint.
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
      INSERT INTO schema_migrations VALUES (1, 'enrollments', '2026-01-01T00:00:00.000Z'), (2, 'certificate numbers unique per owner', '2026-01-01T00:00:00.000Z');
      CREATE TABLE enrollments (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, owner TEXT NOT NULL, certificate_no TEXT NOT NULL,
        fingerprint TEXT NOT NULL, record TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (owner, certificate_no));
      CREATE INDEX enrollments_owner ON enrollments (owner, created_at DESC, seq DESC);`);
    const body = enrollment('R430100004', ID);
    const record: EnrollmentAnswer = {
      id: 'old-record',
      status: 'submitted',
      ...body,
      coverageStart: '2026-03-15',
      birthYearPremiumWaived: true,
      guardian: { ...body.guardian },
      createdAt: '2026-03-16T08:00:00.000Z',
      citation: 'HN-2025-45 三(三)',
    };
    old.prepare('INSERT INTO enrollments (id, owner, certificate_no, fingerprint, record, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      record.id, 'dev:alice', body.certificateNo, enrollmentFingerprint(body), JSON.stringify(record), record.createdAt,
    );
    old.close();
    expect(holds(filesOf(file), ID)).toBe(true);

    const t = await fuzzApp({ databasePath: file, idKey: Buffer.alloc(32, 3) });
    try {
      expect(holds(filesOf(file), 'R430100004')).toBe(true);
      for (const s of [ID, ID.slice(0, 17)]) expect(holds(filesOf(file), s)).toBe(false);
      const token = await t.login('alice');
      const replay = await t.send({ method: 'POST', url: '/api/v1/newborn-enrollments', headers: { ...json, authorization: `Bearer ${token}` }, payload: JSON.stringify(body) });
      expect(replay.status).toBe(200);
      expect(JSON.parse(replay.body)).toMatchObject({ id: 'old-record', guardian: { idNo: '430421********' + ID.slice(14) } });
      const exported = JSON.parse((await t.send({ method: 'GET', url: '/api/v1/me/export', headers: { authorization: `Bearer ${token}` } })).body) as ExportAnswer;
      expect(exported.enrollments).toEqual([record]);
    } finally {
      await t.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
