import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Debian's Chromium, headless, with the flags that keep it from reaching for the network at start-up
 * (this machine's network is closed) and a throw-away profile.
 */
export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    userDataDir: profile,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', '--autoplay-policy=no-user-gesture-required',
      // Several pages at once (lobby screens beside the admin): none is a background tab whose timers Chromium
      // slows to once a second, or once a minute after five, as a lobby screen's kiosk window never is.
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
    ],
    defaultViewport: { width: 1920, height: 1080 },
  });
  return {
    browser,
    async close() {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Collects a page's script errors, console errors and server errors (5xx) into `errors`, so a test can insist
 * there are none. Chromium's "Failed to load resource" lines are left out: they repeat an HTTP status, and a
 * 401 from /api/staff/me before login is the expected answer.
 */
export function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (msg) => {
    // The page and the source line say where to look when the message alone does not (a CSP refusal).
    const at = msg.location().url ? ` (at ${msg.location().url}:${msg.location().lineNumber ?? 0}; page ${page.url()})` : ` (page ${page.url()})`;
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(`console: ${msg.text()}${at}`);
  });
  page.on('pageerror', (err) => errors.push(`page: ${(err as Error).message}`));
  page.on('response', (res) => {
    if (res.status() >= 500) errors.push(`http ${res.status()}: ${res.url()}`);
  });
  page.on('requestfailed', (req) => {
    // A page closed mid-request or a long poll cut short at the end of a test is not a failure of the app.
    if (!/ERR_ABORTED/.test(req.failure()?.errorText ?? '')) errors.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
  });
}

/**
 * An element inside shadow roots, polled every 50 ms. Puppeteer's waitForSelector watches the document with a
 * MutationObserver, which never sees a Lit element re-render inside its shadow root, so it can wait forever.
 */
export async function find(page: Page, selector: string, timeout = 5000, visible = false) {
  const until = Date.now() + timeout;
  for (;;) {
    const el = await page.$(`pierce/${selector}`);
    if (el && (!visible || (await el.isVisible()))) return el;
    if (Date.now() > until) throw new Error(`${selector} did not appear within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Text of an element inside shadow roots. */
export async function textOf(page: Page, selector: string, timeout = 5000): Promise<string> {
  const el = await find(page, selector, timeout);
  return ((await el.evaluate((n) => n.textContent)) ?? '').trim();
}

export async function click(page: Page, selector: string, timeout = 5000): Promise<void> {
  await page.bringToFront();
  const el = await find(page, selector, timeout, true);
  await el.click();
}

/** Waits until the element's text satisfies `ok`. */
export async function waitForText(page: Page, selector: string, ok: (text: string) => boolean, timeout = 5000): Promise<string> {
  const until = Date.now() + timeout;
  let last = '';
  for (;;) {
    try {
      last = await textOf(page, selector, Math.max(100, until - Date.now()));
      if (ok(last)) return last;
    } catch {
      // not there yet
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${selector}; last text: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Signs a staff account in on an admin page already open, as staff do: name, password, 登录, then 退出 is shown. */
export async function signInAdmin(page: Page, account: { username: string; password: string }): Promise<void> {
  await (await find(page, '#username', 10_000)).type(account.username);
  await (await find(page, '#password')).type(account.password);
  await click(page, '#login');
  await find(page, '#logout');
}
