import type { Page } from 'puppeteer-core';
import { decodeEscPos } from '@jobhall/device-agents/escpos';
import { eventually, startTestHall, type TestHall } from '../hall.ts';
import { launchBrowser, watchErrors } from '../browser.ts';
import { MIN_TARGET, SIZES, axeViolations, screenText, seeOnScreen, tap } from '../finger.ts';

/**
 * What every journey file shares: one hall (hub, broker, printer, call screen) and one Chromium for the file,
 * a fresh browser context per journey, and a check at every screen a visitor passes — axe's WCAG 2.2 A/AA rules,
 * no sideways scrolling, and no hub's technical message on screen.
 */

export type Size = (typeof SIZES)[number];
export type Lang = 'zh' | 'en';
export const RUNS: Array<{ size: Size; lang: Lang; name: string }> = SIZES.flatMap((size) =>
  (['zh', 'en'] as const).map((lang) => ({ size, lang, name: `${size.name} ${lang}` })));

export interface Journeys {
  hall: TestHall;
  chrome: Awaited<ReturnType<typeof launchBrowser>>;
  /** Script errors, console errors and 5xx answers seen on any page. */
  errors: string[];
  close(): Promise<void>;
}

export async function openHall(): Promise<Journeys> {
  const [hall, chrome] = await Promise.all([startTestHall('embedded'), launchBrowser()]);
  const errors: string[] = [];
  return { hall, chrome, errors, async close() { await chrome.close(); await hall.close(); } };
}

/** A kiosk as the next visitor finds it: a fresh browser context, the first screen, in the visitor's language. */
export async function kioskFor(j: Journeys, size: Size, lang: Lang, path = '/kiosk/'): Promise<Page> {
  const page = await (await j.chrome.browser.createBrowserContext()).newPage();
  watchErrors(page, j.errors);
  await page.setViewport({ width: size.width, height: size.height });
  await page.goto(`${j.hall.hub.baseUrl}${path}`, { waitUntil: 'domcontentloaded' });
  if (new URL(path, 'http://x').pathname === '/kiosk/') {
    await seeOnScreen(page, '您好，请选择您要办理的业务', 10_000);
    if (lang === 'en') {
      await tap(page, '#lang');
      await seeOnScreen(page, 'Hello! What would you like to do?');
    }
  }
  return page;
}

/** English or Chinese, as the journey's visitor reads it. */
export const say = (lang: Lang, zh: string | RegExp, en: string | RegExp) => (lang === 'zh' ? zh : en);

/** A hub's technical message on screen: a field path or the English of the API. */
const RAW = /\b(body|query|params)\.[a-zA-Z]|SIGN_IN_REQUIRED|INVALID_FIELD|internal error|Unprocessable/;

/**
 * The checks every screen a visitor passes must pass, named so a failure says which screen: no WCAG 2.2 AA
 * violation, nothing wider than the screen, no control smaller than a finger (64 px), and no raw API message.
 */
export async function screenOk(page: Page, name: string, opts: { phone?: boolean } = {}): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length) throw new Error(`${name}: WCAG violations:\n${violations.join('\n')}`);
  const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
  if (overflow > 1) throw new Error(`${name}: the page is ${overflow} px wider than the screen`);
  // A kiosk's every control is a finger's size: 64 px both ways (a phone page keeps the phone's own 44).
  const min = opts.phone ? 44 : MIN_TARGET;
  const small = (await page.evaluate(`(() => {
    const out = [];
    const walk = (root) => root.querySelectorAll('*').forEach((el) => {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (!el.matches('button, a[href], input, select, textarea, [role="button"], [role="checkbox"], [role="radio"]')) return;
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return;
      const r = el.getBoundingClientRect();
      if (r.width < ${min} || r.height < ${min}) out.push((el.id ? '#' + el.id : el.tagName.toLowerCase()) + ' "' + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 20) + '" ' + Math.round(r.width) + '×' + Math.round(r.height));
    });
    walk(document);
    return out;
  })()`)) as string[];
  if (small.length) throw new Error(`${name}: controls smaller than ${min} px: ${small.join(', ')}`);
  const text = await screenText(page);
  const raw = RAW.exec(text);
  if (raw) throw new Error(`${name}: a technical message reached the screen ("${raw[0]}"): ${text.slice(0, 300)}`);
}

/** The text of each piece of paper printed since `from`, decoded from the ESC/POS bytes the printer received. */
export function paperSince(j: Journeys, from: number): string[] {
  return j.hall.paper.emulator.printed.slice(from).flatMap((bytes) => decodeEscPos(bytes).map((job) => [...job.lines.map((l) => l.text), ...job.qr.map((q) => `[qr ${q}]`)].join('\n')));
}

/** Waits for a piece of paper, printed since `from`, that says `what`; returns its text. */
export async function paperSaying(j: Journeys, from: number, what: string | RegExp): Promise<string> {
  return eventually(() => paperSince(j, from).find((p) => (typeof what === 'string' ? p.includes(what) : what.test(p))), 8000, `paper saying ${String(what)}`);
}

/** How many pieces of paper the printer has put out so far: a journey's "since". */
export const paperCount = (j: Journeys) => j.hall.paper.emulator.printed.length;

/** A valid ID number (GB 11643) for the nth visitor of a file: each journey registers someone new. */
export function idNumberFor(n: number, checkCharacter: (first17: string) => string): string {
  const first17 = `3101041990${String(101 + (n % 12)).slice(1)}${String(10 + (n % 18)).padStart(2, '0')}${String(100 + n).slice(-3)}`;
  return first17 + checkCharacter(first17);
}
