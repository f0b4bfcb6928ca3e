// rules.md §10: the dated after-birth list on `today`, with the days either side of each due date
// (户口 birth + 1 month, postpartum check birth + 42 days, enrollment birth + 90 days), ticks kept
// done, and after a loss only her check and the allowance, in gentle words.
import {
  addDays,
  afterBirthPlan,
  afterBirthSchedule,
  subsidySteps,
  type AfterBirthPlan,
  type AfterBirthRequest,
  type AfterBirthTask,
  type AfterBirthTaskId,
} from '../../src/domain';
import { errorOf, expectChinese, paths, value } from './helpers';

const BIRTH = '2026-03-15';
const request = (o: Partial<AfterBirthRequest> = {}): AfterBirthRequest => ({
  region: '430400',
  insurance: 'employee',
  event: { kind: 'birth', date: BIRTH },
  ...o,
});
const plan = (today: string, o: Partial<AfterBirthRequest> = {}): AfterBirthPlan => value(afterBirthPlan(request(o), today));
const task = (p: AfterBirthPlan, id: AfterBirthTaskId): AfterBirthTask => {
  const t = p.tasks.find((x) => x.id === id);
  if (!t) throw new Error(`no task ${id} in ${p.tasks.map((x) => x.id).join()}`);
  return t;
};

test('a birth in Hengyang: six tasks in the order they come due, each with where, what to bring and its source', () => {
  const p = plan(BIRTH);
  expect(p.kind).toBe('birth');
  expect(p.tasks.map((t) => [t.id, t.due, t.citation])).toEqual([
    ['birth-certificate', null, null],
    ['hukou', '2026-04-15', 'HUKOU-1958 七'],
    ['postpartum-check', '2026-04-26', 'HN-WJ-2025-12 三(四)'],
    ['newborn-enrollment', '2026-06-13', 'GOV-2024-38'],
    ['childcare-subsidy', null, 'GOV-2025-YEBT'],
    ['maternity-allowance', null, 'HN-WJ-2025-12 四(三)2'],
  ]);
  for (const t of p.tasks) {
    expect(t.status).toBe('due');
    expect(t.title).toMatch(/\p{Script=Han}/u);
    expect(t.what).toMatch(/。$/);
  }
  expect(task(p, 'childcare-subsidy').after).toBe('hukou');
  expect(task(p, 'newborn-enrollment').where).toContain('湘医保（线上）');
  expect(task(p, 'newborn-enrollment').bring).toContain('出生医学证明');
  expect(task(p, 'postpartum-check').what).toMatch(/湘悦产康包/);
  expect(task(p, 'maternity-allowance').what).toMatch(/本人/);
  expect(p.nextTaskId).toBe('birth-certificate');
  expect(p.notices).toEqual([]);
});

describe('status on today: due through the due date, overdue the day after', () => {
  test.each<[AfterBirthTaskId, string]>([
    ['hukou', '2026-04-15'],
    ['postpartum-check', '2026-04-26'],
    ['newborn-enrollment', '2026-06-13'],
  ])('%s due %s', (id, due) => {
    expect(task(plan(addDays(due, -1)), id)).toMatchObject({ due, status: 'due', daysLeft: 1 });
    expect(task(plan(due), id)).toMatchObject({ due, status: 'due', daysLeft: 0 });
    const late = task(plan(addDays(due, 1)), id);
    expect(late).toMatchObject({ due, status: 'overdue', daysLeft: -1 });
    expect(late.whenLate).toMatch(/\p{Script=Han}/u);
  });

  test('tasks without a date stay due however late it is', () => {
    const p = plan('2027-03-15');
    for (const id of ['birth-certificate', 'childcare-subsidy', 'maternity-allowance'] as const) {
      expect(task(p, id)).toMatchObject({ due: null, status: 'due', daysLeft: null });
    }
  });

  test.each<[string, string]>([
    ['2026-01-31', '2026-02-28'],
    ['2024-01-31', '2024-02-29'],
    ['2026-03-31', '2026-04-30'],
    ['2026-12-31', '2027-01-31'],
    ['2026-02-28', '2026-03-28'],
  ])('户口: born %s, due %s (one calendar month, the month-end when shorter)', (date, due) => {
    expect(task(plan(date, { event: { kind: 'birth', date } }), 'hukou').due).toBe(due);
  });

  test('enrollment due 90 days after birth, the last day cover still starts at birth', () => {
    expect(task(plan(BIRTH), 'newborn-enrollment')).toMatchObject({ due: addDays(BIRTH, 90), daysLeft: 90 });
  });
});

