import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { DeviceHealth, Module, ServiceGuide } from '@jobhall/hub-server/contract';
import { Appointment, SmsOptInResult, Ticket } from '@jobhall/hub-server/contract';
import { ApiProblem, RealtimeController, api, buttons, setDocumentLang, t, tokens, type Lang } from '@jobhall/ui-kit';
import { loadCatalogue, loadGuide, type HallView, type ServiceView } from './data.ts';
import { IdleController } from './idle-controller.ts';
import { m } from './messages.ts';
import { followPrint } from './print-tracker.ts';
import { printPhaseOf, type BookSlotEvent, type NavigateEvent, type Screen, type TakeTicketEvent } from './screens.ts';
import './kiosk-top-bar.ts';
import './kiosk-home.ts';
import './kiosk-service-list.ts';
import './kiosk-service-page.ts';
import './kiosk-ticket-options.ts';
import './kiosk-ticket-view.ts';
import './kiosk-idle-warning.ts';
import './kiosk-number-pad.ts';
import './kiosk-booking.ts';
import './kiosk-booked.ts';

const params = new URLSearchParams(location.search);
/** 60 s without a touch, then a 20 s warning (WCAG 2.2.1); ?idle= shortens it for tests and drills. */
const IDLE_SECONDS = Number(params.get('idle') ?? 60);
const WARN_SECONDS = Number(params.get('warn') ?? 20);

/**
 * The touch kiosk. It owns all state; screens get properties and fire events. Nothing a visitor entered
 * outlives their session: the idle reset puts every field back to its first value.
 */
@customElement('kiosk-app')
export class KioskApp extends LitElement {
  @state() private locale: Lang = 'zh';
  @state() private screen: Screen = { name: 'home' };
  @state() private history: Screen[] = [];
  @state() private modules: Module[] = [];
  @state() private services: ServiceView[] = [];
  @state() private hall: HallView | null = null;
  @state() private guide: ServiceGuide | null | undefined = undefined;
  @state() private busy = false;
  @state() private problem: string | null = null;
  @state() private printer: DeviceHealth | null = null;
  @state() private loadFailed = false;

  private readonly realtime = new RealtimeController(this);
  private readonly idle = new IdleController(this, IDLE_SECONDS, WARN_SECONDS, () => this.reset(), () => this.inSession());
  private work = new AbortController();

  static override styles = [tokens, buttons, css`
    :host { display: flex; flex-direction: column; min-height: 100vh; background: var(--jh-wash); }
    main { flex: 1; }
    .banner { padding: 12px 32px; font-size: 24px; font-weight: 700; }
    .banner.warn { background: var(--jh-warn-bg); color: var(--jh-warn-ink); }
    .banner.danger { background: var(--jh-danger-bg); color: var(--jh-danger-ink); }
    .center { padding: 48px; font-size: 30px; text-align: center; }
  `];

  get kioskId(): string | undefined {
    return params.get('kiosk') ?? this.hall?.kiosks[0]?.id;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = params.get('lang') === 'en' ? 'en' : 'zh';
    setDocumentLang(this.locale);
    void this.load();
    this.realtime.on('deviceHealth', (health) => {
      const kiosk = this.hall?.kiosks.find((k) => k.id === this.kioskId);
      if (kiosk?.printer === health.id) this.printer = health;
    });
  }

  private async load() {
    try {
      const { services, modules, hall } = await loadCatalogue();
      Object.assign(this, { services, modules, hall, loadFailed: false });
    } catch {
      this.loadFailed = true;
      setTimeout(() => void this.load(), 3000);
    }
  }

  private inSession(): boolean {
    return this.screen.name !== 'home' || this.locale !== 'zh' || this.history.length > 0;
  }

  /** The idle reset: back to the first screen in Chinese, with nothing of the last visitor left. */
  private reset() {
    this.work.abort();
    this.work = new AbortController();
    this.screen = { name: 'home' };
    this.history = [];
    this.guide = undefined;
    this.problem = null;
    this.busy = false;
    this.locale = 'zh';
    setDocumentLang('zh');
    sessionStorage.clear();
  }

  private go(screen: Screen, remember = true) {
    this.problem = null;
    if (screen.name === 'home') {
      this.reset();
      return;
    }
    if (remember) this.history = [...this.history, this.screen];
    this.screen = screen;
    if (screen.name === 'service') {
      this.guide = undefined;
      loadGuide(screen.serviceId).then(
        (g) => (this.guide = g),
        () => (this.guide = null),
      );
    }
  }

