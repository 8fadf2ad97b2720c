/**
 * The publishing channels as a phone, a printer and a kiosk visitor meet them, in Chromium: every phone page at
 * 390 px without sideways scrolling and with tappable phone numbers; posters printed to A4 on one sheet whose QR
 * code decodes to the phone page; the bulletin printed with its charts; and the kiosk's SMS alerts and
 * showcases, tapped with the finger helper at both kiosk sizes.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import jsQR from 'jsqr';
import type { Page } from 'puppeteer-core';
import { z } from 'zod';
import { Bulletin, PublicOutput } from '@jobhall/hub-server/contract';
import { eventually, startTestHall, type TestHall } from './hall.ts';
import { launchBrowser, watchErrors } from './browser.ts';
import { LANDSCAPE, PORTRAIT, axeViolations, seeOnScreen, tap, typeDigits } from './finger.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let staff: Record<string, string>;
const errors: string[] = [];
const PHONE = { width: 390, height: 844 };

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
  staff = await hall.hub.login();
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

async function open(path: string, size: { width: number; height: number }): Promise<Page> {
  const page = await (await chrome.browser.createBrowserContext()).newPage();
  watchErrors(page, errors);
  await page.setViewport(size);
  await page.goto(`${hall.hub.baseUrl}${path}`, { waitUntil: 'load' });
  return page;
}

async function publishNotice(zh: string, body: string): Promise<string> {
  const res = await hall.hub.app.inject({ method: 'POST', url: '/api/notices', headers: staff, payload: { title: { zh, en: `${zh} (en)` }, body: { zh: body, en: `${body} (en)` } } });
  assert.is(res.statusCode, 201, res.body);
  return res.json().id as string;
}

/** Pages of a PDF and the size of the first, in points. */
function pdfPages(pdf: Uint8Array): { pages: number; box: number[] } {
  const text = Buffer.from(pdf).toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  const box = /\/MediaBox\s*\[\s*([\d.\s-]+)\]/.exec(text)![1]!.trim().split(/\s+/).map(Number);
  return { pages, box };
}

/** The QR code on the page, read as a phone's camera would: the SVG drawn to a canvas, decoded by jsQR. */
async function readQr(page: Page): Promise<string | null> {
  const img = (await page.evaluate(`(async () => {
    const svg = document.querySelector('svg.qr');
    const url = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
    const image = new Image();
    await new Promise((ok, fail) => { image.onload = ok; image.onerror = fail; image.src = url; });
    const canvas = document.createElement('canvas');
    canvas.width = 400; canvas.height = 400;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, 400, 400);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(image, 0, 0, 400, 400);
    return Array.from(ctx.getImageData(0, 0, 400, 400).data);
  })()`)) as number[];
  return jsQR(Uint8ClampedArray.from(img), 400, 400)?.data ?? null;
}

test('every phone page fits 390 px without sideways scrolling, with readable type and tappable phone numbers', async () => {
  await publishNotice('社区招聘日', '本周六上午在社区服务中心举行。咨询电话 021-63210000，或拨打 12333。一个很长的网址也不能撑宽页面：http://hall.test/a/very/long/path/that/does/not/break/anywhere/at/all/0123456789');
  const outputs = z.array(PublicOutput).parse((await hall.hub.app.inject({ method: 'GET', url: '/api/publishing/outputs', headers: staff })).json());
  const pages = outputs.filter((o) => o.channel === 'phone-page').map((o) => o.path);
  assert.ok(pages.length >= 8, pages.join(', '));
  const page = await open('/notices', PHONE);
  try {
    const wide: string[] = [];
    for (const path of [...pages, '/notices?lang=en', '/policies?lang=en']) {
      await page.goto(`${hall.hub.baseUrl}${path}`, { waitUntil: 'load' });
      const m = (await page.evaluate(`({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth,
        font: parseFloat(getComputedStyle(document.body).fontSize),
        tels: [...document.querySelectorAll('a[href^="tel:"]')].map((a) => a.getBoundingClientRect().height) })`)) as { sw: number; cw: number; font: number; tels: number[] };
      if (m.sw > m.cw) wide.push(`${path}: ${m.sw} > ${m.cw}`);
      assert.ok(m.font >= 16, `${path}: body type ${m.font}px`);
      assert.ok(m.tels.length >= 1, `${path}: the enquiry number is a tel: link`);
      assert.ok(m.tels.every((h) => h >= 44), `${path}: tel links are ${m.tels.join(', ')} px high`);
    }
    assert.equal(wide, [], 'no page scrolls sideways');
    await page.goto(`${hall.hub.baseUrl}/notices`, { waitUntil: 'load' });
    assert.equal(await axeViolations(page), [], 'the notice list passes axe');
  } finally {
    await page.browserContext().close();
  }
  assert.equal(errors, []);
});

for (const [name, length] of [['a short notice', 60], ['a 1,000-character notice', 1000], ['a notice near the longest (1,990 characters)', 1990]] as const) {
  test(`${name} prints as one A4 sheet whose QR code opens the notice's phone page`, async () => {
    const body = '本中心将举办就业服务活动，欢迎参加。'.repeat(Math.ceil(length / 18)).slice(0, length);
    const id = await publishNotice(`海报测试 ${length}`, body);
    const page = await open(`/posters/notices/${id}`, { width: 900, height: 1200 });
    try {
      assert.is(await readQr(page), `http://hall.test/notices/${id}`);
      await page.emulateMediaType('print');
      const { pages, box } = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      assert.is(pages, 1, 'one sheet');
      assert.ok(Math.abs(box[2]! - 595.3) < 2 && Math.abs(box[3]! - 841.9) < 2, `A4 is 595×842 pt, got ${box.join(' ')}`);
      const overflow = await page.evaluate(`(() => { const b = document.querySelector('.body'); return b.scrollHeight - b.clientHeight; })()`);
      assert.ok((overflow as number) <= 1, `the text fits the sheet (${overflow}px over)`);
    } finally {
      await page.browserContext().close();
    }
  });
}

