import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { buttons, icon, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import { m } from './messages.ts';
import { emit } from './events.ts';

/** Hall name, clock, and the three buttons every screen keeps in the same place: home, back, language. */
@customElement('kiosk-top-bar')
export class KioskTopBar extends LitElement {
  @property({ attribute: false }) hallName: LocalizedText = { zh: '', en: '' };
  @property() locale: Lang = 'zh';
  @property({ type: Boolean }) canGoBack = false;

  static override styles = [tokens, buttons, css`
    :host { display: flex; align-items: center; gap: 16px; padding: 12px 24px; background: var(--jh-primary); color: #fff; }
    h1 { flex: 1; margin: 0; font-size: 28px; font-weight: 700; }
    .btn { display: inline-flex; align-items: center; gap: 8px; font-size: 24px; background: #fff; color: var(--jh-primary); border-color: #fff; }
  `];

  override render() {
    return html`
      ${this.canGoBack ? html`<button class="btn" id="back" @click=${() => emit(this, 'go-back')}>${icon('back', 32)}${t(m.back, this.locale)}</button>` : ''}
      <button class="btn" id="home" @click=${() => emit(this, 'go-home')}>${icon('home', 32)}${t(m.home, this.locale)}</button>
      <h1>${t(this.hallName, this.locale)}</h1>
      <button class="btn" id="lang" lang=${this.locale === 'zh' ? 'en' : 'zh-CN'} @click=${() => emit(this, 'toggle-lang')}>
        ${icon('globe', 32)}${t(m.language, this.locale)}
      </button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-top-bar': KioskTopBar;
  }
}
