/**
 * The calculator, assessment and CV flows of issue 8 in Chromium, as a visitor uses them: portrait 1080×1920 and
 * landscape 1920×1080, Chinese and English, tapping only what is on screen and at least 64 px (finger.ts),
 * reading only text on screen, and paper decoded from the simulated printer's ESC/POS bytes.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { decodeEscPos } from '@jobhall/device-agents/escpos';
import type { AssessmentFlow } from '@jobhall/hub-server/contract';
import { eventually, startTestHall, type TestHall } from './hall.ts';
import { launchBrowser, watchErrors } from './browser.ts';
import { LANDSCAPE, PORTRAIT, axeViolations, seeOnScreen, tap, typeDigits, typeKeys, typeText } from './finger.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
const errors: string[] = [];

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});
test.after.each(() => {
  assert.equal(errors.splice(0), [], 'no script, console or server errors');
});

async function kiosk(path: string, size: { width: number; height: number }, lang: 'zh' | 'en'): Promise<Page> {
  const page = await (await chrome.browser.createBrowserContext()).newPage();
  watchErrors(page, errors);
  await page.setViewport(size);
  await page.goto(`${hall.hub.baseUrl}${path}${lang === 'en' ? '?lang=en' : ''}`, { waitUntil: 'domcontentloaded' });
  return page;
}

/** A finger scrolls the page until the element is in view (it reads; it does not tap). */
async function scrollTo(page: Page, selector: string): Promise<void> {
  const el = await page.waitForSelector(`pierce/${selector}`, { timeout: 5000 });
  await el!.evaluate((e) => e.scrollIntoView({ block: 'center' }));
}

/** The text of the next job the simulated printer prints after `before` jobs. */
async function nextPaper(before: number): Promise<string> {
  await eventually(() => hall.paper.emulator.printed.length > before, 8000, 'the slip printed');
  return decodeEscPos(hall.paper.emulator.printed[before]!)[0]!.lines.map((l) => l.text).join('\n');
}

const CALC = [
  { size: PORTRAIT, name: 'portrait', lang: 'zh' as const, headline: '您最多可以领 18 个月失业保险金。', band: '领取期限表：满 5 年不足 10 年：18 个月', slip: ['失业保险金估算', '您最多可以领 18 个月失业保险金。', '规则版本'] },
  { size: LANDSCAPE, name: 'landscape', lang: 'en' as const, headline: 'You can get unemployment benefit for up to 18 months.', band: 'Months of benefit by years paid: 5 to under 10 years: 18 months', slip: ['Unemployment benefit estimate', 'You can get unemployment benefit for up to 18 months.', 'Rules'] },
];

for (const c of CALC) {
  test(`${c.name}, ${c.lang}: the unemployment benefit, worked out line by line with the rule version, printed`, async () => {
    const page = await kiosk('/kiosk/services/7.1.3', c.size, c.lang);
    try {
      await tap(page, '#flow-unemployment-benefit-estimate');
      await tap(page, 'button[data-input="contributionYears"]');
      await typeDigits(page, '7');
      await tap(page, '#pad-submit');
      await tap(page, 'button[data-input="leftReason"][data-value="not-own-will"]');
      await tap(page, 'button[data-input="registered"][data-value="true"]');
      assert.equal(await axeViolations(page), []);
      await tap(page, '#calc-go');
      await seeOnScreen(page, c.headline);
      await scrollTo(page, 'li[data-line="monthsThisTime"]');
      await seeOnScreen(page, c.band);
      await scrollTo(page, '#rule-version');
      const text = await seeOnScreen(page, 'unemployment-benefit-estimate v1 · figures');
      assert.match(text, c.lang === 'zh' ? '演示值' : 'demo value');
      assert.equal(await axeViolations(page), []);
      const before = hall.paper.emulator.printed.length;
      await tap(page, '#calc-print');
      const paper = await nextPaper(before);
      for (const line of c.slip) assert.match(paper, line);
      assert.match(paper, 'unemployment-benefit-estimate v1');
      // The visitor reads the printing notice before the next tap (it appears above the page and moves it down).
      await seeOnScreen(page, c.lang === 'zh' ? '结果正在打印，请取走' : 'Your result is printing; please take it');
      // Eligible: the function's pre-application form is one tap away.
      await tap(page, '#calc-pre-apply');
      await seeOnScreen(page, c.lang === 'zh' ? '失业保险金申领预申请' : 'Unemployment benefit (pre-application)');
      assert.match(page.url(), '/kiosk/services/7.1.3/unemployment-benefit');
    } finally {
      await page.browserContext().close();
    }
  });
}