describe('ticks kept done', () => {
  test('a task ticked is done even past its date; the next task is the first not done', () => {
    const p = plan('2026-04-20', { done: ['birth-certificate', 'hukou'] });
    expect(task(p, 'hukou').status).toBe('done');
    expect(p.nextTaskId).toBe('postpartum-check');
    const all = plan('2026-04-20', { done: ['birth-certificate', 'hukou', 'postpartum-check', 'newborn-enrollment', 'childcare-subsidy', 'maternity-allowance'] });
    expect(all.tasks.every((t) => t.status === 'done')).toBe(true);
    expect(all.nextTaskId).toBeNull();
  });

  test('an overdue task not ticked is the next one, with what to do now', () => {
    const p = plan('2026-04-20', { done: ['birth-certificate'] });
    expect(p.nextTaskId).toBe('hukou');
    expect(task(p, 'hukou')).toMatchObject({ status: 'overdue', daysLeft: -5 });
  });

  test('repeated ticks and ticks of tasks not on the list are harmless', () => {
    expect(plan(BIRTH, { done: ['hukou', 'hukou'] }).tasks.filter((t) => t.status === 'done').map((t) => t.id)).toEqual(['hukou']);
    const lossPlan = plan(BIRTH, { event: { kind: 'loss', date: BIRTH }, done: ['hukou'] });
    expect(lossPlan.tasks.every((t) => t.status === 'due')).toBe(true);
  });
});

describe('by region and insurance: data, not codes', () => {
  test.each<[string, string, string | null, RegExp]>([
    ['Hunan', '430100', 'HN-WJ-2025-12 三(四)', /湘悦产康包/],
    ['Wenzhou', '330381', null, /分娩的医院或社区卫生服务中心/],
    ['Jilin', '220200', null, /分娩的医院或社区卫生服务中心/],
  ])('%s: the postpartum check', (_name, region, citation, what) => {
    const t = task(plan(BIRTH, { region }), 'postpartum-check');
    expect(t.citation).toBe(citation);
    expect(t.what).toMatch(what);
    if (citation === null) expect(t.what).not.toMatch(/湘/);
  });

  test.each<[string, Partial<AfterBirthRequest>, boolean, string | null]>([
    ['Hunan resident: no allowance task', { insurance: 'resident' }, false, null],
    ['Jilin employee: paid to the unit', { region: '220200' }, true, 'JL-2024 五(二)'],
    ['Jilin employee of a fully funded unit: no allowance task', { region: '220200', employer: { fullyFunded: true } }, false, null],
    ['Wenzhou employee: without an application', { region: '330300' }, true, 'WZ-DRAFT 二(三)'],
  ])('%s', (_name, o, present, citation) => {
    const p = plan(BIRTH, o);
    const t = p.tasks.find((x) => x.id === 'maternity-allowance');
    expect(t !== undefined).toBe(present);
    if (t) expect(t.citation).toBe(citation);
  });

  test('Jilin: the allowance task says it goes to the unit; Wenzhou: no application', () => {
    expect(task(plan(BIRTH, { region: '220200' }), 'maternity-allowance').what).toMatch(/单位/);
    expect(task(plan(BIRTH, { region: '330300' }), 'maternity-allowance').what).toMatch(/不用申请/);
  });

  test('the subsidy task only for a child who gets a month of it', () => {
    expect(plan('2024-01-10', { event: { kind: 'birth', date: '2021-12-01' } }).tasks.map((t) => t.id)).not.toContain('childcare-subsidy');
    expect(plan('2024-01-10', { event: { kind: 'birth', date: '2022-02-01' } }).tasks.map((t) => t.id)).toContain('childcare-subsidy');
  });
});

