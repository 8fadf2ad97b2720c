/**
 * Lobby signage in Chromium, as staff and visitors meet it: content approved in the admin page is on the
 * screen a moment later, with no reload; an emergency sent with one action takes over every screen of the
 * hall, is acknowledged by each, and ends on command or by its expiry; a vacancy approved in admin is on the
 * job board at once.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { AlertView, VacancyCreated, type ScreenHealth } from '@jobhall/hub-server/contract';
import { eventually, startTestHall, type TestHall } from './hall.ts';
import { click, find, launchBrowser, waitForText, watchErrors, signInAdmin } from './browser.ts';
import { entry, jobBoardZone, notice, playlist, publishItem, registerScreen, submitItem, waitForRegion } from './signage-fixtures.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let staff: Record<string, string>;
let admin: Page;
const errors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await chrome.browser.newPage();
  watchErrors(page, errors);
  await page.goto(`${hall.hub.baseUrl}${path}`, { waitUntil: 'networkidle0' });
  // Set once: still there later means the page was never reloaded.
  await page.evaluate(() => ((window as unknown as { __sameLoad: boolean }).__sameLoad = true));
  return page;
}

const sameLoad = (page: Page) => page.evaluate(() => (window as unknown as { __sameLoad?: boolean }).__sameLoad === true);

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
  staff = await hall.hub.login();
  admin = await open('/admin/');
  await signInAdmin(admin, hall.hub.config.admin);
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

test('an approved change is on the screen it is for, without a reload, and the screen acknowledges it', async () => {
  const { key } = await registerScreen(hall.hub, staff, 'e2e-pub', 'lobby', 'lobby');
  await publishItem(hall.hub, staff, 'playlist', 'e2e-pub', playlist('e2e-pub', [notice('v1', '第一版通知')]));
  await publishItem(hall.hub, staff, 'schedule', 'e2e-pub', entry('e2e-pub', { target: { zones: [], groups: [], screens: ['e2e-pub'] }, regions: [{ region: 'side', playlistId: 'e2e-pub' }] }));
  const screen = await open(`/signage/?screen=e2e-pub&key=${encodeURIComponent(key!)}`);
  await waitForRegion(screen, 'side', '第一版通知', 8000);

  await submitItem(hall.hub, staff, 'playlist', 'e2e-pub', playlist('e2e-pub', [notice('v2', '第二版通知')]));
  await click(admin, '#tab-signage');
  await click(admin, '#signage-tab-approvals');
  await click(admin, 'article[data-item="playlist/e2e-pub"] .approve', 8000);
  await waitForText(admin, '#approval-status', (t) => t.includes('已发布'));
  await waitForRegion(screen, 'side', '第二版通知', 5000);
  assert.ok(await sameLoad(screen), 'no reload');
  const health = await eventually(async () => {
    const list = (await hall.hub.app.inject({ method: 'GET', url: '/api/signage/health', headers: staff })).json() as ScreenHealth[];
    const h = list.find((s) => s.id === 'e2e-pub');
    return h?.desired?.state === 'applied' && h.heartbeat ? h : undefined;
  }, 5000, 'the screen acknowledged the revision and beats');
  assert.is(health.state, 'online');
  await click(admin, '#signage-tab-screens');
  await waitForText(admin, 'tr[data-screen="e2e-pub"] .state', (t) => t.includes('在线'), 5000);
});

test('one action in admin takes over every screen, even a plain page, as a drill that says so; each acknowledges; it ends on command', async () => {
  const { key } = await registerScreen(hall.hub, staff, 'e2e-alert', 'waiting', 'lobby');
  const screen = await open(`/signage/?screen=e2e-alert&key=${encodeURIComponent(key!)}`);
  const plain = await open('/signage/');
  await find(screen, 'signage-stage', 8000);
  await click(admin, '#tab-alerts');
  await click(admin, 'input[name="status"][value="exercise"]');
  await click(admin, 'button[data-template="fire"]');
  for (const page of [screen, plain]) {
    await waitForText(page, '#alert-headline', (t) => t === '火警！请立即疏散', 3000);
    await waitForText(page, '.drill', (t) => t.includes('这不是真实警报'));
  }
  const alerts = (await hall.hub.app.inject({ method: 'GET', url: '/api/signage/alerts', headers: staff })).json() as AlertView[];
  const sent = alerts.find((a) => a.state === 'active' && a.status === 'exercise')!;
  await eventually(async () => {
    const v = (await hall.hub.app.inject({ method: 'GET', url: `/api/signage/alerts/${sent.id}`, headers: staff })).json() as AlertView;
    return v.acks.find((a) => a.screenId === 'e2e-alert')?.state === 'acknowledged' && v.acks.find((a) => a.screenId === 'led-windows')?.state === 'acknowledged';
  }, 3000, 'the screen and the LED board acknowledged');
  await waitForText(admin, `tr[data-alert="${sent.id}"] .acks`, (t) => /屏 [1-9]\d*\/\d+/.test(t));
  await click(admin, `tr[data-alert="${sent.id}"] .cancel`);
  for (const page of [screen, plain]) await eventually(async () => !(await page.$('pierce/signage-alert')), 3000, 'the alert is gone');
});

test('an alert nobody ends clears itself at its expiry, on the screen\'s own clock', async () => {
  const screen = await open('/signage/');
  await find(screen, 'signage-stage', 8000);
  const expires = Date.now() + 4000;
  const res = await hall.hub.app.inject({
    method: 'POST', url: '/api/signage/alerts', headers: staff,
    payload: { status: 'test', msgType: 'alert', severity: 'minor', urgency: 'expected', headline: { zh: '系统测试', en: 'System test' }, instruction: { zh: '无需行动', en: 'No action needed' }, expires: new Date(expires).toISOString(), zones: [] },
  });
  assert.is(res.statusCode, 201);
  await waitForText(screen, '#alert-headline', (t) => t === '系统测试', 3000);
  await eventually(async () => !(await screen.$('pierce/signage-alert')), 6000, 'cleared by itself');
  assert.ok(Date.now() >= expires - 200, 'not before its expiry');
});

test('a vacancy approved in admin is on the job board at once, without a reload', async () => {
  await jobBoardZone(hall.hub, staff, 'e2e-jobs');
  const board = await open('/signage/?zone=e2e-jobs');
  await find(board, 'signage-slide-jobs', 8000);
  const created = await hall.hub.app.inject({
    method: 'POST', url: '/api/vacancies',
    payload: { title: '信息屏测试仓管员', employerName: '上海翡翠湾物流有限公司', description: '负责仓库收发货和盘点，两班倒，入职即缴纳五险。', district: 'pudong', payMin: 6100, payMax: 7300, headcount: 2, contactPhone: '021-62345678', meals: true, lodging: false, shifts: ['two-shift'] },
  });
  const { id } = VacancyCreated.parse(created.json());
  await click(admin, '#tab-review');
  await click(admin, `#approve-${id}`, 8000);
  const row = await waitForText(board, `li[data-job="${id}"]`, (t) => t.includes('信息屏测试仓管员'), 3000);
  assert.match(row, '6100–7300 元/月');
  assert.ok(await sameLoad(board), 'no reload');
  assert.equal(errors, [], errors.join('\n'));
});

test.run();
