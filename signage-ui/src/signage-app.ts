import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Manifest, RealtimeConfig, ViewerInfo, type AlertCommand, type CallEvent, type Layout, type NowCalling } from '@jobhall/hub-server/contract';
import { RealtimeController, api, tokens } from '@jobhall/ui-kit';
import { applyCall, applySnapshot, emptyBoard, type CallBoard } from './call-board.ts';
import { VoiceController, voiceOptions } from './voice/voice-controller.ts';
import { feedIndex, type LiveData } from './live.ts';
import { covering, fromCommand, fromPublic, prune, type HeldAlerts } from './player/alerts.ts';
import type { Played, Stage } from './player/player.ts';
import { PlayerDriver, previewClock, wallClock } from './screen/driver.ts';
import { ScreenDuties } from './screen/duties.ts';
import { getValue, setValue } from './screen/local-store.ts';
import { modeOf } from './screen/mode.ts';
import { RevisionLoader } from './screen/revisions.ts';
import './signage-stage.ts';
import './signage-alert.ts';
import './events.ts';

declare global {
  interface Window {
    /** Set when a call is on screen: read by the benchmark (call → render) and by browser tests. */
    __jobhallRendered?: Array<{ seq: number; at: number }>;
    /** What the screen shows, for tests, benchmarks and a look from afar. */
    __signage?: {
      revision: number;
      layoutId: string | null;
      rendered: Array<{ revision: number; at: number }>;
      alerts: Array<{ id: string | null; at: number }>;
      /** The last slides that came on screen, and how many have since the page loaded. */
      slides: Array<{ region: string; slideId: string; at: number }>;
      changes: number;
    };
  }
}

const mode = modeOf(location.search);
const wallNow = () => performance.timeOrigin + performance.now();
const REALTIME_KEY = 'jobhall-signage:realtime';
/** The hub's answer about the broker, kept for a reload with the hub away. */
const configCache = {
  load: () => {
    const r = RealtimeConfig.safeParse(JSON.parse(localStorage.getItem(REALTIME_KEY) ?? 'null'));
    return r.success ? r.data : null;
  },
  save: (c: RealtimeConfig) => localStorage.setItem(REALTIME_KEY, JSON.stringify(c)),
};

/**
 * A lobby screen. It plays its revision's layout and schedule on its own clock (player/), takes revisions,
 * alerts and live data over MQTT, and keeps what it plays on disk so a reload with the hub away starts from
 * it. The call panel — now calling, waiting counts, the spoken call — is one region of a layout.
 */
@customElement('signage-app')
export class SignageApp extends LitElement {
  @state() private board: CallBoard = emptyBoard;
  @state() private live: LiveData = { hallName: { zh: '', en: '' }, timezone: 'Asia/Shanghai', jobs: new Map(), feedOf: new Map(), fairs: null, waiting: [], online: false };
  @state() private held: HeldAlerts = [];
  @state() private zoneId: string | null = mode.kind === 'viewer' ? mode.zone : mode.kind === 'preview' ? mode.zone : null;
  private readonly realtime = new RealtimeController(this, { configCache, ...(mode.kind === 'screen' ? { device: { id: mode.id, secret: mode.key, kind: 'signage-screen' as const } } : {}) });
  private readonly voice = new VoiceController(this, voiceOptions(location.search));
  private readonly driver = new PlayerDriver(this, (p) => this.played(p), mode.kind === 'screen' ? wallClock : previewClock(mode.kind === 'preview' ? mode.at : null, mode.speed));
  private readonly duties = mode.kind === 'screen' ? new ScreenDuties(mode.id, mode.key, this.realtime, () => this.nowShowing(), () => this) : null;
  private loader: RevisionLoader | null = null;
  private alertTimer: ReturnType<typeof setTimeout> | null = null;
  private wasOnline = false;
  /** The cue on screen in each region at the last render, to count slide changes. */
  private readonly shownKeys = new Map<string, string>();

