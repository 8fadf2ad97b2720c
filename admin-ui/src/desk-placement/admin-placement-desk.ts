import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { buttons, tokens } from '@jobhall/ui-kit';
import './admin-placement-employers.ts';
import './admin-placement-fairs.ts';
import './admin-placement-complaints.ts';

const PARTS = [
  { id: 'employers', label: '用人单位 Employers' },
  { id: 'fairs', label: '招聘会 Fairs' },
  { id: 'complaints', label: '维权投诉 Complaints' },
] as const;
type Part = (typeof PARTS)[number]['id'];

/**
 * The job-placement desk: employer accounts (3.2.1), recruitment fairs and booths (3.1.4, 3.1.5) and
 * labour-rights complaints (3.1.11). Each part is its own element; this one only switches between them.
 */
@customElement('admin-placement-desk')
export class AdminPlacementDesk extends LitElement {
  @state() private shown: Part = 'employers';

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    .parts { display: flex; gap: 8px; flex-wrap: wrap; margin-bottom: 20px; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 16px; }
    .btn[aria-pressed='true'] { background: var(--jh-primary); color: var(--jh-primary-ink); }
  `];

  private renderPart() {
    switch (this.shown) {
      case 'employers': return html`<admin-placement-employers></admin-placement-employers>`;
      case 'fairs': return html`<admin-placement-fairs></admin-placement-fairs>`;
      case 'complaints': return html`<admin-placement-complaints></admin-placement-complaints>`;
    }
  }

  override render() {
    return html`
      <h2>职业介绍服务台 · Placement desk</h2>
      <div class="parts" role="group" aria-label="服务台 Desk">
        ${PARTS.map((p) => html`<button class="btn secondary" id="desk-${p.id}" aria-pressed=${p.id === this.shown ? 'true' : 'false'} @click=${() => (this.shown = p.id)}>${p.label}</button>`)}
      </div>
      ${this.renderPart()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-placement-desk': AdminPlacementDesk;
  }
}
