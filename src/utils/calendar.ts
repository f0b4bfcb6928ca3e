// Putting the checks in her calendar. WeChat adds one event per call and only from a tap
// (Taro.addPhoneCalendar), so the app offers the next check on the tab and each check on its page.
// H5 gets one iCalendar file (RFC 5545) with all twelve: all-day events, UTF-8, CRLF line ends,
// lines folded at 75 octets.
import Taro from '@tarojs/taro';
import { checkTitleOf, formatChineseDate, weeksLabel, type ChecksAnswer, type TimelineAnswer } from '@/domain';
import { downloadInBrowser } from './export-file';

export interface CheckEvent {
  no: number;
  uid: string;
  /** 'YYYY-MM-DD': the first day of the check's window (the event's day). */
  date: string;
  /** The window's last day. */
  end: string;
  title: string;
  description: string;
}

/** One event per check, on the first day of its window. */
export function checkEvents(timeline: Pick<TimelineAnswer, 'lmp' | 'checks'>, catalog: Pick<ChecksAnswer, 'checks'>): CheckEvent[] {
  return timeline.checks.map((w) => {
    const c = catalog.checks.find((x) => x.no === w.no);
    const weeks = c ? weeksLabel(c.weeks) : '';
    return {
      no: w.no,
      uid: `yunbao-check-${w.no}-${w.start}@yunbao`,
      date: w.start,
      end: w.end,
      title: `孕保通：${checkTitleOf(w.no)}${weeks ? `（${weeks}）` : ''}`,
      description: `建议在 ${formatChineseDate(w.start)} 至 ${formatChineseDate(w.end)} 之间完成。具体检查项目由医生决定；做完后可在孕保通记录这次产检和费用。`,
    };
  });
}

/**
 * The reminder: 09:00 the day before (15 hours before the event's midnight), in the .ics file and
 * in WeChat's addPhoneCalendar, where an all-day event's alarm otherwise rings at midnight.
 */
export const REMINDER_BEFORE_SECONDS = 15 * 3600;

const compact = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** RFC 5545 §3.3.11 TEXT escaping. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTF-8 octets of a string (no TextEncoder in every mini-app runtime). */
function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF + one space; never split a character. */
export function foldLine(line: string): string {
  if (utf8Length(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8Length(ch);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The whole calendar as text (CRLF line ends, ending with CRLF). */
export function buildIcs(events: CheckEvent[], at: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//YunBao//孕保通 产检日历//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:孕保通 产检',
    'X-WR-TIMEZONE:Asia/Shanghai',
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp(at)}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.title)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(e.title)}`,
      `TRIGGER:-PT${REMINDER_BEFORE_SECONDS / 3600}H`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

export const ICS_FILE_NAME = 'yunbao-checks.ics';

/** H5's calendar button and what it does, in plain words (the file's format is not hers to know). */
export const CALENDAR_DOWNLOAD_LABEL = '把十二次产检加入日历';
export const CALENDAR_DOWNLOAD_HINT = '会下载一个日历文件，用手机或电脑自带的日历打开，就能一次添加全部十二次产检。';
export const calendarDownloadedNote = `已下载日历文件 ${ICS_FILE_NAME}，打开它即可把十二次产检加入日历。`;

/** H5: download the calendar file. False where the browser cannot. */
export function downloadIcs(text: string, fileName = ICS_FILE_NAME): boolean {
  return downloadInBrowser(fileName, text, 'text/calendar;charset=utf-8');
}

/** Seconds since the epoch of 00:00 in Asia/Shanghai on `iso`. */
export const shanghaiMidnight = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00+08:00`) / 1000);

/** WeChat: one all-day event (call from a tap). Resolves to a message for her. */
export async function addToPhoneCalendar(e: CheckEvent): Promise<{ ok: boolean; message: string }> {
  try {
    await Taro.addPhoneCalendar({
      title: e.title,
      startTime: shanghaiMidnight(e.date),
      allDay: true,
      description: e.description,
      alarm: true,
      alarmOffset: REMINDER_BEFORE_SECONDS,
    });
    return { ok: true, message: '已加入手机日历' };
  } catch (err) {
    const msg = typeof err === 'object' && err !== null && 'errMsg' in err ? String((err as { errMsg: unknown }).errMsg) : '';
    if (/cancel/i.test(msg)) return { ok: false, message: '已取消' };
    if (/auth|deny|permission/i.test(msg)) return { ok: false, message: '未获得日历权限：请在右上角「…」→ 设置中允许孕保通使用日历' };
    return { ok: false, message: '未能加入日历，请稍后重试' };
  }
}

export const isWeapp = () => process.env.TARO_ENV === 'weapp';
