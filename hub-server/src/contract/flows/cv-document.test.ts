import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CvFlow, FlowDefinition, checkCv, cvDocument, type CvAnswers } from './index.ts';

const L = (zh: string, en: string) => ({ zh, en });
const def = CvFlow.parse({
  id: 'test-cv', kind: 'cv', version: 1, functions: ['4.2.3'], label: L('简历', 'CV'), title: L('个人简历', 'CV'),
  sections: [
    { id: 'about', title: L('关于您', 'About you'), fields: [
      { id: 'name', type: 'name', label: L('姓名', 'Name') },
      { id: 'phone', type: 'phone', label: L('手机', 'Mobile') },
      { id: 'wanted', type: 'text', label: L('想找的工作', 'Wanted'), required: true },
      { id: 'education', type: 'choice', label: L('学历', 'Education'), options: [{ value: 'junior', label: L('初中', 'Junior high') }, { value: 'senior', label: L('高中', 'Senior high') }] },
    ] },
    { id: 'jobs', title: L('工作经历', 'Work'), repeat: 3, addLabel: L('加一段', 'Add'), fields: [
      { id: 'employer', type: 'text', label: L('单位', 'Employer'), required: true },
      { id: 'fromYear', type: 'number', label: L('开始', 'From'), min: 1950, max: 2100 },
    ] },
  ],
  prefill: { wanted: 'wantedOccupations', education: 'education' },
});
const answers: CvAnswers = {
  about: [{ name: '张伟', phone: '13800138000', wanted: ' 保安 ', education: 'junior' }],
  jobs: [{ employer: '宏达物业', fromYear: 2018 }, { employer: '顺风快递' }],
};

test('a CV masks the name and phone unless the person chose to show them', () => {
  const { answers: clean, issues } = checkCv(def, answers, '2025-06-01');
  assert.equal(issues, []);
  const masked = cvDocument(def, clean, 'zh', { fullName: false, fullPhone: false });
  assert.is(masked.name, '张*');
  assert.is(masked.phone, '138****8000');
  assert.equal(masked.sections[0]!.entries, [[{ label: '想找的工作', value: '保安' }, { label: '学历', value: '初中' }]]);
  assert.equal(masked.sections[1]!.entries.map((e) => e.map((l) => l.value)), [['宏达物业', '2018'], ['顺风快递']]);
  const full = cvDocument(def, clean, 'en', { fullName: true, fullPhone: true });
  assert.is(full.name, '张伟');
  assert.is(full.phone, '13800138000');
  assert.is(full.sections[0]!.entries[0]![1]!.value, 'Junior high');
});

test('answers are checked at their path: required, ranges, too many entries, unknown parts', () => {
  const bad = checkCv(def, {
    about: [{ phone: '12345', wanted: '' }],
    jobs: [{ employer: '甲', fromYear: 1800 }],
    hobbies: [{}],
  }, '2025-06-01').issues.map((i) => i.path);
  assert.equal(bad, ['answers.hobbies', 'answers.about.0.phone', 'answers.about.0.wanted', 'answers.jobs.0.fromYear']);
  const many = checkCv(def, { about: [{ wanted: '保安' }], jobs: [{ employer: 'a' }, { employer: 'b' }, { employer: 'c' }, { employer: 'd' }] }, '2025-06-01');
  assert.equal(many.issues.map((i) => i.path), ['answers.jobs']);
});

test('a CV definition never asks for an ID number, and fills from the registration only what fits', () => {
  const raw = JSON.parse(JSON.stringify(def));
  raw.sections[0].fields.push({ id: 'idNo', type: 'id-number', label: L('身份证', 'ID') });
  const r = FlowDefinition.safeParse(raw);
  assert.ok(!r.success && r.error.issues.some((i) => i.message === 'a CV does not ask id-number questions'));
  const wrongFill = FlowDefinition.safeParse({ ...JSON.parse(JSON.stringify(def)), prefill: { employer: 'skills', wanted: 'experienceYears' } });
  const messages = wrongFill.success ? [] : wrongFill.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  assert.equal(messages, ['prefill.employer: a repeated section cannot be filled in', 'prefill.wanted: experienceYears cannot fill a text question']);
});

test.run();
