/**
 * Issue 8's bookings, catalogues and wayfinding as a visitor meets them, in Chromium at 1080×1920 and
 * 1920×1080, in Chinese and in English, by finger only (taps on what is visible and at least 64 px, text
 * through the kiosk's keyboard and number pad): book a counsellor and take the slip, whose ESC/POS bytes are
 * decoded at the simulated printer; ask the policy finder and print what it found; from a service page, find
 * its windows on the floor plan; from 业务咨询, search the guides library, print a guide and open its service.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { decodeEscPos } from '@jobhall/device-agents/escpos';
import { SessionBooking } from '@jobhall/hub-server/contract';
import { eventually, startTestHall, type TestHall } from './hall.ts';
import { launchBrowser, watchErrors } from './browser.ts';
import { SIZES, axeViolations, seeOnScreen, tap, typeDigits, typeKeys, typeText } from './finger.ts';

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

async function kiosk(path: string, size: { width: number; height: number }, lang: 'zh' | 'en'): Promise<Page> {
  const page = await (await chrome.browser.createBrowserContext()).newPage();
  watchErrors(page, errors);
  await page.setViewport(size);
  await page.goto(`${hall.hub.baseUrl}/kiosk/${path}${lang === 'en' ? '?lang=en' : ''}`, { waitUntil: 'domcontentloaded' });
  return page;
}

/** What the printer put on paper since `before`, decoded from its ESC/POS bytes, as lines of text. */
async function paperSince(before: number, what: string): Promise<string> {
  await eventually(() => hall.paper.emulator.printed.length > before, 8000, what);
  return decodeEscPos(hall.paper.emulator.printed.at(-1)!)[0]!.lines.map((l) => l.text).join('\n');
}

const COPY = {
  zh: { service: '个体专门指导', book: '预约职业指导师', confirm: '确认预约', booked: '预约成功', topic: '简历和面试', finder: '查政策', results: '看结果',
    found: '可能适合您', benefit: '失业保险金', printAll: '打印这些政策', printing: '正在打印', where: '在哪里办', route: '怎么走', window: '9 号窗口' },
  en: { service: 'One-to-one guidance', book: 'Book a counsellor', confirm: 'Confirm booking', booked: 'Booked', topic: 'CV and interviews', finder: 'Find policies',
    results: 'See results', found: 'may apply to you', benefit: 'Unemployment insurance benefit', printAll: 'Print these policies', printing: 'Printing',
    where: 'Where is it', route: 'How to get there', window: 'Window 9' },
} as const;

const GUIDES = {
  zh: { enquiries: '业务咨询', library: '查办事指南', module: '职业指导', two: '共 2 条', group: '专项小组指导', other: '用人推荐', steps: '办理步骤',
    step: '在自助机点“报名小组活动”', flow: '报名小组活动', title: '专项小组指导：报名', printing: '正在打印' },
  en: { enquiries: 'Service enquiries', library: 'Service guides', module: 'Career guidance', two: '2 found', group: 'Group guidance', other: 'Candidate recommendation',
    steps: 'Steps', step: 'tap "Sign up for a workshop"', flow: 'Sign up for a workshop', title: 'Group workshops: sign up', printing: 'Printing' },
} as const;

