/**
 * The kiosk for everyone (issue 8): 语音 reads each screen, tapped choice and result aloud, and 大字 draws every
 * screen larger. By finger at both sizes: speech asked of the hub for what is on screen, in the visitor's
 * language, and played by a real audio element, never for what the visitor types; large type grows the type
 * on every screen walked without anything scrolling sideways or a control leaving the screen; both switches
 * hold through navigation and the language switch, and are off after the idle reset.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { checkCharacter } from '@jobhall/hub-server/contract';
import { find } from '../browser.ts';
import { eventually } from '../hall.ts';
import { LANDSCAPE, PORTRAIT, seeOnScreen, tap, typeDigits, typeKeys } from '../finger.ts';
import { idNumberFor, kioskFor, openHall, say, screenOk, type Journeys, type Lang, type Size } from './journey.ts';

let j: Journeys;
test.before(async () => {
  j = await openHall();
});
test.after(async () => {
  await j?.close();
});

const SIZES: Record<string, Size> = { portrait: { name: 'portrait', ...PORTRAIT }, landscape: { name: 'landscape', ...LANDSCAPE } };

interface Said {
  lang: string;
  text: string;
  /** The clip's length as the hub reported it, once its answer arrived. */
  ms?: number;
}

/**
 * Every text the kiosk asked the hub to say, and the length of every clip an audio element of the page began
 * playing: a clip that played is matched to its text by its length to the millisecond.
 */
async function listen(page: Page): Promise<{ said: Said[]; played: () => Promise<number[]> }> {
  const said: Said[] = [];
  const byRequest = new Map<unknown, Said>();
  page.on('request', (req) => {
    if (req.method() !== 'POST' || !req.url().endsWith('/api/voice/say')) return;
    const s = JSON.parse(req.postData() ?? '{}') as Said;
    said.push(s);
    byRequest.set(req, s);
  });
  page.on('response', (res) => {
    const s = byRequest.get(res.request());
    if (s && res.ok()) s.ms = Number(res.headers()['x-speech-duration-ms']);
  });
  // 'playing' does not bubble, but a capturing listener on the document sees it for any audio element in it.
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { played: number[] };
    w.played = [];
    document.addEventListener('playing', (e) => w.played.push(Math.round((e.target as HTMLAudioElement).duration * 1000)), true);
  });
  return { said, played: async () => (await page.evaluate('window.played')) as number[] };
}

/** Whether the clip of the first text containing `part` was played (its length within 2 ms: WAV headers are exact). */
async function heard(said: Said[], played: () => Promise<number[]>, part: string, what: string) {
  await eventually(async () => {
    const s = said.find((x) => x.text.includes(part) && x.ms);
    return !!s && (await played()).some((ms) => Math.abs(ms - s.ms!) <= 2);
  }, 8000, `the clip of ${what} played (said: ${JSON.stringify(said)})`);
}

/** The text of the first element matching `selector`, searched through shadow roots. */
function deepText(page: Page, selector: string): Promise<string> {
  return page.evaluate(`(() => {
    const walk = (root) => { for (const el of root.querySelectorAll('*')) { if (el.matches(${JSON.stringify(selector)})) return el; if (el.shadowRoot) { const f = walk(el.shadowRoot); if (f) return f; } } return null; };
    const el = walk(document);
    return el ? el.textContent.replace(/\\s+/g, ' ').trim() : '';
  })()`) as Promise<string>;
}

const pressed = (page: Page, id: string) => page.evaluate(`document.querySelector('kiosk-app').shadowRoot.querySelector('kiosk-top-bar').shadowRoot.getElementById('${id}').getAttribute('aria-pressed')`);

async function asked(said: Said[], lang: Lang, part: string, what: string) {
  await eventually(() => said.some((s) => s.lang === lang && s.text.includes(part)), 5000, `speech asked for ${what} ("${part}"); asked: ${JSON.stringify(said.map((s) => s.text))}`);
}

