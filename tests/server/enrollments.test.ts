// POST/GET /newborn-enrollments and /me: the api.md answer, masking, idempotent replay, 409
// within one account, owner isolation, export and deletion, and the order of errors.
import { Value } from '@sinclair/typebox/value';
import { EnrollmentAnswer, ExportAnswer } from '../../src/api/contract';
import { GUARDIAN_ID, GUARDIAN_ID_X, anEnrollment } from '../../mock/fixtures';
import { errorOf, makeApp, type TestApp } from './helpers';

let t: TestApp;
let alice: string;
let bob: string;
beforeEach(async () => {
  t = await makeApp();
  alice = await t.login('alice');
  bob = await t.login('bob');
});
afterEach(() => t.close());

const enroll = (token: string, body: unknown) => t.send('POST', '/api/v1/newborn-enrollments', { body, token });

test('201: the answer of api.md, ID number masked', async () => {
  const res = await enroll(alice, anEnrollment());
  expect(res.status).toBe(201);
  const body = res.json<EnrollmentAnswer>();
  expect(Value.Check(EnrollmentAnswer, body)).toBe(true);
  expect(body).toMatchObject({
    status: 'submitted',
    certificateNo: 'R430123456',
    babyName: '张小满',
    sex: 'F',
    birthDate: '2026-03-15',
    region: '430400',
    coverageStart: '2026-03-15',
    birthYearPremiumWaived: true,
    guardian: { name: '李华', idNo: '430421********0047', relation: 'mother', insuredInRegion: true },
    createdAt: '2026-03-20T08:00:00.000Z',
  });
  expect(typeof body.citation).toBe('string');
  expect(body.id).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  expect(res.body).not.toContain(GUARDIAN_ID);
});

test('the same user with the same data gets 200 and the record as first stored', async () => {
  const first = (await enroll(alice, anEnrollment())).json<EnrollmentAnswer>();
  t.clock.advance(100 * 24 * 3600 * 1000); // coverage would now be computed differently
  alice = await t.login('alice'); // the first token has expired by now
  const again = await enroll(alice, { ...anEnrollment(), guardian: { ...anEnrollment().guardian } });
  expect(again.status).toBe(200);
  expect(again.json()).toEqual(first);
});

test('defaults and the x → X normalisation count as the same data', async () => {
  const body = anEnrollment({ guardian: { idNo: GUARDIAN_ID_X, insuredInRegion: undefined } });
  const first = await enroll(alice, body);
  expect(first.status).toBe(201);
  expect(first.json<EnrollmentAnswer>().guardian).toMatchObject({ idNo: '110105********002X', insuredInRegion: false });
  const lower = anEnrollment({ guardian: { idNo: GUARDIAN_ID_X.toLowerCase(), insuredInRegion: false } });
  expect((await enroll(alice, lower)).status).toBe(200);
  expect((await enroll(alice, anEnrollment({ guardian: { idNo: GUARDIAN_ID_X, insuredInRegion: null } }))).status).toBe(200);
});

test('409 ENROLLMENT_EXISTS: the same user with other data', async () => {
  await enroll(alice, anEnrollment());
  const changed = await enroll(alice, anEnrollment({ babyName: '张小雨' }));
  expect(changed.status).toBe(409);
  expect(errorOf(changed).code).toBe('ENROLLMENT_EXISTS');
});

test('another user records the same certificate number as a record of their own', async () => {
  const hers = (await enroll(alice, anEnrollment())).json<EnrollmentAnswer>();
  const theirs = await enroll(bob, anEnrollment({ babyName: '张小雨' }));
  expect(theirs.status).toBe(201);
  expect(theirs.json<EnrollmentAnswer>()).toMatchObject({ certificateNo: hers.certificateNo, babyName: '张小雨' });
  expect(theirs.json<EnrollmentAnswer>().id).not.toBe(hers.id);
  expect((await t.send('GET', '/api/v1/newborn-enrollments', { token: alice })).json()).toEqual({ enrollments: [hers] });
  // Her own repeat is still recognised as hers.
  expect((await enroll(alice, anEnrollment())).status).toBe(200);
});

test('the order of errors: 400 before 404 before 409', async () => {
  await enroll(alice, anEnrollment());
  const invalid = await enroll(alice, anEnrollment({ babyName: 'Tom' }));
  expect(invalid.status).toBe(400);
  const unsupported = await enroll(alice, anEnrollment({ region: '110000' }));
  expect(unsupported.status).toBe(404);
  expect(errorOf(unsupported).code).toBe('REGION_UNSUPPORTED');
});

