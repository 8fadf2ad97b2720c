import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { icon, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import type { ServiceView } from '@jobhall/hub-server/contract';
import { m } from './messages.ts';
import { navigate } from './events.ts';

/** A module's functions as large buttons, those with a window marked. */
@customElement('kiosk-service-list')
export class KioskServiceList extends LitElement {
  @property({ attribute: false }) heading: LocalizedText = { zh: '', en: '' };
  @property({ attribute: false }) services: ServiceView[] = [];
  @property() locale: Lang = 'zh';

  static override styles = [tokens, css`
    :host { display: block; padding: 24px 32px; }
    h2 { font-size: 36px; margin: 8px 0 24px; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(2, 1fr); gap: 16px; }
    button {
      width: 100%; min-height: 96px; display: flex; align-items: center; gap: 16px; padding: 12px 20px; text-align: left;
      border: 2px solid var(--jh-line); border-radius: var(--jh-radius); background: var(--jh-paper); color: var(--jh-ink);
      font: inherit; font-size: 28px; font-weight: 700; cursor: pointer;
    }
    .name { flex: 1; }
    .badge { display: inline-flex; align-items: center; gap: 6px; font-size: 20px; font-weight: 700; color: var(--jh-primary); white-space: nowrap; }
  `];

  override render() {
    return html`
      <h2>${t(this.heading, this.locale)}</h2>
      <ul>
        ${this.services.map(
          (s) => html`<li>
            <button data-service=${s.id} @click=${() => navigate(this, `services/${s.id}`)}>
              <span class="name">${t(s, this.locale)}</span>
              ${s.ticket ? html`<span class="badge">${icon('ticket', 28)}${t(m.hasWindow, this.locale)}</span>` : ''}
            </button>
          </li>`,
        )}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-service-list': KioskServiceList;
  }
}
