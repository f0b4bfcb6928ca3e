// rules.md §1: the twelve checks (items of the WZ-DRAFT attachment, character for character),
// their windows, their status day by day under a fake clock, and nextCheckNo.
import {
  addDays,
  CHECK_ITEMS_SOURCE,
  checkCatalog,
  CHECKS,
  OPTIONAL_ITEMS,
  pregnancyTimeline,
  todayInShanghai,
  type CheckStatus,
  type TimelineRequest,
} from '../../src/domain';
import { errorOf, expectChinese, paths, readDoc, value } from './helpers';

/** The attachment of WZ-DRAFT as [stage, items][], read from the policy text itself. */
function attachment(): [string, string[]][] {
  const text = readDoc('docs/policy-docs/001_d248b45626109ca6.txt');
  const cells = text
    .slice(text.indexOf('生育保险产前检查范围'))
    .split('\n')
    .filter((l) => l.startsWith('\t'))
    .map((l) => l.slice(1))
    .slice(2); // the header row: 产前检查阶段 / 项目名称
  const groups: [string, string[]][] = [];
  for (let i = 0; i + 1 < cells.length; i += 2) {
    const stage = cells[i] ?? '';
    if (stage.trim() !== '') groups.push([stage, []]);
    groups[groups.length - 1]?.[1].push(cells[i + 1] ?? '');
  }
  return groups;
}