test('portrait, zh: an answer the rules refuse shows why, in plain words', async () => {
  const page = await kiosk('/kiosk/services/7.1.3/unemployment-benefit-estimate', PORTRAIT, 'zh');
  try {
    await tap(page, 'button[data-input="contributionYears"]');
    await typeDigits(page, '8');
    await tap(page, '#pad-submit');
    await tap(page, 'button[data-input="leftReason"][data-value="own-will"]');
    await tap(page, 'button[data-input="registered"][data-value="true"]');
    await tap(page, '#calc-go');
    await seeOnScreen(page, '按您填写的情况，暂不符合条件');
    await seeOnScreen(page, '自己辞职的，一般不能领失业保险金');
  } finally {
    await page.browserContext().close();
  }
});

const ASSESS = [
  { size: LANDSCAPE, name: 'landscape', lang: 'zh' as const, like: '喜欢', unsure: '说不准', dislike: '不喜欢', progress: (n: number) => `第 ${n} 题，共 42 题`, summary: '你最喜欢照顾人、帮助人', job: '客服人员', course: '可以学：养老护理员（初级）', paper: ['职业兴趣测评结果', '客服人员', '兴趣代码: SCR', '培训: 养老护理员（初级）'] },
  { size: PORTRAIT, name: 'portrait', lang: 'en' as const, like: "I'd like it", unsure: 'Not sure', dislike: "I wouldn't", progress: (n: number) => `Question ${n} of 42`, summary: 'You like looking after and helping people most', job: 'Customer service agent', course: 'Course: Elderly-care worker (basic)', paper: ['Your interest profile', 'Customer service agent', 'Profile code: SCR', 'Course: Elderly-care worker (basic)'] },
];

for (const c of ASSESS) {
  test(`${c.name}, ${c.lang}: the interest questionnaire by tapping, with a way back, to a profile with occupations and their jobs, printed`, async () => {
    const def = hall.hub.app.flows.get('interests') as AssessmentFlow;
    const want = (scale: string) => (scale === 'social' ? c.like : scale === 'conventional' ? c.unsure : c.dislike);
    const page = await kiosk('/kiosk/services/4.1.5', c.size, c.lang);
    try {
      await tap(page, '#flow-interests');
      await tap(page, '#assessment-start');
      for (const [i, item] of def.items.entries()) {
        await seeOnScreen(page, c.progress(i + 1));
        await seeOnScreen(page, item.text[c.lang]);
        if (i === 2) {
          // A slip of the finger on the third question, taken back with 上一题.
          await tap(page, { text: c.like });
          await seeOnScreen(page, c.progress(4));
          await tap(page, '#assessment-back');
          await seeOnScreen(page, c.progress(3));
        }
        await tap(page, { text: want(item.scale) });
      }
      await seeOnScreen(page, c.summary, 8000);
      await scrollTo(page, '.job');
      await seeOnScreen(page, c.job);
      await scrollTo(page, '.job[data-occupation="4-10-01-05"]');
      await seeOnScreen(page, c.course);
      assert.equal(await axeViolations(page), []);
      const before = hall.paper.emulator.printed.length;
      await tap(page, '#assessment-print');
      const paper = await nextPaper(before);
      for (const line of c.paper) assert.match(paper, line);
      await seeOnScreen(page, c.lang === 'zh' ? '结果正在打印，请取走' : 'Your profile is printing; please take it');
      await tap(page, 'button[data-see-jobs="4-07-02-03"]');
      await seeOnScreen(page, c.lang === 'zh' ? /找到 \d+ 个岗位/ : /\d+ jobs? found/i);
      assert.match(page.url(), 'occupation=4-07-02-03');
    } finally {
      await page.browserContext().close();
    }
  });
}

