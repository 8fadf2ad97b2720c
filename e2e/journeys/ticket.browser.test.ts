/**
 * A visitor takes a ticket at the kiosk — at both sizes, in both languages — from a ticket menu ordered by line
 * (the queue system itself not in it), sees and is handed where to wait, and is called from the counter console
 * to the call screen, whose clock keeps the hall's time on a display set to another zone. The kiosk is tapped
 * only as a finger can; the console is a staff desk worked with a mouse (browser.ts), the call screen only read.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { click, find, waitForText, watchErrors } from '../browser.ts';
import { eventually } from '../hall.ts';
import { LANDSCAPE, seeOnScreen, tap } from '../finger.ts';
import { RUNS, kioskFor, openHall, paperCount, paperSaying, say, screenOk, type Journeys } from './journey.ts';

let j: Journeys;
let admin: Page;
let signage: Page;

test.before(async () => {
  j = await openHall();
  // The call screen hangs in the hall; its player happens to be set to UTC.
  signage = await (await j.chrome.browser.createBrowserContext()).newPage();
  watchErrors(signage, j.errors);
  await signage.emulateTimezone('UTC');
  await signage.setViewport(LANDSCAPE);
  await signage.goto(`${j.hall.hub.baseUrl}/signage/`, { waitUntil: 'domcontentloaded' });
  // Window 3's console, signed in once for the file.
  admin = await (await j.chrome.browser.createBrowserContext()).newPage();
  watchErrors(admin, j.errors);
  await admin.goto(`${j.hall.hub.baseUrl}/admin/#counter`, { waitUntil: 'domcontentloaded' });
  await (await find(admin, '#username', 10_000)).type(j.hall.hub.config.admin.username);
  await (await find(admin, '#password')).type(j.hall.hub.config.admin.password);
  await click(admin, '#login');
  const select = await find(admin, '#counter', 10_000);
  await eventually(async () => (await select.evaluate((s) => (s as HTMLSelectElement).options.length)) > 1, 5000, 'counters loaded');
  await select.select('counter-3');
  await click(admin, '#sign-in');
  await find(admin, '#call-next');
});
test.after(async () => {
  await j?.close();
});

test('the call screen\'s clock keeps the hall\'s time, whatever the display\'s zone', async () => {
  const hallTime = () => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date());
  const utc = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date());
  const text = await seeOnScreen(signage, hallTime());
  assert.not.ok(utc !== hallTime() && text.includes(utc) && !text.includes(hallTime()), 'not the display\'s UTC');
});

for (const run of RUNS) {
  test(`${run.name}: a ticket from the menu says where to wait, is called at window 3 and shows on the call screen`, async () => {
    const L = run.lang;
    const page = await kioskFor(j, run.size, L);
    try {
      await screenOk(page, 'home');
      if (run.size.height > run.size.width) {
        // A portrait kiosk's first screen is filled: its last tile reaches the lower part of the screen.
        const bottom = (await page.evaluate(`(() => {
          const all = []; const walk = (r) => r.querySelectorAll('*').forEach((e) => { all.push(e); if (e.shadowRoot) walk(e.shadowRoot); }); walk(document);
          return Math.max(...all.filter((e) => e.matches('button[data-module]')).map((e) => e.getBoundingClientRect().bottom));
        })()`)) as number;
        assert.ok(bottom > run.size.height * 0.85, `the tiles end at ${Math.round(bottom)} of ${run.size.height}`);
      }
      await tap(page, '#take-ticket');
      const menu = await seeOnScreen(page, say(L, '求职登记与职业介绍', 'Job seekers and placement'));
      assert.not.match(menu, say(L, '电子叫号系统', 'Electronic queue calling'), 'the queue system is not a service to queue for');
      await seeOnScreen(page, say(L, '3、4 号窗口', 'Windows 3 and 4'));
      await screenOk(page, 'ticket menu');
      await tap(page, 'button[data-service="3.1.2"]');
      await seeOnScreen(page, say(L, '普通取号', 'Normal ticket'));
      await screenOk(page, 'ticket options');
      const from = paperCount(j);
      await tap(page, '#normal');
      const number = /B\d{3}/.exec(await seeOnScreen(page, /B\d{3}/))![0];
      await seeOnScreen(page, say(L, '等候地点', 'Please wait at'));
      await seeOnScreen(page, say(L, '1楼 B 区座位', 'seats in area B'));
      await seeOnScreen(page, say(L, '请取走您的号票', 'Please take your ticket'), 8000);
      await screenOk(page, 'ticket');
      const paper = await paperSaying(j, from, `${number} 号`);
      assert.match(paper, '请在 1楼 B 区座位（3、4 号窗口对面） 等候');
      assert.match(paper, 'Please wait in: Ground floor, seats in area B');

      await click(admin, '#call-next');
      await waitForText(admin, '#current-call', (t) => t.includes(number));
      const shown = await seeOnScreen(signage, `请 ${number} 号到 3 号窗口办理`, 5000);
      assert.match(shown, `Ticket ${number}, please go to window 3`);
      assert.match(shown, /在 ?1楼 B 区座位（3、4 号窗口对面） ?等候/, 'the call screen says where each line waits');
      // Window 3 moves on: the next run's ticket is the next one called.
      await click(admin, '#no-show');
      await eventually(async () => (await admin.$('pierce/#current-call')) === null, 5000, 'window 3 free again');
    } finally {
      await page.browserContext().close();
    }
  });
}

test('no page logged an error', () => {
  assert.equal(j.errors, []);
});

test.run();
