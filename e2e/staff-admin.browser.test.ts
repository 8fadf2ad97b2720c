/**
 * Roles in the staff admin, in Chromium on the built pages: an administrator opens an account in 账号 Staff
 * accounts; that member, logged in elsewhere, sees only the tabs their role allows; an auditor reads the
 * vacancy queue without the buttons to decide on it; the audit log shows what happened and exports it.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { startTestHall, type TestHall } from './hall.ts';
import { click, find, launchBrowser, textOf, waitForText, watchErrors, signInAdmin } from './browser.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let admin: Page;
let staffHeaders: Record<string, string>;
const errors: string[] = [];

/** A page in a browser context of its own, so each member has their own session cookie. */
async function loggedIn(username: string, password: string): Promise<Page> {
  const page = await (await chrome.browser.createBrowserContext()).newPage();
  watchErrors(page, errors);
  await page.goto(`${hall.hub.baseUrl}/admin/`, { waitUntil: 'networkidle0' });
  await signInAdmin(page, { username, password });
  return page;
}

/** An account opened through the API an administrator's page uses; each test opens the ones it asserts on. */
async function account(username: string, roles: string[], displayName = username): Promise<void> {
  const res = await hall.hub.app.inject({ method: 'POST', url: '/api/staff/users', headers: staffHeaders, payload: { username, password: `${username}-password`, roles, displayName } });
  assert.is(res.statusCode, 201, res.body);
}

/** Every panel the admin defines, read from its table: an administrator holds every permission. */
const ALL_PANELS = [...fs.readFileSync(new URL('../admin-ui/src/panels.ts', import.meta.url), 'utf8').matchAll(/^\s*\{?\s*id: '([a-z-]+)', permission:/gm)].map((m) => m[1]);

const tabs = (page: Page) => page.$$eval('pierce/nav a', (links) => links.map((a) => a.id.replace(/^tab-/, '')));

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
  admin = await loggedIn(hall.hub.config.admin.username, hall.hub.config.admin.password);
  staffHeaders = await hall.hub.login();
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

test('an administrator sees every tab, opens an account with a role, and finds it listed', async () => {
  const all = await tabs(admin);
  assert.equal(all, ALL_PANELS);
  assert.ok(all.includes('staff') && all.includes('audit') && all.includes('signage') && all.includes('alerts'), all.join(','));
  assert.match(await textOf(admin, '#who'), '系统管理员');
  await click(admin, '#tab-staff');
  await (await find(admin, '#new-username')).type('desk.li');
  await (await find(admin, '#new-display-name')).type('李娜');
  await (await find(admin, '#new-password')).type('desk-li-password');
  await click(admin, '#new-staff input[value="counter-staff"]');
  await click(admin, '#create-staff');
  await waitForText(admin, '#staff-status', (t) => t.includes('desk.li'));
  const row = await waitForText(admin, 'tr[data-username="desk.li"]', (t) => t.includes('李娜'));
  assert.match(row, '启用中 Active');
  const checked = await admin.$$eval('pierce/tr[data-username="desk.li"] input[name="role"]', (boxes) =>
    boxes.filter((b) => (b as HTMLInputElement).checked).map((b) => (b as HTMLInputElement).value));
  assert.equal(checked, ['counter-staff']);
});

test('a counter clerk sees the counter, desk tickets, KPIs and the submissions they decide, and nothing else', async () => {
  await account('desk.wang', ['counter-staff']);
  const clerk = await loggedIn('desk.wang', 'desk.wang-password');
  assert.equal(await tabs(clerk), ['counter', 'desk', 'kpis', 'forms', 'bookings', 'cases', 'projects']);
  await find(clerk, 'admin-counter-console');
  // An address naming a tab the role does not open lands on the member's first tab instead.
  await clerk.goto(`${hall.hub.baseUrl}/admin/#audit`, { waitUntil: 'networkidle0' });
  await find(clerk, 'admin-counter-console');
  assert.not.ok(await clerk.$('pierce/admin-audit'));
  await clerk.close();
});

test('an auditor reads the vacancy queue without the buttons that decide on it', async () => {
  await hall.hub.app.staff.addStaff('reader', '审计员', ['auditor'], 'reader-password-1', new Date());
  const created = await hall.hub.app.inject({
    method: 'POST', url: '/api/vacancies', payload: {
      title: '仓库理货员', employerName: '上海审计测试物流有限公司', description: '负责仓库货物清点与上架，两班倒，入职即缴纳五险。', district: 'pudong',
      payMin: 5000, payMax: 6500, headcount: 2, contactPhone: '021-62345678', meals: true, lodging: false, shifts: ['two-shift'],
    },
  });
  const { id } = created.json() as { id: number };
  const reader = await loggedIn('reader', 'reader-password-1');
  assert.equal(await tabs(reader), ['signage', 'devices', 'kpis', 'review', 'referrals', 'seekers', 'forms', 'survey', 'bookings', 'cases', 'projects', 'audit']);
  await click(reader, '#tab-review');
  await find(reader, `admin-vacancy-card[data-vacancy="${id}"]`, 8000);
  assert.not.ok(await reader.$(`pierce/#approve-${id}`), 'no approve button');
  assert.not.ok(await reader.$(`pierce/#reject-${id}`), 'no reject button');
  await click(reader, '#tab-devices');
  await find(reader, '#fleet');
  assert.not.ok(await reader.$('pierce/#fleet button'), 'no drill buttons without device.manage');
  // The administrator does see them.
  await click(admin, '#tab-review');
  await find(admin, `#approve-${id}`, 8000);
  await reader.close();
});

test('the audit log shows the account opened and the logins, filters them, and exports them as CSV', async () => {
  await account('desk.zhao', ['counter-staff']);
  await hall.hub.app.inject({ method: 'POST', url: '/api/staff/login', payload: { username: 'desk.zhao', password: 'wrong password' } });
  await (await loggedIn('desk.zhao', 'desk.zhao-password')).close();
  await click(admin, '#tab-audit');
  await waitForText(admin, '#audit-entries', (t) => t.includes('POST /api/staff/users'));
  await (await find(admin, '#audit-actor')).type('desk.zhao');
  await click(admin, '#audit-search');
  const text = await waitForText(admin, '#audit-entries', (t) => !t.includes('/api/staff/users'));
  assert.match(text, 'login');
  const href = await (await find(admin, '#audit-export')).evaluate((a) => (a as HTMLAnchorElement).href);
  assert.match(href, 'actor=desk.zhao');
  // Bytes, not text: a TextDecoder would swallow the BOM that tells Excel this is UTF-8.
  const bytes = await admin.evaluate(async (url) => [...new Uint8Array(await (await fetch(url)).arrayBuffer())], href);
  assert.equal(bytes.slice(0, 3), [0xef, 0xbb, 0xbf]);
  const csv = Buffer.from(bytes.slice(3)).toString('utf8');
  assert.ok(csv.startsWith('编号 Id'), csv.slice(0, 40));
  assert.ok(csv.split('\r\n').slice(1).filter(Boolean).every((line) => line.includes(',desk.zhao,')), csv);
});

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

test('no WCAG 2.2 AA violations on the accounts and audit tabs; the page logged no error', async () => {
  for (const [tab, ready] of [['#tab-staff', '#staff-accounts'], ['#tab-audit', '#audit-entries']] as const) {
    await click(admin, tab);
    await find(admin, ready);
    await admin.evaluate(axeSource);
    const result = (await admin.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })`)) as {
      violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>;
    };
    assert.equal(result.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`), [], tab);
  }
  assert.equal(errors, [], errors.join('\n'));
});

test.run();
