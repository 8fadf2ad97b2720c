/**
 * The on-screen keyboard as a finger meets it, at a portrait and a landscape kiosk, in Chinese and English:
 * every key of the short and the long-text keyboard is on screen, at least 64 px and uncovered, and 完成/Done
 * takes the text into the field. (The portrait blocker: 工作内容和要求's extra punctuation key pushed 完成 off a
 * 1080 px screen, so no vacancy could be submitted.)
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { startTestHall, type TestHall } from './hall.ts';
import { launchBrowser } from './browser.ts';
import { SIZES, canTap, seeOnScreen, tap, typeText } from './finger.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
});
test.after(async () => {
  await chrome?.close();
  await hall?.close();
});

async function kioskAt(size: { width: number; height: number }, lang: 'zh' | 'en'): Promise<Page> {
  const page = await (await chrome.browser.createBrowserContext()).newPage();
  await page.setViewport(size);
  await page.goto(`${hall.hub.baseUrl}/kiosk/`, { waitUntil: 'networkidle0' });
  if (lang === 'en') await tap(page, '#lang');
  return page;
}

/** Every key the keyboard shows, by selector, so a failure names the one a finger cannot reach. */
async function keySelectors(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const all = [];
    const walk = (root) => root.querySelectorAll('*').forEach((el) => { all.push(el); if (el.shadowRoot) walk(el.shadowRoot); });
    walk(document);
    const kb = all.find((e) => e.tagName === 'KIOSK-KEYBOARD');
    return [...kb.shadowRoot.querySelectorAll('button')]
      .map((b) => (b.id ? '#' + b.id : b.dataset.key !== undefined ? 'button[data-key="' + b.dataset.key + '"]' : null))
      .filter(Boolean);
  })()`)) as string[];
}

for (const size of SIZES) {
  for (const lang of ['zh', 'en'] as const) {
    test(`${size.name} ${lang}: every key of the long-text keyboard can be tapped, and Done fills the field`, async () => {
      const page = await kioskAt(size, lang);
      try {
        await tap(page, 'button[data-module="3"]');
        await tap(page, 'button[data-service="3.1.1"]');
        await tap(page, '#flow-post-job');
        await tap(page, '#edit-description');
        const keys = await keySelectors(page);
        assert.ok(keys.includes('#kb-done') && keys.length > 40, `the keyboard shows its keys (${keys.length})`);
        const unreachable: string[] = [];
        for (const key of keys) if (!(await canTap(page, key))) unreachable.push(key);
        assert.equal(unreachable, [], 'keys a finger cannot reach');
        await typeText(page, [['bao', '保'], ['an', '安'], ['xun', '巡'], ['luo', '逻']]);
        await tap(page, 'button[data-key="，"]');
        // The field's rule (at least 10 characters) is said on 完成, and the text stays to be finished.
        await tap(page, '#kb-done');
        await seeOnScreen(page, lang === 'zh' ? '还差 5 个字' : '5 more to go');
        await typeText(page, ['12345']);
        await tap(page, '#kb-done');
        await seeOnScreen(page, '保安巡逻，12345');
        assert.not.ok(await canTap(page, '#kb-done'), 'the keyboard has closed');
        // The short keyboard (the job title) too.
        await tap(page, '#edit-title');
        const short = await keySelectors(page);
        for (const key of short) assert.ok(await canTap(page, key), `${key} can be tapped on the short keyboard`);
        await tap(page, '#kb-cancel');
      } finally {
        await page.browserContext().close();
      }
    });
  }
}

test('a tap beside the keyboard closes it and keeps what was typed', async () => {
  const page = await kioskAt(SIZES[0], 'zh');
  try {
    await tap(page, 'button[data-module="3"]');
    await tap(page, 'button[data-service="3.1.1"]');
    await tap(page, '#flow-post-job');
    await tap(page, '#edit-title');
    await typeText(page, [['bao', '保'], ['an', '安']]);
    // The dimmed backdrop above the keyboard: the top of a portrait screen.
    await page.mouse.click(540, 100);
    await seeOnScreen(page, '保安');
    assert.not.ok(await canTap(page, '#kb-done'), 'the keyboard has closed');
  } finally {
    await page.browserContext().close();
  }
});

test.run();
