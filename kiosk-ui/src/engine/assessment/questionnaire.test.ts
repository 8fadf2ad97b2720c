import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AssessmentResult } from '@jobhall/hub-server/contract';
import { step, type Questionnaire, type QuestionnaireEvent } from './questionnaire.ts';

const items = [{ id: 'r1' }, { id: 'i1' }, { id: 'a1' }];
const run = (events: QuestionnaireEvent[], from: Questionnaire = { at: 'intro' }) => events.reduce((s, e) => step(s, e, items), from);
const result = { flowId: 'interests', version: 1, scales: [], code: 'RIA', summary: { zh: '甲', en: 'A' }, flat: false, occupations: [] } as AssessmentResult;

test('each answer moves on; after the last, the answers go to scoring', () => {
  const s = run([{ type: 'start' }, { type: 'answer', value: 2 }, { type: 'answer', value: 0 }]);
  assert.equal(s, { at: 'question', index: 2, answers: { r1: 2, i1: 0 } });
  assert.equal(step(s, { type: 'answer', value: 1 }, items), { at: 'scoring', answers: { r1: 2, i1: 0, a1: 1 } });
});

test('back returns to the question before with its answer kept, and from the first to the introduction', () => {
  const s = run([{ type: 'start' }, { type: 'answer', value: 2 }, { type: 'back' }]);
  assert.equal(s, { at: 'question', index: 0, answers: { r1: 2 } });
  assert.equal(run([{ type: 'answer', value: 0 }], s), { at: 'question', index: 1, answers: { r1: 0 } }, 'a changed answer replaces the old one');
  assert.equal(step(s, { type: 'back' }, items), { at: 'intro' });
});

test('scoring ends in the profile or a problem; a problem can be retried or the answers revisited', () => {
  const scoring: Questionnaire = { at: 'scoring', answers: { r1: 1, i1: 1, a1: 1 } };
  assert.equal(step(scoring, { type: 'scored', result }, items), { at: 'result', answers: scoring.answers, result });
  const failed = step(scoring, { type: 'failed', problem: { zh: '错', en: 'Error' } }, items);
  assert.is(failed.at, 'failed');
  assert.equal(step(failed, { type: 'start' }, items), scoring);
  assert.equal(step(failed, { type: 'back' }, items), { at: 'question', index: 2, answers: scoring.answers });
});

test('a restart forgets the answers; unexpected events change nothing', () => {
  const done: Questionnaire = { at: 'result', answers: { r1: 1 }, result };
  assert.equal(step(done, { type: 'restart' }, items), { at: 'intro' });
  assert.is(step(done, { type: 'answer', value: 2 }, items), done);
  const intro: Questionnaire = { at: 'intro' };
  assert.is(step(intro, { type: 'back' }, items), intro);
  const scoring: Questionnaire = { at: 'scoring', answers: {} };
  assert.is(step(scoring, { type: 'answer', value: 1 }, items), scoring);
});

test.run();
