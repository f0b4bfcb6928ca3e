// DELETE /me erases: after it answers 204, the caller's ID numbers, certificate numbers and names
// are gone from the SQLite file and its WAL, not only from the answers (a deleted row otherwise
// lingers in free pages and WAL frames until they happen to be reused). Another user's data stays.
// On PostgreSQL the same is checked of every row any connection can read; its files are the
// database server's (README: what DELETE /me leaves in PostgreSQL's pages and WAL).
import { fuzzApp } from '../fuzz/support/harness';
import { STORE_UNDER_TEST } from '../support/test-store';
import { residentId } from '../fuzz/support/oracle';

const enrollment = (certificateNo: string, idNo: string, babyName: string) => ({
  certificateNo,
  babyName,
  sex: 'F',
  birthDate: '2026-03-15',
  region: '430400',
  guardian: { name: '李华', idNo, relation: 'mother', insuredInRegion: true },
});

const where = STORE_UNDER_TEST === 'sqlite' ? 'the database file or its WAL' : 'any row of the database';

test(`after DELETE /me the caller’s personal data is not in ${where}`, async () => {
  const t = await fuzzApp();
  const aliceIds = [residentId('430421', '1992-03-15', 4), residentId('430421', '1993-05-06', 7)];
  const bobId = residentId('330302', '1990-07-01', 11);
  const files = () => t.database.contents();
  const contains = (buffers: Buffer[], s: string) => buffers.some((b) => b.includes(Buffer.from(s, 'utf8')));
  try {
    const alice = await t.login('alice');
    const bob = await t.login('bob');
    const post = (token: string, body: unknown) =>
      t.send({ method: 'POST', url: '/api/v1/newborn-enrollments', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, payload: JSON.stringify(body) });
    expect((await post(alice, enrollment('R430100001', aliceIds[0] as string, '欧阳满满'))).status).toBe(201);
    expect((await post(alice, enrollment('R430100002', aliceIds[1] as string, '欧阳朵朵'))).status).toBe(201);
    expect((await post(bob, enrollment('R330100003', bobId, '王小雨'))).status).toBe(201);
    expect(contains(await files(), 'R430100001')).toBe(true); // the scan sees what is stored
    expect((await t.send({ method: 'DELETE', url: '/api/v1/me', headers: { authorization: `Bearer ${alice}` } })).status).toBe(204);

    for (const when of ['while the server runs', 'after it closes']) {
      if (when === 'after it closes') await t.app.close();
      const now = await files();
      for (const secret of [...aliceIds, 'R430100001', 'R430100002', '欧阳满满', '欧阳朵朵']) {
        if (contains(now, secret)) throw new Error(`"${secret}" is still in ${where} ${when}, after DELETE /me`);
      }
      expect(contains(now, 'R330100003')).toBe(true); // bob's record is kept
    }
  } finally {
    await t.close();
  }
});
