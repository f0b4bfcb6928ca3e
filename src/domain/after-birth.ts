// After the birth (rules.md §10): what the family must do, by when, as a dated list with its status
// on `today`. After a loss the list is only her check and the allowance, in gentle words.
import { addDays, addMonths, dayNumberOf, fromDayNumber } from './dates';
import { childcareSubsidy } from './childcare-subsidy';
import { benefitTerms } from './eligibility';
import { newbornTerms, NEWBORN_WINDOW_DAYS } from './newborn';
import { type RegionPolicy } from './policy';
import { NEWBORN_REASON } from './policy/common';
import { resolveRegion } from './regions';
import {
  type AfterBirthPlan,
  type AfterBirthRequest,
  type AfterBirthTask,
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

/** A task's words and places; its date and status are added from the birth and today. */
type TaskText = Omit<AfterBirthTask, 'id' | 'due' | 'status' | 'daysLeft'>;

const BIRTH_CERTIFICATE: TaskText = {
  title: '领取出生医学证明',
  when: '出院前',
  after: null,
  what: '出生医学证明由分娩的医院签发，是给宝宝上户口和参保的凭证；出院前请核对宝宝和父母的信息是否正确。',
  where: ['分娩的医院'],
  bring: ['父母双方的居民身份证'],
  whenLate: null,
  citation: null,
};

const HUKOU: TaskText = {
  title: '给宝宝上户口（出生登记）',
  when: '出生后1个月内',
  after: 'birth-certificate',
  what: '宝宝出生后1个月内，到宝宝常住地的户口登记机关（派出所）申报出生登记；上了户口，才能申领育儿补贴。',
  where: ['宝宝常住地派出所的户籍窗口', '“出生一件事”窗口（线下）'],
  bring: ['出生医学证明', '父母双方的居民身份证和户口簿', '父母的结婚证（如有）'],
  whenLate: '已经超过1个月也可以办理：请尽快带上材料到派出所申报出生登记；育儿补贴要等户口办好后才能申领。',
  citation: 'HUKOU-1958 七',
};

const checkText = (region: RegionPolicy, kind: 'birth' | 'loss'): TaskText => {
  const service = region.postpartumCheck.service?.[kind];
  const common = { after: null, citation: region.postpartumCheck.citation };
  if (kind === 'loss') {
    return {
      ...common,
      title: '身体复查',
      when: '妊娠结束后42天左右（或按医生的安排）',
      what: `妊娠结束后42天左右（或按医生的安排），请回医院复查，看看身体恢复得怎么样。也请照顾好自己的心情，需要时可以和医生或家人聊一聊。${service ?? ''}`,
      where: ['就诊的医院'],
      bring: ['出院小结或病历'],
      whenLate: '还没复查的，随时都可以预约；身体有不适，请及时就医。',
    };
  }
  return {
    ...common,
    title: '产后42天健康检查',
    when: '产后42天左右',
    what: `产后42天左右，妈妈和宝宝一起到分娩的医院或社区卫生服务中心做健康检查。${service ?? ''}`,
    where: ['分娩的医院', '社区卫生服务中心'],
    bring: ['母子健康手册', '出院小结'],
    whenLate: '还没做的，请尽快预约检查；身体有不适，请随时就医。',
  };
};

const enrollmentText = (where: string[], bring: string[]): TaskText => ({
  title: '给宝宝参加医保',
  when: `出生后${NEWBORN_WINDOW_DAYS}天内`,
  after: 'birth-certificate',
  what: NEWBORN_REASON,
  where,
  bring,
  whenLate: `超过${NEWBORN_WINDOW_DAYS}天也可以参保，但医保待遇从参保之日起算，请尽快办理。`,
  // GOV-2024-38: enrolled within 90 days, covered from birth (the date this task is due by).
  citation: 'GOV-2024-38',
});

const SUBSIDY: TaskText = {
  title: '申领育儿补贴',
  when: '上户口之后（没有截止日期）',
  after: 'hukou',
  what: '3周岁以下的孩子每人每年3600元，按月计算；在孩子户籍所在地申领，所以要先上户口。',
  where: ['当地政务服务平台（线上）', '乡镇（街道）办事处（线下）'],
  bring: ['孩子的户口簿和出生医学证明', '申领人（父母一方或监护人）的居民身份证', '接收补贴的本人银行账户'],
  whenLate: null,
  citation: 'GOV-2025-YEBT',
};

const allowanceText = (kind: 'birth' | 'loss', reason: string, application: string, citation: Citation): TaskText => ({
  title: '生育津贴',
  when: kind === 'birth' ? '产假期间' : '休假期间',
  after: null,
  what: `${reason}${application}`,
  where: [],
  bring: [],
  whenLate: null,
  citation,
});

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

/** The dated after-birth list (rules.md §10) on `today`: each task with its due date, status, where to go and what to bring. */
export function afterBirthPlan(req: AfterBirthRequest, today: IsoDate): Result<AfterBirthPlan> {
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
  const dated: { id: AfterBirthTaskId; due: IsoDate | null; text: TaskText }[] = [];
  if (kind === 'birth') {
    const terms = newbornTerms({ birthDate: date, region: region.code, guardianInsuredInRegion: false }, today);
    dated.push({ id: 'birth-certificate', due: null, text: BIRTH_CERTIFICATE });
    dated.push({ id: 'hukou', due: addMonths(date, HUKOU_MONTHS), text: HUKOU });
    dated.push({ id: 'postpartum-check', due: addDays(date, POSTPARTUM_CHECK_DAYS), text: checkText(region, kind) });
    dated.push({ id: 'newborn-enrollment', due: terms.deadline, text: enrollmentText(terms.filing.where, terms.filing.bring) });
    const subsidy = childcareSubsidy({ birthDate: date }, today);
    if (subsidy.ok && subsidy.value.eligible) dated.push({ id: 'childcare-subsidy', due: null, text: SUBSIDY });
  } else {
    dated.push({ id: 'postpartum-check', due: addDays(date, POSTPARTUM_CHECK_DAYS), text: checkText(region, kind) });
  }
  const allowance = benefitTerms(region, 'maternity-allowance', insurance, eventDay, fullyFunded);
  if (allowance.eligible) {
    dated.push({ id: 'maternity-allowance', due: null, text: allowanceText(kind, allowance.reason, region.maternity.application, allowance.citation) });
  }

  const tasks: AfterBirthTask[] = dated.map(({ id, due, text }) => {
    const dueDay = due === null ? Number.NaN : dayNumberOf(due);
    const status = done.has(id) ? 'done' : due !== null && todayDay > dueDay ? 'overdue' : 'due';
    return {
      id,
      title: text.title,
      due,
      when: text.when,
      status,
      daysLeft: due === null ? null : dueDay - todayDay,
      after: text.after,
      what: text.what,
      where: [...text.where],
      bring: [...text.bring],
      whenLate: text.whenLate,
      citation: text.citation,
    };
  });
  return ok({
    kind,
    tasks,
    nextTaskId: tasks.find((t) => t.status !== 'done')?.id ?? null,
    notices: kind === 'loss' ? [LOSS_NOTICE] : [],
  });
}