const speechRuns: Array<{ size: Size; lang: Lang }> = [{ size: SIZES.portrait!, lang: 'zh' }, { size: SIZES.landscape!, lang: 'en' }];
speechRuns.forEach(({ size, lang }, n) => {
  test(`${size.name} ${lang}: 语音 reads the screen, a tapped choice and a ticket's number, plays them, and never sends typed digits`, async () => {
    const page = await kioskFor(j, size, lang);
    try {
      const { said, played } = await listen(page);
      // evaluateOnNewDocument applies from the next load: open the kiosk again as the visitor finds it.
      await page.reload({ waitUntil: 'domcontentloaded' });
      await seeOnScreen(page, say(lang, '您好，请选择您要办理的业务', 'Hello! What would you like to do?'), 10_000);
      assert.is(await pressed(page, 'speech'), 'false');
      await tap(page, '#speech');
      assert.is(await pressed(page, 'speech'), 'true');
      await asked(said, lang, say(lang, '语音播报已开启', 'Speech is on') as string, 'the switch');
      await asked(said, lang, say(lang, '您好，请选择您要办理的业务', 'Hello! What would you like to do?') as string, 'the first screen\'s title');
      await heard(said, played, say(lang, '您好，请选择您要办理的业务', 'Hello! What would you like to do?') as string, 'the first screen');
      assert.ok(said.every((s) => s.lang === lang), 'every clip in the visitor\'s language');

      // A module, then a service: each tapped label is said, and each screen's title.
      const module = await deepText(page, 'button[data-module="3"] span:not(.sub)');
      await tap(page, 'button[data-module="3"]');
      await asked(said, lang, module, 'the tapped module');
      const service = await deepText(page, 'button[data-service="3.1.3"]');
      await tap(page, 'button[data-service="3.1.3"]');
      await asked(said, lang, service.slice(0, 4), 'the tapped service');
      const title = await deepText(page, 'kiosk-service-page h2');
      await asked(said, lang, title, 'the service page\'s title');
      await screenOk(page, 'service page with speech on');

      // What the visitor types on a keypad stays on the kiosk: the pad's prompt is said, its digits are not.
      const id = idNumberFor(70 + n, checkCharacter);
      await tap(page, '#flow-my-jobs');
      await asked(said, lang, (await deepText(page, '#pad-title')).slice(0, 4), 'the number pad\'s prompt');
      await typeDigits(page, id);
      await new Promise((r) => setTimeout(r, 600));
      assert.ok(said.every((s) => !/\d{3}/.test(s.text.replace(/\s/g, ''))), `no typed digits sent: ${JSON.stringify(said.map((s) => s.text))}`);

      await tap(page, '#pad-cancel');

      // Home and the language switch keep speech on; the next screen is read in the new language.
      await tap(page, '#home');
      assert.is(await pressed(page, 'speech'), 'true');
      const other: Lang = lang === 'zh' ? 'en' : 'zh';
      await tap(page, '#lang');
      await asked(said, other, say(other, '您好，请选择您要办理的业务', 'Hello! What would you like to do?') as string, 'the first screen in the other language');
      assert.is(await pressed(page, 'speech'), 'true');
      await tap(page, '#lang');

      // A result: the ticket's number, said as it appears.
      await tap(page, '#take-ticket');
      await tap(page, 'button[data-service="3.1.2"]');
      await tap(page, '#normal');
      const number = /[A-Z]\d{3}/.exec(await seeOnScreen(page, /[A-Z]\d{3}/))![0];
      await asked(said, lang, number, 'the ticket number');
      await heard(said, played, number, 'the ticket number');
      assert.is(await page.evaluate(`document.querySelectorAll('audio').length`), 1, 'one audio element: one clip at a time');

      // Off: nothing more is asked.
      await tap(page, '#speech');
      const count = said.length;
      await tap(page, '#home');
      await new Promise((r) => setTimeout(r, 800));
      assert.is(said.length, count);
      assert.is(await page.evaluate(`document.querySelectorAll('audio').length`), 0);
    } finally {
      await page.browserContext().close();
    }
  });
});

