// The twelve prenatal checks (rules.md §1): items and order from the attachment of WZ-DRAFT
// (生育保险产前检查范围, names copied character for character), windows decided from the 2018
// Chinese guideline. The items are the scope Wenzhou's maternity insurance reimburses, shown as
// 参考项目: the doctor decides what is actually done.
import { fromDayNumber } from './dates';
import { datingFor, validateDating } from './dating';
import { type CheckDefinition, type CheckItem, type CheckStatus, type ChecksAnswer, type CheckWindow, type IsoDate, type Result, type TimelineAnswer, type TimelineRequest } from './types';
import { fail, invalid, isAbsent, isRecord, Issues, ok } from './validate';

/** Where the items come from, as the app shows it beside them. */
export const CHECK_ITEMS_SOURCE = '温州市生育保险产前检查范围（征求意见稿附件）';
export const CHECK_ITEMS_CITATION = 'WZ-DRAFT 附件';
/** Outside Wenzhou the items are folded away under this (rules.md §1), never called her scope. */
export const CHECK_ITEMS_ELSEWHERE_TITLE = '温州医保列出的参考项目（不是您当地的报销范围）';

const NAMES = ['第一次检查', '第二次检查', '第三次检查', '第四次检查', '第五次检查', '第六次检查', '第七次检查', '第八次检查', '第九次检查', '第十次检查', '第十一次检查', '第十二次检查'] as const;

/** Gestational weeks of each check, inclusive: week `from`+0 days to week `to`+6 days (rules.md §1). */
const WEEKS: readonly (readonly [number, number])[] = [
  [6, 13],
  [14, 19],
  [20, 24],
  [25, 28],
  [29, 30],
  [31, 32],
  [33, 34],
  [35, 36],
  [37, 37],
  [38, 38],
  [39, 39],
  [40, 41],
];

const ITEMS: readonly (readonly string[])[] = [
  ['尿HCG', 'B超检查≥2处', '人乳头瘤病毒HPV', '阴道镜检查', '宫腔镜检查', '白带常规', '静脉采血', '血常规（五分类）', '尿常规', '心电图', '超声常规检查', '胎盘成熟度检测', '血红蛋白电泳试验（地贫筛查）'],
  [
    '产前检查（均含胎心多普勒）',
    '静脉采血',
    '血型（ABO、Rh）',
    '血常规（五分类）',
    '尿常规',
    '肾功能3项（尿素氮、肌酐、尿酸）',
    '肝功能6项（谷草转氨酶、谷丙转氨酶、总蛋白、白蛋白、总胆红素、胆汁酸）',
    '乙肝两对半',
    '丙肝病毒抗体',
    '梅毒血清抗体',
    '血糖',
    '唐氏筛查项目（包括甲胎蛋白、雌三醇、绒毛膜促性腺激素）',
  ],
  ['产前检查', '尿常规', '胎儿系统彩色多普勒超声检查', '胎儿脐血监测和胎盘成熟度检测'],
  ['产前检查', '尿常规', '静脉采血', '血糖筛查'],
  ['产前检查', '尿常规', '静脉采血', 'ABO抗体检测'],
  ['产前检查', '静脉采血', '血常规', '尿常规', '超声常规检查', '胎盘成熟度检测'],
  ['产前检查', '尿常规'],
  ['产前检查', '胎心监测', '尿常规'],
  [
    '产前检查',
    '尿常规',
    '超声常规检查',
    '胎盘成熟度检测',
    '静脉采血',
    '血常规',
    '肾功能3项（尿素氮、肌酐、尿酸）',
    '肝功能6项（谷草转氨酶、谷丙转氨酶、总蛋白、白蛋白、总胆红素、胆汁酸）',
    '胎心监测',
  ],
  ['产前检查', '胎心监测', '尿常规'],
  ['产前检查', '尿常规', '超声常规检查', '胎盘成熟度检测', '胎心监测'],
  ['产前检查', '胎心监测', '尿常规'],
];

const OPTIONAL = ['唐氏筛查项目（基因检测筛查）', '甲功三项', '抗D滴度检查', '阴道分泌物检查', '宫颈脱落细胞学检查', '宫颈分泌物检测淋球菌', '宫颈分泌物检测沙眼衣原体'] as const;

