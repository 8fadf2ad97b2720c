import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { DeviceHealth, FlowSummary, HallView, Module, ServiceView } from '@jobhall/hub-server/contract';
import { RealtimeController, buttons, setDocumentLang, t, tokens, typeScale, type Lang } from '@jobhall/ui-kit';
import { loadCatalogue } from './data.ts';
import type { CardRead, KioskMessage, NavigateDetail } from './events.ts';
import { IdleController } from './idle-controller.ts';
import { m } from './messages.ts';
import { ROUTES } from './routes.ts';
import { KioskHistory } from './routing/kiosk-history.ts';
import { resolve, type KioskSession, type Resolved } from './routing/route.ts';
import { target } from './routing/paths.ts';
import { jm } from './jobs/messages.ts';
import type { ScreenReader } from './speech/screen-reader.ts';
import { visitorHeaders, type Visitor } from './jobs/visitor.ts';
import './kiosk-top-bar.ts';
import './kiosk-home.ts';
import './kiosk-idle-warning.ts';

const params = new URLSearchParams(location.search);
/** 60 s without a touch, then a 20 s warning (WCAG 2.2.1); ?idle= shortens it for tests and drills. */
const IDLE_SECONDS = Number(params.get('idle') ?? 60);
const WARN_SECONDS = Number(params.get('warn') ?? 20);
/** The kiosk shell opens the page with the kiosk's key; it lets this page use the kiosk's card reader. */
const KIOSK_KEY = params.get('key') ?? '';
const SEEKER_SIGN_IN = ROUTES.find((r) => r.id === 'seeker-sign-in')!;

/**
 * The touch kiosk's root: the visitor's session at this machine (language, who is signed in, a card just read)
 * and the routing between screens by address (routes.ts). Screens get the session as properties and fire
 * events; each screen does its own work. Nothing a visitor entered outlives the idle reset.
 */
@customElement('kiosk-app')
export class KioskApp extends LitElement {
  @state() private locale: Lang = params.get('lang') === 'en' ? 'en' : 'zh';
  @state() private catalogue: { services: ServiceView[]; modules: Module[]; hall: HallView; flows: FlowSummary[] } | null = null;
  @state() private loadFailed = false;
  /** A seeker or employer signed in at this kiosk; memory only, dropped on 首页 and on idle reset. */
  @state() private visitor: Visitor | null = null;
  @state() private cardRead: CardRead | null = null;
  /** The banner under the top bar: a confirmation or a refusal, until the next step. */
  @state() private message: KioskMessage | null = null;
  @state() private printer: DeviceHealth | null = null;
  /** The route on screen: it changes once the next screen's code has loaded, so the old one stays until then. */
  @state() private shown: Resolved | null = null;
  @state() private screenFailed = false;
  /**
   * 语音 and 大字: the visitor's, for the whole visit (every screen, either language, 首页 too) and gone at the
   * idle reset like everything else of theirs. The screen reader's code loads the first time speech is on.
   */
  @state() private speech = false;
  @property({ type: Boolean, reflect: true, attribute: 'large-type' }) largeType = false;
  private reader: ScreenReader | null = null;
  private routing = 0;

  private readonly realtime = new RealtimeController(this);
  private readonly history = new KioskHistory(this, () => this.locale, () => void this.route());
  private readonly idle = new IdleController(this, IDLE_SECONDS, WARN_SECONDS, () => this.reset(), () => this.inSession());

  static override styles = [tokens, typeScale, buttons, css`
    :host { display: flex; flex-direction: column; min-height: 100vh; background: var(--jh-wash); }
    main { flex: 1; display: flex; flex-direction: column; }
    main > * { flex: none; }
    main > kiosk-home { flex: 1; }
    /* 大字: the screen and its banners grow together; the top bar keeps its place and size. */
    main, .banner { zoom: var(--jh-type-scale); }
    .banner { padding: 12px 32px; font-size: 24px; font-weight: 700; }
    .banner.warn { background: var(--jh-warn-bg); color: var(--jh-warn-ink); }
    .banner.danger { background: var(--jh-danger-bg); color: var(--jh-danger-ink); }
    .banner.ok { background: #e3f4e8; color: var(--jh-ok); }
    /* A confirmation or refusal answers the button just pressed, which is often far down a long page: it stays in
       view at the top of the screen while the visitor scrolls, instead of appearing unseen above the fold. */
    .banner.ok, .banner.danger { position: sticky; top: 0; z-index: 5; box-shadow: 0 4px 12px rgb(0 0 0 / 0.15); }
    .banner.visitor { background: var(--jh-paper); display: flex; gap: 16px; align-items: center; }
    .banner.visitor .btn { min-height: 64px; font-size: 20px; }
    .center { padding: 48px; font-size: 30px; text-align: center; }
  `];

