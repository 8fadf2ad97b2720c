import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { VOICE_CLIPS } from '@jobhall/hub-server/contract';
import { announcementKeys, enCardinal, enSentence, zhCardinal, zhSentence } from './phrases.ts';

const textOf = new Map(VOICE_CLIPS.map((c) => [c.key, c.text]));
const say = (keys: string[], sep = '') => keys.map((k) => textOf.get(k) ?? `<missing ${k}>`).join(sep);

test('the call of the issue, clip by clip', () => {
  assert.equal(announcementKeys({ number: 'A012', window: 3 }), [
    'chime',
    'zh-qing', 'letter-A', 'zh-0', 'zh-1', 'zh-2', 'zh-hao', 'zh-dao', 'zh-3', 'zh-hao-chuangkou', 'zh-banli',
    'zh-qing', 'letter-A', 'zh-0', 'zh-1', 'zh-2', 'zh-hao', 'zh-dao', 'zh-3', 'zh-hao-chuangkou', 'zh-banli',
    'en-ticket', 'letter-A', 'en-0', 'en-1', 'en-2', 'en-please-go-to-window', 'en-3',
  ]);
});

test('window numbers are read as numbers in Mandarin', () => {
  const table: Array<[number, string]> = [
    [1, '一'], [2, '二'], [9, '九'], [10, '十'], [11, '十一'], [12, '十二'], [19, '十九'], [20, '二十'], [23, '二十三'],
    [30, '三十'], [99, '九十九'], [100, '一百'], [101, '一百零一'], [105, '一百零五'], [110, '一百一十'],
    [112, '一百一十二'], [120, '一百二十'], [200, '二百'], [208, '二百零八'], [999, '九百九十九'],
  ];
  for (const [n, zh] of table) assert.is(say(zhCardinal(n)), zh, String(n));
});

test('and in English', () => {
  const table: Array<[number, string]> = [
    [1, 'one'], [3, 'three'], [10, 'ten'], [13, 'thirteen'], [20, 'twenty'], [23, 'twenty three'], [99, 'ninety nine'],
    [100, 'one hundred'], [101, 'one hundred one'], [110, 'one hundred ten'], [115, 'one hundred fifteen'],
    [240, 'two hundred forty'], [999, 'nine hundred ninety nine'],
  ];
  for (const [n, en] of table) assert.is(say(enCardinal(n), ' '), en, String(n));
});

/** An independent reading of 1…999: place by place, then the spoken simplifications. */
function oracleZh(n: number): string {
  const d = '零一二三四五六七八九';
  const s = String(n).padStart(3, '0');
  let out = `${d[+s[0]!]}百${d[+s[1]!]}十${d[+s[2]!]}`;
  out = out.replace(/零[百十]/g, '零').replace(/零+/g, '零').replace(/零$/, '').replace(/^零/, '');
  return out.startsWith('一十') ? out.slice(1) : out;
}

const EN = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = ',,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety'.split(',');
function oracleEn(n: number): string {
  const below100 = (r: number) => (r < 20 ? EN[r]! : `${TENS[Math.floor(r / 10)]}${r % 10 ? ` ${EN[r % 10]}` : ''}`);
  if (n < 100) return below100(n);
  return `${EN[Math.floor(n / 100)]} hundred${n % 100 ? ` ${below100(n % 100)}` : ''}`;
}

// T4: 100 % correct readings over the matrix, checked against the independent oracle.
test('matrix: every window 1–999 with tickets of every letter, in both languages', () => {
  const digitsZh = (s: string) => [...s].map((c) => '零一二三四五六七八九'[+c]).join('');
  const digitsEn = (s: string) => [...s].map((c) => EN[+c]).join(' ');
  let checked = 0;
  for (let window = 1; window <= 999; window++) {
    const letter = String.fromCharCode(65 + (window % 26));
    for (const digits of [String(window % 1000).padStart(3, '0'), '000', '012', '100', '909', '1234']) {
      const number = `${letter}${digits}`;
      assert.is(say(zhSentence({ number, window })), `请${letter}${digitsZh(digits)}号到${oracleZh(window)}号窗口办理`, `${number} @ ${window}`);
      assert.is(say(enSentence({ number, window }), ' '), `Ticket ${letter} ${digitsEn(digits)} please go to window ${oracleEn(window)}`, `${number} @ ${window}`);
      checked++;
    }
  }
  assert.is(checked, 999 * 6);
});

test('ticket digits are never read as a number', () => {
  assert.is(say(zhSentence({ number: 'B012', window: 1 })), '请B零一二号到一号窗口办理');
  assert.is(say(zhSentence({ number: 'C100', window: 1 })), '请C一零零号到一号窗口办理');
  assert.is.not(say(zhSentence({ number: 'A012', window: 1 })).includes('十'), true);
});

test('every key a call can need exists in the pack catalogue', () => {
  const used = new Set<string>();
  for (let w = 1; w <= 999; w++) for (const l of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') announcementKeys({ number: `${l}${String(w).padStart(3, '0')}`, window: w }).forEach((k) => used.add(k));
  for (const k of used) assert.ok(textOf.has(k), k);
  assert.is(used.size, VOICE_CLIPS.length, 'and every clip of the catalogue is used by some call');
});

test('repeat count, English and chime are options', () => {
  const call = { number: 'A001', window: 2 };
  const zh = zhSentence(call);
  assert.equal(announcementKeys(call, { zhRepeat: 1, english: false, chime: false }), zh);
  assert.equal(announcementKeys(call, { zhRepeat: 3, english: false, chime: true }), ['chime', ...zh, ...zh, ...zh]);
  assert.equal(announcementKeys(call, { zhRepeat: 0, english: true, chime: false }), enSentence(call));
});

test('a number that is not letter + digits is refused rather than misread', () => {
  assert.throws(() => zhSentence({ number: 'a12', window: 1 }), /letter followed by digits/);
});

test.run();
