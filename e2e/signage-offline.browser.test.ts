/**
 * A lobby screen with the hub gone: it keeps playing its schedule on its own clock — a daypart that starts
 * during the outage starts on time — and a screen reloaded while the hub is down starts from what it had
 * cached (the service worker and Cache Storage) within 5 s. Plays recorded meanwhile stay on the screen.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { startTestHall, type TestHall } from './hall.ts';
import { find, launchBrowser } from './browser.ts';
import { entry, hallClock, notice, playlist, publishItem, registerScreen, waitForRegion } from './signage-fixtures.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let screen: Page;

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
});
test.after(async () => {
  await chrome?.close();
  await hall?.close().catch(() => {});
});

test('with the hub stopped the screen plays on, switches at its schedule boundary, and a reload starts from its cache', async () => {
  const staff = await hall.hub.login();
  const { key } = await registerScreen(hall.hub, staff, 'e2e-off', 'lobby', 'lobby');
  await publishItem(hall.hub, staff, 'playlist', 'e2e-day', playlist('e2e-day', [notice('day', '常规内容')]));
  await publishItem(hall.hub, staff, 'playlist', 'e2e-later', playlist('e2e-later', [notice('later', '定时内容')]));
  // The second playlist's daypart starts 20 s from now, on the hall's clock: the hub will be gone by then.
  const boundary = Math.ceil((Date.now() + 20_000) / 1000) * 1000;
  const target = { zones: [], groups: [], screens: ['e2e-off'] };
  await publishItem(hall.hub, staff, 'schedule', 'e2e-day', entry('e2e-day', { target, regions: [{ region: 'side', playlistId: 'e2e-day' }] }));
  await publishItem(hall.hub, staff, 'schedule', 'e2e-later', entry('e2e-later', {
    target, priority: 96, regions: [{ region: 'side', playlistId: 'e2e-later' }],
    window: { from: null, to: null, weekdays: [1, 2, 3, 4, 5, 6, 7], time: { kind: 'hours', start: hallClock(boundary), end: hallClock(boundary + 3600_000) }, holidays: 'ignore', except: [] },
  }));

  screen = await chrome.browser.newPage();
  await screen.goto(`${hall.hub.baseUrl}/signage/?screen=e2e-off&key=${encodeURIComponent(key!)}`, { waitUntil: 'networkidle0' });
  await waitForRegion(screen, 'side', '常规内容', 8000);
  // The service worker has taken the page and kept the player; the revision is in Cache Storage.
  await screen.waitForFunction(() => !!navigator.serviceWorker.controller, { timeout: 8000 });
  await screen.waitForFunction(async () => (await (await caches.open('jobhall-signage-shell')).keys()).length > 1, { timeout: 8000 });

  await hall.close();
  assert.ok(Date.now() < boundary - 2000, 'the hub stopped before the boundary');
  await find(screen, '#offline', 8000);
  assert.match(await (await find(screen, '#offline')).evaluate((e) => e.textContent ?? ''), '内容照常播放');
  const switched = await waitForRegion(screen, 'side', '定时内容', boundary - Date.now() + 3000);
  assert.ok(switched - boundary < 1000, `switched ${switched - boundary} ms after the boundary`);
  const stored = await screen.evaluate(() => new Promise<number>((resolve) => {
    const r = indexedDB.open('jobhall-signage');
    r.onsuccess = () => {
      const c = r.result.transaction('plays').objectStore('plays').count();
      c.onsuccess = () => resolve(c.result);
    };
  }));
  assert.ok(stored >= 1, 'the play that ended at the boundary is kept on the screen for later');

  const t0 = Date.now();
  await screen.reload({ waitUntil: 'domcontentloaded' });
  await waitForRegion(screen, 'side', '定时内容', 5000);
  assert.ok(Date.now() - t0 <= 5000, `started from its cache in ${Date.now() - t0} ms`);
});

test.run();
