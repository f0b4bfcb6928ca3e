// After the birth (rules.md §10): what the family must do, by when, as a dated list with its status
// on `today`. After a loss the list is only her check and the allowance, in gentle words. This is
// the schedule (what, by when, the source); where to go and what to bring are after-birth-details.ts.
import { addDays, addMonths, dayNumberOf, fromDayNumber } from './dates';
import { childcareSubsidy } from './childcare-subsidy';
import { benefitTerms } from './eligibility';
import { newbornTerms, NEWBORN_WINDOW_DAYS } from './newborn';
import { type RegionPolicy } from './policy';
import { resolveRegion } from './regions';
import {
  type AfterBirthRequest,
  type AfterBirthSchedule,
  type AfterBirthScheduledTask,
  type AfterBirthTaskId,
  type Citation,
  type IsoDate,
  type Result,
} from './types';
import { dateField, fail, fullyFundedField, insuranceField, invalid, isAbsent, isRecord, Issues, ok, regionField, regionUnsupported } from './validate';

/** HUKOU-1958 七: a birth is registered within one month. */
export const HUKOU_MONTHS = 1;
/** The postpartum check at 42 days (national practice, no text here). */
export const POSTPARTUM_CHECK_DAYS = 42;

export const AFTER_BIRTH_TASK_IDS: readonly AfterBirthTaskId[] = [
  'birth-certificate',
  'hukou',
  'postpartum-check',
  'newborn-enrollment',
  'childcare-subsidy',
  'maternity-allowance',
];

export const LOSS_NOTICE = '愿您好好休养。这里只列出和您身体恢复、休假待遇有关的事，其余的都可以先放一放。';

/** What a task is called, when it is due in words, what comes first and its source. */
export type TaskHead = Pick<AfterBirthScheduledTask, 'title' | 'when' | 'after' | 'citation'>;

const BIRTH_CERTIFICATE_HEAD: TaskHead = { title: '领取出生医学证明', when: '出院前', after: null, citation: null };
export const HUKOU_HEAD: TaskHead = { title: '给宝宝上户口（出生登记）', when: '出生后1个月内', after: 'birth-certificate', citation: 'HUKOU-1958 七' };
// GOV-2024-38: enrolled within 90 days, covered from birth (the date this task is due by).
const ENROLLMENT_HEAD: TaskHead = { title: '给宝宝参加医保', when: `出生后${NEWBORN_WINDOW_DAYS}天内`, after: 'birth-certificate', citation: 'GOV-2024-38' };
export const SUBSIDY_HEAD: TaskHead = { title: '申领育儿补贴', when: '上户口之后（没有截止日期）', after: 'hukou', citation: 'GOV-2025-YEBT' };

const checkHead = (region: RegionPolicy, kind: 'birth' | 'loss'): TaskHead =>
  kind === 'loss'
    ? { title: '身体复查', when: '妊娠结束后42天左右（或按医生的安排）', after: null, citation: region.postpartumCheck.citation }
    : { title: '产后42天健康检查', when: '产后42天左右', after: null, citation: region.postpartumCheck.citation };

const allowanceHead = (kind: 'birth' | 'loss', citation: Citation): TaskHead => ({ title: '生育津贴', when: kind === 'birth' ? '产假期间' : '休假期间', after: null, citation });

function readDone(issues: Issues, value: unknown): Set<AfterBirthTaskId> {
  const done = new Set<AfterBirthTaskId>();
  if (isAbsent(value)) return done;
  if (!Array.isArray(value)) {
    issues.add('done', '已完成的事项应为一个列表');
    return done;
  }
  value.forEach((id: unknown, i) => {
    const known = AFTER_BIRTH_TASK_IDS.find((t) => t === id);
    if (known) done.add(known);
    else issues.add(`done.${i}`, '不认识的事项');
  });
  return done;
}

/** The dated after-birth list (rules.md §10) on `today`: each task with its due date, status and source (what the home page shows). */
export function afterBirthSchedule(req: AfterBirthRequest, today: IsoDate): Result<AfterBirthSchedule> {
  if (!isRecord(req)) return fail(invalid('', '请求内容应为一个对象'));
  const issues = new Issues();
  const code = regionField(issues, req.region);
  const insurance = insuranceField(issues, req.insurance);
  const fullyFunded = fullyFundedField(issues, req.employer);
  const event: unknown = req.event;
  let kind: 'birth' | 'loss' | null = null;
  let eventDay = Number.NaN;
  if (!isRecord(event)) issues.add('event', '请说明是分娩（birth）还是妊娠终止（loss），以及日期');
  else {
    kind = event.kind === 'birth' || event.kind === 'loss' ? event.kind : null;
    if (kind === null) issues.add('event.kind', '请选择分娩（birth）或妊娠终止（loss）');
    eventDay = dateField(issues, event.date, 'event.date', kind === 'loss' ? '妊娠终止的日期' : '分娩日期', true);
  }
  const todayDay = dateField(issues, today, 'today', '今天的日期', true);
  const done = readDone(issues, req.done);
  if (issues.any || code === null || insurance === null || kind === null) return fail(issues.error());
  const region = resolveRegion(code);
  if (!region) return fail(regionUnsupported());

  const date = fromDayNumber(eventDay);
  const dated: { id: AfterBirthTaskId; due: IsoDate | null; head: TaskHead }[] = [];
  if (kind === 'birth') {
    const terms = newbornTerms({ birthDate: date, region: region.code, guardianInsuredInRegion: false }, today);
    dated.push({ id: 'birth-certificate', due: null, head: BIRTH_CERTIFICATE_HEAD });
    dated.push({ id: 'hukou', due: addMonths(date, HUKOU_MONTHS), head: HUKOU_HEAD });
    dated.push({ id: 'postpartum-check', due: addDays(date, POSTPARTUM_CHECK_DAYS), head: checkHead(region, kind) });
    dated.push({ id: 'newborn-enrollment', due: terms.deadline, head: ENROLLMENT_HEAD });
    const subsidy = childcareSubsidy({ birthDate: date }, today);
    if (subsidy.ok && subsidy.value.eligible) dated.push({ id: 'childcare-subsidy', due: null, head: SUBSIDY_HEAD });
  } else {
    dated.push({ id: 'postpartum-check', due: addDays(date, POSTPARTUM_CHECK_DAYS), head: checkHead(region, kind) });
  }
  const allowance = benefitTerms(region, 'maternity-allowance', insurance, eventDay, fullyFunded);
  if (allowance.eligible) dated.push({ id: 'maternity-allowance', due: null, head: allowanceHead(kind, allowance.citation) });

  const tasks: AfterBirthScheduledTask[] = dated.map(({ id, due, head }) => {
    const dueDay = due === null ? Number.NaN : dayNumberOf(due);
    const status = done.has(id) ? 'done' : due !== null && todayDay > dueDay ? 'overdue' : 'due';
    return { id, title: head.title, due, when: head.when, status, daysLeft: due === null ? null : dueDay - todayDay, after: head.after, citation: head.citation };
  });
  return ok({
    kind,
    tasks,
    nextTaskId: tasks.find((t) => t.status !== 'done')?.id ?? null,
    notices: kind === 'loss' ? [LOSS_NOTICE] : [],
  });
}