/** The type size a visitor sees of a screen's `selector` (inside the screen element `host`): computed size × zoom. */
async function shownSize(page: Page, host: string, selector: string): Promise<number> {
  const px = (await page.evaluate(`(() => {
    const walk = (root) => { for (const el of root.querySelectorAll('*')) { if (el.matches(${JSON.stringify(host)})) return el; if (el.shadowRoot) { const f = walk(el.shadowRoot); if (f) return f; } } return null; };
    const el = walk(document)?.shadowRoot?.querySelector(${JSON.stringify(selector)});
    return el ? parseFloat(getComputedStyle(el).fontSize) * el.currentCSSZoom : 0;
  })()`)) as number;
  assert.ok(px > 0, `${host} ${selector} is on the page`);
  return px;
}

/** A screen's text drawn at least 1.3 times the size the screen asks for. */
async function grown(page: Page, host: string, selector: string): Promise<number> {
  const shown = await shownSize(page, host, selector);
  const css = (await page.evaluate(`(() => {
    const walk = (root) => { for (const el of root.querySelectorAll('*')) { if (el.matches(${JSON.stringify(host)})) return el; if (el.shadowRoot) { const f = walk(el.shadowRoot); if (f) return f; } } return null; };
    return parseFloat(getComputedStyle(walk(document).shadowRoot.querySelector(${JSON.stringify(selector)})).fontSize);
  })()`)) as number;
  assert.ok(shown >= css * 1.3, `${host} ${selector} is drawn larger: ${css} px → ${shown} px`);
  return shown;
}

/** Every visible control lies inside the screen from left to right (a finger scrolls up and down, never sideways). */
async function allWithinWidth(page: Page, name: string) {
  const outside = (await page.evaluate(`(() => {
    const out = [];
    const vw = document.documentElement.clientWidth;
    const walk = (root) => root.querySelectorAll('*').forEach((el) => {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (!el.matches('button, a[href], input, select, [role="button"], [role="checkbox"], [role="radio"], h1, h2, h3, p')) return;
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return;
      const r = el.getBoundingClientRect();
      if (r.width && (r.left < -0.5 || r.right > vw + 0.5)) out.push((el.id ? '#' + el.id : el.tagName.toLowerCase()) + ' ' + Math.round(r.left) + '–' + Math.round(r.right));
    });
    walk(document);
    return out;
  })()`)) as string[];
  assert.equal(outside, [], `${name}: outside the screen's width`);
  await screenOk(page, `${name} in large type`);
}

/** An overlay cannot scroll: every control of it lies wholly inside the screen, both ways. */
async function overlayFits(page: Page, host: string, name: string) {
  const { seen, outside } = (await page.evaluate(`(() => {
    const walk = (root) => { for (const el of root.querySelectorAll('*')) { if (el.matches(${JSON.stringify(host)})) return el; if (el.shadowRoot) { const f = walk(el.shadowRoot); if (f) return f; } } return null; };
    const overlay = walk(document);
    if (!overlay) return { seen: 0, outside: [] };
    const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
    const shown = [...overlay.shadowRoot.querySelectorAll('button, h2')].filter((el) => el.checkVisibility()).map((el) => [el, el.getBoundingClientRect()]);
    return { seen: shown.length, outside: shown
      .filter(([, r]) => r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5)
      .map(([el, r]) => (el.id || el.textContent.trim()) + ' ' + Math.round(r.left) + ',' + Math.round(r.top) + '–' + Math.round(r.right) + ',' + Math.round(r.bottom)) };
  })()`)) as { seen: number; outside: string[] };
  assert.ok(seen >= 3, `${name}: ${host} is open (${seen} controls)`);
  assert.equal(outside, [], `${name}: off the screen`);
}

