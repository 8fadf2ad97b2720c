import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { SmsOptInResult, Ticket } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, icon, t, tokens, type Lang } from '@jobhall/ui-kit';
import '@jobhall/ui-kit/jh-qr-code';
import { emit } from './events.ts';
import { m } from './messages.ts';
import { followPrint } from './print-tracker.ts';
import { aborted, problemOf } from './problem.ts';
import { printPhaseOf, type PrintPhase, type SmsStep } from './screens.ts';
import './kiosk-number-pad.ts';

/**
 * The ticket on screen: the number large, the wait, what the printer did, and the QR for the phone. It follows
 * the print job until the paper is out or the screen has to be the ticket, and sets up the SMS reminder: the
 * number goes to the hub once and only its masked form stays here.
 */
@customElement('kiosk-ticket-view')
export class KioskTicketView extends LitElement {
  @property() ticketId = '';
  @property() locale: Lang = 'zh';
  @state() private ticket: Ticket | null = null;
  @state() private printPhase: PrintPhase = 'printing';
  @state() private sms: SmsStep = { step: 'none' };
  private work = new AbortController();

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 24px 32px; font-size: 28px; }
    .card { display: grid; grid-template-columns: 1.3fr 1fr; gap: 32px; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 32px; }
    .label { font-size: 28px; color: var(--jh-ink-soft); }
    .number { font-size: 160px; font-weight: 800; line-height: 1.1; letter-spacing: 4px; color: var(--jh-primary); }
    .service { font-size: 32px; font-weight: 700; }
    .wait { font-size: 32px; margin-top: 16px; }
    .wait strong { font-size: 48px; }
    .print { margin-top: 24px; padding: 16px 20px; border-radius: var(--jh-radius); display: flex; gap: 12px; align-items: center; font-weight: 700; }
    .print.printing { background: var(--jh-wash); }
    .print.printed { background: #e3f4e8; color: var(--jh-ok); }
    .print.on-screen { background: var(--jh-warn-bg); color: var(--jh-warn-ink); }
    .qr { text-align: center; }
    .qr jh-qr-code { --qr-size: 260px; }
    .qr.primary jh-qr-code { --qr-size: 340px; }
    .actions { display: flex; gap: 16px; margin-top: 24px; align-items: center; }
    .actions .btn { min-height: 96px; font-size: 30px; display: inline-flex; align-items: center; gap: 8px; }
    .done { flex: 1; }
    .where { display: flex; gap: 8px; align-items: center; font-size: 30px; background: var(--jh-wash); border-radius: var(--jh-radius); padding: 12px 16px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    this.work = new AbortController();
    void this.show(this.work.signal);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.work.abort();
  }

  /** The ticket, then the paper: printed, or on screen when the printer cannot (or not in time). */
  private async show(signal: AbortSignal) {
    try {
      const ticket = await api(`/api/tickets/${this.ticketId}`, Ticket, { signal });
      this.ticket = ticket;
      this.printPhase = printPhaseOf(ticket);
      if (this.printPhase !== 'printing') return;
      const final = await followPrint(ticket, signal);
      const phase = printPhaseOf(final);
      this.ticket = final;
      this.printPhase = phase === 'printing' ? 'on-screen' : phase;
    } catch (err) {
      if (!aborted(err)) emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) });
    }
  }

  private async sendPhone(phone: string) {
    if (!this.ticket) return;
    this.sms = { step: 'entering', error: '', busy: true };
    try {
      const res = await api(`/api/tickets/${this.ticket.id}/sms`, SmsOptInResult, { method: 'POST', body: { phone }, signal: this.work.signal });
      this.sms = { step: 'set', phoneMasked: res.phoneMasked };
    } catch (err) {
      if (aborted(err)) return;
      // A number the hub refuses is told as the pad's own hint, never as the hub's technical message.
      const msg = err instanceof ApiProblem && !err.text && err.status === 400 ? t(m.smsHint, this.locale) : t(problemOf(err), this.locale);
      this.sms = { step: 'entering', error: msg, busy: false };
    }
  }

  override render() {
    const tk = this.ticket;
    if (!tk) return nothing;
    const sms = this.sms;
    const phase = this.printPhase;
    const status = {
      printing: t(m.printing, this.locale),
      printed: t(m.printed, this.locale),
      'on-screen': t(m.printerDown, this.locale),
      none: '',
    }[phase];
    return html`
      <div class="card">
        <div>
          <div class="label" data-say>${t(m.yourNumber, this.locale)}</div>
          <div class="number" id="number" data-say>${tk.number}</div>
          <div class="service">${t(tk.service, this.locale)}</div>
          <div class="wait" id="wait" data-say>
            ${t(m.ahead, this.locale)} <strong>${tk.peopleAhead}</strong> ${t(m.people, this.locale)}
            · ${t(m.about, this.locale)} <strong>${tk.estimatedWaitMinutes}</strong> ${t(m.minutes, this.locale)}
          </div>
          <div class="print ${phase}" id="print-status" role="status" aria-live="polite" data-phase=${phase}>
            ${icon('printer', 40)}<span>${status}${phase === 'on-screen' && tk.print ? html`<br /><small>${t(m.printLater, this.locale)}</small>` : ''}</span>
          </div>
          ${tk.waitingArea
            ? html`<p class="where" id="wait-at">${icon('pin', 36)}<span>${t(m.waitAt, this.locale)}: <strong>${t(tk.waitingArea, this.locale)}</strong></span></p>`
            : nothing}
          <p>${t(m.watchScreen, this.locale)}</p>
        </div>
        <div class="qr ${phase === 'on-screen' ? 'primary' : ''}">
          <jh-qr-code .data=${tk.statusUrl} .label=${t(m.scanToFollow, this.locale)}></jh-qr-code>
          <p>${icon('phone', 32)} ${t(m.scanToFollow, this.locale)}</p>
        </div>
      </div>
      <div class="actions">
        ${tk.status === 'waiting'
          ? sms.step === 'set'
            ? html`<p id="sms-done" role="status">${icon('phone', 32)} ${t(m.smsDone, this.locale)} ${sms.phoneMasked}</p>`
            : html`<button class="btn secondary" id="sms" @click=${() => (this.sms = { step: 'entering', error: '', busy: false })}>
                ${icon('phone', 32)} ${t(m.smsButton, this.locale)}</button>`
          : ''}
        <button class="btn done" id="done" @click=${() => emit(this, 'go-home')}>${t(m.done, this.locale)}</button>
      </div>
      ${sms.step === 'entering'
        ? html`<kiosk-number-pad .locale=${this.locale} .heading=${m.smsTitle} .hint=${m.smsHint} .digitsNeeded=${11}
            .busy=${sms.busy} .error=${sms.error}
            @number-entered=${(e: HTMLElementEventMap['number-entered']) => void this.sendPhone(e.detail)}
            @pad-cancel=${() => (this.sms = { step: 'none' })}></kiosk-number-pad>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-ticket-view': KioskTicketView;
  }
}