describe('after a loss', () => {
  test('only her check and the allowance, dated from the day it ended, in gentle words', () => {
    const p = plan('2026-03-20', { event: { kind: 'loss', date: BIRTH } });
    expect(p.kind).toBe('loss');
    expect(p.tasks.map((t) => [t.id, t.due])).toEqual([
      ['postpartum-check', '2026-04-26'],
      ['maternity-allowance', null],
    ]);
    expect(p.notices).toHaveLength(1);
    const text = JSON.stringify(p);
    for (const word of ['宝宝', '婴儿', '新生儿', '母乳', '育儿', '户口', '出生']) expect(text).not.toContain(word);
    expect(task(p, 'postpartum-check').title).toBe('身体复查');
    expect(task(p, 'maternity-allowance').when).toBe('休假期间');
  });

  test('her check, either side of its date', () => {
    const loss = { event: { kind: 'loss', date: BIRTH } } as const;
    expect(task(plan('2026-04-26', loss), 'postpartum-check')).toMatchObject({ status: 'due', daysLeft: 0 });
    expect(task(plan('2026-04-27', loss), 'postpartum-check')).toMatchObject({ status: 'overdue', daysLeft: -1 });
  });

  test('not eligible for the allowance: only her check', () => {
    expect(plan(BIRTH, { insurance: 'none', event: { kind: 'loss', date: BIRTH } }).tasks.map((t) => t.id)).toEqual(['postpartum-check']);
  });
});

describe('400 VALIDATION_FAILED, then 404', () => {
  test.each<[string, unknown, string, string]>([
    ['body not an object', 'x', BIRTH, ''],
    ['region of five digits', request({ region: '43040' }), BIRTH, 'region'],
    ['unknown insurance', request({ insurance: 'x' as 'none' }), BIRTH, 'insurance'],
    ['no event', request({ event: undefined as unknown as AfterBirthRequest['event'] }), BIRTH, 'event'],
    ['unknown kind', request({ event: { kind: 'x' as 'birth', date: BIRTH } }), BIRTH, 'event.kind'],
    ['not a calendar day', request({ event: { kind: 'birth', date: '2026-02-30' } }), BIRTH, 'event.date'],
    ['today not a day', request(), '2026-13-01', 'today'],
    ['done not a list', request({ done: 'hukou' as unknown as AfterBirthTaskId[] }), BIRTH, 'done'],
    ['an unknown tick', request({ done: ['hukou', 'visa' as AfterBirthTaskId] }), BIRTH, 'done.1'],
    ['employer without fullyFunded', request({ employer: {} as { fullyFunded: boolean } }), BIRTH, 'employer.fullyFunded'],
  ])('%s', (_name, body, today, path) => {
    const r = afterBirthPlan(body as AfterBirthRequest, today);
    expect(errorOf(r).code).toBe('VALIDATION_FAILED');
    expect(paths(r)).toContain(path);
    expectChinese(errorOf(r));
  });

  test('an unsupported region is 404 REGION_UNSUPPORTED', () => {
    expect(errorOf(afterBirthPlan(request({ region: '110000' }), BIRTH)).code).toBe('REGION_UNSUPPORTED');
  });
});

test('the subsidy is claimed after the 户口: two steps, each with where to go, what to bring and its source', () => {
  const steps = subsidySteps();
  expect(steps.map((s) => [s.title, s.citation])).toEqual([
    ['给宝宝上户口（出生登记）', 'HUKOU-1958 七'],
    ['申领育儿补贴', 'GOV-2025-YEBT'],
  ]);
  const p = plan(BIRTH);
  for (const [step, id] of [[steps[0], 'hukou'], [steps[1], 'childcare-subsidy']] as const) {
    const t = task(p, id);
    expect(step).toEqual({ title: t.title, when: t.when, what: t.what, where: t.where, bring: t.bring, citation: t.citation });
  }
  steps[0]!.where.push('changed');
  expect(subsidySteps()[0]!.where).not.toContain('changed');
});

test.each<[string, Partial<AfterBirthRequest>, string]>([
  ['a birth in Hengyang', {}, BIRTH],
  ['a birth, ticks kept, overdue', { done: ['hukou'] }, '2026-07-01'],
  ['a birth in Jilin, a fully funded unit', { region: '220000', employer: { fullyFunded: true } }, BIRTH],
  ['a loss in Wenzhou', { region: '330300', event: { kind: 'loss', date: BIRTH } }, BIRTH],
])('the schedule (home) is the plan without where to go and what to bring: %s', (_name, o, today) => {
  const full = plan(today, o);
  const schedule = value(afterBirthSchedule(request(o), today));
  expect(schedule).toEqual({
    ...full,
    tasks: full.tasks.map(({ what: _what, where: _where, bring: _bring, whenLate: _whenLate, ...head }) => head),
  });
  expect(errorOf(afterBirthSchedule(request({ region: '110000' }), today)).code).toBe(errorOf(afterBirthPlan(request({ region: '110000' }), today)).code);
});
