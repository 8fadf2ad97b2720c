import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { loadVocabulary } from '../vocabulary/vocabulary.ts';
import { digitsForNumerals, normalise, numeralValue, simplified } from './wording-normalise.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const contentDir = path.resolve(here, '../../../../content');

test('full-width forms, case and invisible characters', () => {
  assert.is(normalise('ＨＩＶ阳性'), 'hiv阳性');
  assert.is(normalise('年龄１８－３５岁'), '年龄18-35岁');
  assert.is(normalise('身高：１６５ｃｍ'), '身高:165cm');
  assert.is(normalise('限\u200b男\u200d性'), '限男性');
  assert.is(normalise('年龄20〜35岁'), '年龄20~35岁');
});

test('whitespace goes, and so do marks that spell a word out, but not a mark between two words', () => {
  assert.is(normalise('男 性 优 先'), '男性优先');
  assert.is(normalise('男女不限　月薪６０００'), '男女不限月薪6000');
  assert.is(normalise('装卸工：男·性·优·先'), '装卸工:男性优先');
  assert.is(normalise('限-男-性'), '限男性');
  assert.is(normalise('保洁、保安、司机'), '保洁、保安、司机');
  assert.is(normalise('男，女'), '男,女');
});

test('traditional and variant characters the rules use become simplified', () => {
  // Only characters some rule uses are mapped: 倉庫 stays as typed, 員 and 優 do not.
  assert.is(normalise('倉庫管理員，男性優先'), '倉庫管理员,男性优先');
  assert.is(normalise('乙肝攜帶者勿擾'), '乙肝携带者勿扰');
  assert.is(simplified('年滿15歲'), '年满15岁');
  assert.is(simplified('15嵗'), '15岁');
});

test('numbers in words become digits only where they count something', () => {
  assert.is(numeralValue('三十五'), 35);
  assert.is(numeralValue('一百六十五'), 165);
  assert.is(numeralValue('六五'), 65);
  assert.is(numeralValue('十'), 10);
  assert.is(digitsForNumerals('三十五岁以下'), '35岁以下');
  assert.is(digitsForNumerals('年龄在二十五至四十岁之间'), '年龄在25至40岁之间');
  assert.is(digitsForNumerals('十四五岁的孩子'), '14-15岁的孩子');
  assert.is(digitsForNumerals('身高一米七以上'), '身高1米7以上');
  assert.is(digitsForNumerals('押一个月工资'), '押1个月工资');
  assert.is(digitsForNumerals('年龄小于四十'), '年龄小于40');
  for (const word of ['一起', '统一', '两对半', '五险一金', '大三阳', '做六休一', '一单一结', '三八妇女节', '零押金']) {
    assert.is(digitsForNumerals(word), word);
  }
});

/** Han characters of the rules (every pattern, term, allow and cue) and of the negation lexicon. */
function ruleCharacters(): Set<string> {
  const strings: string[] = [];
  for (const r of loadVocabulary(contentDir).rules) {
    strings.push(...Object.values(r.terms), ...r.patterns, ...r.allow, ...r.cues.map((c) => c.pattern));
  }
  const lexicon = fs.readFileSync(path.join(here, 'wording-negation.ts'), 'utf8').split('\n').filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l));
  strings.push(...lexicon, '零〇一二两三四五六七八九十百周岁多年个月名人元块米厘公分斤后天小时');
  return new Set([...strings.join('')].filter((c) => /\p{sc=Han}/u.test(c)));
}

test('every traditional form OpenCC knows of a character the rules use is mapped to it', () => {
  const used = ruleCharacters();
  const toSimplified = ['t', 'tw', 'twp', 'hk', 'jp'].map((from) => OpenCC.Converter({ from: from as 't', to: 'cn' }));
  const missing: string[] = [];
  for (let cp = 0x3400; cp <= 0x9fff; cp++) {
    const ch = String.fromCodePoint(cp);
    if (used.has(ch)) continue;
    for (const convert of toSimplified) {
      const target = convert(ch);
      if (target !== ch && used.has(target) && simplified(ch) !== target) {
        missing.push(ch + target);
        break;
      }
    }
  }
  assert.equal(missing, [], `add to wording-t2s.ts (traditional first): ${missing.join('')}`);
});

test.run();
