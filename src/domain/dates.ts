// Calendar days as 'YYYY-MM-DD' strings. Core dayjs (no plugins: main-package size) decides whether
// a string is a real day by a round trip; arithmetic runs on cached integer day numbers (days since
// 1970-01-01), because most answers repeat the same few dates.
import dayjs from 'dayjs';
import { type IsoDate } from './types';

export const MIN_DATE: IsoDate = '1900-01-01';
export const MAX_DATE: IsoDate = '2100-12-31';

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
// About 73,000 real days lie in range; the cap only stops a flood of junk strings growing it.
const CACHE_LIMIT = 200_000;

const dayOf = new Map<string, number>();
const isoOf = new Map<number, IsoDate>();

function parse(s: string): number {
  let n = Number.NaN;
  if (s.length === 10 && ISO_SHAPE.test(s) && s >= MIN_DATE && s <= MAX_DATE && dayjs(s).format('YYYY-MM-DD') === s) {
    n = Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / DAY_MS;
  }
  return n;
}

/**
 * The day number (days since 1970-01-01) of a real calendar day from 1900-01-01 to 2100-12-31,
 * or NaN for anything else.
 */
export function dayNumber(s: unknown): number {
  if (typeof s !== 'string') return Number.NaN;
  const hit = dayOf.get(s);
  if (hit !== undefined) return hit;
  const n = parse(s);
  if (dayOf.size >= CACHE_LIMIT) dayOf.clear();
  dayOf.set(s, n);
  return n;
}

/** The day number of a 'YYYY-MM-DD' the engine built itself (no range check: a due date may fall after 2100). */
export const dayNumberOf = (iso: IsoDate): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** 'YYYY-MM-DD' of a day number (any day number, also outside 1900–2100). */
export function fromDayNumber(n: number): IsoDate {
  const hit = isoOf.get(n);
  if (hit !== undefined) return hit;
  const iso = new Date(n * DAY_MS).toISOString().slice(0, 10);
  if (isoOf.size >= CACHE_LIMIT) isoOf.clear();
  isoOf.set(n, iso);
  return iso;
}

/** A real calendar day 'YYYY-MM-DD' between 1900-01-01 and 2100-12-31 (strict: no 2026-02-30). */
export function isIsoDate(s: unknown): s is IsoDate {
  return !Number.isNaN(dayNumber(s));
}

/** The calendar day in China (UTC+8) at the instant `now`. */
export function todayInShanghai(now: Date): IsoDate {
  // The instant shifted by +8 h, read as a UTC calendar day: independent of the machine's zone.
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** `to − from` in days (NaN when either is not a date). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The text date helpers answer for input that is not a date (never a throw: the app may pass what she typed). */
export const INVALID_DATE = 'Invalid Date';

/** The day `n` days after `d` (before, for negative `n`); INVALID_DATE when `d` is not a date or `n` not whole. */
export function addDays(d: IsoDate, n: number): IsoDate {
  const base = dayNumber(d);
  if (Number.isNaN(base) || !Number.isInteger(n)) return INVALID_DATE;
  return fromDayNumber(base + n);
}

/** Same as addDays (the name the benchmarks use). */
export const addDaysIso = addDays;

/** The first day of the month after the month of `d` (a valid date). */
export function firstOfNextMonth(d: IsoDate): IsoDate {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The day number of the first day of the month after the month of `d` (a valid date). */
export function firstOfNextMonthDay(d: IsoDate): number {
  // Date.UTC rolls month 12 (0-based: the 13th month) over to January of the next year.
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 1) / DAY_MS;
}

/** The same calendar day `years` years earlier (29 February falls back to the 28th). */
export function yearsBefore(d: IsoDate, years: number): IsoDate {
  return dayjs(d).subtract(years, 'year').format('YYYY-MM-DD');
}

/** The calendar year of a date. */
export const yearOf = (d: IsoDate): number => Number(d.slice(0, 4));

/** Months since year 0 of a date's (or a 'YYYY-MM''s) month: year × 12 + month − 1. */
export const monthIndex = (d: IsoDate): number => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;

/** 'YYYY-MM' of a month index. */
export const yearMonthOf = (index: number): string => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * The same day of the month `n` months later, or that month's last day when it is shorter
 * (2026-01-31 + 1 month = 2026-02-28), as dayjs adds months; INVALID_DATE for a bad date or `n`.
 */
export function addMonths(d: IsoDate, n: number): IsoDate {
  if (Number.isNaN(dayNumber(d)) || !Number.isInteger(n)) return INVALID_DATE;
  const month = monthIndex(d) + n;
  const year = Math.floor(month / 12);
  const lastDay = new Date(Date.UTC(year, (month % 12) + 1, 0)).getUTCDate();
  return `${yearMonthOf(month)}-${String(Math.min(Number(d.slice(8, 10)), lastDay)).padStart(2, '0')}`;
}