for (const size of SIZES) {
  for (const lang of ['zh', 'en'] as const) {
    const c = COPY[lang];
    const at = `${size.name}, ${lang}`;

    test(`${at}: book a counsellor from the service page, get the code on screen and the slip on paper`, async () => {
      const page = await kiosk('services/4.1.3', size, lang);
      try {
        await seeOnScreen(page, c.service);
        await tap(page, { text: c.book });
        await tap(page, 'button[data-day]');
        await tap(page, 'button.slot:not([disabled])');
        await tap(page, '#edit-name');
        if (lang === 'zh') await typeText(page, [['wang', '王'], ['ming', '明']]);
        else {
          await tap(page, '#kb-mode');
          await typeKeys(page, 'li hua');
        }
        await tap(page, '#kb-done');
        // A confirm with no mobile is refused at the field, in the visitor's language.
        await tap(page, { text: c.confirm });
        await seeOnScreen(page, lang === 'zh' ? '请填写这一项' : 'Please answer this');
        await tap(page, '#edit-phone');
        await typeDigits(page, '13912345678');
        await tap(page, '#pad-submit');
        await tap(page, { text: c.topic });
        const before = hall.paper.emulator.printed.length;
        await tap(page, { text: c.confirm });
        const screen = await seeOnScreen(page, c.booked, 8000);
        const code = /\d{8}/.exec(screen)![0];
        assert.equal(await axeViolations(page), []);
        const paper = await paperSince(before, 'the booking slip');
        assert.match(paper, '预约凭条');
        assert.match(paper, code);
        assert.match(paper, '139****5678');
        assert.not.match(paper, '13912345678', 'the mobile is masked on paper');
        const booking = SessionBooking.parse((await hall.hub.app.inject({ url: `/api/bookings/code/${code}` })).json());
        assert.is(booking.flowId, 'counsellor');
        assert.is(booking.topic?.en, 'CV and interviews');
        // Put the place back for the next journey, as the holder would.
        await hall.hub.app.inject({ method: 'POST', url: `/api/bookings/code/${code}/cancel`, payload: { phoneLast4: '5678' } });
      } finally {
        await page.browserContext().close();
      }
    });

    test(`${at}: the policy finder lists what applies to a laid-off insured worker, with reasons, and prints them`, async () => {
      const page = await kiosk('services/1.1.1', size, lang);
      try {
        await tap(page, { text: c.finder });
        for (const answer of ['status:unemployed', 'insured:true', 'hardship:false', 'group:none', 'startup:false', 'training:true']) {
          await tap(page, `button[data-answer="${answer}"]`);
        }
        await tap(page, { text: c.results });
        const screen = await seeOnScreen(page, c.found);
        assert.match(screen, c.benefit);
        assert.match(screen, lang === 'zh' ? '交过失业保险满 1 年' : 'paid unemployment insurance');
        assert.not.match(screen, lang === 'zh' ? '公益性岗位安置' : 'Public-welfare jobs', 'no hardship, no welfare post');
        assert.equal(await axeViolations(page), []);
        const before = hall.paper.emulator.printed.length;
        await tap(page, { text: c.printAll });
        await seeOnScreen(page, c.printing);
        const paper = await paperSince(before, 'the policy summary');
        assert.match(paper, '政策要点');
        assert.match(paper, '失业保险金');
        assert.match(paper, '职业培训补贴');
        assert.match(paper, '为什么适合您');
      } finally {
        await page.browserContext().close();
      }
    });

    test(`${at}: from a service page, one tap finds its windows on the floor plan with the way there`, async () => {
      const page = await kiosk('services/7.1.2', size, lang);
      try {
        await tap(page, { text: c.where });
        const screen = await seeOnScreen(page, c.route);
        assert.match(screen, c.window);
        // The windows of the line are lit: both numbers are drawn, and the plan says which are lit.
        const lit = await page.evaluate(`(() => {
          const out = [];
          const walk = (root) => root.querySelectorAll('*').forEach((el) => {
            if (el.matches('rect.window.lit')) out.push(el.parentNode.getAttribute('data-counter'));
            if (el.shadowRoot) walk(el.shadowRoot);
          });
          walk(document);
          return out;
        })()`);
        assert.equal(lit, ['counter-9', 'counter-10']);
        assert.equal(await axeViolations(page), []);
        // Upstairs, the step-free way rides the lift.
        await page.goto(`${hall.hub.baseUrl}/kiosk/services/4.1.3/where${lang === 'en' ? '?lang=en' : ''}`, { waitUntil: 'domcontentloaded' });
        await seeOnScreen(page, c.route);
        await tap(page, '#step-free');
        await seeOnScreen(page, lang === 'zh' ? '乘电梯到2楼' : 'Take the lift to the 2nd floor');
      } finally {
        await page.browserContext().close();
      }
    });

    test(`${at}: 业务咨询's guides library finds a guide by module and typed words, prints it, and opens its service`, async () => {
      const g = GUIDES[lang];
      const page = await kiosk('services/1.1.2', size, lang);
      try {
        await seeOnScreen(page, g.enquiries);
        await tap(page, { text: g.library });
        await tap(page, { text: g.module });
        await tap(page, '#catalogue-search');
        if (lang === 'zh') await typeText(page, [['jian', '简'], ['li', '历']]);
        else {
          await tap(page, '#kb-mode');
          await typeKeys(page, 'cv');
        }
        await tap(page, '#kb-done');
        // CV help in career guidance: the workshops and the self-service corner, not job placement's 3.1.8.
        const found = await seeOnScreen(page, g.two);
        assert.match(found, g.group);
        assert.not.match(found, g.other);
        await tap(page, 'button[data-open="4.1.4"]');
        await seeOnScreen(page, g.steps);
        // The steps as the service page shows them, with the kiosk's button (the list may run below the fold).
        const card = await page.evaluate(`(() => {
          const find = (root) => { for (const el of root.querySelectorAll('*')) { if (el.matches('kiosk-catalogue-entry') && el.entry.id === '4.1.4') return el; const inner = el.shadowRoot && find(el.shadowRoot); if (inner) return inner; } return null; };
          return find(document).shadowRoot.textContent;
        })()`) as string;
        assert.match(card, g.step);
        assert.equal(await axeViolations(page), []);
        const before = hall.paper.emulator.printed.length;
        await tap(page, 'button[data-print="4.1.4"]');
        await seeOnScreen(page, g.printing);
        const paper = await paperSince(before, 'the guide slip');
        assert.match(paper, '办事指南');
        assert.match(paper, '4.1.4 专项小组指导');
        await tap(page, 'button[data-service="4.1.4"]');
        await eventually(() => new URL(page.url()).pathname === '/kiosk/services/4.1.4', 5000, 'the service page');
        assert.match(await seeOnScreen(page, g.group), g.flow);
        await tap(page, { text: g.flow });
        await seeOnScreen(page, g.title);
      } finally {
        await page.browserContext().close();
      }
    });
  }
}

test('no script errors and no server errors on any of these screens', () => {
  assert.equal(errors, []);
});

test.run();
