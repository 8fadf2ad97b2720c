/**
 * Personal data stays where a function needs it. A whole visit runs at a portrait kiosk in Chromium, tapped as a
 * finger taps it, against a real Mosquitto: a ticket with an SMS reminder, a seeker registered with a real-format
 * ID number, name and mobile, a referral slip, a complaint with name and phone, a vacancy, a card on the reader.
 * Meanwhile every MQTT message is captured twice (the browsers' display account and the hub's own account, both
 * subscribed to jobhall/v1/#), every answer the kiosk, phone, lobby and admin pages received, every public GET
 * the route table lists (feeds, phone pages, posters, the 12333 text), and every printout and SMS. None may hold an unmasked 18-digit ID number, an 11-digit mobile or the full name — except the two
 * private device topics whose job is the raw value (the SMS agent's command needs the number; the card reader
 * reports the card), which the display account never receives. Then an idle reset leaves nothing personal in
 * the kiosk's DOM, storage, IndexedDB, Cache Storage or history.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { MqttClient } from 'mqtt';
import type { HTTPResponse, Page } from 'puppeteer-core';
import { decodeEscPos } from '@jobhall/device-agents/escpos';
import { KIOSK_KEY_HEADER, checkCharacter, maskIdNumber, maskPhone } from '@jobhall/hub-server/contract';
import { KioskKeys } from '@jobhall/hub-server/kiosk-keys';
import { eventually, mosquittoForTests, startTestHall, stopOwnMosquitto, type TestHall } from './hall.ts';
import { launchBrowser, watchErrors } from './browser.ts';
import { PORTRAIT, seeOnScreen, tap, typeDigits, typeText } from './finger.ts';
import { jobBoardZone } from './signage-fixtures.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let kiosk: Page;
const errors: string[] = [];

/** The visitor: a valid ID number (GB 11643 check character), a mobile, a name typed at the kiosk. */
const ID = `11010519900307837${checkCharacter('11010519900307837')}`;
const MOBILE = '13912345678';
const NAME = '王建国';
/** The complainant, who gives name and phone so the centre can call back. */
const COMPLAINANT = { name: '李秀英', phone: '13698765432' };
const CARD = { idNumber: `31011519850615123${checkCharacter('31011519850615123')}`, name: '赵丽华' };

/** The complaint's reference, for its public status page. */
let refNo = '';
/** Everything that left the hub, by where it went. */
const captured: Array<{ where: string; text: string }> = [];
const mqttSeen: Array<{ account: string; topic: string; text: string }> = [];

/** Unmasked personal data in a text: an ID number, a mobile, or one of the test's full names. */
function leaks(text: string): string[] {
  const found = [
    ...(text.match(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g) ?? []),
    ...(text.match(/(?<!\d)1[3-9]\d{9}(?!\d)/g) ?? []),
  ];
  for (const name of [NAME, COMPLAINANT.name, CARD.name]) if (text.includes(name)) found.push(name);
  return found;
}

/** Device topics whose whole job is the raw value; only the hub and that device may read them. */
const NEEDS_RAW = [/\/devices\/sms-1\/cmd\/sms$/, /\/devices\/cardreader-1\/evt\/card-read$/];

async function capturePage(page: Page, where: string) {
  watchErrors(page, errors);
  page.on('response', (res: HTTPResponse) => {
    const url = new URL(res.url());
    if (url.origin !== hall.hub.baseUrl || res.status() === 204 || (res.status() >= 300 && res.status() < 400)) return;
    if (/\.(js|css|wav|png|svg|ico|woff2?)$/.test(url.pathname)) return;
    void res.text().then((text) => captured.push({ where: `${where} ${res.request().method()} ${url.pathname}${url.search}`, text }), () => {});
  });
}

async function subscribeAll(account: string, client: MqttClient) {
  client.on('message', (topic, payload) => mqttSeen.push({ account, topic, text: payload.toString() }));
  await client.subscribeAsync('jobhall/v1/#', { qos: 1 });
}

/**
 * Each visit starts on the kiosk's first screen: the first opens the page, the next tap Home as a visitor
 * would, which also signs the last visitor out at the hub.
 */
async function home() {
  if (kiosk.url().startsWith('about:')) await kiosk.goto(`${hall.hub.baseUrl}/kiosk/?kiosk=kiosk-1`, { waitUntil: 'networkidle0' });
  else await tap(kiosk, '#home');
  await seeOnScreen(kiosk, '您好，请选择您要办理的业务', 8000);
}