  static override styles = [tokens, css`
    :host { display: block; width: 100vw; height: 100vh; overflow: hidden; background: #0d1b2a; color: #fff; }
    signage-stage.upcoming { position: fixed; inset: 0; visibility: hidden; }
    .waiting { height: 100%; display: flex; align-items: center; justify-content: center; font-size: 36px; color: #cfe3ff; }
    #enable-sound { position: fixed; right: 24px; bottom: 24px; z-index: 5; font: inherit; font-size: 22px; cursor: pointer; background: #ffd166; color: #0d1b2a; border: 0; border-radius: 10px; padding: 8px 16px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    window.__jobhallRendered = [];
    window.__signage = { revision: 0, layoutId: null, rendered: [], alerts: [], slides: [], changes: 0 };
    const rt = this.realtime;
    rt.on('nowCalling', (snap: NowCalling) => {
      this.board = applySnapshot(this.board, snap);
      this.setLive({ waiting: snap.waiting });
    });
    rt.on('calls', (call: CallEvent) => {
      const next = applyCall(this.board, call);
      if (!next) return;
      this.board = next;
      // Only live calls are spoken, and only where a call panel is on screen.
      if (this.layout()?.regions.some((r) => r.kind === 'calls')) this.voice.announce(call);
    });
    rt.on('alerts', (list) => this.setHeld(fromPublic(this.held, list)));
    rt.on('jobFeed', (feed) => this.setLive({ jobs: new Map(this.live.jobs).set(feed.feedId, feed) }));
    rt.on('fairsFeed', (fairs) => this.setLive({ fairs }));
    void this.boot();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.duties?.stop();
    if (this.alertTimer) clearTimeout(this.alertTimer);
  }

  private async boot(): Promise<void> {
    if (mode.kind === 'preview') {
      const q = mode.screen ? `screen=${mode.screen}` : `zone=${mode.zone ?? ''}`;
      this.show(await api(`/api/signage/preview?${q}`, Manifest));
      return;
    }
    const audience = mode.kind === 'screen' ? `screen:${mode.id}` : `zone:${this.zoneId ?? (await this.viewerZone())}`;
    this.setHeld(prune((await getValue<HeldAlerts>(`alerts:${audience}`).catch(() => undefined)) ?? [], Date.now()).held);
    this.loader = new RevisionLoader(audience, (m) => this.show(m), this.duties ? (r) => this.duties!.report(r) : null);
    const cached = await this.loader.boot().catch(() => null);
    if (cached) this.show(cached);
    const loader = this.loader;
    if (mode.kind === 'screen') {
      this.realtime.on('signageRevision', (c) => void loader.desired({ revision: c.revision, manifest: c.manifest, correlationId: c.correlationId }), { deviceId: mode.id });
      this.realtime.on('signageAlert', (c) => this.alertCommand(c), { deviceId: mode.id });
      this.duties!.start();
    } else {
      this.realtime.on('zoneRevision', (r) => void loader.desired({ revision: r.revision, manifest: r.manifest, correlationId: null }), { zoneId: this.zoneId! });
    }
  }

  /** The zone a plain page plays: the hub says (the lobby); remembered for a reload with the hub away. */
  private async viewerZone(): Promise<string> {
    try {
      const { zoneId } = await api('/api/signage/viewer', ViewerInfo);
      await setValue('viewer-zone', zoneId);
      this.zoneId = zoneId;
    } catch {
      this.zoneId = (await getValue<string>('viewer-zone').catch(() => undefined)) ?? 'lobby';
    }
    return this.zoneId!;
  }

  private show(m: Manifest): void {
    if (mode.kind === 'screen') this.zoneId = m.audience.zoneId;
    this.setLive({ hallName: m.hall.name, timezone: m.hall.timezone, feedOf: feedIndex(m.jobFeeds) });
    this.driver.content(m, mode.kind === 'screen' ? mode.id : mode.kind === 'preview' ? mode.screen : null);
  }

  private setLive(patch: Partial<LiveData>): void {
    this.live = { ...this.live, ...patch };
  }

  private alertCommand(c: AlertCommand): void {
    this.setHeld(fromCommand(this.held, c, Date.now()));
    // Acknowledged once it is drawn (or gone from the screen, for a clear).
    void this.updateComplete.then(() => this.duties?.ack({ correlationId: c.correlationId, alertId: c.alert.id, action: c.action, at: new Date().toISOString() }));
  }

  /** Holds these alerts, covers the screen with the one that applies, and wakes when the next runs out. */
  private setHeld(held: HeldAlerts): void {
    const { held: live, next } = prune(held, Date.now());
    this.held = live;
    if (this.loader) void setValue(`alerts:${mode.kind === 'screen' ? `screen:${mode.id}` : `zone:${this.zoneId}`}`, live).catch(() => {});
    if (this.alertTimer) clearTimeout(this.alertTimer);
    if (next !== null) this.alertTimer = setTimeout(() => this.setHeld(this.held), Math.min(next - Date.now() + 5, 2 ** 31 - 1));
  }

  private covering() {
    return this.zoneId ? covering(this.held, this.zoneId, Date.now()) : null;
  }

  private played(p: Played[]): void {
    this.duties?.played(p);
  }

  private layout(stage: Stage | null = this.driver.state.current): Layout | undefined {
    return stage?.content.input.layouts.find((l) => l.id === stage.layoutId);
  }

  private nowShowing() {
    const cur = this.driver.state.current;
    const region = Object.entries(cur?.regions ?? {}).find(([, r]) => r?.phase === 'showing');
    const r = region?.[1];
    return {
      revision: cur?.content.revision ?? 0,
      slide: r?.phase === 'showing' ? { region: region![0], playlistId: r.now.cue.playlistId, slideId: r.now.cue.slide.id } : null,
      alertId: this.covering()?.id ?? null,
    };
  }

  protected override willUpdate(): void {
    this.driver.cover(!!this.covering());
    const online = this.realtime.state === 'online';
    if (online !== this.live.online) this.live = { ...this.live, online };
    if (online && !this.wasOnline) this.duties?.connected();
    this.wasOnline = online;
  }

  protected override updated(): void {
    const seq = this.board.current?.seq;
    const calls = window.__jobhallRendered!;
    if (seq && calls.at(-1)?.seq !== seq) calls.push({ seq, at: wallNow() });
    const s = window.__signage!;
    const cur = this.driver.state.current;
    const showing = cur && Object.values(cur.regions).some((r) => r?.phase === 'showing');
    if (cur && showing && s.rendered.at(-1)?.revision !== cur.content.revision) s.rendered.push({ revision: cur.content.revision, at: wallNow() });
    s.revision = cur?.content.revision ?? 0;
    s.layoutId = cur?.layoutId ?? null;
    const alert = this.covering()?.id ?? null;
    if ((s.alerts.at(-1)?.id ?? null) !== alert) s.alerts.push({ id: alert, at: wallNow() });
    for (const [region, r] of Object.entries(cur?.regions ?? {})) {
      if (r?.phase !== 'showing' || this.shownKeys.get(region) === r.now.cue.key) continue;
      this.shownKeys.set(region, r.now.cue.key);
      s.changes++;
      s.slides.push({ region, slideId: r.now.cue.slide.id, at: wallNow() });
      if (s.slides.length > 50) s.slides.shift();
    }
  }

  private onCueLoaded(e: HTMLElementEventMap['cue-loaded']): void {
    this.driver.loaded(e.detail.stage, e.detail.key, e.detail.ok);
  }

  override render() {
    const { current, upcoming } = this.driver.state;
    const alert = this.covering();
    const stage = (st: Stage, cls: string) => {
      const layout = this.layout(st);
      return layout ? html`<signage-stage class=${cls} .stage=${st} .layout=${layout} .live=${this.live} .board=${this.board}></signage-stage>` : nothing;
    };
    return html`<div @cue-loaded=${this.onCueLoaded} style="height:100%">
        ${current ? stage(current, 'current') : html`<div class="waiting">${this.live.hallName.zh || '正在载入 · Loading'}</div>`}
        ${upcoming ? stage(upcoming, 'upcoming') : nothing}
      </div>
      ${alert ? html`<signage-alert .alert=${alert}></signage-alert>` : nothing}
      ${this.voice.blocked ? html`<button id="enable-sound" @click=${() => this.voice.unlock()}>点击启用语音播报 · Click to enable sound</button>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-app': SignageApp;
  }
}
