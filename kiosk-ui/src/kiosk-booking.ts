import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { SlotsResult, type Slot } from '@jobhall/hub-server/contract';
import { api, buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import type { ServiceView } from '@jobhall/hub-server/contract';
import { m } from './messages.ts';

/** Picks a day and a slot for a service; the app books it. Used on the kiosk and on the phone booking page. */
@customElement('kiosk-booking')
export class KioskBooking extends LitElement {
  @property({ attribute: false }) service!: ServiceView;
  @property() locale: Lang = 'zh';
  @property({ type: Boolean }) busy = false;
  @state() private result: SlotsResult | null = null;
  @state() private day = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 24px 32px; font-size: 24px; }
    h2 { font-size: 36px; margin: 8px 0 16px; }
    .days, .slots { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 20px; }
    .days .btn { min-width: 150px; font-size: 22px; }
    .days .btn[aria-pressed='true'] { outline: 4px solid var(--jh-focus); }
    .slots .btn { min-width: 200px; min-height: 80px; font-size: 26px; display: flex; flex-direction: column; justify-content: center; }
    .slots small { font-weight: 400; font-size: 18px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(day?: string) {
    this.result = await api(`/api/appointments/slots?serviceId=${this.service.id}${day ? `&date=${day}` : ''}`, SlotsResult);
    this.day = this.result.date;
  }

  private dayLabel(day: string): string {
    const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, mo - 1, d)).toLocaleDateString(this.locale === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'UTC', month: 'short', day: 'numeric', weekday: 'short' });
  }

  private timeLabel(slot: Slot): string {
    const f = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    return `${f(slot.start)}–${f(slot.end)}`;
  }

  override render() {
    const r = this.result;
    const fire = (slot: Slot) => this.dispatchEvent(new CustomEvent('book-slot', { detail: { serviceId: this.service.id, slotStart: slot.start }, bubbles: true, composed: true }));
    return html`
      <h2>${t(m.bookTitle, this.locale)} · ${t(this.service, this.locale)}</h2>
      ${r
        ? html`<div class="days" role="group">
              ${r.days.map((d) => html`<button class="btn secondary" aria-pressed=${d === this.day ? 'true' : 'false'} data-day=${d} @click=${() => void this.load(d)}>${this.dayLabel(d)}</button>`)}
            </div>
            <div class="slots">
              ${r.slots.length
                ? r.slots.map((s) => html`<button class="btn ${s.available ? '' : 'secondary'}" data-slot=${s.start} ?disabled=${!s.available || this.busy} @click=${() => fire(s)}>
                    ${this.timeLabel(s)}<small>${s.available ? `${t(m.left, this.locale)} ${s.available}` : t(m.full, this.locale)}</small>
                  </button>`)
                : html`<p>${t(m.noSlots, this.locale)}</p>`}
            </div>`
        : html`<p>${t(m.loading, this.locale)}</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-booking': KioskBooking;
  }
}