test.before(async () => {
  hall = await startTestHall('mosquitto');
  const mosq = await mosquittoForTests('demo-hall', []);
  const { realtime } = hall.hub.app.hub;
  await subscribeAll('display', await hall.rawClient(realtime.username, realtime.password ?? ''));
  await subscribeAll('hub', await hall.rawClient(mosq.hubUser, mosq.hubPassword));
  chrome = await launchBrowser();
  kiosk = await (await chrome.browser.createBrowserContext()).newPage();
  await kiosk.setViewport(PORTRAIT);
  await capturePage(kiosk, 'kiosk');
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
  await stopOwnMosquitto();
});

test('a ticket with an SMS reminder: the number is masked on screen, kept only for the SMS', async () => {
  await home();
  await tap(kiosk, '#take-ticket');
  await tap(kiosk, 'button[data-service="3.1.2"]');
  await tap(kiosk, '#normal');
  await seeOnScreen(kiosk, /B\d{3}/, 8000);
  await tap(kiosk, '#sms');
  await typeDigits(kiosk, MOBILE);
  await tap(kiosk, '#pad-submit');
  await seeOnScreen(kiosk, '139****5678');
  await eventually(() => hall.sms.sent.length > 0, 8000, 'the reminder sent (first in line)');
});

test('a seeker registers with ID number, name and mobile, and prints a referral slip', async () => {
  await home();
  await tap(kiosk, 'button[data-module="3"]');
  await tap(kiosk, 'button[data-service="3.1.2"]');
  await tap(kiosk, '#flow-register');
  await typeDigits(kiosk, ID);
  await tap(kiosk, '#pad-submit');
  await typeText(kiosk, [['wang', '王'], ['jian', '建'], ['guo', '国']]);
  await tap(kiosk, '#kb-done');
  await typeDigits(kiosk, MOBILE);
  await tap(kiosk, '#pad-submit');
  await tap(kiosk, 'button[data-choice="jiading"]');
  await tap(kiosk, 'button[data-choice="work-jiading"]');
  await tap(kiosk, '#where-next');
  await tap(kiosk, 'button[data-choice="4-02-06-04"]');
  await tap(kiosk, '#work-next');
  await tap(kiosk, '#skills-next');
  await tap(kiosk, 'button[data-choice="years-3"]');
  await tap(kiosk, 'button[data-choice="5000"]');
  await tap(kiosk, '#pay-next');
  await tap(kiosk, 'button[data-choice="senior"]');
  await tap(kiosk, 'button[data-choice="consent-yes"]');
  await seeOnScreen(kiosk, maskIdNumber(ID));
  const registered = hall.paper.emulator.printed.length;
  await tap(kiosk, '#register-submit');
  await seeOnScreen(kiosk, /QZ\d{8}-\d{4}/, 8000);
  await eventually(() => hall.paper.emulator.printed.length > registered, 8000, 'the pre-filled slip printed');
  await tap(kiosk, '#see-matches');
  await tap(kiosk, 'li:nth-of-type(1) button[data-choose]');
  const before = hall.paper.emulator.printed.length;
  await tap(kiosk, '#print-referrals');
  await seeOnScreen(kiosk, '推荐信', 8000);
  await eventually(() => hall.paper.emulator.printed.length > before, 8000, 'the referral slip printed');
});

test('a complaint with name and phone for a call back, and its public status', async () => {
  await home();
  await tap(kiosk, 'button[data-module="3"]');
  await tap(kiosk, 'button[data-service="3.1.11"]');
  await tap(kiosk, '#flow-complain');
  await tap(kiosk, 'button[data-kind="wage-arrears"]');
  await tap(kiosk, '#edit-employerName');
  await typeText(kiosk, [['ce', '测'], ['shi', '试'], ['wu', '物'], ['ye', '业']]);
  await tap(kiosk, '#kb-done');
  await tap(kiosk, '#edit-description');
  await typeText(kiosk, [['san', '三'], ['ge', '个'], ['yue', '月'], ['mei', '没'], ['fa', '发'], ['gong', '工'], ['zi', '资']]);
  await tap(kiosk, '#kb-done');
  await tap(kiosk, '#anonymous');
  await tap(kiosk, '#edit-name');
  await typeText(kiosk, [['li', '李'], ['xiu', '秀'], ['ying', '英']]);
  await tap(kiosk, '#kb-done');
  await tap(kiosk, '#edit-phone');
  await typeDigits(kiosk, COMPLAINANT.phone);
  await tap(kiosk, '#pad-submit');
  const before = hall.paper.emulator.printed.length;
  await tap(kiosk, '#send-complaint');
  const screen = await seeOnScreen(kiosk, /WQ\d{8}-\d{4}/, 8000);
  refNo = screen.match(/WQ\d{8}-\d{4}/)![0];
  const checkCode = screen.match(/(?<!\d)\d{6}(?!\d)/)![0];
  await eventually(() => hall.paper.emulator.printed.length > before, 8000, 'the receipt printed');
  const status = await hall.hub.app.inject({ method: 'POST', url: '/api/complaints/status', payload: { refNo, checkCode } });
  assert.is(status.statusCode, 200, status.body);
  captured.push({ where: 'public POST /api/complaints/status', text: status.body });
});

