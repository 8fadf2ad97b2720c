import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { Appointment, ServiceView } from '@jobhall/hub-server/contract';
import { api, buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import { m } from '../messages.ts';
import '../kiosk-booking.ts';
import '../kiosk-booked.ts';

/**
 * Booking from a phone: pick a window service, a day and a slot, get the code. Opened with ?code= it shows
 * that booking and lets the visitor cancel it. Nothing personal is asked.
 */
@customElement('kiosk-book-page')
export class KioskBookPage extends LitElement {
  @state() private services: ServiceView[] = [];
  @state() private chosen: ServiceView | null = null;
  @state() private booking: Appointment | null = null;
  @state() private problem = '';
  private readonly locale: Lang = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';

  static override styles = [tokens, buttons, css`
    :host { display: block; max-width: 720px; margin: 0 auto; padding: 16px; font-size: 18px; }
    ul { list-style: none; padding: 0; display: grid; gap: 10px; }
    li .btn { width: 100%; text-align: left; font-size: 20px; }
    .err { color: var(--jh-danger-ink); }
    kiosk-booking, kiosk-booked { --qr-size: 180px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    const code = new URLSearchParams(location.search).get('code');
    if (code && /^\d{6}$/.test(code)) void api(`/api/appointments/${code}`, Appointment).then((a) => (this.booking = a), () => (this.problem = t(m.error, this.locale)));
    void api('/api/services', z.array(ServiceView)).then((list) => (this.services = list.filter((s) => s.ticket)));
  }

  private booked(booking: Appointment) {
    this.booking = booking;
    history.replaceState(null, '', `?code=${booking.code}`);
  }

  private async cancel() {
    if (!this.booking) return;
    this.booking = await api(`/api/appointments/${this.booking.code}/cancel`, Appointment, { method: 'POST' });
  }

  override render() {
    const b = this.booking;
    if (b) {
      return html`<kiosk-booked .appointment=${b} .locale=${this.locale}></kiosk-booked>
        ${b.status === 'booked' ? html`<button class="btn secondary" id="cancel-booking" @click=${this.cancel}>取消预约 · Cancel booking</button>` : html`<p>${b.status}</p>`}`;
    }
    return html`
      ${this.problem ? html`<p class="err" role="alert">${this.problem}</p>` : nothing}
      ${this.chosen
        ? html`<kiosk-booking .service=${this.chosen} .locale=${this.locale} @booked=${(e: HTMLElementEventMap['booked']) => this.booked(e.detail)}></kiosk-booking>`
        : html`<h1>${t(m.book, this.locale)}</h1>
            <ul>${this.services.map((s) => html`<li><button class="btn secondary" data-service=${s.id} @click=${() => (this.chosen = s)}>${s.ticket?.prefix} · ${t(s, this.locale)}</button></li>`)}</ul>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-book-page': KioskBookPage;
  }
}
