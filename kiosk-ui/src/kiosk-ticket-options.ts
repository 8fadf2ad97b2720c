import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Priority } from '@jobhall/hub-server/contract';
import { buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import type { ServiceView } from '@jobhall/hub-server/contract';
import { m } from './messages.ts';

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
  @property({ type: Boolean }) busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 24px 32px; font-size: 26px; }
    h2 { font-size: 40px; margin: 8px 0 24px; }
    .normal { width: 100%; min-height: 140px; font-size: 44px; }
    h3 { font-size: 28px; margin: 32px 0 16px; }
    .grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; }
    .grid .btn { min-height: 110px; font-size: 30px; }
    p { color: var(--jh-ink-soft); }
  `];

  private take(priority: Priority) {
    this.dispatchEvent(new CustomEvent('take-ticket', { detail: { serviceId: this.service.id, priority }, bubbles: true, composed: true }));
  }

  override render() {
    return html`
      <h2>${t(this.service, this.locale)}</h2>
      <button class="btn normal" id="normal" ?disabled=${this.busy} @click=${() => this.take('normal')}>${t(m.priorityNormal, this.locale)}</button>
      <h3>${t(m.priorityTitle, this.locale)}</h3>
      <div class="grid">
        ${PRIORITIES.map(
          (p) => html`<button class="btn secondary" data-priority=${p.value} ?disabled=${this.busy} @click=${() => this.take(p.value)}>
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