test('an employer posts a vacancy; a card is put on the reader', async () => {
  const created = await hall.hub.app.inject({
    method: 'POST', url: '/api/vacancies', payload: {
      title: '仓库理货员', employerName: '上海隐私测试物流有限公司', description: '负责仓库货物清点与上架，两班倒，入职即缴纳五险。', district: 'pudong',
      payMin: 5000, payMax: 6500, headcount: 2, contactPhone: '021-62345678', contactName: '周主管', shifts: ['two-shift'],
    },
  });
  assert.is(created.statusCode, 201, created.body);
  const staff = await hall.hub.login();
  const approved = await hall.hub.app.inject({ method: 'POST', url: `/api/vacancies/${created.json().id}/approve`, headers: staff, payload: {} });
  assert.is(approved.statusCode, 200, approved.body);
  hall.cards.place({ card: 'id-card', ...CARD });
  // The reader reads only while a kiosk waits for a card (a card session): the kiosk waits, as its card button does.
  const key = KioskKeys.load(hall.hub.dataDir, ['kiosk-1']).key('kiosk-1')!;
  const waited = await hall.hub.app.inject({ method: 'POST', url: '/api/kiosks/kiosk-1/card/await?waitMs=5000&purpose=form', headers: { [KIOSK_KEY_HEADER]: key } });
  assert.is(waited.json().result, 'read', waited.body);
  await eventually(() => mqttSeen.some((m) => m.topic.endsWith('/evt/card-read')), 5000, 'the card read on the broker');
});

test('public pages show the visit masked: the phone status page, the lobby, the job page, the admin', async () => {
  const token = (hall.hub.app.hub.db.prepare('SELECT status_token FROM tickets LIMIT 1').pluck().get() as string | undefined) ?? '';
  await jobBoardZone(hall.hub, await hall.hub.login(), 'privacy-jobs');
  const pages: Array<[string, string, string]> = [
    ['phone status', `/s/${token}`, 'B'], ['lobby', '/signage/', ''], ['job board', '/signage/?zone=privacy-jobs', '仓库理货员'], ['phone jobs', '/jobs', ''],
  ];
  for (const [where, url, shows] of pages) {
    const page = await (await chrome.browser.createBrowserContext()).newPage();
    await capturePage(page, where);
    await page.goto(`${hall.hub.baseUrl}${url}`, { waitUntil: 'networkidle0' });
    if (shows) await seeOnScreen(page, shows, 8000);
    await page.close();
  }
  // Staff screens mask too: the seekers, referrals and complaints tabs (the complainant's phone, masked).
  const admin = await chrome.browser.newPage();
  await capturePage(admin, 'admin');
  await admin.goto(`${hall.hub.baseUrl}/admin/`, { waitUntil: 'networkidle0' });
  await admin.type('pierce/#username', hall.hub.config.admin.username);
  await admin.type('pierce/#password', hall.hub.config.admin.password);
  await (await admin.$('pierce/#login'))!.click();
  for (const tab of ['#tab-seekers', '#tab-referrals', '#tab-desk-placement']) {
    await eventually(async () => !!(await admin.$(`pierce/${tab}`)), 5000, tab);
    await (await admin.$(`pierce/${tab}`))!.click();
    await new Promise((r) => setTimeout(r, 500));
  }
  await (await admin.$('pierce/#desk-complaints'))!.click();
  await seeOnScreen(admin, maskPhone(COMPLAINANT.phone), 8000);
  await admin.close();
});

test('every public GET the hub has — feeds, phone pages, posters, the 12333 text, the lobby\'s data — answered after the visit', async () => {
  // Walked from the route table, so a feed or page added later is captured too; parameterless ones only,
  // plus the complaint's own status page.
  const urls = hall.hub.app.routeAccess.rows
    .filter((r) => r.method === 'GET' && 'public' in r.access && !/[:*]/.test(r.url) && !/^\/(api\/docs|kiosk|signage|admin)\b/.test(r.url))
    .map((r) => r.url);
  assert.ok(urls.includes('/feeds/jobs.rss') && urls.includes('/hotline/12333.txt'), urls.join(' '));
  for (const url of [...new Set(urls), `/status/${refNo}`]) {
    const res = await hall.hub.app.inject({ method: 'GET', url });
    assert.ok(res.statusCode < 500, `${url}: ${res.statusCode}`);
    captured.push({ where: `public GET ${url}`, text: res.body });
  }
});