  private back() {
    const prev = this.history.at(-1);
    if (!prev) return this.go({ name: 'home' });
    this.history = this.history.slice(0, -1);
    this.go(prev, false);
  }

  private async takeTicket(e: TakeTicketEvent) {
    await this.run(async (signal) => {
      const ticket = await api('/api/tickets', Ticket, {
        method: 'POST', body: { serviceId: e.detail.serviceId, priority: e.detail.priority, kioskId: this.kioskId }, signal,
      });
      await this.showTicket(ticket, signal);
    });
  }

  /** A booking's code entered on the number pad: the booking becomes a ticket, shown like any other. */
  private async checkIn(code: string) {
    if (this.screen.name !== 'check-in') return;
    this.screen = { name: 'check-in', error: '', busy: true };
    const signal = this.work.signal;
    try {
      const ticket = await api('/api/appointments/check-in', Ticket, { method: 'POST', body: { code, kioskId: this.kioskId }, signal });
      await this.showTicket(ticket, signal);
    } catch (err) {
      if ((err as Error).name === 'AbortError' || this.screen.name !== 'check-in') return;
      this.screen = { name: 'check-in', busy: false, error: err instanceof ApiProblem && err.text ? t(err.text, this.locale) : t(m.error, this.locale) };
    }
  }

  private async bookSlot(e: BookSlotEvent) {
    await this.run(async (signal) => {
      const appointment = await api('/api/appointments', Appointment, {
        method: 'POST', body: { serviceId: e.detail.serviceId, slotStart: e.detail.slotStart, kioskId: this.kioskId }, signal,
      });
      this.history = [];
      const kiosk = this.hall?.kiosks.find((k) => k.id === this.kioskId);
      this.screen = { name: 'booked', appointment, slip: !!kiosk?.printer };
    });
  }

  /** Runs one visitor action with the busy flag, and turns a refusal into the banner sentence. */
  private async run(action: (signal: AbortSignal) => Promise<void>) {
    if (this.busy) return;
    this.busy = true;
    this.problem = null;
    try {
      await action(this.work.signal);
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      this.problem = err instanceof ApiProblem && err.text ? t(err.text, this.locale) : t(m.error, this.locale);
    } finally {
      this.busy = false;
    }
  }

  /** The ticket screen, then the paper: it follows the print job until printed, or shows the ticket on screen. */
  private async showTicket(ticket: Ticket, signal: AbortSignal) {
    this.history = [];
    this.screen = { name: 'ticket', ticket, printPhase: printPhaseOf(ticket), sms: { step: 'none' } };
    if (printPhaseOf(ticket) !== 'printing') return;
    const final = await followPrint(ticket, signal);
    if (this.screen.name === 'ticket' && this.screen.ticket.id === ticket.id) {
      const phase = printPhaseOf(final);
      this.screen = { ...this.screen, ticket: final, printPhase: phase === 'printing' ? 'on-screen' : phase };
    }
  }

  /** The SMS reminder: the number goes to the hub once and only its masked form stays on screen. */
  private async sendPhone(phone: string) {
    const s = this.screen;
    if (s.name !== 'ticket') return;
    this.screen = { ...s, sms: { step: 'entering', error: '', busy: true } };
    try {
      const res = await api(`/api/tickets/${s.ticket.id}/sms`, SmsOptInResult, { method: 'POST', body: { phone }, signal: this.work.signal });
      if (this.screen.name === 'ticket') this.screen = { ...this.screen, sms: { step: 'set', phoneMasked: res.phoneMasked } };
    } catch (err) {
      if ((err as Error).name === 'AbortError' || this.screen.name !== 'ticket') return;
      const msg = err instanceof ApiProblem ? (err.text ? t(err.text, this.locale) : err.status === 400 ? t(m.smsHint, this.locale) : err.message) : t(m.error, this.locale);
      this.screen = { ...this.screen, sms: { step: 'entering', error: msg, busy: false } };
    }
  }

  private toggleLang() {
    this.locale = this.locale === 'zh' ? 'en' : 'zh';
    setDocumentLang(this.locale);
  }

