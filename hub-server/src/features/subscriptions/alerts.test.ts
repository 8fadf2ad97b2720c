import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { JobSummary } from '../../contract/index.ts';
import { MAX_SMS, STOP_HINT, jobAlertText, noticeText, wants } from './alerts.ts';

const job = (id: number, over: Partial<JobSummary> = {}): JobSummary => ({
  id, title: '保安员', employerName: '示例物业', district: 'pudong', districtName: '浦东新区', occupationCode: '4-07-05-01', occupationName: '保安员',
  payMin: 4500, payMax: 6000, payPeriod: 'monthly', shifts: ['two-shift'], employmentType: 'full-time', meals: true, lodging: false, headcount: 2,
  labels: [], programme: 'local', postedAt: '2031-01-01T00:00:00.000Z', closesOn: null, fairId: null, ...over,
});

test('a subscription wants a vacancy by occupation prefix and district, either left open meaning any', () => {
  const t = (occupations: string[], districts: string[]) => ({ jobs: { occupations, districts }, notices: false });
  assert.ok(wants(t(['4-07'], ['pudong']), job(1)));
  assert.ok(wants(t([], []), job(1)));
  assert.ok(wants(t(['4-07-05-01'], []), job(1)));
  assert.not.ok(wants(t(['4-07-0'], []), job(1)), 'a prefix matches whole code levels only');
  assert.not.ok(wants(t(['4-10'], []), job(1)));
  assert.not.ok(wants(t([], ['jiading']), job(1)));
  assert.ok(wants(t([], []), job(1, { occupationCode: null })), 'any occupation takes an uncoded vacancy');
  assert.not.ok(wants(t(['4-07'], []), job(1, { occupationCode: null })), 'an uncoded vacancy matches no occupation');
  assert.not.ok(wants({ jobs: null, notices: true }, job(1)));
});

test('an alert fits one message however many vacancies wait, names the first ones and says how to stop', () => {
  const one = jobAlertText('市就业大厅', [job(7)], 'http://hall.test/vacancies?occupation=4-07');
  assert.match(one, '【市就业大厅】您订阅的新岗位1个：保安员（浦东新区，4500-6000元/月，编号7）');
  assert.ok(one.endsWith(STOP_HINT));
  const many = jobAlertText('市就业大厅', Array.from({ length: 40 }, (_, i) => job(i + 1)), 'http://hall.test/vacancies');
  assert.ok(many.length <= MAX_SMS, `${many.length}`);
  assert.match(many, '等40个');
  assert.ok(many.endsWith(STOP_HINT));
  assert.ok(noticeText('市就业大厅', [{ title: '春风行动', url: 'http://hall.test/notices/x' }]).includes('详见 http://hall.test/notices/x'));
});

test.run();