const typeRuns: Array<{ size: Size; lang: Lang }> = [{ size: SIZES.portrait!, lang: 'zh' }, { size: SIZES.landscape!, lang: 'en' }];
typeRuns.forEach(({ size, lang }) => {
  test(`${size.name} ${lang}: 大字 draws home, a service page, job search and a form larger, and nothing leaves the screen`, async () => {
    const page = await kioskFor(j, size, lang);
    try {
      const normal = await shownSize(page, 'kiosk-home', 'h2');
      await tap(page, '#large-type');
      assert.is(await pressed(page, 'large-type'), 'true');
      const large = await shownSize(page, 'kiosk-home', 'h2');
      assert.ok(large >= normal * 1.3, `the welcome grows: ${normal} → ${large} px`);
      await allWithinWidth(page, 'home');

      await tap(page, 'button[data-module="7"]');
      await tap(page, 'button[data-service="7.2.1"]');
      await seeOnScreen(page, say(lang, '需要带什么', 'What to bring'));
      await grown(page, 'kiosk-service-page', 'h2');
      await allWithinWidth(page, 'service page 7.2.1');

      await tap(page, '#flow-contract-attestation');
      await seeOnScreen(page, say(lang, /第 1 步/, /Step 1/));
      assert.is(await pressed(page, 'large-type'), 'true', 'large type survives navigation');
      await allWithinWidth(page, 'form 7.2.1, first page');

      // The language switch keeps it, and so does 首页.
      await tap(page, '#lang');
      assert.is(await pressed(page, 'large-type'), 'true');
      await tap(page, '#lang');
      await tap(page, '#home');
      assert.is(await pressed(page, 'large-type'), 'true');
      await tap(page, '#find-job');
      await find(page, '#query', 5000, true);
      const searchTitle = await grown(page, 'kiosk-job-search', 'h2');
      await allWithinWidth(page, 'job search');
      // The overlays a visitor types and picks on fit the screen in large type too.
      await tap(page, '#query');
      await typeKeys(page, 'bao');
      await overlayFits(page, 'kiosk-keyboard', 'the keyboard with its candidates');
      await tap(page, '#kb-cancel');
      await tap(page, '#district');
      await overlayFits(page, 'kiosk-picker', 'the district picker');
      await tap(page, '#picker-cancel');

      await tap(page, '#large-type');
      assert.is(await pressed(page, 'large-type'), 'false');
      const after = await shownSize(page, 'kiosk-job-search', 'h2');
      assert.ok(Math.abs(after * 1.35 - searchTitle) < 1, `back to the normal size: ${searchTitle} → ${after} px`);
    } finally {
      await page.browserContext().close();
    }
  });
});

test('both switches end at the idle reset', async () => {
  const page = await kioskFor(j, SIZES.portrait!, 'zh', '/kiosk/?idle=3&warn=2');
  try {
    await seeOnScreen(page, '您好，请选择您要办理的业务', 10_000);
    await tap(page, '#speech');
    await tap(page, '#large-type');
    await tap(page, 'button[data-module="3"]');
    assert.is(await pressed(page, 'speech'), 'true');
    await seeOnScreen(page, '您还在使用吗', 8000);
    await seeOnScreen(page, '您好，请选择您要办理的业务', 8000);
    await eventually(async () => (await pressed(page, 'speech')) === 'false', 3000, 'speech off after the reset');
    assert.is(await pressed(page, 'large-type'), 'false');
    assert.is(await page.evaluate(`document.querySelector('kiosk-app').hasAttribute('large-type')`), false);
    assert.is(await page.evaluate(`document.querySelectorAll('audio').length`), 0);
  } finally {
    await page.browserContext().close();
  }
});

test('no page logged an error', () => {
  assert.equal(j.errors, []);
});

test.run();
