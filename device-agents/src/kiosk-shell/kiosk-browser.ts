import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { chromiumArgs, DROPPED_DEFAULT_ARGS } from './flags.ts';
import { mayLoad, NO_CONTEXT_MENU } from './origin-guard.ts';
import { PAUSED_HTML } from './paused-page.ts';
import { processTreeRssMb } from './proc.ts';

export interface KioskBrowserOptions {
  chromium: string;
  headless: boolean;
  window: { width: number; height: number };
  /** Origins the browser may load from: the hub's, and any named beside it. */
  allowedOrigins: string[];
  /** The watchdog asks the page every this many ms; no answer for four times that means it hung. */
  watchdogMs?: number;
}

/** What the browser tells the shell. */
export interface BrowserEvents {
  exited: [reason: string];
  'renderer-crashed': [reason: string];
  hung: [reason: string];
  /** The device's page could not be loaded: the hub is not answering. */
  unreachable: [reason: string];
}

/**
 * One Chromium, driven over the DevTools protocol (puppeteer-core on a pipe: no debugging port is open on the
 * kiosk). Each start gets a fresh profile; the page may not leave the allowed origins (every request is
 * checked, other windows are closed, downloads refused, the context menu gone); a watchdog asks the page
 * every second and reports it hung when it has answered nothing for 4 s. Events of a browser the shell already replaced are
 * ignored.
 */
export class KioskBrowser extends EventEmitter<BrowserEvents> {
  private browser: Browser | null = null;
  private page: Page | null = null;
  private profile: string | null = null;
  private generation = 0;
  private watchdog: NodeJS.Timeout | null = null;
  startedAt: Date | null = null;

  constructor(private readonly o: KioskBrowserOptions) {
    super();
  }

  get pid(): number | null {
    return this.browser?.process()?.pid ?? null;
  }

  get url(): string | null {
    return this.page && !this.page.isClosed() ? this.page.url() : null;
  }

