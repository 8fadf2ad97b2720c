import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Ticket, type Priority, type ServiceView } from '@jobhall/hub-server/contract';
import { api, buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import { emit, navigate } from './events.ts';
import { m } from './messages.ts';
import { problemOf } from './problem.ts';

const PRIORITIES: Array<{ value: Exclude<Priority, 'normal'>; label: keyof typeof m }> = [
  { value: 'elderly', label: 'elderly' },
  { value: 'disabled', label: 'disabled' },
  { value: 'pregnant', label: 'pregnant' },
  { value: 'veteran', label: 'veteran' },
];

/** Normal ticket in one tap, or the green channel for the groups the hall serves first. */
@customElement('kiosk-ticket-options')
export class KioskTicketOptions extends LitElement {
  @property({ attribute: false }) service!: ServiceView;
  @property() locale: Lang = 'zh';
  /** The kiosk whose printer prints the ticket. */
  @property() kioskId = '';
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 24px 32px; font-size: 26px; }
    h2 { font-size: 40px; margin: 8px 0 24px; }
    .normal { width: 100%; min-height: 140px; font-size: 44px; }
    h3 { font-size: 28px; margin: 32px 0 16px; }
    .grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; }
    .grid .btn { min-height: 110px; font-size: 30px; }
    p { color: var(--jh-ink-soft); }
  `];

  /** One tap, one ticket: the buttons are off until the hub has answered, so a double tap cannot take two. */
  private async take(priority: Priority) {
    if (this.busy) return;
    this.busy = true;
    try {
      const ticket = await api('/api/tickets', Ticket, {
        method: 'POST', body: { serviceId: this.service.id, priority, kioskId: this.kioskId || undefined },
      });
      // The ticket starts the visitor's way anew: 返回 must not lead back here to take a second one.
      navigate(this, `tickets/${ticket.id}`, { fresh: true });
    } catch (err) {
      emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) });
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`
      <h2>${t(this.service, this.locale)}</h2>
      <button class="btn normal" id="normal" ?disabled=${this.busy} @click=${() => void this.take('normal')}>${t(m.priorityNormal, this.locale)}</button>
      <h3>${t(m.priorityTitle, this.locale)}</h3>
      <div class="grid">
        ${PRIORITIES.map(
          (p) => html`<button class="btn secondary" data-priority=${p.value} ?disabled=${this.busy} @click=${() => void this.take(p.value)}>
            ${t(m[p.label], this.locale)}
          </button>`,
        )}
      </div>
      <p>${t(m.priorityNote, this.locale)}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-ticket-options': KioskTicketOptions;
  }
}
