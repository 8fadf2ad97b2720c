/**
 * Text an agent or an IVR reads aloud (12333): no markup, full-width punctuation, and every number as it is
 * said — amounts as 四千五百, phone and job numbers digit by digit with 幺 for 1 (how numbers are read
 * on the phone so 1 and 7 are not confused), dates as 三月八日, times as 下午两点半.
 */
const DIGIT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const PHONE_DIGIT = ['零', '幺', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0–9999 in words; `lead` says whether this group begins the number (一十 → 十 only there). */
function belowTenThousand(n: number, lead: boolean): string {
  const units = ['千', '百', '十', ''];
  const ds = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let zero = false;
  let started = false;
  for (let i = 0; i < 4; i++) {
    const d = ds[i]!;
    if (d === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    // 两 before 千 and 百 at the head of a number, as people say it; 十五, not 一十五, at the start.
    const word = d === 2 && i < 2 && !started && lead ? '两' : d === 1 && i === 2 && !started && lead ? '' : DIGIT[d]!;
    out += word + units[i]!;
    started = true;
  }
  return out;
}

/** An integer in words, up to 亿: 4500 → 四千五百, 12000 → 一万二千, 105 → 一百零五. */
export function chineseNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (n < 0) return `负${chineseNumber(-n)}`;
  n = Math.round(n);
  if (n === 0) return '零';
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor(n / 1e4) % 1e4;
  const rest = n % 1e4;
  let out = '';
  // 两亿, 两万: a lone 2 before 亿 or 万 is said 两.
  const group = (g: number, lead: boolean) => (g === 2 && lead ? '两' : belowTenThousand(g, lead));
  if (yi) out += `${group(yi, true)}亿`;
  if (wan) out += `${yi && wan < 1000 ? '零' : ''}${group(wan, !yi)}万`;
  if (rest) out += `${(yi || wan) && rest < 1000 ? '零' : ''}${belowTenThousand(rest, !yi && !wan)}`;
  return out;
}

/** Digit by digit, as phone and reference numbers are read: 12333 → 幺二三三三. */
export function digitsAloud(s: string): string {
  return s.replace(/\d/g, (d) => PHONE_DIGIT[Number(d)]!).replace(/-/g, '，');
}

/** 2025-03-08 → 三月八日. */
export function dateAloud(day: string): string {
  const [, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${chineseNumber(m)}月${chineseNumber(d)}日`;
}

/** 09:00 → 上午九点, 14:30 → 下午两点半, 12:15 → 中午十二点十五分. */
export function timeAloud(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const part = h < 6 ? '凌晨' : h < 12 ? '上午' : h < 13 ? '中午' : h < 18 ? '下午' : '晚上';
  const h12 = h > 12 ? h - 12 : h;
  const hour = h12 === 2 ? '两' : chineseNumber(h12);
  const min = m === 0 ? '' : m === 30 ? '半' : `${chineseNumber(m)}分`;
  return `${part}${hour}点${min}`;
}

const FULL_WIDTH: Record<string, string> = {
  ',': '，', '.': '。', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）', '~': '到',
  '“': '“', '"': '', "'": '', '《': '', '》': '', '「': '', '」': '', '/': '或',
};

/**
 * A free text made speakable: phone numbers and long codes digit by digit, dates, times, percentages, ranges
 * and amounts in words, half-width punctuation made full-width, and anything that looks like markup dropped.
 */
export function speakable(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/[*#_`|\\[\]{}<>^&=+@$]/g, '')
    // Phone numbers (landlines with area codes, mobiles, 12333) and other long digit runs: digit by digit.
    .replace(/\b0\d{2,3}-\d{7,8}\b|\b1\d{10}\b|\b12333\b|\b\d{6,}\b/g, (m) => digitsAloud(m))
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_m, y: string, mo: string, d: string) => `${digitsAloud(y).replace(/幺/g, '一')}年${dateAloud(`${y}-${mo}-${d}`)}`)
    .replace(/\b(\d{1,2}:\d{2})\s*[-–—~]\s*(\d{1,2}:\d{2})\b/g, (_m, a: string, b: string) => `${timeAloud(a)}到${timeAloud(b)}`)
    .replace(/\b(\d{1,2}):(\d{2})\b/g, (_m, h: string, mi: string) => timeAloud(`${h}:${mi}`))
    .replace(/(\d+(?:\.\d+)?)\s*%/g, (_m, n: string) => `百分之${decimalAloud(n)}`)
    .replace(/(\d+(?:\.\d+)?)\s*[–—-]\s*(\d+(?:\.\d+)?)/g, (_m, a: string, b: string) => `${decimalAloud(a)}到${decimalAloud(b)}`)
    .replace(/\d+(?:\.\d+)?/g, (m) => decimalAloud(m))
    .replace(/[,.;:!?()~"'/《》「」]/g, (c) => FULL_WIDTH[c] ?? '')
    .replace(/[–—]/g, '到')
    .replace(/[ \t]+/g, ' ')
    // Spaces only matter between Latin words: beside Chinese or its punctuation they are dropped.
    .replace(/ ?([\u3000-\u9fff\uff00-\uffef]) ?/g, '$1')
    .trim();
}

/** 3.5 → 三点五; integers as chineseNumber. */
function decimalAloud(s: string): string {
  const [int, frac] = s.split('.');
  return frac ? `${chineseNumber(Number(int))}点${[...frac].map((d) => DIGIT[Number(d)]).join('')}` : chineseNumber(Number(int));
}
