import type { AgentHealth, CrashReport, ShellCommand, ShellResult, TopicBus } from '@jobhall/hub-server/contract';
import { DeviceAgent, type AgentConnection } from '../agent/device-agent.ts';
import type { AgentLog } from '../agent/log.ts';
import { HubWatch } from './hub-watch.ts';
import { KioskBrowser } from './kiosk-browser.ts';
import { nextShell, type ShellAction, type ShellEvent, type ShellState } from './shell-machine.ts';

export interface KioskShellOptions {
  connection: AgentConnection;
  log: AgentLog;
  /** The hub's base URL (http://hub:8080): the only origin the browser may load. */
  hubUrl: string;
  /** The device's page on the hub, e.g. /kiosk/?kiosk=kiosk-1&key=… */
  page: string;
  chromium?: string;
  headless?: boolean;
  window?: { width: number; height: number };
  /** Other origins the page may load from (an external broker's WebSocket address). */
  extraOrigins?: string[];
  watchdogMs?: number;
  hubCheckMs?: number;
}

/** Answers to commands already carried out, so a redelivery is answered again but not done twice. */
const REMEMBER = 100;

/**
 * The kiosk shell: starts Chromium once the hub answers, shows the device's page and keeps it there. A
 * watchdog over the DevTools protocol restarts a browser that died or hung and reloads a crashed page, and
 * each crash is reported with how long the recovery took. While the hub cannot be reached the screen says
 * service is paused, and the page comes back by itself. Staff drive it over MQTT (ping, reload, navigate,
 * screenshot: the hub's shell command kind), and its heartbeat carries uptime, memory, page and last crash.
 */
export class KioskShellAgent extends DeviceAgent {
  readonly browser: KioskBrowser;
  private readonly hub: HubWatch;
  private state: ShellState = 'waiting-hub';
  private work: Promise<void> = Promise.resolve();
  private restarts = 0;
  private lastCrash: CrashReport | null = null;
  private crash: { at: Date; reason: string; t0: number } | null = null;
  private readonly answered = new Map<string, ShellResult>();
  private unsubscribe: Array<() => Promise<void>> = [];

  constructor(private readonly opts: KioskShellOptions) {
    super(opts.connection, 'kiosk-shell', opts.log);
    const hubOrigin = new URL(opts.hubUrl).origin;
    this.browser = new KioskBrowser({
      chromium: opts.chromium ?? '/usr/bin/chromium', headless: opts.headless ?? false, window: opts.window ?? { width: 1080, height: 1920 },
      allowedOrigins: [hubOrigin, ...(opts.extraOrigins ?? [])], watchdogMs: opts.watchdogMs,
    });
    this.hub = new HubWatch({ hubUrl: hubOrigin, everyMs: opts.hubCheckMs });
  }

  /** Where the shell is: waiting for the hub, showing the page, paused, restarting. */
  get shellState(): ShellState {
    return this.state;
  }

  get pageUrl(): string {
    return new URL(this.opts.page, this.opts.hubUrl).toString();
  }

  /** Resolves when the queued browser work (a launch, a page change) is done: tests wait on it. */
  settled(): Promise<void> {
    return this.work;
  }

  protected async onStart(bus: TopicBus): Promise<void> {
    this.browser.on('exited', (reason) => this.dispatch('browser-exited', reason));
    this.browser.on('hung', (reason) => this.dispatch('hung', reason));
    this.browser.on('renderer-crashed', (reason) => this.dispatch('renderer-crashed', reason));
    this.browser.on('unreachable', (reason) => this.log.warn({ reason }, 'the page did not load'));
    this.hub.on('up', () => this.dispatch('hub-up', 'the hub answers'));
    this.hub.on('down', (reason) => this.dispatch('hub-down', reason));
    this.hub.start();
    this.unsubscribe = [await bus.subscribe('shellCommand', (cmd) => void this.command(cmd), { deviceId: this.deviceId })];
  }

  protected async onStop(): Promise<void> {
    this.hub.stop();
    await Promise.all(this.unsubscribe.map((u) => u().catch(() => {})));
    this.dispatch('stop', 'agent stopping');
    await this.work;
  }

  protected override healthDetail(): Partial<AgentHealth> {
    return {
      shell: {
        url: this.browser.url, browserStartedAt: this.browser.startedAt?.toISOString() ?? null, restarts: this.restarts,
        browserMemoryMb: this.browser.memoryMb(), lastCrash: this.lastCrash, hubReachable: this.hub.reachable,
      },
    };
  }

