/**
 * Admin → 计算器数值 in Chromium: a staff member proposes a new city figure from a day on with its source,
 * approves it, and the calculator answers with it from that day (and with the old one the day before).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { CalcResult } from '@jobhall/hub-server/contract';
import { startTestHub, type TestHub } from '@jobhall/hub-server/testing';
import { click, find, launchBrowser, waitForText, watchErrors, signInAdmin } from './browser.ts';

let hub: TestHub;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let admin: Page;
const errors: string[] = [];

test.before(async () => {
  hub = await startTestHub({ listen: true });
  chrome = await launchBrowser();
  admin = await chrome.browser.newPage();
  watchErrors(admin, errors);
  await admin.goto(`${hub.baseUrl}/admin/#calculators`, { waitUntil: 'networkidle0' });
  await signInAdmin(admin, hub.config.admin);
});
test.after(async () => {
  await chrome?.close();
  await hub?.close();
});

const ceiling = async (asOf: string) => CalcResult.parse((await hub.app.inject({
  method: 'POST', url: '/api/calculators/unemployment-benefit-estimate',
  payload: { inputs: { contributionYears: 22, leftReason: 'not-own-will', registered: true }, asOf },
})).json()).values.cap;

test('a new minimum wage from 2026-01-01, proposed with its source and approved, counts from that day on', async () => {
  await click(admin, 'button[data-calc="unemployment-benefit-estimate"]');
  const form = '#propose-unemployment-benefit-estimate-minimumWage';
  await find(admin, form);
  // A date input takes what the staff member's browser shows for a date; set it as a date, not as keystrokes.
  await (await find(admin, `${form} input[name="from"]`)).evaluate((e) => ((e as HTMLInputElement).value = '2026-01-01'));
  await (await find(admin, `${form} input[name="value"]`)).type('3000');
  await (await find(admin, `${form} input[name="note"]`)).type('市政府关于调整最低工资标准的通知');
  await click(admin, `${form} button`);
  const proposed = await waitForText(admin, '#proposed', (t) => t.includes('3000'));
  assert.match(proposed, '自 2026-01-01 起');
  assert.is(await ceiling('2026-01-01'), 2466, 'a proposal does not count yet');
  const id = Number(/#(\d+)/.exec(proposed)![1]);
  await click(admin, `#approve-${id}`);
  await waitForText(admin, '#proposed', (t) => !t.includes('3000'));
  assert.is(await ceiling('2026-01-01'), 2700);
  assert.is(await ceiling('2025-12-31'), 2466);
  assert.equal(errors, []);
});

test('a bracket table with a gap is refused, naming what is wrong', async () => {
  const form = '#propose-unemployment-benefit-estimate-monthlyByYears';
  await (await find(admin, `${form} input[name="from"]`)).evaluate((e) => ((e as HTMLInputElement).value = '2026-07-01'));
  await (await find(admin, `${form} textarea`)).type('1 5 2300\n6 - 2400');
  await (await find(admin, `${form} input[name="note"]`)).type('市人社局通知');
  await click(admin, `${form} button`);
  await waitForText(admin, '#problem-unemployment-benefit-estimate-monthlyByYears', (t) => t.includes('leave a gap from 5 to 6'));
  assert.equal(errors, []);
});

test.run();
