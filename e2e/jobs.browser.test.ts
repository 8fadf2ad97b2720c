/**
 * Job placement at the kiosk in Chromium, beyond the journeys (e2e/journeys): a search typed on the on-screen
 * keyboard, a registered seeker signing in from a job page to print its referral, a complaint receipt, a fair
 * sign-up, 境外就业's warning, an employer's candidates, and registration from a card on the reader.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { decodeEscPos } from '@jobhall/device-agents/escpos';
import { eventually, startTestHall, type TestHall } from './hall.ts';
import { click, find, launchBrowser, textOf, waitForText } from './browser.ts';
import { creditCheckCharacter } from '../hub-server/src/features/employers/credit-code.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let kiosk: Page;

const ID = '11010519491231002X'; // the GB 11643 sample number, valid checksum

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
  kiosk = await (await chrome.browser.createBrowserContext()).newPage();
  await kiosk.goto(`${hall.hub.baseUrl}/kiosk/`, { waitUntil: 'networkidle0' });
  // A seeker who registered earlier (the registration itself is a journey of its own).
  const made = await hall.hub.app.inject({
    method: 'POST', url: '/api/seekers',
    payload: { idNumber: ID, name: '张伟', phone: '13800138000', district: 'pudong', wantedOccupations: ['4-07-05-01'], consentToRecommend: true },
  });
  if (made.statusCode !== 201) throw new Error(made.body);
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

/** Types pinyin on the on-screen keyboard and taps the character, paging to it when it is not among the first. */
async function typeHanzi(page: Page, pinyin: string, char: string) {
  for (const k of pinyin) await click(page, `button[data-key="${k}"]`);
  for (let pages = 0; !(await page.$(`pierce/button[data-char="${char}"]`)); pages++) {
    if (pages > 10) throw new Error(`${char} is not among the candidates of ${pinyin}`);
    await click(page, '#kb-more');
  }
  await click(page, `button[data-char="${char}"]`);
}

async function typeText(page: Page, parts: Array<[string, string] | string>) {
  for (const p of parts) {
    if (typeof p === 'string') for (const d of p) await click(page, `button[data-key="${d}"]`);
    else await typeHanzi(page, p[0], p[1]);
  }
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
  const expected = (await hall.hub.app.inject({ method: 'GET', url: `/api/jobs?q=${encodeURIComponent('保安')}&lodging=true&limit=1` })).json().total as number;
  await waitForText(kiosk, '#total', (t) => Number(t.match(/\d+/)?.[0]) === expected);
  assert.ok(expected <= found);
  const ids = (await kiosk.$$eval('pierce/button[data-job]', (els) => els.map((e) => Number(e.getAttribute('data-job')))));
  const rows = hall.hub.app.hub.db.prepare(`SELECT id, lodging FROM vacancies WHERE id IN (${ids.map(() => '?').join(',') || 0})`).all(...ids) as Array<{ lodging: number }>;
  assert.ok(rows.length > 0 && rows.every((r) => r.lodging === 1), 'every result offers lodging');
});

