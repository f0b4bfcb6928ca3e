// Validators: GB 11643 resident IDs, birth certificate numbers, Han names, masking. Real-format
// examples and their near misses; every refusal is a Chinese reason.
import { maskResidentId, residentIdCheckChar, validateCertificateNo, validateHanName, validateResidentId } from '../../src/domain';
import { errorOf, expectChinese, value } from './helpers';

const TODAY = '2026-03-20';

describe('GB 11643 resident ID', () => {
  test.each([
    ['11010519491231002X', '11010519491231002X'], // the standard's example ending in X
    ['11010519491231002x', '11010519491231002X'], // lowercase x accepted, stored as X
    ['430421199203150047', '430421199203150047'],
    ['110101199003074477', '110101199003074477'],
    ['220202198506151238', '220202198506151238'],
    ['330303198808080081', '330303198808080081'],
    ['430421199202290048', '430421199202290048'], // 29 February of a leap year
    ['430421190001010045', '430421190001010045'], // born 1900-01-01, the first day allowed
    ['430421202603200044', '430421202603200044'], // born today
  ])('%s is valid → %s', (id, normalised) => {
    expect(value(validateResidentId(id, TODAY))).toBe(normalised);
  });

  test('the check character of the standard\'s examples', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });

  test.each<[string, string, RegExp]>([
    ['440524188001010014', 'the standard\'s 1880 example: check digit right, but born before 1900', /出生日期/],
    ['430421189912310040', 'born 1899-12-31', /出生日期/],
    ['430421199203150048', 'wrong check digit', /校验码/],
    ['430421199203150040', 'wrong check digit (0 for 7)', /校验码/],
    ['11010519491231002Y', 'a letter other than X', /最后一位为数字或字母X/],
    ['430421199213150040', 'month 13 (check digit right)', /出生日期/],
    ['43042119920230004X', '30 February (check digit right)', /出生日期/],
    ['430421199302290045', '29 February of 1993, not a leap year (check digit right)', /出生日期/],
    ['43042120260321004X', 'born tomorrow (check digit right)', /晚于今天/],
    ['430421920315004', '15 digits (the old format)', /18位/],
    ['4304211992031500477', '19 characters', /18位/],
    ['43042119920315004', '17 characters', /18位/],
    ['4304211992031500X7', 'X not last', /前17位应为数字/],
    ['４３0421199203150047', 'full-width digits', /前17位应为数字/],
    ['', 'empty', /18位/],
  ])('%s: %s', (id, _name, reason) => {
    const e = errorOf(validateResidentId(id, TODAY, 'guardian.idNo'));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.details[0]?.path).toBe('guardian.idNo');
    expect(e.message).toMatch(reason);
    expectChinese(e);
    expect(e.message).not.toContain(id.length > 0 ? id : '∅'); // the number is never echoed
  });

  test('not a string', () => {
    expect(validateResidentId(12345 as unknown as string, TODAY).ok).toBe(false);
  });

  test.each([
    ['430421199203150047', '430421********0047'],
    ['11010519491231002X', '110105********002X'],
    ['123', '***'],
  ])('maskResidentId(%s) = %s', (id, masked) => {
    expect(maskResidentId(id)).toBe(masked);
  });
});

describe('birth certificate number ^[A-Z][0-9]{9}$', () => {
  test.each(['R430123456', 'A000000000', 'Z999999999'])('%s is valid', (no) => {
    expect(value(validateCertificateNo(no))).toBe(no);
  });

  test.each<[string, RegExp]>([
    ['r430123456', /大写/], // lowercase letter
    ['R43012345', /1个大写字母加9位数字/],
    ['R4301234567', /1个大写字母加9位数字/],
    [' R430123456', /空格或换行/],
    ['R430123456\n', /空格或换行/],
    ['RR30123456', /1个大写字母加9位数字/],
    ['4301234567', /1个大写字母加9位数字/],
    ['Ｒ430123456', /1个大写字母加9位数字/], // full-width letter
    ['', /请填写/],
  ])('%j is refused: %s', (no, reason) => {
    const e = errorOf(validateCertificateNo(no));
    expect(e.details[0]?.path).toBe('certificateNo');
    expect(e.message).toMatch(reason);
    expectChinese(e);
  });
});

describe('Han names', () => {
  test('a name in other script points to the paper that has it right: the birth certificate for a baby, the ID card for a guardian; never 户口', () => {
    expect(errorOf(validateHanName('Tom', 'babyName', '出生医学证明')).message).toContain('请按出生医学证明上的姓名填写');
    expect(errorOf(validateHanName('Tom', 'guardian.name')).message).toContain('请按身份证上的姓名填写');
    expect(errorOf(validateHanName('Tom', 'babyName', '出生医学证明')).message).not.toContain('户口');
  });

  test.each(['张小满', '李', '阿依·古丽', '买买提·艾力', '爱新觉罗·玄烨', '𠀀𠀁', '张'.repeat(20), '欧阳·娜娜·丽'])('%s is valid', (name) => {
    expect(value(validateHanName(name, 'babyName'))).toBe(name);
  });

  test.each<[string, string, string]>([
    ['a Kangxi radical (U+2F08 ⼈)', '\u2F08小满', '人小满'],
    ['a compatibility ideograph (U+F90A 金)', '\uF90A小满', '金小满'],
    ['a radical of the supplement with a decomposition (U+2E9F ⺟)', '李\u2E9F', '李母'],
  ])('%s is read as the character it shows (NFKC), and answered so', (_what, name, shown) => {
    expect(value(validateHanName(name, 'babyName'))).toBe(shown);
  });

  test('NFKC does not let Latin letters through: full-width ones are Latin', () => {
    expect(validateHanName('Ｔｏｍ', 'babyName').ok).toBe(false);
    expect(validateHanName('张\u3000三', 'babyName').ok).toBe(false); // an ideographic space is a space
  });

  test('20 code points: characters outside the BMP count once', () => {
    expect(validateHanName('𠀀'.repeat(20), 'babyName').ok).toBe(true);
    expect(validateHanName('𠀀'.repeat(21), 'babyName').ok).toBe(false);
  });

  test.each<[string, RegExp]>([
    ['', /请填写/],
    ['张'.repeat(21), /最多20个字/],
    ['Tom', /只能包含汉字/],
    ['张3', /只能包含汉字/],
    ['张 小满', /空格/],
    ['·李华', /两个汉字之间/],
    ['李华·', /两个汉字之间/],
    ['阿依··古丽', /两个汉字之间/],
    ['阿依•古丽', /间隔号请使用/], // U+2022 bullet
    ['阿依・古丽', /间隔号请使用/], // U+30FB katakana middle dot
    ['阿依.古丽', /间隔号请使用/],
  ])('%j is refused: %s', (name, reason) => {
    const e = errorOf(validateHanName(name, 'guardian.name'));
    expect(e.details[0]?.path).toBe('guardian.name');
    expect(e.message).toMatch(reason);
    expectChinese(e);
  });
});