test('nothing that left the hub holds an unmasked ID number, mobile or name — but the two topics that must', async () => {
  await new Promise((r) => setTimeout(r, 500)); // the last MQTT messages in flight
  assert.equal(leaks(`${ID} ${MOBILE} ${NAME}`), [ID, MOBILE, NAME], 'the detector finds each kind');
  const printouts = hall.paper.emulator.printed.flatMap((b) => decodeEscPos(b)).map((job) => [...job.lines.map((l) => l.text), ...job.qr].join('\n'));
  assert.ok(printouts.length >= 3, 'ticket, slip and receipt printed');
  const sms = hall.sms.sent.map((s) => s.text);
  const found: string[] = [];
  for (const c of captured) for (const l of leaks(c.text)) found.push(`${c.where}: ${l}`);
  for (const p of printouts) for (const l of leaks(p)) found.push(`printout: ${l}`);
  for (const s of sms) for (const l of leaks(s)) found.push(`SMS text: ${l}`);
  const raw = mqttSeen.filter((m) => leaks(m.text).length);
  for (const m of raw) if (m.account === 'display' || !NEEDS_RAW.some((re) => re.test(m.topic))) found.push(`MQTT ${m.account} ${m.topic}: ${leaks(m.text)}`);
  assert.equal(found, []);
  // The capture saw the visit: pages answered, public topics flowed, and the raw values do travel where needed.
  assert.ok(captured.length > 30, `${captured.length} answers captured`);
  assert.ok(captured.some((c) => c.text.includes(maskIdNumber(ID))), 'the masked ID was among them');
  assert.ok(mqttSeen.some((m) => m.account === 'display' && m.topic.includes('/public/')), 'the display account heard the public topics');
  assert.ok(mqttSeen.every((m) => m.account !== 'display' || m.topic.includes('/public/')), 'and nothing else');
  assert.ok(raw.some((m) => m.topic.endsWith('/cmd/sms') && m.text.includes(MOBILE)), 'the SMS command carries the number it needs');
  assert.ok(raw.some((m) => m.topic.endsWith('/evt/card-read') && m.text.includes(CARD.idNumber)), 'the card read carries the card');
});

test('an idle reset leaves nothing personal in the DOM, storage, IndexedDB, Cache Storage or history', async () => {
  const page = await (await chrome.browser.createBrowserContext()).newPage();
  await page.setViewport(PORTRAIT);
  watchErrors(page, errors);
  await page.goto(`${hall.hub.baseUrl}/kiosk/?kiosk=kiosk-1&idle=3&warn=2`, { waitUntil: 'networkidle0' });
  await tap(page, 'button[data-module="3"]');
  await tap(page, 'button[data-service="3.1.3"]');
  await tap(page, '#flow-my-jobs');
  await typeDigits(page, ID);
  await tap(page, '#pad-submit');
  await typeDigits(page, MOBILE.slice(-4));
  await tap(page, '#pad-submit');
  await seeOnScreen(page, maskIdNumber(ID), 8000);
  // No touch: the warning, then the reset to the first screen.
  await eventually(async () => !(await page.$('pierce/#visitor')) && !!(await page.$('pierce/kiosk-home')), 15_000, 'the idle reset');
  const left = await page.evaluate(async () => {
    const texts: string[] = [];
    const stack: Node[] = [document.documentElement];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.nodeType === Node.TEXT_NODE) texts.push(n.textContent ?? '');
      if (n instanceof Element) {
        for (const a of Array.from(n.attributes)) texts.push(a.value);
        if (n instanceof HTMLInputElement || n instanceof HTMLTextAreaElement) texts.push(n.value);
        if (n.shadowRoot) stack.push(n.shadowRoot);
      }
      stack.push(...Array.from(n.childNodes));
    }
    const storage = [localStorage, sessionStorage].map((s) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`));
    const databases = (await indexedDB.databases()).map((d) => d.name);
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) cached.push(req.url);
    }
    return { dom: texts.join(' '), storage, databases, cached, history: JSON.stringify(history.state), href: location.href, length: history.length };
  });
  assert.equal(leaks(left.dom), [], 'DOM');
  for (const masked of [maskIdNumber(ID), '王**', '139****5678', '5678']) assert.not.match(left.dom, masked, `DOM still shows ${masked}`);
  assert.equal(left.storage, [[], []], 'localStorage and sessionStorage are empty');
  assert.equal(left.databases, [], 'no IndexedDB database');
  assert.equal(left.cached, [], 'nothing in Cache Storage');
  assert.equal(leaks(`${left.history} ${left.href}`), []);
  assert.match(left.href, /\/kiosk\/\?kiosk=kiosk-1/);
  // The visitor token is dead at the hub too.
  const live = hall.hub.app.hub.db.prepare('SELECT COUNT(*) FROM visitor_sessions WHERE expires_at > ?').pluck().get(new Date().toISOString()) as number;
  assert.is(live, 0, 'no kiosk sign-in left open');
  assert.equal(errors, [], errors.join('\n'));
});

test.run();