test('portrait, zh: a CV typed on the kiosk, the full name shown by choice, the phone masked, printed and taken to a phone once', async () => {
  const page = await kiosk('/kiosk/services/4.2.3', PORTRAIT, 'zh');
  try {
    await tap(page, '#flow-cv');
    await tap(page, '#cv-start');
    await tap(page, 'button[data-field="about-0-name"]');
    await typeText(page, [['li', '李'], ['xiu', '秀'], ['ying', '英']]);
    await tap(page, '#kb-done');
    await seeOnScreen(page, '李*');
    await tap(page, 'button[data-field="about-0-phone"]');
    await typeDigits(page, '13912345678');
    await tap(page, '#pad-submit');
    await seeOnScreen(page, '139****5678');
    await tap(page, '#cv-next');
    await seeOnScreen(page, '请填写这一项');
    await tap(page, 'button[data-field="about-0-wantedJob"]');
    await typeText(page, [['cang', '仓'], ['ku', '库']]);
    await tap(page, '#kb-done');
    await tap(page, 'button[data-field="about-0-education"][data-value="senior"]');
    await tap(page, '#cv-next');
    await seeOnScreen(page, '第 2 页，共 4 页');
    await tap(page, '#cv-add-jobs');
    await tap(page, 'button[data-field="jobs-0-employer"]');
    await typeText(page, [['hong', '宏'], ['da', '达']]);
    await tap(page, '#kb-done');
    await tap(page, 'button[data-field="jobs-0-role"]');
    await typeText(page, [['cang', '仓'], ['guan', '管']]);
    await tap(page, '#kb-done');
    await tap(page, 'button[data-field="jobs-0-fromYear"]');
    await typeDigits(page, '2015');
    await tap(page, '#pad-submit');
    await tap(page, '#cv-next');
    await tap(page, '#cv-next');
    await tap(page, '#cv-next');
    await seeOnScreen(page, '简历上印出您的全名吗？');
    await seeOnScreen(page, '李*');
    await tap(page, '#cv-full-name-yes');
    await seeOnScreen(page, '李秀英');
    assert.equal(await axeViolations(page), []);

    const before = hall.paper.emulator.printed.length;
    await tap(page, '#cv-print');
    const paper = await nextPaper(before);
    for (const line of ['个人简历', '李秀英', '电话：139****5678', '想找什么工作：仓库', '宏达', '2015']) assert.match(paper, line);
    assert.not.match(paper, '13912345678');
    // The printing notice appears above the page and moves the buttons down: the visitor reads it, then taps.
    await seeOnScreen(page, '简历正在打印，请取走');

    await tap(page, '#cv-share');
    await scrollTo(page, '#cv-qr');
    await seeOnScreen(page, '这个码只能用一次，15 分钟内有效');
    const url = await (await page.waitForSelector('pierce/#cv-qr jh-qr-code'))!.evaluate((e) => (e as unknown as { data: string }).data);
    // The phone: a landing page with one button, the CV once, then gone.
    const phone = await (await chrome.browser.createBrowserContext()).newPage();
    try {
      await phone.setViewport({ width: 390, height: 844 });
      const at = `${hall.hub.baseUrl}${new URL(url).pathname}`;
      await phone.goto(at, { waitUntil: 'domcontentloaded' });
      const landing = await seeOnScreen(phone, '打开我的简历');
      assert.not.match(landing, '李');
      await Promise.all([phone.waitForNavigation({ waitUntil: 'domcontentloaded' }), tap(phone, '#open-cv')]);
      await seeOnScreen(phone, '李秀英');
      await seeOnScreen(phone, '宏达');
      await phone.goto(at, { waitUntil: 'domcontentloaded' });
      await seeOnScreen(phone, '已经用过或过期');
    } finally {
      await phone.browserContext().close();
    }
  } finally {
    await page.browserContext().close();
  }
});

test('portrait, zh: a signed-in seeker\'s CV starts from their registration, and nothing that identifies them', async () => {
  const id = '11010519491231002X'; // the GB 11643 sample number, valid checksum
  const created = await hall.hub.app.inject({ method: 'POST', url: '/api/seekers', payload: {
    idNumber: id, name: '王芳', phone: '13700137000', district: 'pudong', wantedOccupations: ['4-02-06-01'], skills: ['盘点'],
    certificates: ['forklift'], education: 'senior', experienceYears: 8, consentToRecommend: false,
  } });
  assert.is(created.statusCode, 201, created.body);
  const page = await kiosk('/kiosk/seekers/sign-in?next=services/4.2.3/cv', PORTRAIT, 'zh');
  try {
    await seeOnScreen(page, '请输入身份证号码');
    await typeDigits(page, id);
    await tap(page, '#pad-submit');
    await typeDigits(page, '7000');
    await tap(page, '#pad-submit');
    await seeOnScreen(page, '已从您的求职登记带入部分内容');
    await tap(page, '#cv-start');
    const text = await seeOnScreen(page, '仓储管理员');
    assert.match(text, '8 年');
    assert.not.match(text, '王芳');
    await tap(page, '#cv-next');
    await tap(page, '#cv-next');
    await seeOnScreen(page, '盘点');
  } finally {
    await page.browserContext().close();
  }
});

test('landscape, en: a CV in English, name and phone masked by default, printed', async () => {
  const page = await kiosk('/kiosk/services/4.2.3/cv', LANDSCAPE, 'en');
  try {
    await tap(page, '#cv-start');
    await tap(page, 'button[data-field="about-0-name"]');
    await tap(page, '#kb-mode');
    await typeKeys(page, 'li na');
    await tap(page, '#kb-done');
    await tap(page, 'button[data-field="about-0-phone"]');
    await typeDigits(page, '13800138000');
    await tap(page, '#pad-submit');
    await tap(page, 'button[data-field="about-0-wantedJob"]');
    await tap(page, '#kb-mode');
    await typeKeys(page, 'cook');
    await tap(page, '#kb-done');
    for (let i = 0; i < 4; i++) await tap(page, '#cv-next');
    await seeOnScreen(page, 'Show your full name on the CV?');
    await seeOnScreen(page, '138****8000');
    const before = hall.paper.emulator.printed.length;
    await tap(page, '#cv-print');
    const paper = await nextPaper(before);
    for (const line of ['Curriculum vitae', 'l****', 'Phone: 138****8000', 'Work you are looking for: cook']) assert.match(paper, line);
    assert.not.match(paper, 'li na');
  } finally {
    await page.browserContext().close();
  }
});

test.run();
