// After the birth (rules.md §10), the details of each task on the schedule of after-birth.ts: what
// it is, where to go, what to bring and, once late, what to do now; and how the childcare subsidy is
// claimed. Only the list's own page reads them (see index.ts), so they reach the engine through core.
import {
  afterBirthSchedule,
  benefitTerms,
  dayNumber,
  HUKOU_HEAD,
  NEWBORN_REASON,
  NEWBORN_WINDOW_DAYS,
  newbornTerms,
  resolveRegion,
  SUBSIDY_HEAD,
  type AfterBirthPlan,
  type AfterBirthRequest,
  type AfterBirthTask,
  type AfterBirthTaskId,
  type IsoDate,
  type RegionPolicy,
  type Result,
  type SubsidyStep,
} from './core';

/** What a task is, where to go, what to bring, and what to do once it is late. */
type TaskBody = Pick<AfterBirthTask, 'what' | 'where' | 'bring' | 'whenLate'>;

const BIRTH_CERTIFICATE: TaskBody = {
  what: '出生医学证明由分娩的医院签发，是给宝宝上户口和参保的凭证；出院前请核对宝宝和父母的信息是否正确。',
  where: ['分娩的医院'],
  bring: ['父母双方的居民身份证'],
  whenLate: null,
};

const HUKOU: TaskBody = {
  what: '宝宝出生后1个月内，到宝宝常住地的户口登记机关（派出所）申报出生登记；上了户口，才能申领育儿补贴。',
  where: ['宝宝常住地派出所的户籍窗口', '“出生一件事”窗口（线下）'],
  bring: ['出生医学证明', '父母双方的居民身份证和户口簿', '父母的结婚证（如有）'],
  whenLate: '已经超过1个月也可以办理：请尽快带上材料到派出所申报出生登记；育儿补贴要等户口办好后才能申领。',
};

const SUBSIDY: TaskBody = {
  what: '3周岁以下的孩子每人每年3600元，按月计算；在孩子户籍所在地申领，所以要先上户口。',
  where: ['当地政务服务平台（线上）', '乡镇（街道）办事处（线下）'],
  bring: ['孩子的户口簿和出生医学证明', '申领人（父母一方或监护人）的居民身份证', '接收补贴的本人银行账户'],
  whenLate: null,
};

function checkBody(region: RegionPolicy, kind: 'birth' | 'loss'): TaskBody {
  const service = region.postpartumCheck.service?.[kind] ?? '';
  if (kind === 'loss') {
    return {
      what: `妊娠结束后42天左右（或按医生的安排），请回医院复查，看看身体恢复得怎么样。也请照顾好自己的心情，需要时可以和医生或家人聊一聊。${service}`,
      where: ['就诊的医院'],
      bring: ['出院小结或病历'],
      whenLate: '还没复查的，随时都可以预约；身体有不适，请及时就医。',
    };
  }
  return {
    what: `产后42天左右，妈妈和宝宝一起到分娩的医院或社区卫生服务中心做健康检查。${service}`,
    where: ['分娩的医院', '社区卫生服务中心'],
    bring: ['母子健康手册', '出院小结'],
    whenLate: '还没做的，请尽快预约检查；身体有不适，请随时就医。',
  };
}

/** How the childcare subsidy is claimed, in order: the 户口 first (the subsidy is applied for where the child is registered), then the application. */
export function subsidySteps(): SubsidyStep[] {
  return [
    { ...HUKOU_HEAD, ...HUKOU },
    { ...SUBSIDY_HEAD, ...SUBSIDY },
  ].map((t) => ({ title: t.title, when: t.when, what: t.what, where: [...t.where], bring: [...t.bring], citation: t.citation }));
}

/** The dated after-birth list (rules.md §10) on `today`: each task with its due date, status, where to go, what to bring and its source. */
export function afterBirthPlan(req: AfterBirthRequest, today: IsoDate): Result<AfterBirthPlan> {
  const schedule = afterBirthSchedule(req, today);
  if (!schedule.ok) return schedule;
  // The schedule has read the request: the region resolves and the date is a day.
  const region = resolveRegion(req.region)!;
  const { kind } = schedule.value;
  const date = req.event.date;
  const bodyOf = (id: AfterBirthTaskId): TaskBody => {
    switch (id) {
      case 'birth-certificate':
        return BIRTH_CERTIFICATE;
      case 'hukou':
        return HUKOU;
      case 'postpartum-check':
        return checkBody(region, kind);
      case 'newborn-enrollment': {
        const { filing } = newbornTerms({ birthDate: date, region: region.code, guardianInsuredInRegion: false }, today);
        return { what: NEWBORN_REASON, where: filing.where, bring: filing.bring, whenLate: `超过${NEWBORN_WINDOW_DAYS}天也可以参保，但医保待遇从参保之日起算，请尽快办理。` };
      }
      case 'childcare-subsidy':
        return SUBSIDY;
      case 'maternity-allowance': {
        const terms = benefitTerms(region, 'maternity-allowance', req.insurance, dayNumber(date), req.employer?.fullyFunded ?? false);
        return { what: `${terms.reason}${region.maternity.application}`, where: [], bring: [], whenLate: null };
      }
    }
  };
  const tasks: AfterBirthTask[] = schedule.value.tasks.map((t) => {
    const body = bodyOf(t.id);
    return { ...t, what: body.what, where: [...body.where], bring: [...body.bring], whenLate: body.whenLate };
  });
  return { ok: true, value: { ...schedule.value, tasks } };
}
