/**
 * A form as visitors and staff meet it, in Chromium: a pre-application filled at the kiosk with the finger
 * (identity from the card reader, a mistake named at its field, the review masked), submitted with a slip; the
 * same submission found in admin's queue, sent back for documents and decided; the new status seen at the
 * kiosk's 查进度 and on the phone page the slip's QR opens; one SMS per decision. In Chinese on a portrait
 * kiosk, and an employer's filing with several people in English on a landscape one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { eventually } from '@jobhall/hub-server/testing';
import { decodeEscPos } from '@jobhall/device-agents/escpos';
import { startTestHall, type TestHall } from './hall.ts';
import { click, find, launchBrowser, textOf, waitForText, watchErrors, signInAdmin } from './browser.ts';
import { LANDSCAPE, PORTRAIT, axeViolations, seeOnScreen, tap, typeDigits, typeKeys, typeText } from './finger.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let admin: Page;
const errors: string[] = [];
const ID = '11010519491231002X';

async function open(url: string, size: { width: number; height: number }): Promise<Page> {
  const page = await (await chrome.browser.createBrowserContext()).newPage();
  watchErrors(page, errors);
  await page.setViewport(size);
  await page.goto(`${hall.hub.baseUrl}${url}`, { waitUntil: 'domcontentloaded' });
  return page;
}

/** A phone set to a language, as the status page reads it from the browser. */
async function phone(url: string, language: 'zh-CN' | 'en-GB'): Promise<Page> {
  const page = await (await chrome.browser.createBrowserContext()).newPage();
  watchErrors(page, errors);
  await page.evaluateOnNewDocument(`Object.defineProperty(navigator, 'language', { get: () => '${language}' })`);
  await page.setViewport({ width: 390, height: 844 });
  await page.goto(`${hall.hub.baseUrl}${url}`, { waitUntil: 'domcontentloaded' });
  return page;
}

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
  admin = await open('/admin/', LANDSCAPE);
  await signInAdmin(admin, hall.hub.config.admin);
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

/** Staff open the submission in admin → 表单审核 and act on it; returns when the status shows. */
async function decide(refNo: string, steps: Array<{ button: string; note?: string; shows: string }>) {
  await click(admin, '#tab-forms');
  await (await find(admin, '#filter-status')).select('');
  await click(admin, `button[data-open="${refNo}"]`, 8000);
  await waitForText(admin, '#detail-title', (t) => t.includes(refNo));
  for (const s of steps) {
    if (s.note) {
      const note = await find(admin, '#note');
      await note.click({ count: 3 });
      await note.type(s.note);
    }
    await click(admin, s.button);
    await waitForText(admin, '#detail-title', (t) => t.includes(s.shows), 5000);
  }
}