test.each<[string, Record<string, unknown>, string]>([
  ['certificate lowercase', { certificateNo: 'r430123456' }, 'certificateNo'],
  ['certificate too short', { certificateNo: 'R43012345' }, 'certificateNo'],
  ['certificate with space', { certificateNo: ' R430123456' }, 'certificateNo'],
  ['certificate with newline', { certificateNo: 'R430123456\n' }, 'certificateNo'],
  ['ID check digit wrong', { guardian: { idNo: '430421199203150048' } }, 'guardian.idNo'],
  ['ID birth date not real', { guardian: { idNo: '430421199202300040' } }, 'guardian.idNo'],
  ['ID of 15 digits', { guardian: { idNo: '430421920315004' } }, 'guardian.idNo'],
  ['baby name in Latin letters', { babyName: 'Tom' }, 'babyName'],
  ['baby name of 21 characters', { babyName: '张'.repeat(21) }, 'babyName'],
  ['name with a leading middle dot', { guardian: { name: '·李华' } }, 'guardian.name'],
  ['birth in the future', { birthDate: '2026-03-21' }, 'birthDate'],
  ['birth over 18 years ago', { birthDate: '2008-03-19' }, 'birthDate'],
  ['sex X', { sex: 'X' }, 'sex'],
  ['relation aunt', { guardian: { relation: 'aunt' } }, 'guardian.relation'],
  ['unknown field', { nickname: '满满' }, 'nickname'],
])('400: %s', async (_name, override, path) => {
  const res = await enroll(alice, anEnrollment(override as never));
  expect(res.status).toBe(400);
  expect(errorOf(res).code).toBe('VALIDATION_FAILED');
  expect(errorOf(res).details.map((d) => d.path)).toContain(path);
  expect(res.body).not.toContain('430421199203150048');
});

test('lookalike characters in names are stored as the characters they show (NFKC); the same name either way is the same data', async () => {
  const res = await enroll(alice, anEnrollment({ babyName: '\u2F08小满', guardian: { name: '李\u2E9F' } }));
  expect(res.status).toBe(201);
  expect(res.json<EnrollmentAnswer>()).toMatchObject({ babyName: '人小满', guardian: { name: '李母' } });
  const again = await enroll(alice, anEnrollment({ babyName: '人小满', guardian: { name: '李母' } }));
  expect(again.status).toBe(200);
  expect(again.json()).toEqual(res.json());
});

test('names with a middle dot between Han characters are accepted', async () => {
  const res = await enroll(alice, anEnrollment({ babyName: '阿依·古丽', guardian: { name: '买买提·艾力' } }));
  expect(res.status).toBe(201);
});

test('owner isolation: lists and ids are per user', async () => {
  const mine = (await enroll(alice, anEnrollment())).json<EnrollmentAnswer>();
  expect((await t.send('GET', `/api/v1/newborn-enrollments/${mine.id}`, { token: alice })).json()).toEqual(mine);
  const theirs = await t.send('GET', `/api/v1/newborn-enrollments/${mine.id}`, { token: bob });
  expect(theirs.status).toBe(404);
  expect(errorOf(theirs).code).toBe('NOT_FOUND');
  expect((await t.send('GET', '/api/v1/newborn-enrollments/unknown-id', { token: alice })).status).toBe(404);
  expect((await t.send('GET', '/api/v1/newborn-enrollments', { token: bob })).json()).toEqual({ enrollments: [] });
});

test('list newest first; export unmasked; DELETE /me clears and the number may be enrolled again', async () => {
  const a = (await enroll(alice, anEnrollment())).json<EnrollmentAnswer>();
  t.clock.advance(60_000);
  const b = (await enroll(alice, anEnrollment({ certificateNo: 'R430123457', babyName: '张小雨' }))).json<EnrollmentAnswer>();
  const list = (await t.send('GET', '/api/v1/newborn-enrollments', { token: alice })).json<{ enrollments: EnrollmentAnswer[] }>();
  expect(list.enrollments.map((e) => e.id)).toEqual([b.id, a.id]);
  expect(JSON.stringify(list)).not.toContain(GUARDIAN_ID);

  const exported = await t.send('GET', '/api/v1/me/export', { token: alice });
  expect(exported.status).toBe(200);
  const body = exported.json<ExportAnswer>();
  expect(Value.Check(ExportAnswer, body)).toBe(true);
  expect(body.user).toBe('dev:alice');
  expect(body.exportedAt).toBe(t.clock.now.toISOString());
  expect(body.enrollments.map((e) => e.guardian.idNo)).toEqual([GUARDIAN_ID, GUARDIAN_ID]);
  expect(body.enrollments.map((e) => e.id)).toEqual([b.id, a.id]);

  const deleted = await t.send('DELETE', '/api/v1/me', { token: alice });
  expect(deleted.status).toBe(204);
  expect(deleted.body).toBe('');
  expect((await t.send('GET', '/api/v1/newborn-enrollments', { token: alice })).json()).toEqual({ enrollments: [] });
  expect((await t.send('GET', `/api/v1/newborn-enrollments/${a.id}`, { token: alice })).status).toBe(404);
  expect((await t.send('GET', '/api/v1/me/export', { token: alice })).json()).toMatchObject({ user: 'dev:alice', enrollments: [] });
  const again = await enroll(alice, anEnrollment());
  expect(again.status).toBe(201);
  expect(again.json<EnrollmentAnswer>().id).not.toBe(a.id);
});

test('enrolled more than 90 days after birth: coverage from the enrollment day', async () => {
  t.clock.advance(100 * 24 * 3600 * 1000); // 2026-06-28 in Shanghai
  const res = await enroll(await t.login('alice'), anEnrollment());
  expect(res.status).toBe(201);
  expect(res.json()).toMatchObject({ coverageStart: '2026-06-28' });
});
