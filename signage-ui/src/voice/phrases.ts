import type { CallEvent } from '@jobhall/hub-server/contract';

/**
 * A call as the ordered clip keys of the voice pack (see VOICE_CLIPS in the contract). Pure, so every
 * reading can be checked without sound: ticket numbers digit by digit ("A012" → A 零 一 二, never 十二, as
 * engines would say), window numbers as numbers (12 → 十二).
 */

export interface PhraseOptions {
  /** How often the Mandarin sentence is said; 叫号 systems say it twice so a visitor who looks up catches it. */
  zhRepeat: number;
  /** Then once in English. */
  english: boolean;
  chime: boolean;
}

export const DEFAULT_PHRASE: PhraseOptions = { zhRepeat: 2, english: true, chime: true };

type Call = Pick<CallEvent, 'number' | 'window'>;

function letterAndDigits(number: string): { letter: string; digits: number[] } {
  const m = /^([A-Z])(\d+)$/.exec(number);
  if (!m) throw new Error(`ticket number ${JSON.stringify(number)} is not a letter followed by digits`);
  return { letter: m[1]!, digits: [...m[2]!].map(Number) };
}

/** 1…999 as spoken Mandarin: 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 110 → 一百一十. */
export function zhCardinal(n: number): string[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${n} is not a whole number`);
  if (n > 999) return [...String(n)].map((d) => `zh-${d}`); // no hall has a thousand windows; still say something sane
  if (n < 10) return [`zh-${n}`];
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const out: string[] = [];
  if (hundreds) out.push(`zh-${hundreds}`, 'zh-hundred');
  if (tens) {
    // 十二 alone, but 一百一十二 after a hundred
    if (tens > 1 || hundreds) out.push(`zh-${tens}`);
    out.push('zh-ten');
  } else if (hundreds && units) {
    out.push('zh-0'); // 一百零五
  }
  if (units) out.push(`zh-${units}`);
  return out;
}

/** 1…999 as spoken English, without "and": 3 → three, 23 → twenty three, 105 → one hundred five. */
export function enCardinal(n: number): string[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${n} is not a whole number`);
  if (n > 999) return [...String(n)].map((d) => `en-${d}`);
  const out: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds) out.push(`en-${hundreds}`, 'en-hundred');
  if (rest >= 20) {
    out.push(`en-${rest - (rest % 10)}`);
    if (rest % 10) out.push(`en-${rest % 10}`);
  } else if (rest || !hundreds) {
    out.push(`en-${rest}`);
  }
  return out;
}

/** 请 A 零 一 二 号 到 三 号窗口 办理 */
export function zhSentence(call: Call): string[] {
  const { letter, digits } = letterAndDigits(call.number);
  return [
    'zh-qing', `letter-${letter}`, ...digits.map((d) => `zh-${d}`), 'zh-hao',
    'zh-dao', ...zhCardinal(call.window), 'zh-hao-chuangkou', 'zh-banli',
  ];
}

/** Ticket A zero one two, please go to window three */
export function enSentence(call: Call): string[] {
  const { letter, digits } = letterAndDigits(call.number);
  return ['en-ticket', `letter-${letter}`, ...digits.map((d) => `en-${d}`), 'en-please-go-to-window', ...enCardinal(call.window)];
}

/** chime → Mandarin sentence × zhRepeat → English sentence (the research's announcement order). */
export function announcementKeys(call: Call, opts: PhraseOptions = DEFAULT_PHRASE): string[] {
  const zh = zhSentence(call);
  return [
    ...(opts.chime ? ['chime'] : []),
    ...Array.from({ length: Math.max(0, opts.zhRepeat) }, () => zh).flat(),
    ...(opts.english ? enSentence(call) : []),
  ];
}
