import { LitElement, css, html, nothing } from 'lit';
import { z } from 'zod';
import { customElement, state } from 'lit/decorators.js';
import type { DeviceHealth, HallView, Module, ServiceGuide, ServiceView } from '@jobhall/hub-server/contract';
import { Appointment, ReferralsCreated, SmsOptInResult, Ticket, type Employer, type Seeker } from '@jobhall/hub-server/contract';
import { ApiProblem, RealtimeController, api, buttons, setDocumentLang, t, tokens, type Lang } from '@jobhall/ui-kit';
import { loadCatalogue, loadGuide } from './data.ts';
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
import './jobs/kiosk-job-search.ts';
import './jobs/kiosk-job-detail.ts';
import './jobs/kiosk-seeker-sign-in.ts';
import './jobs/kiosk-seeker-register.ts';
import './jobs/kiosk-matches.ts';
import './jobs/kiosk-vacancy-form.ts';
import './jobs/kiosk-complaint-form.ts';
import './jobs/kiosk-fairs.ts';
import './jobs/kiosk-employer-sign-in.ts';
import './jobs/kiosk-employer-dashboard.ts';
import './jobs/kiosk-entrust.ts';
import './jobs/kiosk-demand-survey.ts';
import './jobs/kiosk-interview-booking.ts';
import { jm } from './jobs/messages.ts';
import { visitorHeaders, type Visitor } from './jobs/visitor.ts';

