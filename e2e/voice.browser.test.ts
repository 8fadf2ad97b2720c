/**
 * Spoken calls on the real signage page in Chromium: a ticket called at a counter is shown and announced with
 * exactly the clip sequence of the phrase composer (chime, Mandarin ×2, English), a recall is announced again,
 * and two quick calls are spoken one after the other, never over each other. Headless Chromium has no sound
 * card; the page records every clip it feeds to Web Audio in window.__jobhallAudio.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { CounterActionResult, Ticket, type CallEvent } from '@jobhall/hub-server/contract';
import { announcementKeys } from '../signage-ui/src/voice/phrases.ts';
import { eventually, startTestHall, type TestHall } from './hall.ts';
import { find, launchBrowser, waitForText, watchErrors } from './browser.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let signage: Page;
let staff: Record<string, string>;
const errors: string[] = [];

type Clip = NonNullable<Window['__jobhallAudio']>[number];

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
  staff = await hall.hub.login();
  signage = await chrome.browser.newPage();
  watchErrors(signage, errors);
  await signage.goto(`${hall.hub.baseUrl}/signage/`, { waitUntil: 'networkidle0' });
  await signage.waitForFunction(() => window.__jobhallVoice?.ready === true, { timeout: 15_000 });
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

async function post(path: string, headers = staff, body?: object): Promise<CounterActionResult> {
  const res = await fetch(`${hall.hub.baseUrl}${path}`, {
    method: 'POST',
    headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  assert.is(res.status, 200, `${path}: ${await res.clone().text()}`);
  return CounterActionResult.parse(await res.json());
}

async function takeTicket(): Promise<Ticket> {
  const res = await fetch(`${hall.hub.baseUrl}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId: '3.1.2' }) });
  return Ticket.parse(await res.json());
}

const clips = (seq?: number): Promise<Clip[]> =>
  signage.evaluate((s) => (window.__jobhallAudio ?? []).filter((c) => s === undefined || c.seq === s), seq);

/** Waits until the announcement of this call has been fed completely and the queue is idle again. */
async function spoken(call: CallEvent, timeout = 60_000): Promise<Clip[]> {
  const want = announcementKeys(call).length;
  await eventually(async () => (await clips(call.seq)).filter((c) => c.end).length >= want, timeout, `announcement of ${call.number} (seq ${call.seq})`);
  return clips(call.seq);
}

let first: CallEvent;

test('a call is shown and announced: chime, Mandarin twice, English, clip by clip', async () => {
  await post('/api/counters/counter-3/sign-in');
  const ticket = await takeTicket();
  const t0 = Date.now();
  const { call } = await post('/api/counters/counter-3/call-next');
  assert.is(call?.number, ticket.number);
  first = call!;
  await waitForText(signage, '#current-number', (t) => t === ticket.number);
  const fed = await spoken(first);
  assert.equal(fed.map((c) => c.key), announcementKeys(first));
  assert.ok(fed.every((c) => c.how !== 'missing'));
  assert.equal(fed.slice(0, 4).map((c) => c.key), ['chime', 'zh-qing', 'letter-B', 'zh-0']);
  assert.equal(fed.slice(-2).map((c) => c.key), ['en-please-go-to-window', 'en-3']);
  assert.ok(fed[0]!.at - t0 < 1000, `first audio ${fed[0]!.at - t0} ms after the call`);
});

test('a recall re-highlights and is announced again, within 1 s', async () => {
  const flashBefore = await (await find(signage, '#current')).evaluate((e) => e.getAttribute('data-flash'));
  const t0 = Date.now();
  const { call } = await post('/api/counters/counter-3/recall');
  assert.ok(call?.recall);
  assert.is(call?.number, first.number);
  const fed = await spoken(call!);
  assert.equal(fed.map((c) => c.key), announcementKeys(call!));
  assert.ok(fed[0]!.at - t0 < 1000, `recall audio ${fed[0]!.at - t0} ms after the recall`);
  const flashAfter = await (await find(signage, '#current')).evaluate((e) => e.getAttribute('data-flash'));
  assert.is.not(flashAfter, flashBefore);
});

