import type { LocalizedText } from './common.ts';

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence, and a check
 * character computed by ISO 7064 MOD 11-2. The functions never put the number into an error message.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
/** Province-level codes of GB/T 2260 (first two digits), incl. 71 台湾, 81 香港, 82 澳门. */
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82]);

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export type IdProblem = 'format' | 'region' | 'birth-date' | 'checksum';

/** Why an ID number is invalid, or null when it is valid. `today` bounds the birth date. */
export function idNumberProblem(id: string, today: Date): IdProblem | null {
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return 'region';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d || birth > today) return 'birth-date';
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return 'checksum';
  return null;
}

export const ID_PROBLEM_TEXT: Record<IdProblem, string> = {
  format: 'must be 17 digits and a digit or X',
  region: 'the first two digits are not a province code',
  'birth-date': 'the birth date in it is not a real date',
  checksum: 'the check character does not match (a digit may be mistyped)',
};

/**
 * What a visitor is told at the field, in their language, the moment the 18th character is typed: the kiosk
 * checks with these same rules and keeps what was typed so one wrong digit is corrected, not the whole number.
 */
export const ID_PROBLEM_SAID: Record<IdProblem, LocalizedText> = {
  format: { zh: '身份证号码是 17 位数字加最后一位数字或 X，请检查。', en: 'An ID number is 17 digits and a last digit or X. Please check it.' },
  region: { zh: '身份证号码的前两位不对，请检查后修改。', en: 'The first two digits are not right. Please check and correct them.' },
  'birth-date': { zh: '身份证号码中的出生日期（第 7–14 位）不对，请检查后修改。', en: 'The birth date in the number (characters 7–14) is not right. Please check it.' },
  checksum: { zh: '身份证号码有一位输错了（最后一位对不上），请逐位核对后修改。', en: 'One character is mistyped (the last one does not match). Please check each one and correct it.' },
};

/** 1101**********123X: the form shown everywhere after entry. */
export function maskIdNumber(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** 张* / 欧阳** : the surname's first character only. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/** 138****5678, 021-****5678 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.startsWith('1') && digits.length === 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  const dash = phone.indexOf('-');
  return `${dash > 0 ? phone.slice(0, dash + 1) : ''}****${digits.slice(-4)}`;
}
