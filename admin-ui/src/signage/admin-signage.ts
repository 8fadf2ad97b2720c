import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { buttons, tokens } from '@jobhall/ui-kit';
import './admin-signage-screens.ts';
import './admin-signage-content.ts';
import './admin-signage-approvals.ts';
import './admin-signage-plays.ts';

const TABS = [
  { id: 'screens', label: '屏幕与区域 Screens' },
  { id: 'content', label: '内容与排期 Content & schedule' },
  { id: 'approvals', label: '审核 Approvals' },
  { id: 'plays', label: '播放记录 Proof of play' },
] as const;

/** The lobby signage: screens and their health, content and its schedule, the approval queue, proof of play. */
@customElement('admin-signage')
export class AdminSignage extends LitElement {
  @state() private tab: (typeof TABS)[number]['id'] = 'screens';

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 20px 24px; }
    nav { display: flex; gap: 6px; margin-bottom: 16px; flex-wrap: wrap; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 14px; }
    .btn[aria-pressed='false'] { background: var(--jh-paper); color: var(--jh-primary); }
  `];

  override render() {
    return html`<nav aria-label="信息屏 Signage">${TABS.map((t) => html`<button class="btn" id=${`signage-tab-${t.id}`} aria-pressed=${String(this.tab === t.id)}
        @click=${() => (this.tab = t.id)}>${t.label}</button>`)}</nav>
      ${this.tab === 'screens' ? html`<admin-signage-screens></admin-signage-screens>`
        : this.tab === 'content' ? html`<admin-signage-content></admin-signage-content>`
        : this.tab === 'approvals' ? html`<admin-signage-approvals></admin-signage-approvals>`
        : html`<admin-signage-plays></admin-signage-plays>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-signage': AdminSignage;
  }
}
