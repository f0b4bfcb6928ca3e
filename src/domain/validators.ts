// Validators of what a family types: resident ID numbers (GB 11643), birth certificate numbers,
// Han names. Each answers the normalised value or a Chinese reason the user can act on.
import { dayNumber, MIN_DATE } from './dates';
import { type IsoDate, type Result } from './types';
import { fail, invalid, ok } from './validate';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The GB 11643 check character of the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** An 18-character resident ID: 17 digits and a check character (X for 10; x accepted → X), birth date real, 1900-01-01 … today. */
export function validateResidentId(idNo: string, today: IsoDate, path = 'idNo'): Result<string> {
  if (typeof idNo !== 'string' || idNo.length !== 18) {
    return fail(invalid(path, '身份证号应为18位（17位数字加1位校验码），请核对；15位的旧身份证号请换用18位号码'));
  }
  if (!/^\d{17}[\dXx]$/.test(idNo)) return fail(invalid(path, '身份证号前17位应为数字，最后一位为数字或字母X，请核对'));
  const id = idNo.toUpperCase();
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const birthDay = dayNumber(birth);
  if (Number.isNaN(birthDay) || birth < MIN_DATE) {
    return fail(invalid(path, '身份证号第7到14位的出生日期不是真实的日期，请核对'));
  }
  if (birthDay > dayNumber(today)) return fail(invalid(path, '身份证号中的出生日期晚于今天，请核对'));
  if (residentIdCheckChar(id) !== id.charAt(17)) {
    return fail(invalid(path, '身份证号的最后一位（校验码）与前面的数字对不上，可能有数字输错，请逐位核对'));
  }
  return ok(id);
}

/** 出生医学证明编号: one capital letter and nine digits, nothing before or after. */
export function validateCertificateNo(no: string, path = 'certificateNo'): Result<string> {
  if (typeof no === 'string' && /^[A-Z][0-9]{9}$/.test(no)) return ok(no);
  if (typeof no !== 'string' || no === '') return fail(invalid(path, '请填写出生医学证明编号（1个大写字母加9位数字，例如 R430123456）'));
  if (no.trim() !== no) return fail(invalid(path, '出生医学证明编号前后不能有空格或换行，请删除后再试'));
  if (/^[a-z][0-9]{9}$/.test(no)) return fail(invalid(path, '出生医学证明编号的首字母应为大写，例如 R430123456'));
  return fail(invalid(path, '出生医学证明编号应为1个大写字母加9位数字，例如 R430123456，请对照出生医学证明核对'));
}

export const MAX_NAME_CHARS = 20;
const HAN_NAME = /^\p{Script=Han}+(?:·\p{Script=Han}+)*$/u;
const OTHER_DOTS = /[•・‧･∙⋅.。]/u;

/**
 * A Han name: 1–20 characters (code points) of Han script, a middle dot · only between two Han
 * characters; answered in NFKC, the form it is checked in (a Kangxi radical ⼈ is 人, a
 * compatibility ideograph its unified one), so a lookalike is stored as the character it shows.
 * `writtenOn` is the paper that has the name right (a baby's: the birth certificate, since no
 * household registration is needed).
 */
export function validateHanName(raw: string, path: string, writtenOn: '身份证' | '出生医学证明' = '身份证'): Result<string> {
  if (typeof raw !== 'string' || raw.length === 0) return fail(invalid(path, '请填写姓名（汉字）'));
  const name = raw.normalize('NFKC');
  const count = [...name].length;
  if (count > MAX_NAME_CHARS) return fail(invalid(path, `姓名最多${MAX_NAME_CHARS}个字，现在是${count}个字`));
  if (HAN_NAME.test(name)) return ok(name);
  if (/\s/u.test(name)) return fail(invalid(path, '姓名中不能有空格'));
  if (OTHER_DOTS.test(name)) return fail(invalid(path, '少数民族姓名中的间隔号请使用“·”'));
  if (name.includes('·')) return fail(invalid(path, '间隔号“·”只能用在两个汉字之间，不能在开头、结尾或连用'));
  return fail(invalid(path, `姓名只能包含汉字，少数民族姓名可用间隔号“·”隔开，请按${writtenOn}上的姓名填写`));
}

/** First 6 and last 4 characters kept, the 8 between masked (18 characters in, 18 out). */
export function maskResidentId(idNo: string): string {
  if (typeof idNo !== 'string') return '';
  if (idNo.length < 10) return '*'.repeat(idNo.length);
  return `${idNo.slice(0, 6)}${'*'.repeat(idNo.length - 10)}${idNo.slice(-4)}`;
}
