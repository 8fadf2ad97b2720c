import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import { m } from './messages.ts';

/**
 * A big on-screen number pad for a mobile number: kiosks have no keyboard, and people with little schooling
 * manage digits better than a full keyboard. The digits live only in this element and go with it.
 */
@customElement('kiosk-phone-keypad')
export class KioskPhoneKeypad extends LitElement {
  @property() locale: Lang = 'zh';
  @property({ type: Boolean }) busy = false;
  @property() error = '';
  @state() private digits = '';

  static override styles = [tokens, buttons, css`
    :host { position: fixed; inset: 0; background: rgb(0 0 0 / 0.6); display: grid; place-items: center; z-index: 9; }
    .box { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 32px; width: 560px; font-size: 26px; }
    h2 { margin: 0 0 8px; font-size: 32px; }
    output { display: block; font-size: 48px; font-weight: 800; letter-spacing: 4px; min-height: 64px; border-bottom: 3px solid var(--jh-line); margin: 12px 0 20px; }
    .pad { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; }
    .pad .btn { min-height: 88px; font-size: 40px; }
    .row { display: flex; gap: 12px; margin-top: 16px; }
    .row .btn { flex: 1; min-height: 80px; font-size: 30px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
  `];

  private press(d: string) {
    if (this.digits.length < 11) this.digits += d;
  }

  private submit() {
    this.dispatchEvent(new CustomEvent('phone-entered', { detail: this.digits, bubbles: true, composed: true }));
  }

  override render() {
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'back'];
    return html`<div class="box" role="dialog" aria-modal="true" aria-labelledby="kp-title">
      <h2 id="kp-title">${t(m.smsTitle, this.locale)}</h2>
      <p>${t(m.smsHint, this.locale)}</p>
      <output id="phone-digits" aria-live="polite">${this.digits.replace(/^(\d{3})(\d{0,4})(\d{0,4})$/, '$1 $2 $3').trim()}</output>
      <div class="pad">
        ${keys.map((k) =>
          k === 'clear'
            ? html`<button class="btn secondary" aria-label=${t(m.clear, this.locale)} @click=${() => (this.digits = '')}>${t(m.clear, this.locale)}</button>`
            : k === 'back'
              ? html`<button class="btn secondary" aria-label=${t(m.backspace, this.locale)} @click=${() => (this.digits = this.digits.slice(0, -1))}>⌫</button>`
              : html`<button class="btn secondary" data-digit=${k} @click=${() => this.press(k)}>${k}</button>`,
        )}
      </div>
      ${this.error ? html`<p class="err" role="alert">${this.error}</p>` : ''}
      <div class="row">
        <button class="btn secondary" id="sms-cancel" @click=${() => this.dispatchEvent(new CustomEvent('cancel', { bubbles: true, composed: true }))}>${t(m.cancel, this.locale)}</button>
        <button class="btn" id="sms-submit" ?disabled=${this.digits.length !== 11 || this.busy} @click=${this.submit}>${t(m.smsSubmit, this.locale)}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-phone-keypad': KioskPhoneKeypad;
  }
}
