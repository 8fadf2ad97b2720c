import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FormFlow } from '@jobhall/hub-server/contract';
import { cardFieldIds, checkPage, hallToday, pageOf, progress, step } from './form-steps.ts';

const L = (zh: string, en: string) => ({ zh, en });
const form = FormFlow.parse({
  id: 'steps', kind: 'form', functions: ['7.1.10'], label: L('申请', 'Apply'), title: L('申请', 'Apply'), version: 1,
  conditions: { byPerson: { field: 'who', equals: 'person' } },
  pages: [
    { id: 'who', title: L('谁', 'Who'), fields: [{ id: 'who', type: 'choice', label: L('谁', 'Who'), required: true, options: [{ value: 'person', label: L('个人', 'Person') }, { value: 'firm', label: L('单位', 'Firm') }] }] },
    { id: 'person', title: L('个人', 'Person'), visibleIf: 'byPerson', fields: [
      { id: 'name', type: 'name', label: L('姓名', 'Name'), required: true, fillFrom: 'card' },
      { id: 'idNumber', type: 'id-number', label: L('身份证', 'ID'), required: true, fillFrom: 'card' },
    ] },
    { id: 'end', title: L('最后', 'Last'), fields: [{ id: 'ok', type: 'yes-no', label: L('好', 'OK'), required: true }] },
  ],
  outcome: { nextSteps: [L('等', 'Wait')], timeLimit: L('一天', 'A day') },
});

test('steps skip the pages that are not shown, and the count follows the answers', () => {
  assert.equal(progress(form, {}, { at: 'page', page: 'who' }), { n: 1, of: 3 });
  assert.equal(step(form, { who: 'firm' }, { at: 'page', page: 'who' }, 1), { at: 'page', page: 'end' });
  assert.equal(step(form, { who: 'person' }, { at: 'page', page: 'who' }, 1), { at: 'page', page: 'person' });
  assert.equal(progress(form, { who: 'person' }, { at: 'page', page: 'end' }), { n: 3, of: 4 });
  assert.equal(step(form, { who: 'firm' }, { at: 'page', page: 'end' }, 1), { at: 'review' });
  assert.equal(step(form, { who: 'firm' }, { at: 'review' }, -1), { at: 'page', page: 'end' });
  assert.is(step(form, {}, { at: 'page', page: 'who' }, -1), null);
});

test('a page is checked on its own, in both languages, leaving the card fields to the hub', () => {
  const errors = checkPage(form, { who: 'person' }, 'person', '2026-11-26', new Set());
  assert.equal([...errors.keys()], ['answers.name', 'answers.idNumber']);
  assert.is(errors.get('answers.idNumber')!.zh, '请填写这一项');
  assert.is(checkPage(form, { who: 'person' }, 'person', '2026-11-26', new Set(cardFieldIds(form))).size, 0);
  assert.equal(cardFieldIds(form), ['name', 'idNumber']);
  assert.is(pageOf(form, 'ok'), 'end');
});

test('today is the hall\'s day, not the machine\'s', () => {
  assert.is(hallToday('Asia/Shanghai', new Date('2026-11-25T17:30:00Z')), '2026-11-26');
  assert.is(hallToday('UTC', new Date('2026-11-25T17:30:00Z')), '2026-11-25');
});

test.run();
