import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { BookingDay, SessionBooking, type BookingStatus } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';

const STATUS: Record<BookingStatus, string> = { booked: '已预约 Booked', attended: '已到 Attended', 'no-show': '未到 No-show', cancelled: '已取消 Cancelled' };
const time = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * 预约日程 for counsellors and advisers: a day's sessions of every booking flow, slot by slot, with who booked
 * (masked), what about, how many and for which school or company; staff record attendance once a session has
 * begun, or cancel one.
 */
@customElement('admin-bookings')
export class AdminBookings extends LitElement {
  @state() private data: BookingDay | null = null;
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; } h3 { margin: 20px 0 8px; color: var(--jh-primary); }
    .bar { display: flex; gap: 12px; align-items: center; margin-bottom: 12px; flex-wrap: wrap; }
    input { font: inherit; min-height: 44px; padding: 6px; border: 2px solid var(--jh-line); border-radius: 8px; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 14px; }
    table { border-collapse: collapse; width: 100%; font-size: 15px; }
    th, td { text-align: left; vertical-align: top; padding: 8px; border-bottom: 1px solid var(--jh-line); }
    th { background: var(--jh-wash); }
    tr.cancelled td { color: var(--jh-ink-soft); text-decoration: line-through; }
    .sub { color: var(--jh-ink-soft); font-size: 14px; }
    .msg { min-height: 24px; font-weight: 700; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(day = this.data?.day) {
    try {
      this.data = await api(`/api/bookings/day${day ? `?day=${day}` : ''}`, BookingDay);
    } catch (err) {
      this.message = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  private async mark(b: SessionBooking, status: Exclude<BookingStatus, 'booked'>) {
    try {
      await api(`/api/bookings/${b.id}/status`, SessionBooking, { method: 'POST', body: { status } });
      this.message = `${b.code}: ${STATUS[status]} ✓`;
      await this.load();
    } catch (err) {
      this.message = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  private row(b: SessionBooking) {
    const begun = Date.parse(b.start) <= Date.now();
    return html`<tr data-booking=${b.id} class=${b.status}>
      <td>${b.nameMasked}<div class="sub">${b.phoneMasked} · ${b.code}</div></td>
      <td>${b.topic?.zh ?? ''}${b.organisation ? html`<div class="sub">${b.organisation}</div>` : nothing}</td>
      <td>${b.partySize ?? ''}</td>
      <td>${STATUS[b.status]}</td>
      <td>${b.status === 'booked' ? html`
        <button class="btn" data-mark="attended" ?disabled=${!begun} @click=${() => this.mark(b, 'attended')}>已到 Attended</button>
        <button class="btn secondary" data-mark="no-show" ?disabled=${!begun} @click=${() => this.mark(b, 'no-show')}>未到 No-show</button>
        <button class="btn secondary" data-mark="cancelled" @click=${() => this.mark(b, 'cancelled')}>取消 Cancel</button>` : nothing}</td></tr>`;
  }

  override render() {
    const d = this.data;
    const count = d?.flows.reduce((n, f) => n + f.slots.reduce((k, s) => k + s.bookings.filter((b) => b.status !== 'cancelled').length, 0), 0) ?? 0;
    return html`<h2>预约日程 · Booked sessions</h2>
      <div class="bar">
        <label>日期 Day <input type="date" id="bookings-day" .value=${d?.day ?? ''} @change=${(e: Event) => void this.load((e.target as HTMLInputElement).value)} /></label>
        <span>${d ? `${count} 个预约 bookings` : ''}</span>
      </div>
      <p class="msg" id="bookings-message" role="status">${this.message}</p>
      ${d?.flows.map((f) => html`<h3>${f.title.zh} · ${f.title.en}</h3>
        <table data-flow=${f.flowId}><tr><th>时间 Time</th><th>预约人 Who</th><th>主题·单位 Topic</th><th>人数 People</th><th>状态 State</th><th></th></tr>
          ${f.slots.filter((s) => s.bookings.length).map((s) => s.bookings.map((b, i) => html`${i === 0 ? html`<tr class="slot"><td colspan="6"><strong>${time(s.start)}–${time(s.end)}</strong>
            ${s.topic ? ` ${s.topic.zh}` : ''}${s.host ? html` <span class="sub">${s.host}</span>` : nothing} <span class="sub">余 ${s.left}/${s.capacity} left</span></td></tr>` : nothing}${this.row(b)}`))}
          ${f.slots.every((s) => !s.bookings.length) ? html`<tr><td colspan="6" class="sub">没有预约 Nothing booked</td></tr>` : nothing}
        </table>`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-bookings': AdminBookings;
  }
}
