import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { buttons, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import { emit } from '../../events.ts';
import { m } from '../../messages.ts';

/** Digits, then the letters references use; I and O never appear in one, so they are not offered. */
const KEYS = [...'1234567890', ...'ABCDEFGHJKLMNPQRSTUVWXYZ', '-'];

/**
 * A pad for a slip's reference (7K3M-9QXP, WQ20261126-0007): big keys for the characters references are
 * made of and nothing else, so a misread I or O cannot be typed.
 */
@customElement('kiosk-ref-pad')
export class KioskRefPad extends LitElement {
  @property() locale: Lang = 'zh';
  @property({ attribute: false }) heading: LocalizedText = { zh: '', en: '' };
  @property({ attribute: false }) hint: LocalizedText = { zh: '', en: '' };
  @state() private text = '';

  static override styles = [tokens, buttons, css`
    :host { position: fixed; inset: 0; background: rgb(0 0 0 / 0.6); display: grid; place-items: center; z-index: 9; zoom: var(--jh-overlay-zoom, 1); }
    .box { box-sizing: border-box; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; width: min(960px, 96vw); font-size: 24px; }
    h2 { margin: 0 0 4px; font-size: 30px; }
    output { display: block; font-size: 44px; font-weight: 800; letter-spacing: 4px; min-height: 60px; border-bottom: 3px solid var(--jh-line); margin: 8px 0 16px; }
    .keys { display: grid; grid-template-columns: repeat(auto-fill, minmax(72px, 1fr)); gap: 8px; }
    .keys .btn { min-height: 72px; font-size: 30px; padding: 0; }
    .row { display: flex; gap: 12px; margin-top: 16px; }
    .row .btn { flex: 1; min-height: 80px; font-size: 28px; }
  `];

  override render() {
    return html`<div class="box" role="dialog" aria-modal="true" aria-labelledby="ref-title">
      <h2 id="ref-title">${t(this.heading, this.locale)}</h2>
      <p>${t(this.hint, this.locale)}</p>
      <output id="ref-text" aria-live="polite">${this.text}</output>
      <div class="keys">${KEYS.map((k) => html`<button class="btn secondary" data-ref-key=${k} @click=${() => this.text.length < 20 && (this.text += k)}>${k}</button>`)}
        <button class="btn secondary" id="ref-backspace" aria-label=${t(m.backspace, this.locale)} @click=${() => (this.text = this.text.slice(0, -1))}>⌫</button></div>
      <div class="row">
        <button class="btn secondary" id="ref-cancel" @click=${() => emit(this, 'keyboard-cancel')}>${t(m.cancel, this.locale)}</button>
        <button class="btn" id="ref-done" ?disabled=${this.text.length < 4} @click=${() => emit(this, 'text-entered', this.text)}>${t(m.smsSubmit, this.locale)}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-ref-pad': KioskRefPad;
  }
}
