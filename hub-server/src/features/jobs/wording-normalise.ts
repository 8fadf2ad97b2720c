import { T2S_PAIRS } from './wording-t2s.ts';

/**
 * How the wording checker reads an ad before any rule runs, so that the rules are written once, in plain simplified
 * Chinese, and still see what employers type: full-width forms (ＨＩＶ, １８－３５), traditional characters (男性優先),
 * spaced or dotted-out words (男 性 优 先, 男·性·优·先), invisible characters, and numbers in words (三十五岁, 一米七).
 */

const T2S = new Map<string, string>();
for (let i = 0; i < T2S_PAIRS.length; i += 2) T2S.set(T2S_PAIRS[i]!, T2S_PAIRS[i + 1]!);
/** One character class of every traditional form, so plain simplified text passes with one scan. */
const TRADITIONAL = new RegExp(`[${[...T2S.keys()].join('')}]`, 'gu');

/** Zero-width and other format characters: they split words without showing, a common way round keyword filters. */
const INVISIBLE = /[\p{Cf}\u{FE00}-\u{FE0F}]/gu;
/** NFKC leaves these dashes and waves alone; ranges are written with them. */
const DASHES = /[〜～—–−﹣]/g;
/**
 * A run of single characters with the same mark between each (男·性·优·先, 限-男-性, 男、女、老): the mark is spelling
 * the word out, not separating clauses. A lone mark between two words (保洁、保安) is left alone.
 */
const MARKS = `·•・*_\\-~/\\\\|.,，、:：;；'"“”‘’\`^+=#@!！?？…`;
const SPELLED_OUT = new RegExp(`(?<!\\p{sc=Han})\\p{sc=Han}(?:([${MARKS}]+)\\p{sc=Han}(?=\\1))+\\1\\p{sc=Han}`, 'gu');
/** What every spelled-out run contains (one character between two marks): a cheap scan before the costly one. */
const SPELLED_OUT_HINT = new RegExp(`[${MARKS}]\\p{sc=Han}[${MARKS}]`, 'u');
const NUMERALS = /[零〇一二两三四五六七八九十百]+/g;
/**
 * Units after which a run of numerals is a quantity rather than part of a word (一起, 统一, 一线); the first number of
 * a range (二十五至四十岁) counts too.
 */
const QUANTITY_UNIT = /^(?:[至到~-][零〇一二两三四五六七八九十百\d]+)?(?:周岁|岁|多岁|年|个月|月|名|人|元|块|米|厘米|公分|公斤|斤|后|天|小时)/;
/** Words before which a bare number is a quantity too: 年龄小于四十, 不超过三十五. */
const QUANTITY_BEFORE = /(?:小于|大于|低于|高于|超过|不超过|未满|不满|年满|满|年龄)$/;
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a run of Chinese numerals (三十五 → 35, 一百六十五 → 165, 六五 → 65), or null when it is not a number. */
export function numeralValue(run: string): number | null {
  let total = 0;
  let current: number | null = null;
  for (const ch of run) {
    if (ch === '十' || ch === '百') {
      total += (current ?? 1) * (ch === '十' ? 10 : 100);
      current = null;
    } else {
      const d = DIGIT[ch];
      if (d === undefined) return null;
      // Digits read one by one (一六五, 六五) are colloquial for 165 and 65.
      current = current === null ? d : current * 10 + d;
    }
  }
  return total + (current ?? 0);
}

/** 三十五岁 → 35岁, 十四五岁 → 14-15岁, 一米七 → 1米7, 押一个月工资 → 押1个月工资. */
export function digitsForNumerals(text: string): string {
  return text.replace(NUMERALS, (run, offset: number, whole: string) => {
    const after = whole.slice(offset + run.length);
    const before = whole[offset - 1];
    if (!QUANTITY_UNIT.test(after) && before !== '米' && !QUANTITY_BEFORE.test(whole.slice(Math.max(0, offset - 3), offset))) return run;
    // 十四五岁: "fourteen or fifteen", two neighbouring numbers said as one.
    const pair = /^十([一二三四五六七八])([二三四五六七八九])$/.exec(run);
    if (pair && DIGIT[pair[2]!] === DIGIT[pair[1]!]! + 1) return `1${DIGIT[pair[1]!]}-1${DIGIT[pair[2]!]}`;
    const value = numeralValue(run);
    return value === null ? run : String(value);
  });
}

/** Traditional and variant characters to the simplified ones the rules are written in (only those the rules use). */
export function simplified(text: string): string {
  return text.replace(TRADITIONAL, (ch) => T2S.get(ch)!);
}

/**
 * The text every rule reads: NFKC (ＡＢ１２ → ab12, （ → (), lower case, no invisible characters, simplified characters,
 * no whitespace at all ("限 男 性" reads as 限男性), spelled-out words joined, numbers in digits. Quotes in findings are
 * of this text.
 */
export function normalise(text: string): string {
  const plain = simplified(text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').replace(DASHES, (d) => (d === '〜' || d === '～' ? '~' : '-')));
  const compact = plain.replace(/\s+/g, '');
  const joined = SPELLED_OUT_HINT.test(compact) ? compact.replace(SPELLED_OUT, (run, mark: string) => run.split(mark).join('')) : compact;
  return digitsForNumerals(joined);
}
