import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Ticket, type CallEvent } from '@jobhall/hub-server/contract';
import { ApiProblem, RealtimeController, api, t, tokens, type Lang } from '@jobhall/ui-kit';

const token = new URLSearchParams(location.search).get('t') ?? '';
/** Between calls the estimate drifts slowly; a minute keeps it honest without draining a phone battery. */
const REFRESH_MS = 60_000;

const m = {
  title: { zh: '排队进度', en: 'Your place in line' },
  ahead: { zh: '前面还有', en: 'Ahead of you' },
  waitAt: { zh: '等候地点', en: 'Please wait at' },
  people: { zh: '人', en: 'people' },
  wait: { zh: '预计等候约', en: 'About' },
  minutes: { zh: '分钟', en: 'minutes' },
  called: { zh: '轮到您了！请到', en: 'It is your turn! Please go to' },
  window: { zh: '号窗口', en: '' },
  windowEn: { zh: '', en: 'window' },
  done: { zh: '本次业务已办结，感谢您的到来', en: 'Your visit is complete. Thank you.' },
  noShow: { zh: '您的号已过号，请重新取号', en: 'Your number was missed. Please take a new ticket.' },
  unknown: { zh: '找不到这张号票，请检查二维码', en: 'This ticket cannot be found; please check the code.' },
  live: { zh: '本页会自动更新', en: 'This page updates by itself' },
};

/**
 * The page a ticket's QR code opens on a visitor's phone: number, people ahead, estimated wait, and the call
 * when it comes. It shows nothing personal: the token in the link is the only key.
 */
@customElement('kiosk-status-page')
export class KioskStatusPage extends LitElement {
  @state() private ticket: Ticket | null = null;
  @state() private missing = false;
  @state() private window: number | null = null;
  private readonly locale: Lang = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  private readonly realtime = new RealtimeController(this);
  private timer: ReturnType<typeof setInterval> | null = null;

  static override styles = [tokens, css`
    :host { display: block; max-width: 520px; margin: 0 auto; padding: 24px; font-size: 20px; }
    .card { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; text-align: center; }
    .number { font-size: 88px; font-weight: 800; color: var(--jh-primary); }
    .called { background: #e3f4e8; color: var(--jh-ok); padding: 16px; border-radius: var(--jh-radius); font-size: 28px; font-weight: 700; }
    .muted { color: var(--jh-ink-soft); font-size: 16px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), REFRESH_MS);
    // Every call moves the line: refresh at once rather than at the next minute.
    this.realtime.on('calls', (call: CallEvent) => {
      if (this.ticket && call.ticketId === this.ticket.id) this.window = call.window;
      if (this.ticket && call.queueId === this.ticket.queueId) void this.refresh();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer) clearInterval(this.timer);
  }

  private async refresh() {
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) {
      this.missing = true;
      return;
    }
    try {
      this.ticket = await api(`/api/tickets/by-token/${token}`, Ticket);
    } catch (err) {
      if (err instanceof ApiProblem && err.status === 404) this.missing = true;
    }
  }

  override render() {
    const L = this.locale;
    if (this.missing) return html`<div class="card">${t(m.unknown, L)}</div>`;
    const tk = this.ticket;
    if (!tk) return nothing;
    return html`<div class="card">
      <h1>${t(m.title, L)}</h1>
      <div class="number">${tk.number}</div>
      <div>${t(tk.service, L)}</div>
      ${tk.status === 'waiting'
        ? html`<p>${t(m.ahead, L)} <strong>${tk.peopleAhead}</strong> ${t(m.people, L)} · ${t(m.wait, L)} <strong>${tk.estimatedWaitMinutes}</strong> ${t(m.minutes, L)}</p>
            ${tk.waitingArea ? html`<p id="wait-at">${t(m.waitAt, L)}: <strong>${t(tk.waitingArea, L)}</strong></p>` : nothing}`
        : nothing}
      ${tk.status === 'called' || tk.status === 'serving'
        ? html`<p class="called" role="alert">${t(m.called, L)} ${t(m.windowEn, L)} ${this.window ?? ''} ${t(m.window, L)}</p>`
        : nothing}
      ${tk.status === 'done' ? html`<p>${t(m.done, L)}</p>` : nothing}
      ${tk.status === 'no-show' ? html`<p>${t(m.noShow, L)}</p>` : nothing}
      <p class="muted">${t(m.live, L)}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-status-page': KioskStatusPage;
  }
}