test('a registered seeker signs in from a job page with ID and phone digits, and prints its referral there', async () => {
  await click(kiosk, '#home');
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

test('an anonymous wage-arrears complaint gets a printed receipt with its number and check code', async () => {
  await click(kiosk, '#home');
  await click(kiosk, 'button[data-module="3"]');
  await click(kiosk, 'button[data-service="3.1.11"]');
  await click(kiosk, '#flow-complain');
  await click(kiosk, 'button[data-kind="wage-arrears"]');
  await click(kiosk, '#edit-employerName');
  await typeText(kiosk, [['ce', '测'], ['shi', '试'], ['wu', '物'], ['ye', '业']]);
  await click(kiosk, '#kb-done');
  await click(kiosk, '#edit-description');
  await typeText(kiosk, [['san', '三'], ['ge', '个'], ['yue', '月'], ['mei', '没'], ['fa', '发'], ['gong', '工'], ['zi', '资']]);
  await click(kiosk, '#kb-done');
  const before = hall.paper.emulator.printed.length;
  await click(kiosk, '#send-complaint');
  const ref = await waitForText(kiosk, '#complaint-ref', (t) => /^WQ\d{8}-\d{4}$/.test(t));
  assert.match(await textOf(kiosk, '#complaint-code'), /^\d{6}$/);
  await eventually(() => hall.paper.emulator.printed.length > before, 5000, 'the receipt printed');
  const receipt = decodeEscPos(hall.paper.emulator.printed.at(-1)!)[0]!.lines.map((l) => l.text).join('\n');
  assert.match(receipt, ref);
});

test('the fairs calendar opens a fair with its booths and jobs, and a signed-in seeker signs up', async () => {
  await click(kiosk, '#home');
  await click(kiosk, 'button[data-module="3"]');
  await click(kiosk, 'button[data-service="3.1.5"]');
  await click(kiosk, '#flow-fairs');
  await click(kiosk, 'button[data-fair]');
  await click(kiosk, '#fair-sign-up'); // not signed in: the kiosk asks for the sign-in first
  for (const d of ID) await click(kiosk, `button[data-digit="${d}"]`);
  await click(kiosk, '#pad-submit');
  for (const d of '8000') await click(kiosk, `button[data-digit="${d}"]`);
  await click(kiosk, '#pad-submit');
  await click(kiosk, 'button[data-fair]');
  await click(kiosk, '#fair-sign-up');
  await waitForText(kiosk, '#fair-message', (t) => t.includes('报名成功'));
});

test('境外就业 (3.3.2) shows the fraud warning, licensed agencies with their licence state, and only jobs abroad', async () => {
  await click(kiosk, '#home');
  await click(kiosk, 'button[data-module="3"]');
  await click(kiosk, 'button[data-service="3.3.2"]');
  await click(kiosk, '#flow-overseas');
  assert.match(await textOf(kiosk, '#preset-note'), '押金');
  const total = Number((await waitForText(kiosk, '#total', (t) => /\d/.test(t))).match(/\d+/)![0]);
  const expected = (await hall.hub.app.inject({ method: 'GET', url: '/api/jobs?programme=overseas&limit=1' })).json().total as number;
  assert.is(total, expected);
  const agencies = (await hall.hub.app.inject({ method: 'GET', url: '/api/agencies?kind=overseas' })).json() as unknown[];
  if (agencies.length) assert.match(await textOf(kiosk, '#agencies'), '许可证');
});

test('an employer signs in with its codes, sees candidates for its job and records a referred seeker\'s interview', async () => {
  // Staff open the account at the employer window and hand over the sign-in code.
  const staff = await hall.hub.login();
  const credit = `91310000MA1FL0002${creditCheckCharacter('91310000MA1FL0002')}`;
  const created = await hall.hub.app.inject({ method: 'POST', url: '/api/employers', headers: staff, payload: { name: '安信物业有限公司', creditCode: credit } });
  assert.is(created.statusCode, 201, created.body);
  const { signInCode, employer } = created.json() as { signInCode: string; employer: { id: string } };
  // A published 保安 vacancy of theirs, and the seeker registered above referred to it by staff.
  const seekerId = (hall.hub.app.hub.db.prepare('SELECT id FROM seekers LIMIT 1').get() as { id: string }).id;
  const signIn = await hall.hub.app.inject({ method: 'POST', url: '/api/employers/sign-in', payload: { creditCode: credit, code: signInCode } });
  const token = signIn.json().token as string;
  const vacancy = await hall.hub.app.inject({
    method: 'POST', url: '/api/vacancies', headers: { 'x-visitor-token': token },
    payload: { title: '小区保安', employerName: '（账户名称）', description: '负责小区门岗和夜间巡逻，持保安员证优先', district: 'pudong', payMin: 5000, payMax: 6000, headcount: 2, contactPhone: '13700137000', occupationCode: '4-07-05-01' },
  });
  assert.is(vacancy.statusCode, 201, vacancy.body);
  const vacancyId = vacancy.json().id as number;
  assert.is((await hall.hub.app.inject({ method: 'POST', url: `/api/vacancies/${vacancyId}/approve`, headers: staff, payload: {} })).statusCode, 200);
  assert.is((await hall.hub.app.inject({ method: 'POST', url: '/api/referrals', headers: staff, payload: { vacancyIds: [vacancyId], seekerId } })).statusCode, 201);
  assert.ok(employer.id);

  await click(kiosk, '#home');
  await click(kiosk, 'button[data-module="3"]');
  await click(kiosk, 'button[data-service="3.2.1"]');
  await click(kiosk, '#flow-employer-sign-in');
  await click(kiosk, '#kb-mode'); // English: the code is letters and digits
  for (const ch of credit.toLowerCase()) await click(kiosk, `button[data-key="${ch}"]`);
  await click(kiosk, '#kb-done');
  for (const d of signInCode) await click(kiosk, `button[data-digit="${d}"]`);
  await click(kiosk, '#pad-submit');
  await waitForText(kiosk, '#employer-vacancies', (t) => t.includes('小区保安'));
  await click(kiosk, `tr[data-vacancy="${vacancyId}"] button`);
  const candidates = await waitForText(kiosk, '#candidates', (t) => t.includes('张*'));
  assert.not.match(candidates, '张伟', 'candidates are masked');
  await click(kiosk, 'button[data-outcome="interviewed"]');
  await waitForText(kiosk, '#employer-message', (t) => t.includes('已面试'));
  const status = hall.hub.app.hub.db.prepare("SELECT status FROM referrals WHERE vacancy_id = ?").get(vacancyId) as { status: string };
  assert.is(status.status, 'interviewed');
});

test('one-card service (3.3.3): a registered card signs in at once; a new card registers without typing its number', async () => {
  const key = (JSON.parse(fs.readFileSync(path.join(hall.hub.dataDir, 'kiosk-keys.json'), 'utf8')) as Record<string, string>)['kiosk-1']!;
  const page = await (await chrome.browser.createBrowserContext()).newPage();
  await page.goto(`${hall.hub.baseUrl}/kiosk/?kiosk=kiosk-1&key=${key}`, { waitUntil: 'networkidle0' });
  await click(page, 'button[data-module="3"]');
  await click(page, 'button[data-service="3.1.2"]');
  await click(page, '#flow-seeker-sign-in');
  await find(page, '#card-title');
  await new Promise((r) => setTimeout(r, 300)); // the page is now waiting on the reader
  hall.cards.place({ card: 'id-card', idNumber: ID, name: '张伟' });
  assert.match(await waitForText(page, '#visitor', (t) => t.includes('1101**********002X'), 5000), '张*');
  await click(page, '#sign-out');
  // A card nobody registered: the wizard starts at the phone number; the ID and name come from the card.
  const fresh = '110105198001010024';
  await click(page, 'button[data-module="3"]');
  await click(page, 'button[data-service="3.1.2"]');
  await click(page, '#flow-seeker-sign-in');
  await find(page, '#card-title');
  await new Promise((r) => setTimeout(r, 300));
  hall.cards.place({ card: 'social-security', idNumber: fresh, name: '李芳' });
  await waitForText(page, '#notice', (t) => t.includes('还没有登记'));
  for (const d of '13600136000') await click(page, `button[data-digit="${d}"]`);
  await click(page, '#pad-submit');
  await click(page, 'button[data-choice="minhang"]');
  await click(page, '#where-next');
  await click(page, 'button[data-choice="4-09-07-01"]');
  await click(page, '#work-next');
  await click(page, '#skills-next');
  await click(page, 'button[data-choice="years-0"]');
  await click(page, '#pay-next');
  await click(page, 'button[data-choice="junior"]');
  await click(page, 'button[data-choice="consent-yes"]');
  const review = await textOf(page, '#review');
  assert.match(review, '李*');
  assert.not.match(review, fresh);
  await click(page, '#register-submit');
  await waitForText(page, '#visitor', (t) => t.includes('1101**********0024'), 8000);
});

test.run();