  private dispatch(event: ShellEvent, reason: string): void {
    const { state, action } = nextShell(this.state, event);
    if (event === 'browser-exited' || event === 'hung' || event === 'renderer-crashed') {
      if (this.state !== 'stopped') {
        this.log.warn({ event, reason, state: this.state }, 'browser crash; recovering');
        this.crash ??= { at: new Date(), reason, t0: performance.now() };
      }
    }
    if (state !== this.state) this.log.info({ from: this.state, to: state, event }, 'kiosk shell');
    this.state = state;
    if (action !== 'none') this.work = this.work.then(() => this.perform(action)).catch((err: Error) => {
      this.log.error({ action, err: err.message }, 'kiosk shell action failed');
      // A browser that will not start is tried again shortly; the screen must not stay dark.
      if (action === 'launch' || action === 'relaunch') setTimeout(() => this.dispatch('browser-exited', `start failed: ${err.message}`), 1000).unref();
    });
  }

  private async perform(action: ShellAction): Promise<void> {
    switch (action) {
      case 'launch':
      case 'relaunch':
        if (action === 'relaunch') {
          this.restarts++;
          this.browser.kill(); // a hung browser does not close politely
        }
        await this.browser.launch();
        this.dispatch('launched', 'browser started');
        await this.showPage();
        return this.recovered();
      case 'reload':
        if (!(await this.browser.reload())) this.dispatch('hub-down', 'reload failed');
        return this.recovered();
      case 'show-page':
        return this.showPage();
      case 'show-paused':
        return this.browser.showPaused();
      case 'close':
        return this.browser.close();
      case 'none':
        return;
    }
  }

  private async showPage(): Promise<void> {
    if (!(await this.browser.show(this.pageUrl))) this.dispatch('hub-down', 'the page did not load');
  }

  /** After a crash: the page (or the paused page) is back; report how long it took. */
  private recovered(): void {
    const crash = this.crash;
    if (!crash) return;
    this.crash = null;
    this.lastCrash = { at: crash.at.toISOString(), reason: crash.reason, recoveredMs: Math.round(performance.now() - crash.t0) };
    this.log.warn({ ...this.lastCrash }, 'kiosk shell recovered from a crash');
    this.bus?.publish('deviceCrash', { deviceId: this.deviceId }, this.lastCrash)
      .catch((err: Error) => this.log.warn({ err: err.message }, 'crash report not published'));
    this.beat();
  }

  private async command(cmd: ShellCommand): Promise<void> {
    const done = this.answered.get(cmd.correlationId);
    if (done) return this.answer(done);
    const received = Date.now();
    let result: Omit<ShellResult, 'correlationId' | 'at' | 'url'>;
    try {
      result = await this.carryOut(cmd);
    } catch (err) {
      result = { ok: false, detail: (err as Error).message.slice(0, 300) };
    }
    // Counted from receipt on this agent's clock: a command that waited too long is answered, not obeyed late.
    if (Date.now() - received > cmd.ttlMs) result = { ok: false, detail: 'took longer than the command was worth' };
    const answer: ShellResult = { correlationId: cmd.correlationId, url: this.browser.url, at: new Date().toISOString(), ...result };
    this.answered.set(cmd.correlationId, { ...answer, screenshot: undefined });
    if (this.answered.size > REMEMBER) this.answered.delete(this.answered.keys().next().value!);
    await this.answer(answer);
  }

  private async carryOut(cmd: ShellCommand): Promise<Omit<ShellResult, 'correlationId' | 'at' | 'url'>> {
    await this.work; // a launch or page change under way finishes first
    if (this.state !== 'showing' && this.state !== 'paused') return { ok: false, detail: `the browser is ${this.state}` };
    switch (cmd.action) {
      case 'ping':
        return { ok: true, detail: `${this.state}; up ${Math.round((Date.now() - (this.browser.startedAt?.getTime() ?? Date.now())) / 1000)} s` };
      case 'reload':
        if (this.state === 'paused') return { ok: false, detail: 'service paused: the hub is not answering' };
        return (await this.browser.reload()) ? { ok: true, detail: 'reloaded' } : { ok: false, detail: 'reload failed' };
      case 'navigate': {
        if (this.state === 'paused') return { ok: false, detail: 'service paused: the hub is not answering' };
        const url = new URL(cmd.path!, this.opts.hubUrl).toString();
        return (await this.browser.show(url)) ? { ok: true, detail: `showing ${cmd.path}` } : { ok: false, detail: 'the page did not load' };
      }
      case 'screenshot':
        return { ok: true, detail: 'screenshot', screenshot: await this.browser.screenshot() };
    }
  }

  private async answer(result: ShellResult): Promise<void> {
    await this.bus?.publish('shellResult', { deviceId: this.deviceId }, result)
      .catch((err: Error) => this.log.warn({ err: err.message }, 'shell answer not published'));
  }
}
