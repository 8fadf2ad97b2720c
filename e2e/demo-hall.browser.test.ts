/**
 * A full visit through the real built pages in Chromium: a ticket taken at the kiosk comes out of the
 * simulated printer as ESC/POS bytes that decode to the number and 号; staff call it from the admin page;
 * the signage page shows it, without reloading.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { decodeEscPos } from '@jobhall/device-agents/escpos';
import { eventually, startTestHall, type TestHall } from './hall.ts';
import { click, find, launchBrowser, textOf, waitForText, watchErrors, signInAdmin } from './browser.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
const errors: string[] = [];

/** A page; `isolated` gives it its own cookie jar and storage, like a kiosk machine of its own. */
async function open(path: string, isolated = false): Promise<Page> {
  const page = isolated ? await (await chrome.browser.createBrowserContext()).newPage() : await chrome.browser.newPage();
  watchErrors(page, errors);
  await page.goto(`${hall.hub.baseUrl}${path}`, { waitUntil: 'networkidle0' });
  return page;
}

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

let number = '';

test('kiosk: take a ticket and get it printed', async () => {
  const kiosk = await open('/kiosk/');
  await click(kiosk, '#take-ticket');
  await click(kiosk, 'button[data-service="3.1.2"]');
  await click(kiosk, '#normal');
  number = await waitForText(kiosk, '#number', (t) => /^B\d{3}$/.test(t));
  await waitForText(kiosk, '#print-status', (t) => t.includes('请取走您的号票'), 8000);
  const printed = hall.paper.emulator.printed.map((b) => decodeEscPos(b)[0]!);
  const job = printed.find((j) => j.lines.some((l) => l.text === `${number} 号`));
  assert.ok(job, `no printed ticket decodes to "${number} 号"`);
  assert.ok(job!.qr[0]?.includes('/s/'), 'the ticket carries its status QR');
  await kiosk.close();
});

test('admin calls it and signage shows it live', async () => {
  const signage = await open('/signage/');
  const admin = await open('/admin/');
  await signInAdmin(admin, hall.hub.config.admin);
  const select = await find(admin, '#counter');
  await eventually(async () => (await select.evaluate((s) => (s as HTMLSelectElement).options.length)) > 1, 5000, 'counters loaded');
  await select.select('counter-3');
  await click(admin, '#sign-in');
  await click(admin, '#call-next');
  await waitForText(admin, '#current-call', (t) => t.includes(number));
  await waitForText(signage, '#current-number', (t) => t === number, 5000);
  assert.is(await textOf(signage, '#current-zh'), `请 ${number} 号到 3 号窗口办理`);
  assert.is(await textOf(signage, '#current-en'), `Ticket ${number}, please go to window 3`);
  // The LED line of window 3 got the same call through the call-screen agent, and staff see the board said so.
  assert.is(hall.board.lines.get(3)?.text, `请 ${number} 号到 3 号窗口办理`);
  await click(admin, '#tab-devices');
  const led = await waitForText(admin, 'tr[data-led="callscreen-1/3"]', (t) => t.includes('已显示'), 8000);
  assert.match(led, `请 ${number} 号到 3 号窗口办理`);
});

test('an alert sent to every zone is on the plain lobby screen, its headline as text, until it is ended', async () => {
  const signage = await open('/signage/');
  await find(signage, 'signage-stage', 8000);
  const staff = await hall.hub.login();
  const res = await hall.hub.app.inject({
    method: 'POST', url: '/api/signage/alerts', headers: staff,
    payload: {
      status: 'actual', msgType: 'alert', severity: 'severe', urgency: 'immediate', headline: { zh: '台风预警：请留在室内', en: 'Typhoon warning: stay indoors' },
      instruction: { zh: '大厅照常开放', en: 'The hall stays open' }, expires: new Date(Date.now() + 600_000).toISOString(), zones: [],
    },
  });
  assert.is(res.statusCode, 201);
  await waitForText(signage, '#alert-headline', (t) => t === '台风预警：请留在室内', 3000);
  const { id } = res.json() as { id: string };
  await hall.hub.app.inject({ method: 'POST', url: `/api/signage/alerts/${id}/cancel`, headers: staff });
  await eventually(async () => !(await signage.$('pierce/signage-alert')), 3000, 'ended');
});

