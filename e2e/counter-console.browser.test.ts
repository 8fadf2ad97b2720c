/**
 * The counter console in Chromium draws the actions the hub lists on each ticket: after a call, recall, start
 * and no-show are on; once the visit starts they are off and finish is on; a parked ticket can be called back
 * only while the window is free. A ticket taken at a kiosk appears in the waiting list without a reload (the
 * call board reaches the console over MQTT).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { Ticket } from '@jobhall/hub-server/contract';
import { eventually, startTestHall, type TestHall } from './hall.ts';
import { click, find, launchBrowser, waitForText, watchErrors, signInAdmin } from './browser.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let admin: Page;
const errors: string[] = [];

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
  admin = await chrome.browser.newPage();
  watchErrors(admin, errors);
  await admin.goto(`${hall.hub.baseUrl}/admin/#counter`, { waitUntil: 'networkidle0' });
  await signInAdmin(admin, hall.hub.config.admin);
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

const take = async () => Ticket.parse((await hall.hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: '3.1.2' } })).json());
const enabled = async (selector: string) => !(await (await find(admin, selector)).evaluate((b) => (b as HTMLButtonElement).disabled));

test('the console offers what the ticket allows, as the hub says, and sees new tickets live', async () => {
  const select = await find(admin, '#counter');
  await eventually(async () => (await select.evaluate((s) => (s as HTMLSelectElement).options.length)) > 1, 5000, 'counters loaded');
  await select.select('counter-3');
  await click(admin, '#sign-in');
  await find(admin, '#call-next');
  const first = await take();
  await waitForText(admin, '#waiting', (t) => t.includes(first.number));
  const second = await take();
  await waitForText(admin, '#waiting', (t) => t.includes(second.number));

  await click(admin, '#call-next');
  await waitForText(admin, '#current-call', (t) => t.includes(first.number));
  assert.ok(await enabled('#recall'), 'a called visitor can be called again');
  assert.ok(await enabled('#start'));
  assert.ok(await enabled('#no-show'));
  assert.not.ok(await enabled(`li[data-ticket="${second.id}"] button[data-action="call"]`), 'nobody else is called while the window is busy');

  await click(admin, '#start');
  await eventually(async () => !(await enabled('#recall')), 5000, 'recall off once the visit started');
  assert.not.ok(await enabled('#start'));
  assert.not.ok(await enabled('#no-show'));
  assert.ok(await enabled('#finish'));
  assert.ok(await enabled('#park'));

  await click(admin, '#park');
  await waitForText(admin, '#parked', (t) => t.includes(first.number));
  assert.ok(await enabled(`li[data-ticket="${first.id}"] button[data-action="call"]`), 'a parked ticket can be called back');
  assert.ok(await enabled(`li[data-ticket="${first.id}"] button[data-action="resume"]`));
  assert.ok(await enabled(`li[data-ticket="${second.id}"] button[data-action="call"]`), 'the window is free again');
});

test('no page logged an error', () => {
  assert.equal(errors, []);
});

test.run();
