/**
 * The rest of job placement in Chromium: an employer entrusts a vacancy at the kiosk and staff shortlist for
 * it in admin (3.1.6); an employer answers the demand survey and staff see it added up with a CSV (3.1.7); a
 * seeker books a video-interview booth with a printed slip and staff cancel it from the day's list (3.2.4).
 * Needs the lead's wiring: kiosk flows #flow-entrust, #flow-survey, #flow-interview on services 3.1.6, 3.1.7,
 * 3.2.4, and admin tabs #tab-entrusted, #tab-survey, #tab-interviews.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { decodeEscPos } from '@jobhall/device-agents/escpos';
import { eventually, startTestHall, type TestHall } from './hall.ts';
import { click, find, launchBrowser, textOf, waitForText, signInAdmin } from './browser.ts';
import { creditCheckCharacter } from '../hub-server/src/features/employers/credit-code.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let kiosk: Page;
let admin: Page;
let vacancyId: number;
let seekerId: string;
let signInCode: string;

const ID = '11010519491231002X'; // the GB 11643 sample number, valid checksum
const CREDIT = `91310114MA1GT6060${creditCheckCharacter('91310114MA1GT6060')}`;

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
  kiosk = await (await chrome.browser.createBrowserContext()).newPage();
  admin = await (await chrome.browser.createBrowserContext()).newPage();
  const { app } = hall.hub;
  const staff = await hall.hub.login();
  const acc = await app.inject({ method: 'POST', url: '/api/employers', headers: staff, payload: { name: '嘉定叉车测试物流有限公司', creditCode: CREDIT, district: 'jiading' } });
  signInCode = acc.json().signInCode;
  const token = (await app.inject({ method: 'POST', url: '/api/employers/sign-in', payload: { creditCode: CREDIT, code: signInCode } })).json().token;
  const v = await app.inject({ method: 'POST', url: '/api/vacancies', headers: { 'x-visitor-token': token }, payload: {
    title: '叉车司机', employerName: '（账户名）', description: '仓库内驾驶叉车装卸货物，长白班，缴纳五险一金。', district: 'jiading',
    payMin: 7000, payMax: 9000, headcount: 3, contactPhone: '021-59990000', occupationCode: '4-02-06-04', certificates: ['forklift'],
  } });
  vacancyId = v.json().id;
  await app.inject({ method: 'POST', url: `/api/vacancies/${vacancyId}/approve`, headers: staff, payload: {} });
  const s = await app.inject({ method: 'POST', url: '/api/seekers', payload: {
    idNumber: ID, name: '张伟', phone: '13800138000', district: 'jiading', wantedOccupations: ['4-02-06-04'], certificates: ['forklift'],
    skills: ['叉车驾驶'], payMin: 6000, consentToRecommend: true,
  } });
  seekerId = s.json().seeker.id;
  await kiosk.goto(`${hall.hub.baseUrl}/kiosk/`, { waitUntil: 'networkidle0' });
  await admin.goto(`${hall.hub.baseUrl}/admin/`, { waitUntil: 'networkidle0' });
  await signInAdmin(admin, hall.hub.config.admin);
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

/** From the first screen: going home signs a visitor out, so signed-in steps use `backToService` instead. */
async function service(id: string, flow: string) {
  await click(kiosk, '#home');
  await click(kiosk, 'button[data-module="3"]');
  await click(kiosk, `button[data-service="${id}"]`);
  await click(kiosk, `#flow-${flow}`);
}

/** Back up to the module page, keeping the signed-in visitor, and open another service's flow. */
async function backToService(id: string, flow: string) {
  for (let i = 0; !(await kiosk.$(`pierce/button[data-service="${id}"]`)); i++) {
    if (i > 5) throw new Error(`no way back to service ${id}`);
    await click(kiosk, '#back');
    await new Promise((r) => setTimeout(r, 100));
  }
  await click(kiosk, `button[data-service="${id}"]`);
  await click(kiosk, `#flow-${flow}`);
}

async function digits(value: string) {
  for (const d of value) await click(kiosk, `button[data-digit="${d}"]`);
  await click(kiosk, '#pad-submit');
}

/** A kiosk with a card reader asks for the card first; "type the ID instead" leads to the number pad. */
async function signInSeeker() {
  await eventually(async () => (await kiosk.$('pierce/#type-id')) || (await kiosk.$('pierce/button[data-digit]')), 5000, 'the sign-in pad');
  if (await kiosk.$('pierce/#type-id')) await click(kiosk, '#type-id');
  await digits(ID);
  await digits('8000');
}

