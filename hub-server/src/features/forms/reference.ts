import crypto from 'node:crypto';
import { REFERENCE_ALPHABET } from '../../contract/index.ts';

/**
 * A submission's printed reference: 8 characters from an alphabet without I, O, 0 and 1, drawn at random
 * (40 bits), so it says nothing about how many came before and is hard to guess; shown as 7K3M-9QXP.
 */
export function newReference(randomInt: (max: number) => number = crypto.randomInt): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

/** The check code printed beside it: with the reference it opens the status, alone it opens nothing. */
export function newCheckCode(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
}

/** 暂存's code: 8 digits, typed on the number pad, used once. */
export function newDraftCode(): string {
  return String(crypto.randomInt(0, 100_000_000)).padStart(8, '0');
}
