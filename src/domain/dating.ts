// Dating a pregnancy (rules.md §2): the effective LMP is always edd − 280; gestation counts from it.
import { dayNumber, fromDayNumber } from './dates';
import { type DatingInput, type GestationBand, type IsoDate, type PregnancyDating, type Result, type Trimester } from './types';
import { fail, isAbsent, isRecord, Issues, ok } from './validate';

/** 280 days from LMP to EDD (Naegele). */
export const PREGNANCY_DAYS = 280;
/** 44+0 weeks: the most days of gestation the engine accepts. */
export const MAX_GESTATION_DAYS = 308;
/** IVF (ACOG Committee Opinion 700): edd = transfer + 266 − embryo age in days. */
export const IVF_TRANSFER_TO_EDD = 266;
export const DEFAULT_CYCLE_DAYS = 28;
/** Menstrual cycles the LMP dating accepts, in whole days (rules.md §2). */
export const MIN_CYCLE_DAYS = 21;
export const MAX_CYCLE_DAYS = 45;
export const CYCLE_DAYS_MESSAGE = `月经周期请填写 ${MIN_CYCLE_DAYS} 到 ${MAX_CYCLE_DAYS} 之间的整数`;
/** From 37+0 weeks a pregnancy is full term (band `term`). */
export const TERM_DAYS = 259;

export const isCycleDays = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= MIN_CYCLE_DAYS && v <= MAX_CYCLE_DAYS;

export const trimesterOf = (days: number): Trimester => (days < 98 ? 1 : days < 196 ? 2 : 3);

/** What a birth on that day would be called; not her condition (rules.md §2). */
export const bandOf = (days: number): GestationBand => (days < 196 ? 'early' : days < TERM_DAYS ? 'preterm' : days < 294 ? 'term' : 'post-term');

export const gestationLabel = (days: number): string => `孕${Math.floor(days / 7)}周+${days % 7}天`;

/** The effective LMP day number of a dating input, NaN when the input is invalid (issues noted). */
export function lmpDayOf(issues: Issues, dating: unknown, path = 'dating'): number {
  if (!isRecord(dating)) {
    issues.add(path, '请填写推算孕周的方式：末次月经（lmp）、预产期（edd）或胚胎移植日（ivf）');
    return Number.NaN;
  }
  const { method } = dating;
  if (method !== 'lmp' && method !== 'edd' && method !== 'ivf') {
    issues.add(`${path}.method`, '推算方式应为末次月经（lmp）、预产期（edd）或胚胎移植日（ivf）之一');
    return Number.NaN;
  }
  const label = method === 'lmp' ? '末次月经日期' : method === 'edd' ? '预产期' : '胚胎移植日期';
  let day = Number.NaN;
  if (isAbsent(dating.date)) issues.add(`${path}.date`, `请填写${label}`);
  else {
    day = dayNumber(dating.date);
    if (Number.isNaN(day)) issues.add(`${path}.date`, `${label}不是有效日期，请填写真实的日期（YYYY-MM-DD）`);
  }
  const cycle = dating.cycleDays;
  const embryo = dating.embryoDay;
  let offset = 0;
  if (method === 'lmp') {
    if (!isAbsent(cycle)) {
      if (!isCycleDays(cycle)) issues.add(`${path}.cycleDays`, CYCLE_DAYS_MESSAGE);
      else offset = cycle - DEFAULT_CYCLE_DAYS;
    }
    if (!isAbsent(embryo)) issues.add(`${path}.embryoDay`, '只有按胚胎移植日推算时才填写胚胎天数');
  } else if (method === 'edd') {
    if (!isAbsent(cycle)) issues.add(`${path}.cycleDays`, '按预产期推算时不需要填写月经周期');
    if (!isAbsent(embryo)) issues.add(`${path}.embryoDay`, '只有按胚胎移植日推算时才填写胚胎天数');
    offset = -PREGNANCY_DAYS;
  } else {
    if (!isAbsent(cycle)) issues.add(`${path}.cycleDays`, '按胚胎移植日推算时不需要填写月经周期');
    if (embryo !== 3 && embryo !== 5 && embryo !== 6) {
      issues.add(`${path}.embryoDay`, '请选择移植的胚胎天数：第3天、第5天或第6天');
      return Number.NaN;
    }
    offset = IVF_TRANSFER_TO_EDD - embryo - PREGNANCY_DAYS;
  }
  return day + offset;
}

function rangeMessage(method: DatingInput['method'], days: number): string {
  if (days < 0) {
    if (method === 'lmp') return '按末次月经推算孕期还没有开始：末次月经日期应早于今天，请检查日期';
    if (method === 'edd') return '预产期距今超过 280 天，按它推算孕期还没有开始，请检查日期';
    return '按胚胎移植日推算孕期还没有开始，请检查移植日期';
  }
  if (method === 'lmp') return '按末次月经推算已超过 44 周（308 天），请检查末次月经日期';
  if (method === 'edd') return '预产期已过去 4 周以上（孕周超过 44 周），请检查预产期';
  return '按胚胎移植日推算已超过 44 周（308 天），请检查移植日期';
}

/** The dating answer for an effective LMP and today (both valid day numbers). */
export function datingFor(lmpDay: number, todayDay: number): PregnancyDating {
  const days = todayDay - lmpDay;
  return {
    lmp: fromDayNumber(lmpDay),
    edd: fromDayNumber(lmpDay + PREGNANCY_DAYS),
    gestation: { days, weeks: Math.floor(days / 7), dayOfWeek: days % 7, label: gestationLabel(days) },
    trimester: trimesterOf(days),
    band: bandOf(days),
  };
}

/**
 * Validates a dating and today, and checks gestation is 0 … 308 days (the error on `rangePath`).
 * Returns the effective LMP and today as day numbers.
 */
export function validateDating(
  issues: Issues,
  dating: unknown,
  today: unknown,
  todayPath: string,
  rangePath: string,
): { lmpDay: number; todayDay: number } | null {
  const lmpDay = lmpDayOf(issues, dating);
  const todayDay = dayNumber(today);
  if (Number.isNaN(todayDay)) issues.add(todayPath, '今天的日期无效，请填写真实的日期（YYYY-MM-DD）');
  if (issues.any) return null;
  const days = todayDay - lmpDay;
  if (days < 0 || days > MAX_GESTATION_DAYS) {
    issues.add(rangePath, rangeMessage((dating as DatingInput).method, days));
    return null;
  }
  return { lmpDay, todayDay };
}

/** LMP, EDD, gestation, trimester and band on `today`; gestation must be 0 … 308 days. */
export function datePregnancy(dating: DatingInput, today: IsoDate): Result<PregnancyDating> {
  const issues = new Issues();
  const v = validateDating(issues, dating, today, 'today', 'dating.date');
  if (!v) return fail(issues.error());
  return ok(datingFor(v.lmpDay, v.todayDay));
}