const params = new URLSearchParams(location.search);
/** 60 s without a touch, then a 20 s warning (WCAG 2.2.1); ?idle= shortens it for tests and drills. */
const IDLE_SECONDS = Number(params.get('idle') ?? 60);
const WARN_SECONDS = Number(params.get('warn') ?? 20);
/** The kiosk shell opens the page with the kiosk's key; it lets this page use the kiosk's card reader. */
const KIOSK_KEY = params.get('key') ?? '';

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
  /** A plain confirmation (a referral printed), shown like a problem but in green. */
  @state() private notice: string | null = null;
  @state() private printer: DeviceHealth | null = null;
  @state() private loadFailed = false;
  /** A seeker or employer signed in at this kiosk; memory only, dropped on idle reset. */
  @state() private visitor: Visitor | null = null;
  /** Where to go once a seeker has signed in (the screen that asked for it). */
  private afterSignIn: Screen | null = null;

  private readonly realtime = new RealtimeController(this);
  private readonly idle = new IdleController(this, IDLE_SECONDS, WARN_SECONDS, () => this.reset(), () => this.inSession());
  private work = new AbortController();

  static override styles = [tokens, buttons, css`
    :host { display: flex; flex-direction: column; min-height: 100vh; background: var(--jh-wash); }
    main { flex: 1; }
    .banner { padding: 12px 32px; font-size: 24px; font-weight: 700; }
    .banner.warn { background: var(--jh-warn-bg); color: var(--jh-warn-ink); }
    .banner.danger { background: var(--jh-danger-bg); color: var(--jh-danger-ink); }
    .banner.ok { background: #e3f4e8; color: var(--jh-ok); }
    .banner.visitor { background: var(--jh-paper); display: flex; gap: 16px; align-items: center; }
    .banner.visitor .btn { min-height: 64px; font-size: 20px; }
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
    return this.screen.name !== 'home' || this.locale !== 'zh' || this.history.length > 0 || this.visitor !== null;
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
    this.signOut();
  }

  /** Ends a visitor's sign-in at the hub too, so the token is dead even if someone copied it. */
  private signOut() {
    const v = this.visitor;
    this.visitor = null;
    this.afterSignIn = null;
    // The hub's sign-out ends any kiosk visitor's token, seeker or employer alike.
    if (v) void fetch('/api/seekers/sign-out', { method: 'POST', headers: visitorHeaders(v) }).catch(() => {});
  }

  private signedIn(session: { token: string; seeker: Seeker }) {
    this.visitor = { kind: 'seeker', token: session.token, seeker: session.seeker };
    const next = this.afterSignIn ?? { name: 'matches' as const };
    this.afterSignIn = null;
    this.go(next, false);
  }

  /** Screens that need a signed-in seeker send the visitor through sign-in first, then on. */
  private needsSeeker(screen: Screen): boolean {
    return screen.name === 'matches' && this.visitor?.kind !== 'seeker';
  }

  private async referOne(jobId: number) {
    await this.run(async (signal) => {
      const res = await api('/api/referrals', ReferralsCreated, {
        method: 'POST', headers: visitorHeaders(this.visitor), body: { vacancyIds: [jobId], kioskId: this.kioskId }, signal,
      });
      this.problem = null;
      this.notice = t(res.message, this.locale);
    });
  }

  private go(screen: Screen, remember = true) {
    this.problem = null;
    this.notice = null;
    if (screen.name === 'home') {
      this.reset();
      return;
    }
    if (this.needsSeeker(screen)) {
      this.afterSignIn = screen;
      screen = { name: 'seeker-sign-in' };
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

  private async printGuide(serviceId: string) {
    await this.run(async (signal) => {
      await api(`/api/services/${serviceId}/guide/print`, z.object({ jobId: z.string() }).loose(), { method: 'POST', body: { kioskId: this.kioskId }, signal });
      this.notice = t(m.guidePrinting, this.locale);
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
      case 'jobs':
        return html`<kiosk-job-search .locale=${this.locale} ?simple=${s.simple} .preset=${s.preset ?? null}></kiosk-job-search>`;
      case 'job':
        return html`<kiosk-job-detail .jobId=${s.jobId} .locale=${this.locale} ?signedIn=${this.visitor?.kind === 'seeker'} .busy=${this.busy}
          @refer-job=${(e: CustomEvent<number>) => void this.referOne(e.detail)}
          @want-sign-in=${() => ((this.afterSignIn = s), this.go({ name: 'seeker-sign-in' }))}></kiosk-job-detail>`;
      case 'seeker-sign-in': {
        const reader = this.hall?.kiosks.find((k) => k.id === this.kioskId)?.cardReader;
        return html`<kiosk-home .modules=${this.modules} .locale=${this.locale}></kiosk-home>
          <kiosk-seeker-sign-in .locale=${this.locale} .kioskId=${reader && KIOSK_KEY ? (this.kioskId ?? '') : ''} .kioskKey=${KIOSK_KEY}
            @card-unregistered=${(e: CustomEvent<{ readId: string; idMasked: string; nameMasked: string }>) => {
              this.go({ name: 'seeker-register', fromCard: e.detail }, false);
              this.notice = t(jm.cardNotRegistered, this.locale);
            }}></kiosk-seeker-sign-in>`;
      }
      case 'seeker-register':
        return html`<kiosk-seeker-register .locale=${this.locale} .fromCard=${s.fromCard ?? null} .kioskId=${this.kioskId ?? ''} .kioskKey=${KIOSK_KEY}></kiosk-seeker-register>`;
      case 'matches':
        return this.visitor?.kind === 'seeker'
          ? html`<kiosk-matches .locale=${this.locale} .token=${this.visitor.token} .kioskId=${this.kioskId ?? ''}></kiosk-matches>`
          : nothing;
      case 'employer':
        return this.visitor?.kind === 'employer'
          ? html`<kiosk-employer-dashboard .locale=${this.locale} .token=${this.visitor.token}></kiosk-employer-dashboard>`
          : html`<kiosk-home .modules=${this.modules} .locale=${this.locale}></kiosk-home>
              <kiosk-employer-sign-in .locale=${this.locale}
                @employer-signed-in=${(e: CustomEvent<{ token: string; employer: Employer }>) => {
                  this.visitor = { kind: 'employer', token: e.detail.token, employerName: e.detail.employer.name, employerId: e.detail.employer.id };
                }}></kiosk-employer-sign-in>`;
      case 'entrust':
        return html`<kiosk-entrust .locale=${this.locale} .token=${this.visitor?.kind === 'employer' ? this.visitor.token : ''}
          @want-sign-in=${() => this.go({ name: 'employer' })}></kiosk-entrust>`;
      case 'survey':
        return html`<kiosk-demand-survey .locale=${this.locale} .token=${this.visitor?.kind === 'employer' ? this.visitor.token : ''}
          .employerName=${this.visitor?.kind === 'employer' ? this.visitor.employerName : ''}></kiosk-demand-survey>`;
      case 'interview':
        return html`<kiosk-interview-booking .locale=${this.locale} kind="seeker" .kioskId=${this.kioskId ?? ''}
          .token=${this.visitor?.kind === 'seeker' ? this.visitor.token : ''} .vacancyId=${s.vacancyId ?? null}
          @want-sign-in=${() => ((this.afterSignIn = s), this.go({ name: 'seeker-sign-in' }))}></kiosk-interview-booking>`;
      case 'complaint':
        return html`<kiosk-complaint-form .locale=${this.locale} .kioskId=${this.kioskId ?? ''}></kiosk-complaint-form>`;
      case 'fairs':
        return html`<kiosk-fairs .locale=${this.locale} .token=${this.visitor?.kind === 'seeker' ? this.visitor.token : ''}
          @want-sign-in=${() => ((this.afterSignIn = s), this.go({ name: 'seeker-sign-in' }))}></kiosk-fairs>`;
      case 'vacancy-form':
        return html`<kiosk-vacancy-form .locale=${this.locale}
          .employerName=${this.visitor?.kind === 'employer' ? this.visitor.employerName : ''}
          .token=${this.visitor?.kind === 'employer' ? this.visitor.token : ''}></kiosk-vacancy-form>`;
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
      ${this.notice ? html`<div class="banner ok" id="notice" role="status">${this.notice}</div>` : nothing}
      ${this.visitor?.kind === 'employer'
        ? html`<div class="banner visitor" id="visitor">${t(jm.signedInAs, this.locale)} · ${this.visitor.employerName}
            <button class="btn secondary" id="sign-out" @click=${() => this.go({ name: 'home' })}>${t(jm.signOut, this.locale)}</button></div>`
        : nothing}
      ${this.visitor?.kind === 'seeker'
        ? html`<div class="banner visitor" id="visitor">${t(jm.signedInAs, this.locale)} · ${this.visitor.seeker.nameMasked} · ${this.visitor.seeker.idMasked}
            <button class="btn secondary" id="my-jobs" @click=${() => this.go({ name: 'matches' })}>${t(jm.myJobs, this.locale)}</button>
            <button class="btn secondary" id="sign-out" @click=${() => this.go({ name: 'home' })}>${t(jm.signOut, this.locale)}</button></div>`
        : nothing}
      <main @navigate=${(e: NavigateEvent) => this.go(e.detail)} @take-ticket=${(e: TakeTicketEvent) => void this.takeTicket(e)}
        @book-slot=${(e: BookSlotEvent) => void this.bookSlot(e)}
        @open-job=${(e: CustomEvent<number>) => this.go({ name: 'job', jobId: e.detail })}
        @print-guide=${(e: CustomEvent<string>) => void this.printGuide(e.detail)}
        @seeker-signed-in=${(e: CustomEvent<{ token: string; seeker: Seeker }>) => this.signedIn(e.detail)}
        @cancel-flow=${() => this.back()}>
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
