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

test('a line per refusal and per logged-in answer; anonymous successes as one summary per route', async () => {
  const lines: string[] = [];
  const t = await makeApp({ logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } } });
  const estimate = {
    region: '430400',
    insurance: 'resident',
    deliveryDate: '2026-03-15',
    hospital: { designated: true, obstetrics: true, inRegion: true, level: 2, zeroCopay: { joinedOn: '2025-12-10', leftOn: null } },
    costs: { inScope: 420000 },
  };
  try {
    const token = await t.login('bob');
    lines.length = 0;
    expect((await t.send('GET', '/api/v1/newborn-enrollments?certificateNo=R430123456', { token })).status).toBe(200);
    expect((await t.send('GET', '/api/v1/no-such-thing')).status).toBe(404);
    expect((await t.send('POST', '/api/v1/eligibility', { body: { region: '430400' } })).status).toBe(400);
    for (let i = 0; i < 3; i++) expect((await t.send('POST', '/api/v1/delivery-estimate', { body: estimate })).status).toBe(200);
    expect((await t.send('GET', '/api/v1/health')).status).toBe(200);
    const parsed = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const answered = parsed().filter((l) => l.msg === 'answered');
    expect(answered.map((l) => [l.method, l.url, l.statusCode])).toEqual([
      ['GET', '/api/v1/newborn-enrollments', 200],
      ['GET', '/api/v1/no-such-thing', 404],
      ['POST', '/api/v1/eligibility', 400],
    ]);
    for (const l of answered) {
      expect(typeof l.ms).toBe('number');
      expect(typeof l.reqId).toBe('string');
    }
    // Fastify's own "incoming request" / "request completed" lines are off.
    expect(lines.some((l) => l.includes('incoming request') || l.includes('request completed'))).toBe(false);
    expect(parsed().filter((l) => l.msg === 'answers summary')).toEqual([]);
  } finally {
    await t.close();
  }
  // The summaries are written each minute and when the server closes.
  const summaries = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'answers summary');
  expect(summaries.map((l) => [l.route, l.answered])).toEqual([
    ['POST /api/v1/delivery-estimate', 3],
    ['GET /api/v1/health', 1],
  ]);
  for (const l of summaries) {
    expect(l.p50).toEqual(expect.any(Number));
    expect(Number(l.p99)).toBeGreaterThanOrEqual(Number(l.p50));
    expect(Number(l.max)).toBeGreaterThanOrEqual(Number(l.p99) - 0.1);
  }
});

test('an object carrying personal data logged by mistake is censored', async () => {
  const lines: string[] = [];
  const t = await makeApp({ logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } } });
  try {
    const body = anEnrollment();
    t.app.log.info({ body, guardian: body.guardian, idNo: GUARDIAN_ID, certificateNo: 'R430123456', token: 'abc.def' }, 'mistake');
  } finally {
    await t.close();
  }
  const all = lines.join('\n');
  expect(all).toContain('mistake');
  for (const secret of [GUARDIAN_ID, 'R430123456', '张小满', '李华', 'abc.def']) expect(all).not.toContain(secret);
});

test('repeated 404s and 429s: a line each for the first ten a minute, then one count', async () => {
  const lines: string[] = [];
  const t = await makeApp({ rateLimitPerMinute: 30, logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } } });
  try {
    for (let i = 0; i < 45; i++) await t.send('GET', `/api/v1/probe-${i}`);
  } finally {
    await t.close();
  }
  const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  const answered = parsed.filter((l) => l.msg === 'answered');
  expect(answered.filter((l) => l.statusCode === 404)).toHaveLength(10);
  expect(answered.filter((l) => l.statusCode === 429)).toHaveLength(10);
  const summaries = parsed.filter((l) => l.msg === 'refusals summary').map((l) => [l.statusCode, l.logged, l.suppressed]);
  expect(summaries).toEqual([
    [404, 10, 20],
    [429, 10, 5],
  ]);
  expect(lines.length).toBeLessThan(45);
});