test('a redelivered call (same seq) is not announced twice', async () => {
  const before = (await clips()).length;
  await hall.hub.app.hub.bus.publish('calls', {}, first);
  await new Promise((r) => setTimeout(r, 1500));
  assert.is((await clips()).length, before);
});

test('two quick calls are announced one after the other, without overlap', async () => {
  // One staff member holds one counter: a colleague calls at the next window.
  await hall.hub.app.staff.addStaff('clerk', '王芳', ['counter-staff'], 'clerk-password', new Date());
  const clerk = await hall.hub.login('clerk', 'clerk-password');
  await post('/api/counters/counter-4/sign-in', clerk);
  await takeTicket();
  await takeTicket();
  const a = (await post('/api/counters/counter-3/call-next')).call!;
  const b = (await post('/api/counters/counter-4/call-next', clerk)).call!;
  assert.is.not(a.number, b.number);
  const fedA = await spoken(a);
  const fedB = await spoken(b);
  assert.equal(fedA.map((c) => c.key), announcementKeys(a));
  assert.equal(fedB.map((c) => c.key), announcementKeys(b));
  assert.equal(b.window, 4);
  // Every clip starts only after the one before it ended, across the two announcements.
  const all = [...fedA, ...fedB];
  for (let i = 1; i < all.length; i++) assert.ok(all[i]!.at >= all[i - 1]!.end!, `${all[i]!.key} (seq ${all[i]!.seq}) overlaps ${all[i - 1]!.key}`);
  assert.ok(fedB[0]!.at >= fedA.at(-1)!.end!);
});

test('the page logged no error and the voice queue is idle', async () => {
  assert.equal(errors, []);
  assert.is(await signage.evaluate(() => window.__jobhallVoice?.state), 'idle');
});

/** A sound device that never finishes a clip: Web Audio sources start but never sound and never fire `ended`. */
test('a clip that never ends does not stall the queue: each is given up on after its length', async () => {
  const page = await chrome.browser.newPage();
  watchErrors(page, errors);
  await page.evaluateOnNewDocument(() => {
    AudioBufferSourceNode.prototype.start = function () {};
  });
  await page.goto(`${hall.hub.baseUrl}/signage/?zhRepeat=0&english=0`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => window.__jobhallVoice?.ready === true, { timeout: 15_000 });
  await takeTicket();
  await takeTicket();
  const a = (await post('/api/counters/counter-3/call-next')).call!;
  const b = (await post('/api/counters/counter-3/call-next')).call!;
  const fed = await eventually(async () => {
    const list = await page.evaluate(() => window.__jobhallAudio!);
    return list.length === 2 && list.every((c) => c.end) ? list : false;
  }, 8000, 'both chimes given up on');
  assert.equal(fed.map((c) => [c.seq, c.key, c.how]), [[a.seq, 'chime', 'timeout'], [b.seq, 'chime', 'timeout']]);
  assert.ok(fed[1]!.at >= fed[0]!.end!);
  await page.close();
});

/**
 * e2e/browser.ts always passes --autoplay-policy=no-user-gesture-required, as call screens should be started.
 * Without it (a screen someone set up by hand) Chromium keeps Web Audio suspended: the screen says so and one
 * click lets the sound out.
 */
test('without the autoplay flag the screen offers a button, and one click unlocks the sound', async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    userDataDir: profile,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-dev-shm-usage', '--autoplay-policy=document-user-activation-required'],
  });
  try {
    const page = await browser.newPage();
    watchErrors(page, errors);
    await page.goto(`${hall.hub.baseUrl}/signage/`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => window.__jobhallVoice?.ready === true, { timeout: 15_000 });
    assert.ok(await page.evaluate(() => window.__jobhallVoice?.blocked));
    await (await find(page, '#enable-sound', 2000, true)).click();
    await eventually(async () => !(await page.evaluate(() => window.__jobhallVoice?.blocked)), 2000, 'audio unlocked');
    await eventually(async () => (await page.$('pierce/#enable-sound')) === null, 2000, 'the button gone');
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  assert.equal(errors, []);
});

test.run();
