/**
 * App-side CJK bigram indexing for SQLite FTS5 (matching.md §2.2). FTS5's unicode61 tokenizer would treat a
 * whole run of Chinese as one token and the trigram tokenizer cannot match fewer than 3 characters, so Chinese
 * runs are cut here into overlapping character pairs: 保安员 → "保安 安员". A query of two or more characters
 * becomes the phrase of its pairs, which matches exactly the texts containing it as a substring: 100 % recall
 * for 保安, 普工, 司机. Latin letters and digits stay whole words (c1, java).
 */

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{Script=Han}a-z0-9]/u;
/**
 * A token between runs that were not adjacent in the text (a comma between them): without it the pair
 * ending one run and the pair starting the next would sit side by side and make phrases match across
 * punctuation. Private-use characters are token characters to unicode61 and never occur in a query.
 */
export const RUN_BREAK = '\uE000';

function prepare(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Splits normalised text into runs of Han characters and runs of latin letters/digits, in order, with gaps. */
function runs(text: string): Array<{ han: boolean; chars: string[]; gapBefore: boolean }> {
  const out: Array<{ han: boolean; chars: string[]; gapBefore: boolean }> = [];
  let gap = false;
  for (const ch of prepare(text)) {
    if (!WORD.test(ch)) {
      gap = true;
      continue;
    }
    const han = HAN.test(ch);
    const last = out[out.length - 1];
    if (last && last.han === han && !gap) last.chars.push(ch);
    else out.push({ han, chars: [ch], gapBefore: gap && out.length > 0 });
    gap = false;
  }
  return out;
}

function runTokens(run: { han: boolean; chars: string[] }): string[] {
  if (!run.han) return [run.chars.join('')];
  if (run.chars.length === 1) return [run.chars[0]!];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < run.chars.length; i++) pairs.push(run.chars[i]! + run.chars[i + 1]!);
  return pairs;
}

/** The text FTS5 stores for a document: tokens separated by spaces. */
export function indexText(text: string): string {
  const out: string[] = [];
  for (const run of runs(text)) {
    if (run.gapBefore) out.push(RUN_BREAK);
    out.push(...runTokens(run));
  }
  return out.join(' ');
}

export type QueryTerm =
  /** An FTS5 phrase: the term as adjacent tokens. */
  | { kind: 'phrase'; term: string; fts: string }
  /** A single Han character: no bigram holds it alone, so it is found by a substring scan. */
  | { kind: 'scan'; term: string };

/**
 * One query word (no spaces) as FTS5 syntax. Punctuation inside it is dropped (保安/门卫 reads as 保安门卫,
 * which a caller splits first). Returns null when nothing searchable is left.
 */
export function queryTerm(word: string): QueryTerm | null {
  const rs = runs(word);
  if (!rs.length) return null;
  const term = rs.map((r) => r.chars.join('')).join('');
  if (rs.length === 1 && rs[0]!.han && rs[0]!.chars.length === 1) return { kind: 'scan', term };
  const tokens = rs.flatMap(runTokens);
  return { kind: 'phrase', term, fts: `"${tokens.join(' ')}"` };
}

/** A query as words: split on spaces and punctuation a person types between words. */
export function queryWords(q: string): string[] {
  return prepare(q).split(/[\s,，、;；/|。.]+/u).filter(Boolean);
}

/**
 * A district tag indexed with each vacancy's body, so a district filter narrows the full-text hits inside FTS5
 * before BM25 is computed. Measured on 100k: ranking the ~5,000 hits of 保安 city-wide took 6 ms, the ~300 in one
 * district 1 ms. (A pay tag did not pay off: "pays at least 6,000" holds for most vacancies, and merging so long
 * a list cost 28 ms.) A private-use first character keeps tags apart from anything a person can type.
 */
export const TAG = '\uE001';

export function districtTag(code: string): string {
  return `${TAG}d${code.replace(/[^a-z0-9]/g, '')}`;
}
