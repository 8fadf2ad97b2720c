import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { buttons, icon, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import { m } from './messages.ts';
import { emit } from './events.ts';

/**
 * Hall name and the buttons every screen keeps in the same place: home, back, 语音 (speech), 大字 (large text)
 * and language. The two switches show their state (aria-pressed, filled when on); the app holds it.
 */
@customElement('kiosk-top-bar')
export class KioskTopBar extends LitElement {
  @property({ attribute: false }) hallName: LocalizedText = { zh: '', en: '' };
  @property() locale: Lang = 'zh';
  @property({ type: Boolean }) canGoBack = false;
  @property({ type: Boolean }) speech = false;
  @property({ type: Boolean }) largeType = false;

  static override styles = [tokens, buttons, css`
    :host { display: flex; flex-wrap: wrap; align-items: center; gap: 12px 16px; padding: 12px 24px; background: var(--jh-primary); color: #fff; }
    /* The hall's name gives way first: on a narrow screen it takes a line of its own under the buttons. */
    h1 { flex: 1 1 240px; margin: 0; font-size: 28px; font-weight: 700; }
    .btn { display: inline-flex; align-items: center; gap: 8px; font-size: 24px; background: #fff; color: var(--jh-primary); border-color: #fff; padding: 0 20px; }
    .btn.switch[aria-pressed='true'] { background: var(--jh-focus); color: var(--jh-ink); border-color: var(--jh-focus); }
    .end { display: flex; gap: 16px; margin-left: auto; }
    @media (max-width: 1300px) { h1 { order: 2; flex-basis: 100%; } }
  `];

  override render() {
    const L = this.locale;
    return html`
      ${this.canGoBack ? html`<button class="btn" id="back" @click=${() => emit(this, 'go-back')}>${icon('back', 32)}${t(m.back, L)}</button>` : ''}
      <button class="btn" id="home" @click=${() => emit(this, 'go-home')}>${icon('home', 32)}${t(m.home, L)}</button>
      <h1>${t(this.hallName, L)}</h1>
      <div class="end">
        <button class="btn switch" id="speech" aria-pressed=${this.speech ? 'true' : 'false'} data-say-skip
          @click=${() => emit(this, 'toggle-speech')}>${icon('speaker', 32)}${t(m.speech, L)}</button>
        <button class="btn switch" id="large-type" aria-pressed=${this.largeType ? 'true' : 'false'}
          @click=${() => emit(this, 'toggle-large-type')}>${icon('text-size', 32)}${t(m.largeType, L)}</button>
        <button class="btn" id="lang" lang=${L === 'zh' ? 'en' : 'zh-CN'} @click=${() => emit(this, 'toggle-lang')}>
          ${icon('globe', 32)}${t(m.language, L)}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-top-bar': KioskTopBar;
  }
}
