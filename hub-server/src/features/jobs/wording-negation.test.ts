import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { conditionFollows, negatedAfter, negatedBefore, negatedSpans, type Span } from './wording-negation.ts';

/** The spans of each given word in the text, in order (each word's first occurrence). */
function spans(text: string, ...words: string[]): Span[] {
  return words.map((w) => {
    const start = text.indexOf(w);
    if (start < 0) throw new Error(`"${w}" is not in "${text}"`);
    return { start, end: start + w.length };
  });
}
const one = (text: string, word: string) => spans(text, word)[0]!;

test('a negation earlier in the clause governs the phrase through verbs, quantifiers, parties and quotes', () => {
  assert.ok(negatedBefore('本公司不收取任何押金', one('本公司不收取任何押金', '押金')));
  assert.ok(negatedBefore('公司不设“男性优先”之类的条件', one('公司不设“男性优先”之类的条件', '男性优先')));
  assert.ok(negatedBefore('严禁使用童工', one('严禁使用童工', '童工')));
  assert.ok(negatedBefore('不向求职者收取服装费', one('不向求职者收取服装费', '服装费')));
  assert.ok(negatedBefore('公司承担服装费', one('公司承担服装费', '服装费')));
});

test('a negation does not reach past its own object or out of its clause', () => {
  // 不限 is postpositional: it looks back at 男女, and 学历 is the object of a new 不限.
  assert.not.ok(negatedBefore('男女不限男性优先', one('男女不限男性优先', '男性优先')));
  assert.not.ok(negatedBefore('不限学历男性优先', one('不限学历男性优先', '男性优先')));
  assert.not.ok(negatedBefore('不收押金,服装费200元', one('不收押金,服装费200元', '服装费')));
  assert.not.ok(negatedBefore('需交押金', one('需交押金', '押金')));
});

test('words after the phrase can rule it out, short ones only where the clause ends', () => {
  assert.ok(negatedAfter('押金:无,包吃住', one('押金:无,包吃住', '押金')));
  assert.ok(negatedAfter('押金全免', one('押金全免', '押金')));
  assert.ok(negatedAfter('服装费由公司承担', one('服装费由公司承担', '服装费')));
  assert.ok(negatedAfter('婚育情况不作为录用条件', one('婚育情况不作为录用条件', '婚育情况')));
  assert.not.ok(negatedAfter('月入过万免费培训', one('月入过万免费培训', '月入过万')));
  assert.not.ok(negatedAfter('押金无法退还', one('押金无法退还', '押金')));
  assert.not.ok(negatedAfter('15岁以上都可以', one('15岁以上都可以', '15岁以上')));
});

test('a negation covers the other items of its list, forwards and backwards', () => {
  const forwards = '不收取押金、保证金、服装费';
  assert.equal(negatedSpans(forwards, spans(forwards, '押金', '保证金', '服装费')), [true, true, true]);
  const backwards = '押金、保证金一律不收';
  assert.equal(negatedSpans(backwards, spans(backwards, '押金', '保证金')), [true, true]);
  const separate = '不收押金。服装费200元';
  assert.equal(negatedSpans(separate, spans(separate, '押金', '服装费')), [true, false]);
});

test('a consequence turns a negation into a demand', () => {
  assert.ok(conditionFollows('不交押金不能上岗', one('不交押金不能上岗', '押金')));
  assert.ok(conditionFollows('不交押金的,不予录用', one('不交押金的,不予录用', '押金')));
  assert.equal(negatedSpans('不交押金不能上岗', spans('不交押金不能上岗', '押金')), [false]);
  assert.equal(negatedSpans('不交押金,当天上岗', spans('不交押金,当天上岗', '押金')), [true]);
});

test.run();
