import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initialPanel, noticeArrived, stepPanel, type PanelTiming } from './panel.ts';

const T: PanelTiming = { noticeMs: 20, jobsMs: 30, callHoldMs: 45 };
const both = { hasNotice: true, hasJobs: true, lastCallAt: null };

test('with a notice and jobs the panel takes turns: notice 20, jobs 30', () => {
  let s = initialPanel(0);
  s = stepPanel(s, 19, both, T);
  assert.is(s.show, 'notice');
  s = stepPanel(s, 20, both, T);
  assert.equal(s, { show: 'jobs', since: 20 });
  s = stepPanel(s, 49, both, T);
  assert.is(s.show, 'jobs');
  s = stepPanel(s, 50, both, T);
  assert.equal(s, { show: 'notice', since: 50 });
});

test('a fresh call holds the notice; the turns resume once it is no longer fresh', () => {
  let s = stepPanel(initialPanel(0), 25, both, T);
  assert.is(s.show, 'jobs');
  s = stepPanel(s, 26, { ...both, lastCallAt: 26 }, T);
  assert.equal(s, { show: 'notice', since: 26 });
  s = stepPanel(s, 70, { ...both, lastCallAt: 26 }, T);
  assert.is(s.show, 'notice', 'still within 45 of the call');
  s = stepPanel(s, 71, { ...both, lastCallAt: 26 }, T);
  assert.is(s.show, 'jobs', 'the notice had its 20 long since');
});

test('without jobs the notice stays; without a notice the jobs fill the empty panel', () => {
  assert.is(stepPanel(initialPanel(0), 500, { ...both, hasJobs: false }, T).show, 'notice');
  assert.is(stepPanel(initialPanel(0), 1, { ...both, hasNotice: false }, T).show, 'jobs');
  assert.is(stepPanel(initialPanel(0), 1, { hasNotice: false, hasJobs: true, lastCallAt: 1 }, T).show, 'jobs');
});

test('a new notice is shown at once and keeps its whole turn', () => {
  let s = stepPanel(initialPanel(0), 25, both, T);
  s = noticeArrived(s, 30);
  assert.equal(s, { show: 'notice', since: 30 });
  assert.is(stepPanel(s, 49, both, T).show, 'notice');
});

test.run();
