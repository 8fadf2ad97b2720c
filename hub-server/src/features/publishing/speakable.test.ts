import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chineseNumber, dateAloud, digitsAloud, speakable, timeAloud } from './speakable.ts';

test('amounts are read as people say them', () => {
  const cases: Array<[number, string]> = [
    [0, '零'], [7, '七'], [10, '十'], [15, '十五'], [20, '二十'], [105, '一百零五'], [200, '两百'], [1500, '一千五百'],
    [2740, '两千七百四十'], [4500, '四千五百'], [6000, '六千'], [10000, '一万'], [12000, '一万二千'], [100005, '十万零五'],
    [300000, '三十万'], [1010, '一千零一十'], [250000000, '两亿五千万'],
  ];
  for (const [n, words] of cases) assert.is(chineseNumber(n), words, String(n));
});

test('phone and reference numbers digit by digit with 幺; dates and times in words', () => {
  assert.is(digitsAloud('12333'), '幺二三三三');
  assert.is(digitsAloud('021-63210000'), '零二幺，六三二幺零零零零');
  assert.is(dateAloud('2025-03-08'), '三月八日');
  assert.is(timeAloud('09:00'), '上午九点');
  assert.is(timeAloud('14:30'), '下午两点半');
  assert.is(timeAloud('12:15'), '中午十二点十五分');
});

test('a free text loses its markup, gets full-width punctuation, and keeps no Arabic digit', () => {
  const out = speakable('<b>月薪</b> 4500-6000 元, 补贴 90%! 咨询 021-63210000 (工作日 9:00-17:00); 第 3 期 **截止** 2025-03-31.');
  assert.is(out, '月薪四千五百到六千元，补贴百分之九十！咨询零二幺，六三二幺零零零零（工作日上午九点到下午五点）；第三期截止二零二五年三月三十一日。');
  assert.not.match(out, /[0-9<>*#,.;:!?()]/);
});

test.run();