test('with the printer out of paper the kiosk says so and shows the ticket as a QR code', async () => {
  hall.paper.emulator.set({ paperOut: true });
  await eventually(() => hall.hub.app.devices.health('printer-1')?.faults.includes('paper-out'), 3000, 'paper-out at the hub');
  const kiosk = await open('/kiosk/');
  await waitForText(kiosk, '#printer-banner', (t) => t.includes('打印机暂停服务'));
  await click(kiosk, '#take-ticket');
  await click(kiosk, 'button[data-service="7.1.2"]');
  await click(kiosk, '#normal');
  const num = await waitForText(kiosk, '#number', (t) => /^F\d{3}$/.test(t));
  await waitForText(kiosk, '#print-status', (t) => t.includes('扫描下方二维码'));
  assert.ok(await find(kiosk, 'svg[role="img"]'), 'a QR code is on screen');
  // Paper back in: the held job prints.
  hall.paper.emulator.set({ paperOut: false });
  await eventually(() => hall.paper.emulator.printed.some((b) => decodeEscPos(b)[0]!.lines.some((l) => l.text === `${num} 号`)), 5000, 'printed after refill');
});

test('the kiosk warns before its idle reset and then forgets the visit', async () => {
  const kiosk = await open('/kiosk/?idle=2&warn=2', true);
  await click(kiosk, '#lang'); // English
  await click(kiosk, 'button[data-module="3"]');
  await find(kiosk, '#more-time');
  await eventually(async () => !(await kiosk.$('pierce/kiosk-service-list')) && (await kiosk.$('pierce/kiosk-home')), 6000, 'back home');
  assert.is(await kiosk.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.is(await kiosk.evaluate(() => sessionStorage.length + localStorage.length), 0);
});

/**
 * Every text and attribute value on the page, shadow roots included: where personal data could hide. Passed as
 * a string because tsx wraps named functions in a helper the page does not have.
 */
const allText = (page: Page) =>
  page.evaluate(`(() => {
    const out = [];
    const walk = (root) => root.childNodes.forEach((n) => {
      if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent || '');
      if (n instanceof Element) {
        for (const a of n.attributes) out.push(a.value);
        if (n.shadowRoot) walk(n.shadowRoot);
      }
      walk(n);
    });
    walk(document);
    return out.join(' ');
  })()`) as Promise<string>;

test('an SMS reminder is set up on the number pad; the kiosk then shows only the masked number and forgets it on reset', async () => {
  const kiosk = await open('/kiosk/?idle=3&warn=2', true);
  await click(kiosk, '#take-ticket');
  await click(kiosk, 'button[data-service="4.1.2"]');
  await click(kiosk, '#normal');
  await waitForText(kiosk, '#number', (t) => /^A\d{3}$/.test(t));
  await click(kiosk, '#sms');
  for (const d of '13800138000') await click(kiosk, `button[data-digit="${d}"]`);
  assert.is(await textOf(kiosk, '#pad-digits'), '138 0013 8000');
  await click(kiosk, '#pad-submit');
  await waitForText(kiosk, '#sms-done', (t) => t.includes('138****8000'));
  assert.not.match(await allText(kiosk), '13800138000');
  await eventually(async () => !!(await kiosk.$('pierce/kiosk-home')), 8000, 'idle reset');
  assert.not.match(await allText(kiosk), '8000');
});

test('a visit booked at the kiosk is checked in with its code and becomes a ticket', async () => {
  const kiosk = await open('/kiosk/', true);
  await click(kiosk, 'button[data-module="7"]');
  await click(kiosk, 'button[data-service="7.1.2"]');
  await click(kiosk, '#book');
  await click(kiosk, 'button[data-slot]'); // the first slot offered: today's, or late in the day the next day's
  const code = await waitForText(kiosk, '#booking-code', (t) => /^\d{6}$/.test(t));
  await click(kiosk, '#done');
  await click(kiosk, '#check-in');
  for (const d of code) await click(kiosk, `button[data-digit="${d}"]`);
  await click(kiosk, '#pad-submit');
  const number = await waitForText(kiosk, '#number', (t) => /^F\d{3}$/.test(t));
  const ticket = hall.hub.app.hub.db.prepare('SELECT source, appointment_at FROM tickets WHERE number = ? ORDER BY created_at DESC').get(number) as { source: string; appointment_at: string };
  assert.is(ticket.source, 'appointment');
  assert.ok(ticket.appointment_at);
});

test('a service guide prints as a checklist of what to bring', async () => {
  const kiosk = await open('/kiosk/', true);
  await click(kiosk, 'button[data-module="6"]');
  await click(kiosk, 'button[data-service="6.1.2"]');
  const before = hall.paper.emulator.printed.length;
  await click(kiosk, '#print-guide');
  await waitForText(kiosk, '#notice', (t) => t.includes('办事指南'));
  await eventually(() => hall.paper.emulator.printed.length > before, 5000, 'the guide printed');
  const paper = decodeEscPos(hall.paper.emulator.printed.at(-1)!)[0]!.lines.map((l) => l.text).join('\n');
  assert.match(paper, '需要带的材料');
  assert.match(paper, '[ ] ');
  assert.match(paper, '代办退休');
});

test('no page logged an error', () => {
  assert.equal(errors, []);
});

test.run();
