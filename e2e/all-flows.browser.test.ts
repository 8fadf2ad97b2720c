/**
 * Every flow of every function, opened as a visitor would: for each of the 89 functions, its page at
 * /kiosk/services/<id> shows the guide and one button per flow the kiosk offers (content/flows, kinds it can
 * draw); each button is tapped by finger on a fresh page and must lead to that flow's own screen — its title,
 * or the sign-in it asks for first — never the kiosk's apology and never a dead button. The deeper journeys of
 * each kind (submit, decide, calculate, book, search) are in their own browser tests; this one proves nothing
 * a function declares is unreachable. Portrait in Chinese for all, landscape in English for one flow of each kind.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { z } from 'zod';
import { FlowSummary, ServiceView } from '@jobhall/hub-server/contract';
import { canShow } from '../kiosk-ui/src/engine/kinds.ts';
import { m } from '../kiosk-ui/src/messages.ts';
import { startTestHall, type TestHall } from './hall.ts';
import { launchBrowser, watchErrors } from './browser.ts';
import { LANDSCAPE, PORTRAIT, screenText, seeOnScreen, tap } from './finger.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
const errors: string[] = [];
/** What a flow that needs a signed-in visitor shows first. */
const SIGN_IN = { zh: /请输入身份证号码|请刷身份证|登录|统一社会信用代码/, en: /ID number|sign in|Sign in|social credit code/ };
/** The first screen: a flow that lands here has gone nowhere. */
const WELCOME = { zh: '您好，请选择您要办理的业务', en: 'Hello! What would you like to do?' };

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

async function services(): Promise<ServiceView[]> {
  return z.array(ServiceView).parse((await hall.hub.app.inject({ method: 'GET', url: '/api/services' })).json());
}
async function flows(): Promise<FlowSummary[]> {
  const res = await hall.hub.app.inject({ method: 'GET', url: '/api/flows' });
  const body = res.json() as { flows?: unknown } | unknown[];
  return z.array(FlowSummary).parse(Array.isArray(body) ? body : body.flows).filter(canShow);
}

/** Opens the service page on a fresh page, taps the flow's button and waits for the flow's own screen. */
async function openFlow(page: Page, service: ServiceView, flow: FlowSummary, lang: 'zh' | 'en'): Promise<string | null> {
  await page.goto(`${hall.hub.baseUrl}/kiosk/services/${service.id}${lang === 'en' ? '?lang=en' : ''}`, { waitUntil: 'domcontentloaded' });
  await seeOnScreen(page, lang === 'en' ? service.en : service.zh);
  await tap(page, `#flow-${flow.id}`);
  const want = flow.title[lang];
  const until = Date.now() + 8000;
  for (;;) {
    const text = await screenText(page);
    if (text.includes(m.error[lang])) return `${service.id} ${flow.id}: the kiosk's apology — ${text.slice(0, 200)}`;
    const moved = new URL(page.url()).pathname !== `/kiosk/services/${service.id}`;
    // A kind's element shows the flow's title; a screen flow opens a screen of its own (the complaint form asks
    // its first question), so for it leaving the service page for anything but the first screen is enough.
    const own = text.includes(want) || text.includes(flow.label[lang]) || (flow.kind === 'screen' && !text.includes(WELCOME[lang]));
    if (moved && (own || SIGN_IN[lang].test(text))) return null;
    if (Date.now() > until) return `${service.id} ${flow.id}: neither “${want}” nor a sign-in on screen at ${page.url()} — ${text.slice(0, 300)}`;
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('portrait, Chinese: every function\'s every flow opens from its page by finger', async () => {
  const all = await flows();
  const list = await services();
  assert.is(list.length, 89);
  const page = await (await chrome.browser.createBrowserContext()).newPage();
  watchErrors(page, errors);
  await page.setViewport(PORTRAIT);
  const wrong: string[] = [];
  let opened = 0;
  const reached = new Set<string>();
  try {
    for (const s of list) {
      for (const f of all.filter((x) => x.functions.includes(s.id))) {
        const problem = await openFlow(page, s, f, 'zh').catch((err: Error) => `${s.id} ${f.id}: ${err.message.slice(0, 300)}`);
        if (problem) wrong.push(problem);
        else {
          opened += 1;
          if (f.id !== 'where') reached.add(s.id);
        }
      }
    }
  } finally {
    await page.browserContext().close();
  }
  assert.equal(wrong, []);
  console.log(`  opened ${opened} flows; ${reached.size} of 89 functions reach a flow of their own beyond wayfinding`);
  assert.ok(opened > 150, `only ${opened} flows opened`);
});

test('landscape, English: one flow of each kind opens from its page by finger', async () => {
  const all = await flows();
  const list = await services();
  const page = await (await chrome.browser.createBrowserContext()).newPage();
  watchErrors(page, errors);
  await page.setViewport(LANDSCAPE);
  const wrong: string[] = [];
  const kinds = new Set<string>();
  try {
    for (const f of all) {
      if (kinds.has(f.kind)) continue;
      const s = list.find((x) => f.functions.includes(x.id))!;
      const problem = await openFlow(page, s, f, 'en').catch((err: Error) => `${s.id} ${f.id}: ${err.message.slice(0, 300)}`);
      if (problem) wrong.push(problem);
      kinds.add(f.kind);
    }
  } finally {
    await page.browserContext().close();
  }
  assert.equal(wrong, []);
  assert.ok(kinds.size >= 10, `kinds seen: ${[...kinds].join(', ')}`);
});

test('no page logged an error', () => {
  assert.equal(errors, []);
});

test.run();