  private get kioskId(): string {
    return params.get('kiosk') ?? this.catalogue?.hall.kiosks[0]?.id ?? '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    setDocumentLang(this.locale);
    void this.load();
    this.realtime.on('deviceHealth', (health) => {
      const kiosk = this.catalogue?.hall.kiosks.find((k) => k.id === this.kioskId);
      if (kiosk?.printer === health.id) this.printer = health;
    });
  }

  private async load() {
    try {
      this.catalogue = await loadCatalogue();
      this.loadFailed = false;
      await this.route();
    } catch {
      this.loadFailed = true;
      setTimeout(() => void this.load(), 3000);
    }
  }

  /** Resolves the address to a route and loads its screen; an address that names nothing goes home. */
  private async route(): Promise<void> {
    if (!this.catalogue) return;
    const seq = ++this.routing;
    const found = resolve(ROUTES, this.history.path, this.history.query, this.catalogue.flows);
    if (!found) {
      this.history.go({ to: '', replace: true });
      return;
    }
    try {
      // A screen for signed-in seekers may have to show the sign-in first: its code comes along.
      await Promise.all([found.route.load?.(), found.route.needs === 'seeker' ? SEEKER_SIGN_IN.load?.() : undefined]);
      this.screenFailed = false;
    } catch {
      // The screen's code did not arrive (a network blip, a hub restarting): said, and tried again while the
      // visitor is still on this address.
      this.screenFailed = true;
      setTimeout(() => {
        if (seq === this.routing) void this.route();
      }, 3000);
    }
    if (seq === this.routing) this.shown = found;
  }

  private get session(): KioskSession | null {
    const c = this.catalogue;
    if (!c) return null;
    return { locale: this.locale, visitor: this.visitor, kioskId: this.kioskId, kioskKey: KIOSK_KEY, cardRead: this.cardRead, ...c };
  }

  private inSession(): boolean {
    return this.history.path !== '' || this.history.depth > 0 || this.locale !== 'zh' || this.visitor !== null || this.speech || this.largeType;
  }

  private go(d: NavigateDetail) {
    this.message = null;
    this.history.go(d);
  }

  /** 首页: the visitor's errand is over (a sign-in ends here), but the language they chose holds. */
  private home() {
    this.signOut();
    this.go({ to: '', fresh: true });
  }

  /** The idle reset: back to the first screen in Chinese, with nothing of the last visitor left. */
  private reset() {
    this.signOut();
    this.message = null;
    this.locale = 'zh';
    setDocumentLang('zh');
    void this.setSpeech(false);
    this.largeType = false;
    sessionStorage.clear();
    this.history.restart();
  }

  /** Ends a visitor's sign-in at the hub too, so the token is dead even if someone copied it. */
  private signOut() {
    const v = this.visitor;
    this.visitor = null;
    this.cardRead = null;
    // The hub's sign-out ends any kiosk visitor's token, seeker or employer alike; keepalive lets it finish
    // even when the page moves on at once.
    if (v) void fetch('/api/seekers/sign-out', { method: 'POST', headers: visitorHeaders(v), keepalive: true }).catch(() => {});
  }

  private toggleLang() {
    this.locale = this.locale === 'zh' ? 'en' : 'zh';
    setDocumentLang(this.locale);
    this.history.rewrite();
  }

  private async setSpeech(on: boolean) {
    this.speech = on;
    if (!on) {
      this.reader?.stop();
      this.reader = null;
      return;
    }
    const { ScreenReader } = await import('./speech/screen-reader.ts');
    if (!this.speech || this.reader) return;
    this.reader = new ScreenReader(this.renderRoot as ShadowRoot, () => this.locale);
    this.reader.start(t(m.speechOn, this.locale));
  }

  /** A seeker signed in or registered: the screen that asked for it goes on, or the sign-in screen leads on. */
  private seekerSignedIn(session: HTMLElementEventMap['seeker-signed-in']['detail']) {
    this.visitor = { kind: 'seeker', token: session.token, seeker: session.seeker };
    this.cardRead = null;
    const next = this.shown?.route.afterSignIn?.(this.shown.query);
    if (next !== undefined) this.go({ to: next, replace: true });
  }

  /** A job from a list; one opened from simple mode keeps its very large type. */
  private openJob(id: number) {
    this.go({ to: this.history.query.get('simple') === '1' ? `jobs/${id}?simple=1` : `jobs/${id}` });
  }

  private wantSignIn() {
    if (this.shown?.route.signIn === 'employer') return this.go({ to: 'employer' });
    this.go({ to: target('seekers/sign-in', { next: target(this.history.path, this.history.query) }) });
  }

