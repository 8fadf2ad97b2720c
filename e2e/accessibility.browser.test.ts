/**
 * Accessibility of the real pages in Chromium: axe-core's WCAG 2.0–2.2 A/AA rules report no violations, and
 * every kiosk control is at least 44×44 CSS px (WCAG 2.5.5; the kiosk aims for 64).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'puppeteer-core';
import { startTestHall, type TestHall } from './hall.ts';
import { click, find, launchBrowser } from './browser.ts';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** Runs axe in the page (it walks open shadow roots) and returns the violations, described. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })`)) as { violations: Violation[] };
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`);
}

/** Controls smaller than 44×44 CSS px, anywhere in the shadow DOM. */
async function smallTargets(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const out = [];
    const walk = (root) => root.querySelectorAll('*').forEach((el) => {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (!el.matches('button, a[href], input, select, [role="button"]')) return;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return;
      if (r.width < 44 || r.height < 44) out.push((el.id || el.textContent.trim().slice(0, 20)) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
    });
    walk(document);
    return out;
  })()`)) as string[];
}

async function open(path: string): Promise<Page> {
  const page = await chrome.browser.newPage();
  await page.goto(`${hall.hub.baseUrl}${path}`, { waitUntil: 'networkidle0' });
  return page;
}

test('kiosk home, a module, a service guide and a ticket: no WCAG violations, large targets', async () => {
  const kiosk = await open('/kiosk/');
  await find(kiosk, '#take-ticket');
  assert.equal(await violations(kiosk), [], 'home');
  assert.equal(await smallTargets(kiosk), [], 'home targets');
  await click(kiosk, 'button[data-module="3"]');
  await find(kiosk, 'kiosk-service-list');
  assert.equal(await violations(kiosk), [], 'module');
  await click(kiosk, 'button[data-service="3.1.2"]');
  await find(kiosk, '#ticket');
  assert.equal(await violations(kiosk), [], 'service guide');
  assert.equal(await smallTargets(kiosk), [], 'service targets');
  await click(kiosk, '#ticket');
  await click(kiosk, '#normal');
  await find(kiosk, '#number');
  assert.equal(await violations(kiosk), [], 'ticket');
  assert.equal(await smallTargets(kiosk), [], 'ticket targets');
});

test('signage and the staff login page: no WCAG violations', async () => {
  const signage = await open('/signage/');
  await find(signage, 'signage-now-calling');
  assert.equal(await violations(signage), [], 'signage');
  const admin = await open('/admin/');
  await find(admin, '#username');
  assert.equal(await violations(admin), [], 'admin login');
});

test.run();