export const CHECK_COUNT = 12;

/** The twelve checks: no, name, weeks and items with ids c{no}-{n}. */
export const CHECKS: readonly CheckDefinition[] = NAMES.map((name, i) => {
  const [from, to] = WEEKS[i] ?? [0, 0];
  return {
    no: i + 1,
    name,
    weeks: { from, to },
    items: (ITEMS[i] ?? []).map((item, n) => ({ id: `c${i + 1}-${n + 1}`, name: item })),
  };
});

/** The app's one name of check `no`: 第三次产检 (the catalog keeps the attachment's 第三次检查). */
export const checkTitleOf = (no: number): string => `${NAMES[no - 1]?.replace(/检查$/, '') ?? `第${no}次`}产检`;

/** The attachment's 备选 items, ids opt-{n}. */
export const OPTIONAL_ITEMS: readonly CheckItem[] = OPTIONAL.map((name, n) => ({ id: `opt-${n + 1}`, name }));

/** GET /checks (a fresh copy each call). */
export function checkCatalog(): ChecksAnswer {
  return {
    checks: CHECKS.map((c) => ({ no: c.no, name: c.name, weeks: { ...c.weeks }, items: c.items.map((i) => ({ ...i })) })),
    optional: OPTIONAL_ITEMS.map((i) => ({ ...i })),
  };
}

/** A check's window as day numbers: start = lmp + from×7, end = lmp + to×7 + 6. */
export const checkWindowDays = (lmpDay: number, check: CheckDefinition): { start: number; end: number } => ({
  start: lmpDay + check.weeks.from * 7,
  end: lmpDay + check.weeks.to * 7 + 6,
});

/** Status on a day: done if recorded; else upcoming before the window, due within it, overdue after. */
export function checkStatus(done: boolean, todayDay: number, start: number, end: number): CheckStatus {
  if (done) return 'done';
  return todayDay < start ? 'upcoming' : todayDay <= end ? 'due' : 'overdue';
}

/** The windows and statuses of the twelve checks, and the lowest check not done whose window has not ended. */
export function checkWindows(lmpDay: number, todayDay: number, done: ReadonlySet<number>): { checks: CheckWindow[]; nextCheckNo: number | null } {
  let nextCheckNo: number | null = null;
  const checks = CHECKS.map((c) => {
    const { start, end } = checkWindowDays(lmpDay, c);
    const isDone = done.has(c.no);
    if (nextCheckNo === null && !isDone && todayDay <= end) nextCheckNo = c.no;
    return { no: c.no, start: fromDayNumber(start), end: fromDayNumber(end), status: checkStatus(isDone, todayDay, start, end) };
  });
  return { checks, nextCheckNo };
}

function doneSet(issues: Issues, done: unknown): Set<number> {
  const set = new Set<number>();
  if (isAbsent(done)) return set;
  if (!Array.isArray(done)) {
    issues.add('done', '已完成的产检应为 1 到 12 的编号列表');
    return set;
  }
  if (done.length > CHECK_COUNT) issues.add('done', '已完成的产检最多 12 次');
  done.forEach((no: unknown, i) => {
    if (typeof no !== 'number' || !Number.isInteger(no) || no < 1 || no > CHECK_COUNT) issues.add(`done.${i}`, '产检编号应为 1 到 12 之间的整数');
    else if (set.has(no)) issues.add('done', `第 ${no} 次产检重复记录了，每次产检只记一次`);
    else set.add(no);
  });
  return set;
}

/** POST /pregnancy/timeline. `req.today` overrides `today`. */
export function pregnancyTimeline(req: TimelineRequest, today: IsoDate): Result<TimelineAnswer> {
  if (!isRecord(req)) return fail(invalid('', '请求内容应为一个对象'));
  const issues = new Issues();
  const done = doneSet(issues, req.done);
  // Gestation out of 0…308 days is reported on `today` (the day it is computed for).
  const v = validateDating(issues, req.dating, isAbsent(req.today) ? today : req.today, 'today', 'today');
  if (!v) return fail(issues.error());
  // One fresh object given the other's fields: spreading both cost V8 ~1.4 µs a call (bench/README.md).
  return ok(Object.assign(datingFor(v.lmpDay, v.todayDay), checkWindows(v.lmpDay, v.todayDay, done)));
}
