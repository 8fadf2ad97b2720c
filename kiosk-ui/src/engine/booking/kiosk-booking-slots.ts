import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { BookingSlots, type BookingFlow, type BookingSlot } from '@jobhall/hub-server/contract';
import { api, buttons, fill, t, tokens, type Lang } from '@jobhall/ui-kit';
import { emit } from '../../events.ts';
import { m } from '../../messages.ts';
import { aborted, problemOf } from '../../problem.ts';
import { bm, dayLabel, timeSpan } from './messages.ts';

/**
 * The first step of a booking: whom (when the flow names its counsellors), which day, which time. Days and
 * slots come from the hub with their places left; a slot too soon or full is shown and cannot be tapped.
 */
@customElement('kiosk-booking-slots')
export class KioskBookingSlots extends LitElement {
  @property({ attribute: false }) flow!: BookingFlow;
  @property() locale: Lang = 'zh';
  @property() timeZone = 'Asia/Shanghai';
  @state() private data: BookingSlots | null = null;
  @state() private host = '';
  @state() private problem = '';
  private abort: AbortController | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    h3 { font-size: 28px; margin: 16px 0 10px; color: var(--jh-primary); }
    .row { display: flex; flex-wrap: wrap; gap: 12px; }
    .row .btn { font-size: 24px; min-height: 72px; }
    .row .btn[aria-pressed='true'] { background: var(--jh-primary); color: var(--jh-primary-ink); }
    .slot { display: flex; flex-direction: column; justify-content: center; min-width: 210px; min-height: 96px; font-size: 26px; }
    .slot small { font-weight: 400; font-size: 19px; }
    .host small { display: block; font-weight: 400; font-size: 18px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    this.host = this.flow.hosts[0]?.id ?? '';
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private async load(day?: string) {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      this.data = await api(`/api/bookings/slots?flow=${this.flow.id}${day ? `&day=${day}` : ''}`, BookingSlots, { signal: abort.signal });
    } catch (err) {
      if (!aborted(err)) this.problem = t(problemOf(err), this.locale);
    }
  }

  private slotButton(s: BookingSlot) {
    const L = this.locale;
    const note = !s.left ? t(bm.full, L) : !s.open ? t(bm.tooSoon, L) : fill(t(bm.placesLeft, L), { n: s.left });
    return html`<button class="btn slot ${s.open ? '' : 'secondary'}" data-slot=${s.start} ?disabled=${!s.open}
      @click=${() => emit(this, 'booking-slot', s)}>
      ${timeSpan(s.start, s.end, this.timeZone)}${s.topic ? html`<span>${t(s.topic, L)}</span>` : nothing}<small>${note}</small></button>`;
  }

  override render() {
    const L = this.locale;
    const d = this.data;
    const f = this.flow;
    const shown = d?.slots.filter((s) => !f.hosts.length || s.host === this.host) ?? [];
    return html`
      ${this.problem ? html`<p class="err" role="alert">${this.problem}</p>` : nothing}
      ${f.hosts.length ? html`<h3>${t(bm.chooseHost, L)}</h3><div class="row" role="group">
        ${f.hosts.map((h) => html`<button class="btn secondary host" data-host=${h.id} aria-pressed=${h.id === this.host ? 'true' : 'false'}
          @click=${() => (this.host = h.id)}>${t(h.name, L)}${h.about ? html`<small>${t(h.about, L)}</small>` : nothing}</button>`)}</div>` : nothing}
      ${d ? html`
        <h3>${t(bm.chooseDay, L)}</h3>
        <div class="row" role="group">${d.days.map((day) => html`<button class="btn secondary" data-day=${day} aria-pressed=${day === d.day ? 'true' : 'false'}
          @click=${() => void this.load(day)}>${dayLabel(day, L)}</button>`)}</div>
        <h3>${t(bm.chooseTime, L)}</h3>
        <div class="row">${shown.length ? shown.map((s) => this.slotButton(s)) : html`<p>${t(bm.noSlots, L)}</p>`}</div>`
        : this.problem ? nothing : html`<p>${t(m.loading, L)}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-booking-slots': KioskBookingSlots;
  }
}