  private cardUnregistered(card: CardRead) {
    this.cardRead = card;
    this.go({ to: 'seekers/register', replace: true });
    this.message = { tone: 'ok', text: jm.cardNotRegistered };
  }

  private renderScreen(s: KioskSession) {
    const shown = this.shown;
    if (!shown) return html`<div class="center">${t(m.loading, this.locale)}</div>`;
    if (this.screenFailed) return html`<div class="center">${t(m.error, this.locale)}</div>`;
    // A screen for signed-in seekers shows the sign-in in its place, and itself once the visitor is known.
    if (shown.route.needs === 'seeker' && s.visitor?.kind !== 'seeker') {
      return keyed(this.history.path, SEEKER_SIGN_IN.render({ params: {}, query: new URLSearchParams(), session: s }));
    }
    // Keyed by address: another address is a fresh screen, whatever element it shares with the last one.
    return keyed(this.history.path, shown.route.render({ params: shown.params, query: shown.query, flow: shown.flow, session: s }));
  }

  private renderVisitor() {
    const v = this.visitor;
    if (!v) return nothing;
    const who = v.kind === 'employer' ? v.employerName : `${v.seeker.nameMasked} · ${v.seeker.idMasked}`;
    return html`<div class="banner visitor" id="visitor">${t(jm.signedInAs, this.locale)} · ${who}
      ${v.kind === 'seeker'
        ? html`<button class="btn secondary" id="my-jobs" @click=${() => this.go({ to: 'matches' })}>${t(jm.myJobs, this.locale)}</button>`
        : nothing}
      <button class="btn secondary" id="sign-out" @click=${() => this.home()}>${t(jm.signOut, this.locale)}</button></div>`;
  }

  override render() {
    const printerDown = this.printer && (this.printer.state !== 'online' || this.printer.faults.length > 0);
    const s = this.session;
    const msg = this.message;
    return html`
      <kiosk-top-bar .hallName=${this.catalogue?.hall.name ?? { zh: '', en: '' }} .locale=${this.locale} ?canGoBack=${this.history.depth > 0}
        ?speech=${this.speech} ?largeType=${this.largeType}
        @go-home=${() => this.home()} @go-back=${() => this.history.back()} @toggle-lang=${() => this.toggleLang()}
        @toggle-speech=${() => void this.setSpeech(!this.speech)} @toggle-large-type=${() => (this.largeType = !this.largeType)}></kiosk-top-bar>
      ${this.realtime.state === 'offline' ? html`<div class="banner warn" role="status">${t(m.offline, this.locale)}</div>` : nothing}
      ${printerDown ? html`<div class="banner warn" id="printer-banner" role="status">${t(m.printerBanner, this.locale)}</div>` : nothing}
      ${msg?.tone === 'problem' ? html`<div class="banner danger" id="problem" role="alert">${t(msg.text, this.locale)}</div>` : nothing}
      ${msg?.tone === 'ok' ? html`<div class="banner ok" id="notice" role="status">${t(msg.text, this.locale)}</div>` : nothing}
      ${this.renderVisitor()}
      <main @navigate=${(e: HTMLElementEventMap['navigate']) => this.go(e.detail)} @go-home=${() => this.home()}
        @cancel-flow=${() => this.history.back()}
        @open-job=${(e: HTMLElementEventMap['open-job']) => this.openJob(e.detail)}
        @want-sign-in=${() => this.wantSignIn()}
        @kiosk-message=${(e: HTMLElementEventMap['kiosk-message']) => (this.message = e.detail)}
        @screen-query=${(e: HTMLElementEventMap['screen-query']) => this.history.rewrite(new URLSearchParams(e.detail))}
        @seeker-signed-in=${(e: HTMLElementEventMap['seeker-signed-in']) => this.seekerSignedIn(e.detail)}
        @employer-signed-in=${(e: HTMLElementEventMap['employer-signed-in']) => {
          this.visitor = { kind: 'employer', token: e.detail.token, employerName: e.detail.employer.name, employerId: e.detail.employer.id };
        }}
        @card-unregistered=${(e: HTMLElementEventMap['card-unregistered']) => this.cardUnregistered(e.detail)}>
        ${this.loadFailed ? html`<div class="center">${t(m.error, this.locale)}</div>` : s ? this.renderScreen(s) : html`<div class="center">${t(m.loading, this.locale)}</div>`}
      </main>
      ${this.idle.state.phase === 'warning'
        ? html`<kiosk-idle-warning .secondsLeft=${this.idle.state.secondsLeft} .locale=${this.locale} @more-time=${() => this.idle.touch()}></kiosk-idle-warning>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-app': KioskApp;
  }
}
