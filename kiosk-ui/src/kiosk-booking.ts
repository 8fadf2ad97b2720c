import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Appointment, SlotsResult, type ServiceView, type Slot } from '@jobhall/hub-server/contract';
import { api, buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import { emit } from './events.ts';
import { m } from './messages.ts';
import { problemOf } from './problem.ts';

/**
 * Picks a day and a slot for a service and books it, then fires `booked` with the booking. Used on the kiosk
 * (which prints a slip on its printer) and on the phone booking page.
 */
@customElement('kiosk-booking')
export class KioskBooking extends LitElement {
  @property({ attribute: false }) service!: ServiceView;
  @property() locale: Lang = 'zh';
  /** The kiosk whose printer prints the slip; '' on a phone. */
  @property() kioskId = '';
  @state() private busy = false;
  @state() private problem = '';
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
    .err { color: var(--jh-danger-ink); font-weight: 700; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(day?: string) {
    this.result = await api(`/api/appointments/slots?serviceId=${this.service.id}${day ? `&date=${day}` : ''}`, SlotsResult);
    this.day = this.result.date;
  }

  private async book(slot: Slot) {
    if (this.busy) return;
    this.busy = true;
    this.problem = '';
    try {
      const booking = await api('/api/appointments', Appointment, {
        method: 'POST', body: { serviceId: this.service.id, slotStart: slot.start, ...(this.kioskId ? { kioskId: this.kioskId } : {}) },
      });
      emit(this, 'booked', booking);
    } catch (err) {
      this.problem = t(problemOf(err), this.locale);
    } finally {
      this.busy = false;
    }
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
    return html`
      <h2>${t(m.bookTitle, this.locale)} · ${t(this.service, this.locale)}</h2>
      ${this.problem ? html`<p class="err" role="alert">${this.problem}</p>` : nothing}
      ${r
        ? html`<div class="days" role="group">
              ${r.days.map((d) => html`<button class="btn secondary" aria-pressed=${d === this.day ? 'true' : 'false'} data-day=${d} @click=${() => void this.load(d)}>${this.dayLabel(d)}</button>`)}
            </div>
            <div class="slots">
              ${r.slots.length
                ? r.slots.map((s) => html`<button class="btn ${s.available ? '' : 'secondary'}" data-slot=${s.start} ?disabled=${!s.available || this.busy} @click=${() => void this.book(s)}>
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
