import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Ticket } from '@jobhall/hub-server/contract';
import { buttons, icon, t, tokens, type Lang } from '@jobhall/ui-kit';
import '@jobhall/ui-kit/jh-qr-code';
import { m } from './messages.ts';
import { navigate, type PrintPhase } from './screens.ts';

/** The ticket on screen: the number large, the wait, what the printer did, and the QR for the phone. */
@customElement('kiosk-ticket-view')
export class KioskTicketView extends LitElement {
  @property({ attribute: false }) ticket!: Ticket;
  @property() printPhase: PrintPhase = 'printing';
  @property() locale: Lang = 'zh';
  /** The masked number an SMS reminder goes to, once the visitor asked for one. */
  @property() smsTo = '';

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
  `];

  override render() {
    const tk = this.ticket;
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
          <div class="label">${t(m.yourNumber, this.locale)}</div>
          <div class="number" id="number">${tk.number}</div>
          <div class="service">${t(tk.service, this.locale)}</div>
          <div class="wait" id="wait">
            ${t(m.ahead, this.locale)} <strong>${tk.peopleAhead}</strong> ${t(m.people, this.locale)}
            · ${t(m.about, this.locale)} <strong>${tk.estimatedWaitMinutes}</strong> ${t(m.minutes, this.locale)}
          </div>
          <div class="print ${phase}" id="print-status" role="status" aria-live="polite" data-phase=${phase}>
            ${icon('printer', 40)}<span>${status}${phase === 'on-screen' && tk.print ? html`<br /><small>${t(m.printLater, this.locale)}</small>` : ''}</span>
          </div>
          <p>${t(m.watchScreen, this.locale)}</p>
        </div>
        <div class="qr ${phase === 'on-screen' ? 'primary' : ''}">
          <jh-qr-code .data=${tk.statusUrl} .label=${t(m.scanToFollow, this.locale)}></jh-qr-code>
          <p>${icon('phone', 32)} ${t(m.scanToFollow, this.locale)}</p>
        </div>
      </div>
      <div class="actions">
        ${tk.status === 'waiting'
          ? this.smsTo
            ? html`<p id="sms-done" role="status">${icon('phone', 32)} ${t(m.smsDone, this.locale)} ${this.smsTo}</p>`
            : html`<button class="btn secondary" id="sms" @click=${() => this.dispatchEvent(new CustomEvent('want-sms', { bubbles: true, composed: true }))}>
                ${icon('phone', 32)} ${t(m.smsButton, this.locale)}</button>`
          : ''}
        <button class="btn done" id="done" @click=${() => navigate(this, { name: 'home' })}>${t(m.done, this.locale)}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-ticket-view': KioskTicketView;
  }
}