describe('the catalog (GET /checks)', () => {
  const groups = attachment();
  const catalog = checkCatalog();

  test('twelve checks and the 备选 items, in the attachment order, names character for character', () => {
    expect(groups).toHaveLength(13);
    expect(catalog.checks).toHaveLength(12);
    catalog.checks.forEach((c, i) => {
      const [stage, items] = groups[i] ?? ['', []];
      // The attachment writes the first stage "第一次检查：" (full-width colon); the name is without it.
      expect(stage.replace(/：$/, '')).toBe(c.name);
      expect(c.items.map((x) => x.name)).toEqual(items);
    });
    expect(groups[12]?.[0]).toBe('备选');
    expect(catalog.optional.map((x) => x.name)).toEqual(groups[12]?.[1]);
  });

  test('full-width brackets are kept', () => {
    expect(catalog.checks[0]?.items.map((x) => x.name)).toContain('血红蛋白电泳试验（地贫筛查）');
    expect(catalog.checks[1]?.items.map((x) => x.name)).toContain('血型（ABO、Rh）');
  });

  test('ids c{no}-{n} and opt-{n}, unique', () => {
    for (const c of catalog.checks) c.items.forEach((x, n) => expect(x.id).toBe(`c${c.no}-${n + 1}`));
    catalog.optional.forEach((x, n) => expect(x.id).toBe(`opt-${n + 1}`));
    const ids = [...catalog.checks.flatMap((c) => c.items.map((x) => x.id)), ...catalog.optional.map((x) => x.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(68 + 7);
  });

  test.each([
    [1, 6, 13],
    [2, 14, 19],
    [3, 20, 24],
    [4, 25, 28],
    [5, 29, 30],
    [6, 31, 32],
    [7, 33, 34],
    [8, 35, 36],
    [9, 37, 37],
    [10, 38, 38],
    [11, 39, 39],
    [12, 40, 41],
  ])('check %d: weeks %d–%d', (no, from, to) => {
    expect(catalog.checks[no - 1]).toMatchObject({ no, weeks: { from, to } });
  });

  test('the catalog is a fresh copy: changing it does not change the engine', () => {
    const a = checkCatalog();
    a.checks[0]!.items[0]!.name = 'changed';
    a.optional.pop();
    expect(checkCatalog().checks[0]?.items[0]?.name).toBe('尿HCG');
    expect(checkCatalog().optional).toHaveLength(OPTIONAL_ITEMS.length);
    expect(CHECKS[0]?.items[0]?.name).toBe('尿HCG');
  });

  test('the items say where they come from', () => {
    expect(CHECK_ITEMS_SOURCE).toBe('温州市生育保险产前检查范围（征求意见稿附件）');
  });
});

describe('POST /pregnancy/timeline', () => {
  const example: TimelineRequest = { dating: { method: 'lmp', date: '2026-01-05', cycleDays: 28 }, today: '2026-03-01', done: [1] };

  test('the api.md example', () => {
    const t = value(pregnancyTimeline(example, '2030-01-01'));
    expect(t).toMatchObject({
      lmp: '2026-01-05',
      edd: '2026-10-12',
      gestation: { days: 55, weeks: 7, dayOfWeek: 6, label: '孕7周+6天' },
      trimester: 1,
      band: 'early',
      nextCheckNo: 2,
    });
    expect(Object.keys(t)).toEqual(['lmp', 'edd', 'gestation', 'trimester', 'band', 'checks', 'nextCheckNo']);
    expect(t.checks[0]).toEqual({ no: 1, start: '2026-02-16', end: '2026-04-12', status: 'done' });
    expect(t.checks.map((c) => c.status)).toEqual(['done', ...Array<CheckStatus>(11).fill('upcoming')]);
  });

  test.each([
    [1, '2026-02-16', '2026-04-12'],
    [2, '2026-04-13', '2026-05-24'],
    [9, '2026-09-21', '2026-09-27'],
    [12, '2026-10-12', '2026-10-25'],
  ])('window of check %d: %s … %s (start = lmp + from×7, end = lmp + to×7 + 6)', (no, start, end) => {
    const t = value(pregnancyTimeline(example, '2026-03-01'));
    expect(t.checks[no - 1]).toMatchObject({ no, start, end });
  });

  test('req.today overrides the today argument; without it the argument is used', () => {
    expect(value(pregnancyTimeline({ ...example, today: null }, '2026-03-08')).gestation.days).toBe(62);
    expect(value(pregnancyTimeline({ dating: example.dating }, '2026-03-08')).gestation.days).toBe(62);
    expect(value(pregnancyTimeline(example, '2026-03-08')).gestation.days).toBe(55);
  });

  test.each([
    ['nothing done: the first check not ended', [], '2026-03-01', 1],
    ['check 1 done', [1], '2026-03-01', 2],
    ['check 1 overdue and not done: the next is 2, not 1', [], '2026-04-13', 2],
    ['checks 1 and 2 done', [1, 2], '2026-04-20', 3],
    ['a later one done does not skip an earlier one', [3], '2026-03-01', 1],
    ['every check done', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], '2026-03-01', null],
    ['the last window has ended', [], '2026-10-26', null],
    ['the last day of the last window', [], '2026-10-25', 12],
  ])('nextCheckNo: %s', (_name, done, today, next) => {
    expect(value(pregnancyTimeline({ dating: example.dating, done, today }, today)).nextCheckNo).toBe(next);
  });

  test.each<[string, unknown, string]>([
    ['done with a repeat', { ...example, done: [1, 1] }, 'done'],
    ['done with 13', { ...example, done: [13] }, 'done.0'],
    ['done with 0', { ...example, done: [2, 0] }, 'done.1'],
    ['done with 1.5', { ...example, done: [1.5] }, 'done.0'],
    ['done not a list', { ...example, done: 1 }, 'done'],
    ['gestation over 308 days', { ...example, today: '2026-11-10' }, 'today'],
    ['gestation below 0', { ...example, today: '2026-01-04' }, 'today'],
    ['today not a date', { ...example, today: '2026-02-30' }, 'today'],
    ['today before 1900', { ...example, today: '1899-12-31' }, 'today'],
    ['cycleDays with edd', { ...example, dating: { method: 'edd', date: '2026-10-12', cycleDays: 28 } }, 'dating.cycleDays'],
    ['embryoDay 4', { ...example, dating: { method: 'ivf', date: '2026-01-20', embryoDay: 4 } }, 'dating.embryoDay'],
    ['body not an object', [1, 2], ''],
  ])('400 %s', (_name, body, path) => {
    const r = pregnancyTimeline(body as TimelineRequest, '2026-03-01');
    expect(errorOf(r).code).toBe('VALIDATION_FAILED');
    expect(paths(r)).toContain(path);
    expectChinese(errorOf(r));
  });

  test('exactly 308 days is accepted', () => {
    expect(value(pregnancyTimeline({ ...example, today: '2026-11-09' }, '2026-03-01')).gestation.days).toBe(308);
  });
});

describe('a fake-clock walk through a pregnancy, day 0 to 300', () => {
  const LMP = '2026-01-05';
  afterEach(() => jest.useRealTimers());

  test('each check turns upcoming → due → overdue on exactly its days; marking one done changes nextCheckNo', () => {
    // 09:00 in Shanghai on the LMP day.
    jest.useFakeTimers({ now: new Date('2026-01-05T01:00:00.000Z') });
    const firstSeen = new Map<string, number>();
    for (let day = 0; day <= 300; day++) {
      const today = todayInShanghai(new Date());
      expect(today).toBe(addDays(LMP, day));
      const t = value(pregnancyTimeline({ dating: { method: 'lmp', date: LMP } }, today));
      expect(t.gestation.days).toBe(day);
      let expectedNext: number | null = null;
      for (const c of CHECKS) {
        const start = c.weeks.from * 7;
        const end = c.weeks.to * 7 + 6;
        const expected: CheckStatus = day < start ? 'upcoming' : day <= end ? 'due' : 'overdue';
        const status = t.checks[c.no - 1]?.status;
        expect({ no: c.no, day, status }).toEqual({ no: c.no, day, status: expected });
        const key = `${c.no}:${expected}`;
        if (!firstSeen.has(key)) firstSeen.set(key, day);
        if (expectedNext === null && day <= end) expectedNext = c.no;
      }
      expect(t.nextCheckNo).toBe(expectedNext);
      // Marking the next check done moves nextCheckNo to the one after it (or null after the last).
      if (t.nextCheckNo !== null) {
        const marked = value(pregnancyTimeline({ dating: { method: 'lmp', date: LMP }, done: [t.nextCheckNo] }, today));
        expect(marked.checks[t.nextCheckNo - 1]?.status).toBe('done');
        expect(marked.nextCheckNo).toBe(t.nextCheckNo === 12 ? null : t.nextCheckNo + 1);
      }
      jest.setSystemTime(Date.now() + 86_400_000);
    }
    // The transitions, day by day: due on day from×7, overdue on day to×7 + 7.
    for (const c of CHECKS) {
      expect(firstSeen.get(`${c.no}:due`)).toBe(c.weeks.from * 7);
      if (c.weeks.to * 7 + 7 <= 300) expect(firstSeen.get(`${c.no}:overdue`)).toBe(c.weeks.to * 7 + 7);
    }
    expect(firstSeen.get('1:upcoming')).toBe(0);
    expect(firstSeen.get('12:overdue')).toBe(294);
  });
});