test('失业登记 at a portrait kiosk in Chinese: card, a mistake at its field, review, slip; decided in admin; followed at the kiosk and on a phone', async () => {
  const key = (JSON.parse(fs.readFileSync(path.join(hall.hub.dataDir, 'kiosk-keys.json'), 'utf8')) as Record<string, string>)['kiosk-1']!;
  const kiosk = await open(`/kiosk/services/7.1.2?kiosk=kiosk-1&key=${key}`, PORTRAIT);
  await tap(kiosk, '#flow-unemployment-registration');
  await seeOnScreen(kiosk, '第 1 步，共 4 步');

  // Nothing answered yet: each required question says so at the field, in Chinese.
  await tap(kiosk, '#form-next');
  await seeOnScreen(kiosk, '请填写这一项');
  assert.is(await textOf(kiosk, '#error-phone'), '请填写这一项');

  // The ID card on the reader fills name and number; the kiosk shows them masked only.
  await tap(kiosk, '#form-card');
  await seeOnScreen(kiosk, '请把身份证放在读卡区');
  await new Promise((r) => setTimeout(r, 300));
  hall.cards.place({ card: 'id-card', idNumber: ID, name: '王芳' });
  await seeOnScreen(kiosk, '1101**********002X');
  await seeOnScreen(kiosk, '王*');

  // A phone number one digit short is refused at the field before the next page.
  await tap(kiosk, '#input-phone');
  await typeDigits(kiosk, '1390000123');
  await tap(kiosk, '#pad-cancel');
  await tap(kiosk, '#input-phone');
  await typeDigits(kiosk, '13900001234');
  await tap(kiosk, '#pad-submit');
  await tap(kiosk, '#form-next');
  await seeOnScreen(kiosk, '第 2 步，共 4 步');

  await tap(kiosk, '#input-workedBefore-yes');
  await tap(kiosk, '#input-lastEmployer');
  await typeText(kiosk, [['hong', '宏'], ['da', '达'], ['dian', '电'], ['zi', '子'], ['chang', '厂']]);
  await tap(kiosk, '#kb-done');
  await tap(kiosk, '#input-leftDate');
  await typeDigits(kiosk, '20991231');
  await tap(kiosk, '#pad-submit');
  await tap(kiosk, '#input-leftReason-dismissed');
  await tap(kiosk, '#form-next');
  await seeOnScreen(kiosk, '这个日期不能晚于今天');
  await tap(kiosk, '#input-leftDate');
  await typeDigits(kiosk, '20250301');
  await tap(kiosk, '#pad-submit');
  await tap(kiosk, '#form-next');
  await seeOnScreen(kiosk, '第 3 步，共 4 步');
  await tap(kiosk, '#input-wantsWork-yes');
  await tap(kiosk, '#form-next');

  // The review lists every answer, personal ones masked.
  const review = await seeOnScreen(kiosk, '请核对您填写的内容');
  assert.match(review, '139****1234');
  assert.match(review, '宏达电子厂');
  assert.not.match(review, '13900001234');
  assert.not.match(review, ID);
  assert.equal(await axeViolations(kiosk), []);
  await tap(kiosk, '#form-sms');
  await tap(kiosk, '#form-submit');
  const receipt = await seeOnScreen(kiosk, '到 9、10 号窗口办理', 8000);
  assert.match(receipt, '回执正在打印');
  const refNo = await textOf(kiosk, '#receipt-ref');
  const checkCode = await textOf(kiosk, '#receipt-code');
  assert.match(refNo, /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  assert.ok(await find(kiosk, '#receipt-ticket'), 'a window finishes it: its ticket is offered');
  // The slip on paper, decoded from the printer's ESC/POS bytes: reference, check code, and the status QR.
  const slip = await eventually(() => hall.paper.emulator.printed.map((b) => decodeEscPos(b)[0]!).find((j) => j.lines.some((l) => l.text.includes(refNo))), 8000, 'the slip on paper');
  assert.ok(slip.lines.some((l) => l.text.includes(checkCode)));
  assert.equal(slip.qr, [`http://hall.test/status/${refNo}#${checkCode}`]);
  assert.not.ok(slip.lines.some((l) => l.text.includes('王') || l.text.includes('13900001234')));

  await decide(refNo, [
    { button: '#act-assign', shows: '工作人员正在审核' },
    { button: '#act-documents', note: '请带解除劳动合同证明原件', shows: '需要补充材料' },
    { button: '#act-received', shows: '工作人员正在审核' },
    { button: '#act-approve', shows: '已通过' },
  ]);
  await eventually(() => hall.sms.sent.filter((m) => m.text.includes(refNo)).length === 2 || undefined, 5000, 'one SMS per decision told');
  assert.match(hall.sms.sent.find((m) => m.text.includes('需要补充材料'))!.text, '请带解除劳动合同证明原件');

  // 查进度 at the kiosk, with the reference and the check code.
  await kiosk.goto(`${hall.hub.baseUrl}/kiosk/services/7.1.2/check-status`, { waitUntil: 'domcontentloaded' });
  await tap(kiosk, '#status-by-ref');
  for (const ch of refNo) await tap(kiosk, `button[data-ref-key="${ch}"]`);
  await tap(kiosk, '#ref-done');
  await typeDigits(kiosk, checkCode);
  await tap(kiosk, '#pad-submit');
  const shown = await seeOnScreen(kiosk, '已通过', 5000);
  assert.match(shown, '请带解除劳动合同证明原件');
  assert.not.match(shown, '王');

  // The phone page behind the slip's QR.
  const onPhone = await phone(`/status/${refNo}#${checkCode}`, 'zh-CN');
  assert.match(await seeOnScreen(onPhone, '已通过', 5000), '失业登记预申请');
  assert.equal(errors, []);
});

test('a dismissal filing in English on a landscape kiosk: an employer, a person let go added as an entry, a wrong ID named at its entry; refused with a reason', async () => {
  const kiosk = await open('/kiosk/services/7.1.5?lang=en', LANDSCAPE);
  await tap(kiosk, '#flow-dismissal-filing');
  await seeOnScreen(kiosk, 'Step 1 of 3');
  await tap(kiosk, '#form-next');
  await seeOnScreen(kiosk, 'Please answer this');

  const typeLatin = async (field: string, text: string) => {
    await tap(kiosk, `#input-${field}`);
    await tap(kiosk, '#kb-clear');
    await tap(kiosk, '#kb-mode');
    await typeKeys(kiosk, text);
    await tap(kiosk, '#kb-done');
  };
  await typeLatin('companyName', 'acme textiles');
  await typeLatin('creditCode', '91310115ma1k4abc2');
  await typeLatin('contactName', 'mei li');
  await tap(kiosk, '#input-contactPhone');
  await typeDigits(kiosk, '13700001111');
  await tap(kiosk, '#pad-submit');
  await tap(kiosk, '#form-next');
  await seeOnScreen(kiosk, 'Write at least 18 characters');
  await typeLatin('creditCode', '91310115ma1k4abc2x');
  await seeOnScreen(kiosk, '91310115MA1K4ABC2X');
  await tap(kiosk, '#form-next');
  await seeOnScreen(kiosk, 'Step 2 of 3');

  await tap(kiosk, '#add-entry-workers');
  await typeLatin('workers-0-name', 'wei zhang');
  await tap(kiosk, '#input-workers-0-idNumber');
  await typeDigits(kiosk, '110105194912310021');
  await tap(kiosk, '#pad-submit');
  await tap(kiosk, '#input-workers-0-endDate');
  await typeDigits(kiosk, '20250301');
  await tap(kiosk, '#pad-submit');
  await tap(kiosk, '#input-workers-0-reason-agreed');
  await tap(kiosk, '#save-entry-workers');
  await seeOnScreen(kiosk, 'One character of the number is wrong; please check each one');
  await tap(kiosk, '#input-workers-0-idNumber');
  await typeDigits(kiosk, '11010519491231002');
  await tap(kiosk, 'button[data-digit="X"]');
  await tap(kiosk, '#pad-submit');
  await tap(kiosk, '#save-entry-workers');
  await seeOnScreen(kiosk, '1 added (at most 30)');
  await seeOnScreen(kiosk, '1101**********002X');
  await tap(kiosk, '#form-next');

  const review = await seeOnScreen(kiosk, 'Please check your answers');
  assert.match(review, '1 × person');
  assert.not.match(review, ID);
  assert.equal(await axeViolations(kiosk), []);
  await tap(kiosk, '#form-submit');
  await seeOnScreen(kiosk, 'Go to window 5', 8000);
  const refNo = await textOf(kiosk, '#receipt-ref');
  const checkCode = await textOf(kiosk, '#receipt-code');

  await decide(refNo, [{ button: '#act-refuse', note: '名单需加盖单位公章后重新提交', shows: '未通过' }]);

  await kiosk.goto(`${hall.hub.baseUrl}/kiosk/services/7.1.5/check-status?lang=en`, { waitUntil: 'domcontentloaded' });
  await tap(kiosk, '#status-by-ref');
  for (const ch of refNo) await tap(kiosk, `button[data-ref-key="${ch}"]`);
  await tap(kiosk, '#ref-done');
  await typeDigits(kiosk, checkCode);
  await tap(kiosk, '#pad-submit');
  const shown = await seeOnScreen(kiosk, 'Not approved', 5000);
  assert.match(shown, '名单需加盖单位公章后重新提交');
  const onPhone = await phone(`/status/${refNo}#${checkCode}`, 'en-GB');
  assert.match(await seeOnScreen(onPhone, 'Not approved', 5000), 'Filing of contract terminations');
  assert.equal(errors, []);
});

test.run();
