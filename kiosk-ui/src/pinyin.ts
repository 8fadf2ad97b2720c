// Candidate characters per pinyin syllable, most frequent first (simple-keyboard-layouts, MIT, after
// sxei/pinyinjs). Only this 37 KB table is used, not the keyboard library.
import chinese from 'simple-keyboard-layouts/build/layouts/chinese.js';

const table = (chinese as { layoutCandidates: Record<string, string> }).layoutCandidates;

/** Characters for a pinyin syllable as typed (no tones), most common first; empty when none match. */
export function candidates(pinyin: string): string[] {
  const list = table[pinyin.toLowerCase()];
  return list ? list.split(' ') : [];
}

/**
 * The part of a typed pinyin buffer that spells a syllable: people type whole syllables, so the longest
 * prefix with candidates is what the row of characters offers ("zhangs" offers 张, leaving "s").
 */
export function syllableOf(buffer: string): { syllable: string; rest: string } {
  for (let n = Math.min(buffer.length, 6); n > 0; n--) {
    if (table[buffer.slice(0, n).toLowerCase()]) return { syllable: buffer.slice(0, n), rest: buffer.slice(n) };
  }
  return { syllable: '', rest: buffer };
}
