/**
 * Proof of play across a hub outage, as a lobby screen lives it: the hub stops, the screen plays on and keeps
 * each play in IndexedDB, the hub comes back on the same address and data, and every play reaches it once —
 * none lost (the screen's plays tile the time it played, no gap) and none doubled (each record id once).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { eventually, startTestHub, type TestHub } from '@jobhall/hub-server/testing';
import { launchBrowser } from './browser.ts';
import { entry, notice, playlist, publishItem, registerScreen, waitForRegion } from './signage-fixtures.ts';

let hub: TestHub | null = null;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-plays-'));

test.before(async () => {
  chrome = await launchBrowser();
});
test.after(async () => {
  await chrome?.close();
  await hub?.close().catch(() => {});
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The hall's day (Asia/Shanghai) `offset` days from today, as the plays report takes it. */
const hallDay = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offset * 86_400_000));

interface Row { id: string; screen_id: string; region: string; started_at: string; ended_at: string }

async function playsAtHub(h: TestHub, staff: Record<string, string>, screenId: string): Promise<Row[]> {
  const res = await h.app.inject({ method: 'GET', url: `/api/signage/plays.csv?from=${hallDay(-1)}&to=${hallDay(1)}&screenId=${screenId}`, headers: staff });
  assert.is(res.statusCode, 200, res.body);
  const [head, ...lines] = res.body.replace(/^\ufeff/, '').trim().split('\r\n');
  const cols = head!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])) as unknown as Row);
}

test('plays made while the hub is stopped reach it once it is back: none lost, none doubled', async () => {
  hub = await startTestHub({ listen: true, dataDir, keepData: true });
  const port = Number(new URL(hub.baseUrl).port);
  let staff = await hub.login();
  const { key } = await registerScreen(hub, staff, 'e2e-pop', 'lobby', 'lobby');
  await publishItem(hub, staff, 'playlist', 'e2e-pop', playlist('e2e-pop', [notice('pop-a', '第一条', 3), notice('pop-b', '第二条', 3)]));
  await publishItem(hub, staff, 'schedule', 'e2e-pop', entry('e2e-pop', { target: { zones: [], groups: [], screens: ['e2e-pop'] }, regions: [{ region: 'side', playlistId: 'e2e-pop' }] }));
  const page = await chrome.browser.newPage();
  await page.goto(`${hub.baseUrl}/signage/?screen=e2e-pop&key=${encodeURIComponent(key!)}&voice=off`, { waitUntil: 'networkidle0' });
  await waitForRegion(page, 'side', '第一条', 8000);
  const first = hub;
  await eventually(async () => (await playsAtHub(first, staff, 'e2e-pop')).some((r) => r.region === 'side'), 20_000, 'a play at the hub before the outage');

  await hub.close();
  hub = null;
  const stoppedAt = Date.now();
  const stored = () => page.evaluate(() => new Promise<number>((resolve) => {
    const r = indexedDB.open('jobhall-signage');
    r.onsuccess = () => {
      const c = r.result.transaction('plays').objectStore('plays').count();
      c.onsuccess = () => resolve(c.result);
    };
  }));
  await eventually(async () => (await stored()) >= 3, 20_000, 'three plays kept on the screen while the hub is away');

  hub = await startTestHub({ listen: true, dataDir, keepData: true, port });
  staff = await hub.login();
  await eventually(async () => (await stored()) === 0, 30_000, 'the screen sent what it kept and the hub took it');
  const second = hub;
  const rows = (await playsAtHub(second, staff, 'e2e-pop')).filter((r) => r.region === 'side' && r.screen_id === 'e2e-pop');
  assert.is(new Set(rows.map((r) => r.id)).size, rows.length, 'no record twice');
  assert.ok(rows.some((r) => Date.parse(r.started_at) > stoppedAt), 'plays from the outage arrived');
  assert.ok(rows.length >= 4, `${rows.length} plays: some before the outage and three during it`);
  const sorted = rows.map((r) => ({ start: Date.parse(r.started_at), end: Date.parse(r.ended_at) })).sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i]!.start - sorted[i - 1]!.end;
    assert.ok(Math.abs(gap) <= 50, `play ${i} starts ${gap} ms from the end of the one before: a play is missing or doubled`);
  }
  await page.close();
});

test.run();
