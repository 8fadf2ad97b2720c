import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Ticket, type HallView, type LocalizedText, type ServiceGuide } from '@jobhall/hub-server/contract';
import { api, buttons, icon, t, tokens, type Lang } from '@jobhall/ui-kit';
import { loadGuide } from './data.ts';
import { emit, navigate } from './events.ts';
import { m } from './messages.ts';
import { aborted, problemOf } from './problem.ts';
import { windowsLabel } from './ticket-groups.ts';

/** A button the result screen offers after 完成: e.g. the seeker's matches. */
export interface NextAction {
  id: string;
  label: LocalizedText;
  to: string;
}

/**
 * The end of a submission a window finishes (求职登记, 招聘登记): what was received and its reference, the slip
 * printing with it, and what happens next — the ticket for the window's line, taken here and now, which
 * windows call it, where to wait, and what to bring (the function's guide). Nothing is left for the visitor to
 * work out.
 */
@customElement('kiosk-submitted')
export class KioskSubmitted extends LitElement {
  @property() locale: Lang = 'zh';
  /** The handbook function whose window finishes it (3.1.2, 3.1.1). */
  @property() serviceId = '';
  @property({ attribute: false }) heading: LocalizedText = { zh: '', en: '' };
  @property() reference = '';
  /** A slip is printing at this kiosk (false: this kiosk has no printer, or it was not asked for). */
  @property({ type: Boolean }) slip = false;
  @property() kioskId = '';
  @property({ attribute: false }) hall: HallView | null = null;
  @property({ attribute: false }) next: NextAction | null = null;
  @state() private ticket: Ticket | null = null;
  @state() private ticketProblem: LocalizedText | null = null;
  @state() private guide: ServiceGuide | null = null;
  private work = new AbortController();

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 24px 32px; font-size: 26px; }
    h2 { font-size: 40px; margin: 0 0 8px; color: var(--jh-ok); display: flex; gap: 12px; align-items: center; }
    .ref { font-size: 32px; margin: 0 0 16px; }
    .ref strong { font-size: 44px; letter-spacing: 2px; }
    section { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 20px 24px; margin-bottom: 16px; }
    h3 { margin: 0 0 12px; font-size: 28px; color: var(--jh-primary); }
    ol { margin: 0; padding-left: 1.4em; display: grid; gap: 10px; }
    .number { font-size: 96px; font-weight: 800; color: var(--jh-primary); line-height: 1; }
    .ticket { display: flex; gap: 32px; align-items: center; flex-wrap: wrap; }
    .actions { display: flex; gap: 16px; flex-wrap: wrap; }
    .actions .btn { min-height: 96px; font-size: 30px; flex: 1; display: inline-flex; align-items: center; justify-content: center; gap: 8px; }
    .warn { color: var(--jh-warn-ink); font-weight: 700; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    this.work = new AbortController();
    void loadGuide(this.serviceId).then((g) => (this.guide = g), () => {});
    void this.takeTicket();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.work.abort();
  }

  /** The window must finish it: the ticket for its line, so the visitor goes straight to the waiting area. */
  private async takeTicket() {
    try {
      this.ticket = await api('/api/tickets', Ticket, {
        method: 'POST', body: { serviceId: this.serviceId, priority: 'normal', kioskId: this.kioskId || undefined }, signal: this.work.signal,
      });
    } catch (err) {
      if (!aborted(err)) this.ticketProblem = problemOf(err);
    }
  }

  private get windows(): string {
    const line = this.hall?.queues.find((q) => q.id === this.ticket?.queueId);
    const nums = line?.counters.map((c) => this.hall!.counters.find((x) => x.id === c)?.window).filter((w): w is number => w !== undefined) ?? [];
    return windowsLabel(nums, this.locale);
  }

  override render() {
    const L = this.locale;
    const tk = this.ticket;
    const docs = this.guide?.documents ?? [];
    return html`
      <h2 id="submitted-title">${icon('check', 48)} ${t(this.heading, L)}</h2>
      <p class="ref" id="reference">${t(m.reference, L)}${L === 'en' ? ': ' : '：'}<strong>${this.reference}</strong></p>
      <section class="ticket" id="submitted-ticket" aria-live="polite">
        ${tk
          ? html`<div><div>${t(m.yourNumber, L)}</div><div class="number" id="number">${tk.number}</div></div>
              <div>${t(m.ahead, L)} <strong>${tk.peopleAhead}</strong> ${t(m.people, L)} · ${t(m.about, L)} <strong>${tk.estimatedWaitMinutes}</strong> ${t(m.minutes, L)}</div>`
          : this.ticketProblem
            ? html`<p class="warn" role="alert">${t(this.ticketProblem, L)}</p>`
            : html`<p>${t(m.loading, L)}</p>`}
      </section>
      <section id="next-steps">
        <h3>${t(m.nextSteps, L)}</h3>
        <ol>
          <li>${icon('printer', 32)} ${t(this.slip ? m.takeSlipAndTicket : m.noSlipHere, L)}</li>
          ${tk
            ? html`<li>${t(m.waitThenGo, L).replace('{area}', tk.waitingArea ? t(tk.waitingArea, L) : t(m.waitingArea, L)).replace('{windows}', this.windows)}
                (${t(tk.queue, L)})</li>`
            : nothing}
          ${docs.length
            ? html`<li>${t(m.bring, L)}<ul id="bring">${docs.map((d) => html`<li>${t(d, L)}</li>`)}</ul></li>`
            : nothing}
        </ol>
      </section>
      <div class="actions">
        ${this.next ? html`<button class="btn secondary" id=${this.next.id} @click=${() => navigate(this, this.next!.to)}>${t(this.next.label, L)}</button>` : nothing}
        <button class="btn" id="done" @click=${() => emit(this, 'go-home')}>${t(m.done, L)}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-submitted': KioskSubmitted;
  }
}
