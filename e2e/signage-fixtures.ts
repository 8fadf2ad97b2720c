/**
 * Signage set-ups the browser tests share: content published through the same API an editor and an approver
 * use (save, submit, approve), so a test plays exactly what it asserts on whatever the time of day.
 */
import type { Page } from 'puppeteer-core';
import type { TestHub } from '@jobhall/hub-server/testing';
import { ScreenRegistered, type Playlist, type ScheduleEntry } from '@jobhall/hub-server/contract';

type Headers = Record<string, string>;

async function call(hub: TestHub, headers: Headers, method: 'PUT' | 'POST', url: string, payload?: unknown) {
  const res = await hub.app.inject({ method, url, headers, payload: payload as object });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as unknown;
}

/** Saves, submits and approves an item; returns the revision its approval made. */
export async function publishItem(hub: TestHub, staff: Headers, kind: string, id: string, data: unknown): Promise<number> {
  await call(hub, staff, 'PUT', `/api/signage/items/${kind}/${id}`, { data });
  await call(hub, staff, 'POST', `/api/signage/items/${kind}/${id}/submit`, { note: 'test' });
  return ((await call(hub, staff, 'POST', `/api/signage/items/${kind}/${id}/approve`, { comment: '' })) as { revision: number }).revision;
}

/** Saves and submits, leaving the approval to the test (done in the admin page). */
export async function submitItem(hub: TestHub, staff: Headers, kind: string, id: string, data: unknown): Promise<void> {
  await call(hub, staff, 'PUT', `/api/signage/items/${kind}/${id}`, { data });
  await call(hub, staff, 'POST', `/api/signage/items/${kind}/${id}/submit`, { note: 'test' });
}

export async function registerScreen(hub: TestHub, staff: Headers, id: string, zoneId: string, layoutId: string) {
  return ScreenRegistered.parse(await call(hub, staff, 'PUT', `/api/signage/screens/${id}`, { name: { zh: id, en: id }, kind: 'lcd', zoneId, layoutId }));
}

export const notice = (id: string, zh: string, durationS = 600): Playlist['slides'][number] => ({
  id, type: 'notice', durationS, until: null, tone: 'info', title: { zh, en: `${zh} (en)` }, body: { zh: `<p>${zh}的内容</p>`, en: '<p>Text</p>' },
});

export const playlist = (id: string, slides: Playlist['slides']): Playlist => ({ id, name: { zh: id, en: id }, slides });

export function entry(id: string, over: Partial<ScheduleEntry>): ScheduleEntry {
  return {
    id, name: { zh: id, en: id }, target: { zones: [], groups: [], screens: [] }, layoutId: null, regions: [], priority: 95, share: 1,
    window: { from: null, to: null, weekdays: [1, 2, 3, 4, 5, 6, 7], time: { kind: 'all-day' }, holidays: 'ignore', except: [] }, ...over,
  };
}

/** A zone whose plain pages show one live job board, all day: `/signage/?zone=<id>`. */
export async function jobBoardZone(hub: TestHub, staff: Headers, zoneId: string): Promise<void> {
  await call(hub, staff, 'PUT', `/api/signage/zones/${zoneId}`, { name: { zh: '测试岗位区', en: 'Test job board' }, layoutId: 'jobs-wall' });
  await publishItem(hub, staff, 'playlist', `${zoneId}-jobs`, playlist(`${zoneId}-jobs`, [{
    id: 'board', type: 'jobs', durationS: 600, until: null, title: { zh: '测试岗位板', en: 'Test board' }, filter: { district: [], occupation: null, programme: null, fairId: null }, perPage: 6,
  }]));
  await publishItem(hub, staff, 'schedule', `${zoneId}-jobs`, entry(`${zoneId}-jobs`, { target: { zones: [zoneId], groups: [], screens: [] }, regions: [{ region: 'main', playlistId: `${zoneId}-jobs` }], layoutId: 'jobs-wall' }));
}

/** "HH:MM:SS" on the hall's clock (Asia/Shanghai) at an instant. */
export function hallClock(t: number): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date(t));
}

/**
 * The text of the slide on screen in a region of the page (not the one preloading behind it). Written as a
 * string: the test runner's transform would add helpers to a function that the page does not have.
 */
const REGION_TEXT = `(kind) => {
  const deep = (root, sel) => {
    const hit = root.querySelector(sel);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const f = deep(el.shadowRoot, sel); if (f) return f; }
    return null;
  };
  const text = (n) => n.shadowRoot ? [...n.shadowRoot.childNodes].map(text).join(' ') : n.childNodes && n.childNodes.length ? [...n.childNodes].map(text).join(' ') : (n.textContent || '');
  const region = deep(document, 'signage-stage.current')?.shadowRoot?.querySelector('signage-region[kind="' + kind + '"]');
  const on = region?.shadowRoot?.querySelector('.slot.on');
  return on ? text(on).replace(/\\s+/g, ' ').trim() : '';
}`;

export function regionText(page: Page, kind: string): Promise<string> {
  return page.evaluate(`(${REGION_TEXT})(${JSON.stringify(kind)})`) as Promise<string>;
}

/** Waits until the region's slide on screen says `want`. */
export async function waitForRegion(page: Page, kind: string, want: string, timeoutMs = 5000): Promise<number> {
  const until = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    last = await regionText(page, kind);
    if (last.includes(want)) return Date.now();
    if (Date.now() > until) throw new Error(`the ${kind} region did not show "${want}" within ${timeoutMs} ms; it showed "${last.slice(0, 120)}"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A zone whose plain pages show today's fair booth map, all day: `/signage/?zone=<id>`. */
export async function boothMapZone(hub: TestHub, staff: Headers, zoneId: string): Promise<void> {
  await call(hub, staff, 'PUT', `/api/signage/zones/${zoneId}`, { name: { zh: '测试展位图', en: 'Test booth map' }, layoutId: 'jobs-wall' });
  await publishItem(hub, staff, 'playlist', `${zoneId}-booths`, playlist(`${zoneId}-booths`, [{ id: 'booths', type: 'fairs', durationS: 600, until: null, title: { zh: '今日展位', en: 'Booths today' }, show: 'booths' }]));
  await publishItem(hub, staff, 'schedule', `${zoneId}-booths`, entry(`${zoneId}-booths`, { target: { zones: [zoneId], groups: [], screens: [] }, regions: [{ region: 'main', playlistId: `${zoneId}-booths` }], layoutId: 'jobs-wall' }));
}