  /** Starts a new browser (closing any old one) with an empty page; the shell then shows its page. */
  async launch(): Promise<void> {
    await this.close();
    const gen = ++this.generation;
    this.profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-kiosk-profile-'));
    const browser = await puppeteer.launch({
      executablePath: this.o.chromium,
      pipe: true,
      headless: false, // the flags say whether (chromiumArgs)
      defaultViewport: null,
      ignoreDefaultArgs: DROPPED_DEFAULT_ARGS,
      args: chromiumArgs({
        profileDir: this.profile, headless: this.o.headless, root: process.getuid?.() === 0,
        smallShm: smallShm(), window: this.o.window,
      }),
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    });
    this.browser = browser;
    this.startedAt = new Date();
    browser.on('disconnected', () => {
      if (gen !== this.generation) return;
      const code = browser.process()?.signalCode ?? browser.process()?.exitCode;
      this.stopWatchdog();
      this.browser = null;
      this.page = null;
      this.emit('exited', `browser exited${code !== undefined && code !== null ? ` (${code})` : ''}`);
    });
    // Any other window (window.open, target=_blank) is closed as it opens.
    browser.on('targetcreated', (target) => {
      if (gen !== this.generation || target.type() !== 'page') return;
      void target.page().then((p) => (p && p !== this.page ? p.close() : undefined)).catch(() => {});
    });
    const [first] = await browser.pages();
    const page = first ?? (await browser.newPage());
    this.page = page;
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'deny' }).catch(() => {});
    await page.evaluateOnNewDocument(NO_CONTEXT_MENU);
    await page.setRequestInterception(true);
    page.on('request', (req) => this.guard(req));
    page.on('error', (err) => {
      if (gen === this.generation) this.emit('renderer-crashed', `renderer crashed: ${err.message}`);
    });
    this.startWatchdog(gen);
  }

  /** Opens the device's page; false (and `unreachable`) when the hub did not answer. */
  async show(url: string): Promise<boolean> {
    const page = this.page;
    if (!page) return false;
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      return true;
    } catch (err) {
      const msg = (err as Error).message;
      // A navigation cut short by another (a reload, the paused page) is not the hub's fault.
      if (/ERR_ABORTED|frame was detached|Navigating frame was detached/i.test(msg)) return false;
      this.emit('unreachable', msg.split('\n')[0]!.slice(0, 200));
      return false;
    }
  }

  async showPaused(): Promise<void> {
    await this.page?.setContent(PAUSED_HTML, { waitUntil: 'domcontentloaded' }).catch(() => {});
  }

  async reload(): Promise<boolean> {
    const page = this.page;
    if (!page) return false;
    try {
      await page.reload({ waitUntil: 'domcontentloaded', timeout: 20_000 });
      return true;
    } catch (err) {
      this.emit('unreachable', (err as Error).message.split('\n')[0]!.slice(0, 200));
      return false;
    }
  }

  /** The screen as a JPEG, half size: enough for staff to see what the kiosk shows. */
  async screenshot(): Promise<string> {
    const page = this.page;
    if (!page) throw new Error('no browser');
    const { width, height } = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    const shot = await page.screenshot({ type: 'jpeg', quality: 60, encoding: 'base64', clip: { x: 0, y: 0, width, height, scale: 0.5 } });
    return shot as string;
  }

  memoryMb(): number | null {
    const pid = this.pid;
    return pid ? processTreeRssMb(pid) : null;
  }

  /** Kills the browser at once (a hung one does not close politely); its death is not reported as a crash. */
  kill(): void {
    this.generation++;
    this.stopWatchdog();
    const pid = this.pid;
    if (pid) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
    this.browser = null;
    this.page = null;
    if (this.profile) fs.rmSync(this.profile, { recursive: true, force: true });
    this.profile = null;
  }

  async close(): Promise<void> {
    this.generation++;
    this.stopWatchdog();
    const { browser, profile } = this;
    this.browser = null;
    this.page = null;
    if (browser) {
      await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
      if (browser.process()?.exitCode === null && browser.process()?.signalCode === null) browser.process()?.kill('SIGKILL');
    }
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
    this.profile = null;
  }

  private guard(req: HTTPRequest): void {
    if (req.isInterceptResolutionHandled()) return;
    if (mayLoad(req.url(), this.o.allowedOrigins)) {
      void req.continue().catch(() => {});
      return;
    }
    // A navigation answered "204 No Content" leaves the page where it is; an aborted one would show
    // Chromium's error page instead of the kiosk.
    if (req.isNavigationRequest()) void req.respond({ status: 204, body: '' }).catch(() => {});
    else void req.abort('blockedbyclient').catch(() => {});
  }

  /**
   * Asks the page to run `1` every second; a page that has answered nothing for `hangMs` (4 s) is hung. A
   * page busy for a second or two (a long list drawn on a slow machine) is not restarted.
   */
  private startWatchdog(gen: number): void {
    const every = this.o.watchdogMs ?? 1000;
    const hangMs = every * 4;
    let answeredAt = performance.now();
    let asking = false;
    this.watchdog = setInterval(() => {
      const page = this.page;
      if (!page || gen !== this.generation) return;
      if (performance.now() - answeredAt > hangMs) {
        this.stopWatchdog();
        this.emit('hung', `page did not answer for ${Math.round((performance.now() - answeredAt) / 100) / 10} s`);
        return;
      }
      if (asking) return;
      asking = true;
      void page.evaluate(() => 1).then(() => {
        answeredAt = performance.now();
      }, () => {}).finally(() => {
        asking = false;
      });
    }, every);
    this.watchdog.unref();
  }

  private stopWatchdog(): void {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
  }
}

/** Whether /dev/shm is smaller than Chromium likes (containers give 64 MB). */
function smallShm(): boolean {
  try {
    const s = fs.statfsSync('/dev/shm');
    return s.blocks * s.bsize < 512 * 1024 * 1024;
  } catch {
    return true;
  }
}
