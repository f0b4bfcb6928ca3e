// Logs are JSON lines without ID numbers, certificate numbers, names or tokens, whatever the
// request did (created, replayed, refused, malformed, exported).
import { GUARDIAN_ID, anEnrollment } from '../../mock/fixtures';
import { makeApp } from './helpers';

test('no personal data and no token in any log line', async () => {
  const lines: string[] = [];
  const t = await makeApp({ logger: { level: 'trace', stream: { write: (line: string) => void lines.push(line) } } });
  try {
    const token = await t.login('alice');
    const body = anEnrollment();
    const raw = JSON.stringify(body);
    const post = (payload: unknown, headers: Record<string, string> = {}) =>
      t.send('POST', '/api/v1/newborn-enrollments', { body: payload, token, headers });
    expect((await post(body)).status).toBe(201);
    expect((await post(body)).status).toBe(200);
    expect((await post(anEnrollment({ babyName: '张小雨' }))).status).toBe(409);
    expect((await post(raw.slice(0, -3))).status).toBe(400); // malformed JSON quoting the ID
    expect((await post(anEnrollment({ guardian: { idNo: '430421199203150048' } }))).status).toBe(400);
    expect((await post(raw, { 'content-type': 'text/plain' })).status).toBe(400);
    expect((await post({ ...body, pad: 'x'.repeat(70_000) })).status).toBe(413);
    expect((await t.send('GET', '/api/v1/me/export', { token })).status).toBe(200);
    expect((await t.send('GET', '/api/v1/newborn-enrollments?certificateNo=R430123456', { token })).status).toBe(200);
    expect((await t.send('GET', '/api/v1/newborn-enrollments', { token: 'forged.token.x' })).status).toBe(401);
  } finally {
    await t.close();
  }
  expect(lines.length).toBeGreaterThan(10);
  for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  const all = lines.join('\n');
  for (const secret of [GUARDIAN_ID, '430421199203150048', 'R430123456', '张小满', '张小雨', '李华', 'forged.token']) {
    expect(all).not.toContain(secret);
  }
  expect(all).not.toMatch(/Bearer/i);
});
