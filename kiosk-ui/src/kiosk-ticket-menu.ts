import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { QueueUsage, type HallView, type ServiceView } from '@jobhall/hub-server/contract';
import { ticketGroups, windowsLabel } from './ticket-groups.ts';
import { api, icon, t, tokens, type Lang } from '@jobhall/ui-kit';
import { m } from './messages.ts';
import { navigate } from './events.ts';

/** 取号: every service with a window, by line, most used first; a tap takes the visitor to that ticket. */
@customElement('kiosk-ticket-menu')
export class KioskTicketMenu extends LitElement {
  @property({ attribute: false }) services: ServiceView[] = [];
  @property({ attribute: false }) hall!: HallView;
  @property() locale: Lang = 'zh';
  @state() private usage: QueueUsage | null = null;

  static override styles = [tokens, css`
    :host { display: block; padding: 24px 32px; }
    h2 { font-size: 36px; margin: 8px 0 16px; }
    section { margin-bottom: 24px; }
    h3 { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; font-size: 28px; margin: 0 0 12px; }
    .prefix { display: inline-grid; place-items: center; min-width: 56px; height: 56px; border-radius: 8px; background: var(--jh-primary); color: #fff; font-size: 32px; }
    .sub { font-size: 22px; font-weight: 400; color: var(--jh-ink-soft); }
    ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(2, 1fr); gap: 16px; }
    button {
      width: 100%; min-height: 96px; display: flex; align-items: center; gap: 16px; padding: 12px 20px; text-align: left;
      border: 2px solid var(--jh-line); border-radius: var(--jh-radius); background: var(--jh-paper); color: var(--jh-ink);
      font: inherit; font-size: 28px; font-weight: 700; cursor: pointer;
    }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    // The order is a help, not a need: without the counts the lines keep the hall's order.
    void api('/api/queue/usage', QueueUsage).then((u) => (this.usage = u), () => {});
  }

  override render() {
    const L = this.locale;
    return html`
      <h2>${t(m.takeTicket, L)}</h2>
      ${ticketGroups(this.services, this.hall, this.usage).map((g) => html`<section data-queue=${g.queue.id}>
        <h3><span class="prefix" aria-hidden="true">${g.queue.prefix}</span>${t(g.queue.name, L)}
          <span class="sub">${windowsLabel(g.windows, L)}</span></h3>
        <ul>${g.services.map((s) => html`<li><button data-service=${s.id} @click=${() => navigate(this, `services/${s.id}/ticket`)}>
          ${icon('ticket', 36)}<span>${t(s, L)}</span></button></li>`)}</ul>
      </section>`)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-ticket-menu': KioskTicketMenu;
  }
}