test('3.1.6: a signed-in employer entrusts its vacancy; staff shortlist a ranked seeker; the employer sees the list masked', async () => {
  await service('3.2.1', 'employer-sign-in');
  await click(kiosk, '#kb-mode'); // English: the code is letters and digits
  for (const ch of CREDIT.toLowerCase()) await click(kiosk, `button[data-key="${ch}"]`);
  await click(kiosk, '#kb-done');
  await digits(signInCode);
  await find(kiosk, '#employer-vacancies', 5000);

  await backToService('3.1.6', 'entrust');
  await click(kiosk, `button[data-vacancy="${vacancyId}"]`);
  await click(kiosk, 'button[data-candidates="2"]');
  await click(kiosk, 'button[data-days="7"]');
  await click(kiosk, '#entrust-submit');
  const ref = (await waitForText(kiosk, '#entrust-message', (t) => /WT\d{8}-\d{4}/.test(t))).match(/WT\d{8}-\d{4}/)![0];
  const request = hall.hub.app.hub.db.prepare('SELECT id, status FROM entrust_requests WHERE ref_no = ?').get(ref) as { id: string; status: string };
  assert.is(request.status, 'requested');

  await click(admin, '#tab-entrusted');
  await click(admin, `button[data-open="${request.id}"]`);
  await click(admin, `button[data-add="${seekerId}"]`);
  await waitForText(admin, '#shortlist', (t) => t.includes('张*'));
  await click(admin, 'button[data-action="deliver"]');
  await waitForText(admin, '#entrust-admin-message', (t) => t.includes('Hand over'));
  const referral = hall.hub.app.hub.db.prepare('SELECT status FROM referrals WHERE seeker_id = ? AND vacancy_id = ?').get(seekerId, vacancyId) as { status: string };
  assert.is(referral.status, 'referred', 'the shortlisted seeker is referred, so the follow-up covers them');

  await backToService('3.1.6', 'entrust');
  const mine = await waitForText(kiosk, '#entrust-requests', (t) => t.includes('名单已交付'));
  assert.match(mine, '张*');
  assert.not.match(mine, '张伟', 'masked for the employer');
  await click(kiosk, '#sign-out');
});

test('3.1.7: an employer answers the demand survey without signing in; staff see it added up and download the CSV', async () => {
  await service('3.1.7', 'survey');
  await click(kiosk, '#edit-employerName');
  for (const [py, ch] of [['ce', '测'], ['shi', '试'], ['wu', '物'], ['liu', '流']]) {
    for (const k of py!) await click(kiosk, `button[data-key="${k}"]`);
    for (let pages = 0; !(await kiosk.$(`pierce/button[data-char="${ch}"]`)); pages++) {
      if (pages > 10) throw new Error(`${ch} is not among the candidates of ${py}`);
      await click(kiosk, '#kb-more');
    }
    await click(kiosk, `button[data-char="${ch}"]`);
  }
  await click(kiosk, '#kb-done');
  await click(kiosk, 'button[data-choice="district-jiading"]');
  await click(kiosk, '#survey-add');
  await click(kiosk, 'button[data-choice="4-02-06-04"]');
  await click(kiosk, '#edit-headcount');
  await digits('12');
  await click(kiosk, '#edit-payMin');
  await digits('6000');
  await click(kiosk, '#edit-payMax');
  await digits('8000');
  await click(kiosk, 'button[data-choice="hard-yes"]');
  await click(kiosk, 'button[data-choice="reason-certificate-required"]');
  await click(kiosk, '#survey-add-line');
  await click(kiosk, 'button[data-choice="training-safety"]');
  await click(kiosk, '#survey-submit');
  await waitForText(kiosk, '#survey-done', (t) => t.includes('谢谢'));

  await click(admin, '#tab-survey');
  const row = await waitForText(admin, '#survey-occupations', (t) => t.includes('叉车司机'));
  assert.match(row, '12');
  assert.match(row, '需要持证');
  const href = await (await find(admin, '#survey-csv')).evaluate((a) => (a as HTMLAnchorElement).href);
  // The link the page offers, fetched with the staff session: bytes, so the BOM is not decoded away.
  const csv = await admin.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), href);
  assert.equal(csv.slice(0, 3), [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
  const text = new TextDecoder().decode(new Uint8Array(csv));
  assert.match(text, '季度 Quarter');
  assert.match(text, '叉车司机,嘉定区,12,1,1,6000,8000,7000');
  assert.not.match(text, '测试物流', 'no employer names in the export');
});

test('3.2.4: a signed-in seeker books a video interview with a printed slip; staff see and cancel it', async () => {
  // Not signed in: the element asks for it, and the kiosk comes back to the booking after the sign-in.
  await service('3.2.4', 'interview');
  await click(kiosk, '#interview-sign-in');
  await signInSeeker();
  await find(kiosk, '#visitor', 5000);
  await click(kiosk, `button[data-vacancy="${vacancyId}"]`);
  const before = hall.paper.emulator.printed.length;
  await click(kiosk, 'button[data-slot]:not([disabled])');
  const booked = await waitForText(kiosk, '#interview-message', (t) => t.includes('已预约'));
  assert.match(booked, '远程面试室');
  await find(kiosk, '#my-interviews tr[data-interview]');
  await eventually(() => hall.paper.emulator.printed.length > before, 5000, 'the slip printed');
  const slip = decodeEscPos(hall.paper.emulator.printed.at(-1)!)[0]!.lines.map((l) => l.text).join('\n');
  assert.match(slip, '远程面试预约单');
  assert.not.match(slip, ID, 'no ID number on the slip');
  const row = hall.hub.app.hub.db.prepare(`SELECT id, day FROM interviews WHERE seeker_id = ? AND status = 'booked'`).get(seekerId) as { id: string; day: string };

  await click(admin, '#tab-interviews');
  const day = await find(admin, '#interview-day');
  await day.evaluate((el, v) => {
    (el as HTMLInputElement).value = v;
    el.dispatchEvent(new Event('change'));
  }, row.day);
  await waitForText(admin, '#interviews', (t) => t.includes('张*') && t.includes('叉车司机'));
  await click(admin, `tr[data-interview="${row.id}"] button[data-mark="cancelled"]`);
  await waitForText(admin, '#interviews-message', (t) => t.includes('Cancelled'));
  const after = hall.hub.app.hub.db.prepare('SELECT status FROM interviews WHERE id = ?').get(row.id) as { status: string };
  assert.is(after.status, 'cancelled');
  assert.ok(await textOf(admin, '#interviews'));
});

test.run();