  private renderScreen() {
    const s = this.screen;
    const service = (id: string) => this.services.find((x) => x.id === id);
    switch (s.name) {
      case 'home':
        return html`<kiosk-home .modules=${this.modules} .locale=${this.locale}></kiosk-home>`;
      case 'ticket-menu':
        return html`<kiosk-service-list toTicket .heading=${m.takeTicket} .services=${this.services.filter((x) => x.ticket)} .locale=${this.locale}></kiosk-service-list>`;
      case 'module': {
        const mod = this.modules.find((x) => x.id === s.moduleId);
        return mod
          ? html`<kiosk-service-list .heading=${mod} .services=${this.services.filter((x) => x.module.id === mod.id)} .locale=${this.locale}></kiosk-service-list>`
          : nothing;
      }
      case 'service': {
        const sv = service(s.serviceId);
        return sv ? html`<kiosk-service-page .service=${sv} .guide=${this.guide} .locale=${this.locale}></kiosk-service-page>` : nothing;
      }
      case 'book': {
        const sv = service(s.serviceId);
        return sv ? html`<kiosk-booking .service=${sv} .busy=${this.busy} .locale=${this.locale}></kiosk-booking>` : nothing;
      }
      case 'booked':
        return html`<kiosk-booked .appointment=${s.appointment} .slip=${s.slip} .locale=${this.locale}></kiosk-booked>`;
      case 'check-in':
        return html`<kiosk-home .modules=${this.modules} .locale=${this.locale}></kiosk-home>
          <kiosk-number-pad .locale=${this.locale} .heading=${m.checkIn} .hint=${m.checkInHint} .digitsNeeded=${6}
            .busy=${s.busy} .error=${s.error}
            @number-entered=${(e: CustomEvent<string>) => void this.checkIn(e.detail)}
            @cancel=${() => this.go({ name: 'home' })}></kiosk-number-pad>`;
      case 'ticket-options': {
        const sv = service(s.serviceId);
        return sv ? html`<kiosk-ticket-options .service=${sv} .busy=${this.busy} .locale=${this.locale}></kiosk-ticket-options>` : nothing;
      }
      case 'ticket':
        return html`<kiosk-ticket-view .ticket=${s.ticket} .printPhase=${s.printPhase} .locale=${this.locale}
            .smsTo=${s.sms.step === 'set' ? s.sms.phoneMasked : ''}
            @want-sms=${() => (this.screen = { ...s, sms: { step: 'entering', error: '', busy: false } })}></kiosk-ticket-view>
          ${s.sms.step === 'entering'
            ? html`<kiosk-number-pad .locale=${this.locale} .heading=${m.smsTitle} .hint=${m.smsHint} .digitsNeeded=${11}
                .busy=${s.sms.busy} .error=${s.sms.error}
                @number-entered=${(e: CustomEvent<string>) => void this.sendPhone(e.detail)}
                @cancel=${() => (this.screen = { ...s, sms: { step: 'none' } })}></kiosk-number-pad>`
            : nothing}`;
    }
  }

  override render() {
    const printerDown = this.printer && (this.printer.state !== 'online' || this.printer.faults.length > 0);
    return html`
      <kiosk-top-bar .hallName=${this.hall?.name ?? { zh: '', en: '' }} .locale=${this.locale} ?canGoBack=${this.history.length > 0}
        @go-home=${() => this.go({ name: 'home' })} @go-back=${() => this.back()} @toggle-lang=${() => this.toggleLang()}></kiosk-top-bar>
      ${this.realtime.state === 'offline' ? html`<div class="banner warn" role="status">${t(m.offline, this.locale)}</div>` : nothing}
      ${printerDown ? html`<div class="banner warn" id="printer-banner" role="status">${t(m.printerBanner, this.locale)}</div>` : nothing}
      ${this.problem ? html`<div class="banner danger" id="problem" role="alert">${this.problem}</div>` : nothing}
      <main @navigate=${(e: NavigateEvent) => this.go(e.detail)} @take-ticket=${(e: TakeTicketEvent) => void this.takeTicket(e)}
        @book-slot=${(e: BookSlotEvent) => void this.bookSlot(e)}>
        ${this.loadFailed
          ? html`<div class="center">${t(m.error, this.locale)}</div>`
          : this.hall
            ? this.renderScreen()
            : html`<div class="center">${t(m.loading, this.locale)}</div>`}
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