test('a job-list poster for a district and an occupation prints on one A4 sheet; its QR opens the same list on a phone', async () => {
  const page = await open('/posters/jobs?district=pudong&occupation=4-07', { width: 900, height: 1200 });
  try {
    assert.is(await readQr(page), 'http://hall.test/vacancies?district=pudong&occupation=4-07');
    assert.match(await page.evaluate('document.querySelector("h1").textContent') as string, '浦东新区');
    await page.emulateMediaType('print');
    const { pages, box } = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    assert.is(pages, 1);
    assert.ok(Math.abs(box[3]! - 841.9) < 2);
  } finally {
    await page.browserContext().close();
  }
});

test('the bulletin prints on A4 with its charts drawn', async () => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const from = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - 60 * 86_400_000));
  const b = Bulletin.parse((await hall.hub.app.inject({ method: 'POST', url: '/api/bulletins', headers: staff, payload: { from, to: today } })).json());
  const page = await open(`/bulletins/${b.id}`, { width: 900, height: 1200 });
  try {
    const charts = (await page.evaluate(`[...document.querySelectorAll('svg.chart')].map((s) => s.getBoundingClientRect().height)`)) as number[];
    assert.ok(charts.length >= 2 && charts.every((h) => h > 50), `charts ${charts.join(', ')}`);
    await page.emulateMediaType('print');
    const { pages, box } = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    assert.ok(pages >= 1 && pages <= 3, `${pages} pages`);
    assert.ok(Math.abs(box[2]! - 595.3) < 2, box.join(' '));
  } finally {
    await page.browserContext().close();
  }
  const phone = await open(`/bulletins/${b.id}`, PHONE);
  try {
    assert.ok((await phone.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')) as boolean, 'readable on a phone too');
  } finally {
    await phone.browserContext().close();
  }
});

test('portrait, Chinese: a visitor subscribes to notices at the kiosk with the code from the SMS, then stops', async () => {
  const phone = '13600136001';
  const page = await open('/kiosk/services/2.3.2', PORTRAIT);
  try {
    await tap(page, { text: '订阅短信提醒' });
    await seeOnScreen(page, '选好想收的内容');
    await tap(page, '#want-jobs'); // jobs off
    await tap(page, '#want-notices'); // notices on
    await tap(page, '#sms-next');
    await seeOnScreen(page, '请输入您的手机号');
    await typeDigits(page, phone);
    await tap(page, '#pad-submit');
    await seeOnScreen(page, '请输入短信验证码');
    const sms = await eventually(() => hall.sms.sent.find((m) => m.to === phone), 3000, 'the code SMS');
    await typeDigits(page, /验证码是 (\d{6})/.exec(sms.text)![1]!);
    await tap(page, '#pad-submit');
    await seeOnScreen(page, '订阅成功');
    await seeOnScreen(page, '136****6001');
    assert.is((hall.hub.app.hub.db.prepare(`SELECT status FROM sms_subscriptions WHERE phone = ?`).get(phone) as { status: string }).status, 'active');
    await page.goto(`${hall.hub.baseUrl}/kiosk/services/2.3.2`, { waitUntil: 'domcontentloaded' });
    await tap(page, { text: '取消短信订阅' });
    await typeDigits(page, phone);
    await tap(page, '#pad-submit');
    await seeOnScreen(page, '已取消');
    await eventually(() => !hall.hub.app.hub.db.prepare(`SELECT 1 FROM sms_subscriptions WHERE phone = ?`).get(phone), 3000, 'the number deleted');
  } finally {
    await page.browserContext().close();
  }
});

test('landscape, English: a wrong code is told at the pad; occupations and guidance open from their services', async () => {
  const phone = '13600136002';
  const page = await open('/kiosk/services/2.3.2?lang=en', LANDSCAPE);
  try {
    await tap(page, { text: 'Get SMS alerts' });
    await tap(page, '#sms-next');
    await typeDigits(page, phone);
    await tap(page, '#pad-submit');
    const sms = await eventually(() => hall.sms.sent.find((m) => m.to === phone), 3000, 'the code SMS');
    const code = /验证码是 (\d{6})/.exec(sms.text)![1]!;
    await typeDigits(page, code === '000000' ? '111111' : '000000');
    await tap(page, '#pad-submit');
    await seeOnScreen(page, 'That is not the code we sent');
    await page.goto(`${hall.hub.baseUrl}/kiosk/services/2.3.3?lang=en`, { waitUntil: 'domcontentloaded' });
    await tap(page, { text: 'Browse occupations' });
    await tap(page, 'button[data-showcase="electrician"]');
    await seeOnScreen(page, 'Monthly pay about');
    await seeOnScreen(page, 'How to learn it');
    await tap(page, '#see-jobs');
    await eventually(async () => new URL(page.url()).searchParams.get('occupation') === '6-31-01-03', 3000, 'the job search for electricians');
    await page.goto(`${hall.hub.baseUrl}/kiosk/services/2.3.4`, { waitUntil: 'domcontentloaded' });
    await tap(page, { text: '服务承诺与办事指引' });
    await tap(page, 'button[data-showcase="tip-beware-scams"]');
    await seeOnScreen(page, '先交钱的工作，多半是骗局');
  } finally {
    await page.browserContext().close();
  }
  assert.equal(errors, []);
});

test.run();
