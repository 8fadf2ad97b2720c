import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FormFlow } from './form.ts';
import { checkAnswers } from './form-check.ts';
import { answerLines } from './form-display.ts';
import { FormState } from './form-logic.ts';

const L = (zh: string, en: string) => ({ zh, en });
const TODAY = '2026-11-26';

/** A dismissal filing in miniature: who files, whether anyone was injured, and the people let go. */
const form = FormFlow.parse({
  id: 'mini', kind: 'form', functions: ['7.1.5'], label: L('备案', 'File'), title: L('备案', 'File'), version: 1,
  conditions: {
    company: { field: 'applicant', equals: 'company' },
    injured: { field: 'injury', equals: true },
    companyAndInjured: { all: ['company', 'injured'] },
  },
  pages: [
    { id: 'who', title: L('谁来办', 'Who files'), fields: [
      { id: 'applicant', type: 'choice', label: L('申请人', 'Applicant'), required: true, options: [{ value: 'company', label: L('单位', 'Company') }, { value: 'person', label: L('个人', 'Person') }] },
      { id: 'injury', type: 'yes-no', label: L('是否有工伤', 'Any injury'), visibleIf: 'company', required: 'company' },
      { id: 'injuryNote', type: 'text', label: L('工伤情况', 'Injury details'), visibleIf: 'companyAndInjured', required: true, multiline: true, maxLength: 200, personal: 'health' },
      { id: 'phone', type: 'phone', label: L('联系电话', 'Phone'), required: true },
      { id: 'wage', type: 'money', label: L('月工资', 'Monthly wage'), max: 100000, personal: 'income' },
    ] },
    { id: 'people', title: L('人员', 'People'), visibleIf: 'company', fields: [
      { id: 'workers', type: 'group', label: L('解聘人员', 'People let go'), itemLabel: L('人', 'person'), min: 1, max: 3, fields: [
        { id: 'name', type: 'name', label: L('姓名', 'Name'), required: true },
        { id: 'idNo', type: 'id-number', label: L('身份证号', 'ID number'), required: true },
        { id: 'left', type: 'date', label: L('解除日期', 'Last day'), range: 'past', required: true },
      ] },
    ] },
  ],
  outcome: { nextSteps: [L('到窗口办理', 'Finish at the window')], timeLimit: L('当场', 'On the spot') },
});

const ID = '11010519491231002X';

test('conditions decide what is shown and required; hidden answers are dropped', () => {
  const s = new FormState(form, { applicant: 'person', injury: true, injuryNote: 'x' });
  assert.is(s.holds('company'), false);
  assert.is(s.holds('companyAndInjured'), false, 'injury is hidden, so it counts as unanswered');
  assert.equal(s.pages().map((p) => p.id), ['who']);
  const r = checkAnswers(form, { applicant: 'person', injury: true, injuryNote: 'x', phone: '13900005555' }, TODAY);
  assert.equal(r.issues, []);
  assert.equal(r.answers, { applicant: 'person', phone: '13900005555' });
});

test('each problem is named at its field, in both languages, including inside a group entry', () => {
  const r = checkAnswers(form, {
    applicant: 'company', phone: '1390000555', wage: 12.345,
    workers: [{ name: '张三', idNo: '110105194912310021', left: '2026-12-01' }, { name: 'Li 4', idNo: ID.toLowerCase(), left: '2026-11-01' }],
  }, TODAY);
  const at = Object.fromEntries(r.issues.map((i) => [i.path, i.text.en]));
  assert.equal(at, {
    'answers.injury': 'Please choose one',
    'answers.phone': 'Please enter an 11-digit mobile number',
    'answers.wage': 'Amounts have at most two decimals',
    'answers.workers.0.idNo': 'One character of the number is wrong; please check each one',
    'answers.workers.0.left': 'This date cannot be after today',
    'answers.workers.1.name': 'Please write the name as it is on the ID card',
  });
  assert.ok(r.issues.every((i) => /[\u4e00-\u9fff]/.test(i.text.zh)));
});

test('a required field shown by a chain of conditions must be answered; a page can be checked alone', () => {
  const base = { applicant: 'company', injury: true, phone: '13900005555', workers: [{ name: '张三', idNo: ID, left: '2026-11-01' }] };
  assert.equal(checkAnswers(form, base, TODAY).issues.map((i) => i.path), ['answers.injuryNote']);
  assert.equal(checkAnswers(form, base, TODAY, { page: 'people' }).issues, []);
  const ok = checkAnswers(form, { ...base, injuryNote: ' 手指受伤 ' }, TODAY);
  assert.equal(ok.issues, []);
  assert.is(ok.answers.injuryNote, '手指受伤');
  assert.is((ok.answers.workers as Array<Record<string, string>>)[0]!.idNo, ID);
});

test('unknown fields and groups outside their bounds are refused', () => {
  const r = checkAnswers(form, { applicant: 'company', injury: false, phone: '13900005555', workers: [], extra: 'x' }, TODAY);
  assert.equal(r.issues.map((i) => i.path).sort(), ['answers.extra', 'answers.workers']);
  const filled = checkAnswers(form, { applicant: 'person' }, TODAY, { filled: new Set(['phone']) });
  assert.equal(filled.issues, [], 'a field the hub fills (from the card) is not asked of the kiosk');
});

test('the review lists questions with answers, personal ones masked or hidden', () => {
  const lines = answerLines(form, { applicant: 'company', injury: true, injuryNote: '手指受伤', phone: '13900005555', wage: 5200, workers: [{ name: '张三丰', idNo: ID, left: '2026-11-01' }] });
  const text = JSON.stringify(lines);
  for (const secret of ['13900005555', '手指受伤', '5200', '张三丰', ID]) assert.not.ok(text.includes(secret), secret);
  assert.equal(lines.map((l) => [l.label.en, l.value.en]), [
    ['Applicant', 'Company'], ['Any injury', 'Yes'], ['Injury details', 'Given (not shown)'], ['Phone', '139****5555'],
    ['Monthly wage', 'Given (not shown)'], ['People let go', '1 × person'],
  ]);
  assert.equal(lines[5]!.entries![0]!.map((l) => l.value.zh), ['张**', '1101**********002X', '2026-11-01']);
});

test.run();
