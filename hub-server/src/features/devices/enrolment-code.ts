import crypto from 'node:crypto';

/**
 * Digits 2–9 and capitals without I, O, Q, Z: nothing to confuse when read off a screen or typed on a kiosk
 * machine's keyboard. Eight of them (about 40 bits) in two groups, valid for minutes and once.
 */
const ALPHABET = '23456789ABCDEFGHJKLMNPRSTUVWXY';

export function newEnrolmentCode(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]!);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

export function codeHash(code: string): string {
  return crypto.createHash('sha256').update(code.toUpperCase(), 'utf8').digest('hex');
}
