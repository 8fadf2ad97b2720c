import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Appointment } from '@jobhall/hub-server/contract';
import { api, buttons, icon, t, tokens, type Lang } from '@jobhall/ui-kit';
import '@jobhall/ui-kit/jh-qr-code';
import { emit } from './events.ts';
import { m } from './messages.ts';
import { problemOf } from './problem.ts';

/** The booking made: the code large, when to check in, and a QR to carry it on a phone. */
@customElement('kiosk-booked')
export class KioskBooked extends LitElement {
  /** The booking; the kiosk gives its code instead and the booking is fetched. */
  @property({ attribute: false }) appointment: Appointment | null = null;
  @property() code = '';
  @property() locale: Lang = 'zh';
  @property({ type: Boolean }) slip = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 24px 32px; font-size: 26px; }
    .card { display: grid; grid-template-columns: 1.3fr 1fr; gap: 32px; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 32px; }
    .code { font-size: 120px; font-weight: 800; letter-spacing: 12px; color: var(--jh-primary); }
    .btn { margin-top: 24px; width: 100%; min-height: 96px; font-size: 34px; }
    jh-qr-code { --qr-size: 240px; }
  `];

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('code') && this.code && this.appointment?.code !== this.code) {
      api(`/api/appointments/${this.code}`, Appointment).then(
        (a) => (this.appointment = a),
        (err) => emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) }),
      );
    }
  }

  private when(iso: string, opts: Intl.DateTimeFormatOptions): string {
    return new Date(iso).toLocaleString(this.locale === 'zh' ? 'zh-CN' : 'en-GB', opts);
  }

  override render() {
    const a = this.appointment;
    if (!a) return nothing;
    const hm: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    const url = `${location.origin}/kiosk/book.html?code=${a.code}`;
    return html`<div class="card">
        <div>
          <h2>${icon('ticket', 40)} ${t(m.booked, this.locale)} · ${t(a.service, this.locale)}</h2>
          <div>${this.when(a.slotStart, { month: 'long', day: 'numeric', weekday: 'short', ...hm })}</div>
          <div>${t(m.yourCode, this.locale)}</div>
          <div class="code" id="booking-code">${a.code}</div>
          <p>${t(m.checkInFrom, this.locale)} ${this.when(a.checkInFrom, hm)}–${this.when(a.checkInUntil, hm)}</p>
          ${this.slip ? html`<p role="status">${icon('printer', 32)} ${t(m.slipPrinted, this.locale)}</p>` : nothing}
        </div>
        <div><jh-qr-code .data=${url} .label=${t(m.keepOnPhone, this.locale)}></jh-qr-code><p>${t(m.keepOnPhone, this.locale)}</p></div>
      </div>
      <button class="btn" id="done" @click=${() => emit(this, 'go-home')}>${t(m.done, this.locale)}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-booked': KioskBooked;
  }
}
