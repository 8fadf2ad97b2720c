import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AssessmentFlow } from '../../contract/index.ts';
import { answerIssues, score, suggest, summary } from './score.ts';

const L = (zh: string, en: string) => ({ zh, en });
const scale = (id: string, letter: string, zh: string, en: string) => ({ id, letter, label: L(`${zh}型`, `${en} type`), like: L(`做${zh}`, en), describe: L('说明', 'About it') });
const item = (id: string, s: string, reverse = false) => ({ id, text: L('一件事', 'A thing'), scale: s, reverse });
const def = AssessmentFlow.parse({
  id: 'test-interests', kind: 'assessment', version: 1, functions: ['4.1.5'], label: L('测评', 'Test'), title: L('测评', 'Test'), intro: L('说明', 'About'),
  question: L('喜欢吗', 'Do you like it'), flat: L('兴趣很广', 'Broad interests'),
  scales: [scale('hands', 'R', '手工', 'handwork'), scale('people', 'S', '服务', 'helping people'), scale('order', 'C', '整理', 'keeping order')],
  answers: [{ value: 2, label: L('喜欢', 'Like') }, { value: 1, label: L('说不准', 'Not sure') }, { value: 0, label: L('不喜欢', 'Dislike') }],
  items: [item('h1', 'hands'), item('h2', 'hands'), item('p1', 'people'), item('p2', 'people', true), item('o1', 'order'), item('o2', 'order')],
  occupations: [
    { code: '6-31-01-03', label: L('电工', 'Electrician'), scales: ['hands', 'order'] },
    { code: '4-10-01-05', label: L('养老护理员', 'Elderly-care worker'), scales: ['people', 'hands'] },
    { code: '2-06-03-01', label: L('会计', 'Accountant'), scales: ['order'] },
  ],
});

test('each scale is its answers as a share of the most it could score, a reversed item counted backwards', () => {
  // hands 2+2 = 100%; people 1 + (2-0) = 3 of 4 = 75%; order 0+1 = 25%.
  const p = score(def, { h1: 2, h2: 2, p1: 1, p2: 0, o1: 0, o2: 1 });
  assert.equal(p.scales.map((s) => [s.scale.id, s.percent]), [['hands', 100], ['people', 75], ['order', 25]]);
  assert.is(p.flat, false);
});

test('ties keep the definition\'s order; a profile whose scales lie close together is flat', () => {
  const p = score(def, { h1: 1, h2: 1, p1: 1, p2: 1, o1: 1, o2: 1 });
  assert.equal(p.scales.map((s) => s.scale.id), ['hands', 'people', 'order']);
  assert.is(p.flat, true);
  assert.equal(summary(def, p), def.flat);
});

test('the summary names the top three in plain words', () => {
  const p = score(def, { h1: 1, h2: 0, p1: 2, p2: 0, o1: 1, o2: 1 });
  assert.equal(summary(def, p), { zh: '你最喜欢做服务，其次是做整理和做手工。', en: 'You like helping people most, then keeping order and handwork.' });
  const none = score(def, { h1: 0, h2: 0, p1: 2, p2: 0, o1: 1, o2: 1 });
  assert.equal(summary(def, none), { zh: '你最喜欢做服务，其次是做整理。', en: 'You like helping people most, then keeping order.' }, 'a scale at 0% is not named');
});

test('occupations are suggested by how well the profile fits their scales, main scale counting twice', () => {
  const p = score(def, { h1: 2, h2: 2, p1: 1, p2: 0, o1: 0, o2: 1 });
  // Electrician (2×100 + 25)/3 = 75; care worker (2×75 + 100)/3 = 83; accountant 25.
  assert.equal(suggest(def, p).map((s) => [s.occupation.code, s.fit]), [['4-10-01-05', 83], ['6-31-01-03', 75], ['2-06-03-01', 25]]);
  assert.equal(suggest(def, p, 1).length, 1);
  const none = score(def, { h1: 0, h2: 0, p1: 0, p2: 2, o1: 0, o2: 0 });
  assert.equal(suggest(def, none), [], 'nothing fits a profile of zeros');
});

test('answers left out, unknown or out of range are named', () => {
  assert.equal(answerIssues(def, { h1: 2, h2: 3, p1: 1, p2: 0, o1: 0, x9: 1 }), [
    { path: 'body.answers.o2', message: 'not answered' },
    { path: 'body.answers.h2', message: 'must be one of 2, 1, 0' },
    { path: 'body.answers.x9', message: 'no such item' },
  ]);
});

test.run();
