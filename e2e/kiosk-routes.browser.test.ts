/**
 * The kiosk by address, in Chromium: every one of the 89 handbook functions opens directly at
 * /kiosk/services/<id> (a fresh page load each) with its own title on screen; the browser's back and forward
 * and the kiosk's 返回 move between screens; the visitor's language holds across 首页 and 返回; a job search
 * keeps its filters in the address; and the idle reset lands on /kiosk/ in Chinese, where a browser back
 * finds nothing of the last visitor. Taps go through the finger helper; assertions read on-screen text.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { z } from 'zod';
import { ServiceView } from '@jobhall/hub-server/contract';
import { startTestHall, type TestHall } from './hall.ts';
import { launchBrowser, watchErrors } from './browser.ts';
import { LANDSCAPE, PORTRAIT, screenText, seeOnScreen, tap, typeDigits } from './finger.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
const errors: string[] = [];
const WELCOME = '您好，请选择您要办理的业务';

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

async function kiosk(path: string, size: { width: number; height: number } = PORTRAIT): Promise<Page> {
  const page = await (await chrome.browser.createBrowserContext()).newPage();
  watchErrors(page, errors);
  await page.setViewport(size);
  await page.goto(`${hall.hub.baseUrl}${path}`, { waitUntil: 'domcontentloaded' });
  return page;
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

test('each of the 89 functions opens at its own address with its own title', async () => {
  const services = z.array(ServiceView).parse((await hall.hub.app.inject({ method: 'GET', url: '/api/services' })).json());
  assert.is(services.length, 89);
  const page = await kiosk('/kiosk/');
  try {
    const wrong: string[] = [];
    for (const s of services) {
      // A fresh load of the address, as a link or a QR code would open it: no way through the menus.
      await page.goto(`${hall.hub.baseUrl}/kiosk/services/${s.id}`, { waitUntil: 'domcontentloaded' });
      try {
        const text = await seeOnScreen(page, s.zh);
        if (text.includes(WELCOME)) wrong.push(`${s.id} shows the first screen`);
      } catch (err) {
        wrong.push(`${s.id}: ${(err as Error).message.slice(0, 200)}`);
      }
    }
    assert.equal(wrong, []);
    // In English too, by the address's lang parameter.
    const en = services.find((s) => s.id === '3.1.1')!;
    await page.goto(`${hall.hub.baseUrl}/kiosk/services/3.1.1?lang=en`, { waitUntil: 'domcontentloaded' });
    await seeOnScreen(page, en.en);
  } finally {
    await page.browserContext().close();
  }
});

test('an address that names nothing opens the first screen', async () => {
  const page = await kiosk('/kiosk/services/9.9.9/nothing-here');
  try {
    await seeOnScreen(page, WELCOME);
    assert.is(pathOf(page), '/kiosk/');
  } finally {
    await page.browserContext().close();
  }
});

for (const size of [{ name: 'portrait', ...PORTRAIT }, { name: 'landscape', ...LANDSCAPE }]) {
  test(`${size.name}: browser back and forward and the kiosk's 返回 move between screens by address`, async () => {
    const page = await kiosk('/kiosk/', size);
    try {
      await tap(page, 'button[data-module="3"]');
      await seeOnScreen(page, '招聘登记');
      assert.is(pathOf(page), '/kiosk/modules/3');
      await tap(page, 'button[data-service="3.1.1"]');
      await seeOnScreen(page, '登记招聘');
      assert.is(pathOf(page), '/kiosk/services/3.1.1');
      await page.goBack();
      await seeOnScreen(page, '招聘登记');
      assert.is(pathOf(page), '/kiosk/modules/3');
      await page.goForward();
      await seeOnScreen(page, '登记招聘');
      assert.is(pathOf(page), '/kiosk/services/3.1.1');
      await tap(page, '#back');
      await seeOnScreen(page, '招聘登记');
      assert.is(pathOf(page), '/kiosk/modules/3');
      await tap(page, '#back');
      await seeOnScreen(page, WELCOME);
      assert.is(pathOf(page), '/kiosk/');
    } finally {
      await page.browserContext().close();
    }
  });
}

test('the language a visitor chose holds across 首页 and 返回, and rides in the address', async () => {
  const page = await kiosk('/kiosk/');
  try {
    await tap(page, '#lang');
    await seeOnScreen(page, 'Hello! What would you like to do?');
    await tap(page, 'button[data-module="3"]');
    await tap(page, 'button[data-service="3.1.1"]');
    await seeOnScreen(page, 'Post a vacancy');
    assert.match(page.url(), 'lang=en');
    await tap(page, '#home');
    await seeOnScreen(page, 'Hello! What would you like to do?');
    await tap(page, 'button[data-module="3"]');
    await tap(page, '#back');
    const text = await seeOnScreen(page, 'Hello! What would you like to do?');
    assert.not.match(text, WELCOME);
  } finally {
    await page.browserContext().close();
  }
});

test('a job search keeps its filters in the address: 返回 from a job lands on the same search', async () => {
  const page = await kiosk('/kiosk/');
  try {
    await tap(page, '#find-job');
    await seeOnScreen(page, /找到 \d+ 个岗位/);
    await tap(page, 'button[data-filter="lodging"]');
    await tap(page, 'button[data-filter="quickPay"]');
    const expected = (await hall.hub.app.inject({ method: 'GET', url: '/api/jobs?lodging=true&payPeriod=daily,weekly&limit=1' })).json().total as number;
    const found = `找到 ${expected} 个岗位`;
    await seeOnScreen(page, found);
    assert.match(page.url(), /lodging=1/);
    assert.match(page.url(), /quickPay=1/);
    await tap(page, 'button[data-job]');
    await seeOnScreen(page, '工作内容');
    await tap(page, '#back');
    await seeOnScreen(page, found);
  } finally {
    await page.browserContext().close();
  }
});

test('a screen for signed-in seekers, opened directly, asks for the sign-in first and then shows itself', async () => {
  const id = '11010519491231002X'; // the GB 11643 sample number, valid checksum
  const created = await hall.hub.app.inject({ method: 'POST', url: '/api/seekers', payload: {
    idNumber: id, name: '张伟', phone: '13800138000', district: 'pudong', wantedOccupations: ['4-07-05-01'], payMin: 0, consentToRecommend: true,
  } });
  assert.is(created.statusCode, 201, created.body);
  const page = await kiosk('/kiosk/services/3.1.3/my-jobs');
  try {
    await seeOnScreen(page, '请输入身份证号码');
    await typeDigits(page, id);
    await tap(page, '#pad-submit');
    await seeOnScreen(page, '请输入登记手机号的后四位');
    await typeDigits(page, '8000');
    await tap(page, '#pad-submit');
    await seeOnScreen(page, '为您推荐的岗位');
    assert.is(pathOf(page), '/kiosk/services/3.1.3/my-jobs');
  } finally {
    await page.browserContext().close();
  }
});

test('the idle reset lands on /kiosk/ in Chinese; a browser back then shows nothing of the visit', async () => {
  const page = await kiosk('/kiosk/?idle=2&warn=2');
  try {
    await tap(page, '#lang');
    await tap(page, 'button[data-module="3"]');
    await tap(page, 'button[data-service="3.1.1"]');
    await seeOnScreen(page, 'Post a vacancy');
    await seeOnScreen(page, WELCOME, 8000);
    assert.is(pathOf(page), '/kiosk/');
    assert.match(page.url(), 'idle=2');
    assert.not.match(page.url(), 'lang=en');
    await page.goBack();
    await seeOnScreen(page, WELCOME);
    assert.is(pathOf(page), '/kiosk/');
    assert.not.match(await screenText(page), 'Post a vacancy');
  } finally {
    await page.browserContext().close();
  }
});

test('no page logged an error', () => {
  assert.equal(errors, []);
});

test.run();
