/**
 * Job placement at the kiosk in Chromium: search without a keyboard, register as a job seeker (ID masked at
 * once), see jobs that fit with their reasons, print a referral slip, and sign in again later.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { decodeEscPos } from '@jobhall/device-agents/escpos';
import { eventually, startTestHall, type TestHall } from './hall.ts';
import { click, find, launchBrowser, textOf, waitForText } from './browser.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let kiosk: Page;

const ID = '11010519491231002X'; // the GB 11643 sample number, valid checksum

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
  kiosk = await (await chrome.browser.createBrowserContext()).newPage();
  await kiosk.goto(`${hall.hub.baseUrl}/kiosk/`, { waitUntil: 'networkidle0' });
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

/** Types pinyin on the on-screen keyboard and taps the character. */
async function typeHanzi(page: Page, pinyin: string, char: string) {
  for (const k of pinyin) await click(page, `button[data-key="${k}"]`);
  await click(page, `button[data-char="${char}"]`);
}

test('search by typing 保安 on the on-screen keyboard, then narrow it by board and lodging', async () => {
  await click(kiosk, '#find-job');
  const all = Number((await waitForText(kiosk, '#total', (t) => /\d/.test(t))).match(/\d+/)![0]);
  await click(kiosk, '#query');
  await typeHanzi(kiosk, 'bao', '保');
  await typeHanzi(kiosk, 'an', '安');
  assert.is(await textOf(kiosk, '#kb-text'), '保安');
  await click(kiosk, '#kb-done');
  const found = Number((await waitForText(kiosk, '#total', (t) => Number(t.match(/\d+/)?.[0]) < all)).match(/\d+/)![0]);
  assert.ok(found > 0, 'some 保安 jobs');
  await click(kiosk, 'button[data-filter="lodging"]');
  await waitForText(kiosk, '#total', (t) => Number(t.match(/\d+/)?.[0]) <= found);
  const ids = (await kiosk.$$eval('pierce/button[data-job]', (els) => els.map((e) => Number(e.getAttribute('data-job')))));
  const rows = hall.hub.app.hub.db.prepare(`SELECT id, lodging FROM vacancies WHERE id IN (${ids.map(() => '?').join(',') || 0})`).all(...ids) as Array<{ lodging: number }>;
  assert.ok(rows.length > 0 && rows.every((r) => r.lodging === 1), 'every result offers lodging');
});

test('register as a job seeker: the ID is masked at once, and jobs that fit come with reasons', async () => {
  await click(kiosk, '#home');
  await click(kiosk, 'button[data-module="3"]');
  await click(kiosk, 'button[data-service="3.1.2"]');
  await click(kiosk, '#flow-register');
  for (const d of ID) await click(kiosk, `button[data-digit="${d}"]`);
  assert.is(await textOf(kiosk, '#pad-digits'), '1101**********002X');
  await click(kiosk, '#pad-submit');
  await typeHanzi(kiosk, 'zhang', '张');
  await typeHanzi(kiosk, 'wei', '伟');
  await click(kiosk, '#kb-done');
  for (const d of '13800138000') await click(kiosk, `button[data-digit="${d}"]`);
  await click(kiosk, '#pad-submit');
  await click(kiosk, 'button[data-choice]'); // the first district
  await click(kiosk, 'button[data-choice="4-07-05-01"]'); // 保安
  await click(kiosk, '#work-next');
  await click(kiosk, '#pay-next');
  await click(kiosk, 'button[data-choice="senior"]');
  await click(kiosk, 'button[data-choice="consent-yes"]');
  const review = await textOf(kiosk, '#review');
  assert.match(review, '1101**********002X');
  assert.not.match(review, ID);
  await click(kiosk, '#register-submit');
  await find(kiosk, '#matches li', 8000);
  const visitor = await textOf(kiosk, '#visitor');
  assert.match(visitor, '张*');
  assert.not.match(visitor, '张伟');
  const first = await textOf(kiosk, '#matches li');
  assert.match(first, '为什么推荐');
});

test('tick a job and print its referral slip', async () => {
  const before = hall.paper.emulator.printed.length;
  await click(kiosk, '#matches li input[type="checkbox"]');
  await click(kiosk, '#print-referrals');
  await waitForText(kiosk, '#referral-message', (t) => t.includes('推荐信'));
  await eventually(() => hall.paper.emulator.printed.length > before, 5000, 'the slip printed');
  const slip = decodeEscPos(hall.paper.emulator.printed.at(-1)!)[0]!;
  const text = slip.lines.map((l) => l.text).join('\n');
  assert.match(text, '推荐');
  assert.not.match(text, ID, 'no ID number on the slip');
});

test('signing out forgets the visitor; signing in with ID and phone digits brings the matches back', async () => {
  await click(kiosk, '#sign-out');
  await find(kiosk, 'kiosk-home');
  assert.is(await kiosk.$('pierce/#visitor'), null);
  await click(kiosk, '#find-job');
  await click(kiosk, 'button[data-job]');
  await click(kiosk, '#sign-in-to-refer');
  for (const d of ID) await click(kiosk, `button[data-digit="${d}"]`);
  await click(kiosk, '#pad-submit');
  for (const d of '8000') await click(kiosk, `button[data-digit="${d}"]`);
  await click(kiosk, '#pad-submit');
  await find(kiosk, '#refer', 5000); // back on the job, now able to print its referral
  await click(kiosk, '#refer');
  await waitForText(kiosk, '#notice', (t) => t.includes('推荐信'));
});

test.run();
