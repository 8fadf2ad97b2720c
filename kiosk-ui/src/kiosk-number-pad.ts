import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { buttons, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import { emit } from './events.ts';
import { m } from './messages.ts';

/**
 * A big on-screen number pad (a mobile number, a booking code): kiosks have no keyboard, and people with
 * little schooling manage digits better than a full keyboard. The digits live only in this element.
 */
@customElement('kiosk-number-pad')
export class KioskNumberPad extends LitElement {
  @property() locale: Lang = 'zh';
  @property({ attribute: false }) heading: LocalizedText = { zh: '', en: '' };
  @property({ attribute: false }) hint: LocalizedText = { zh: '', en: '' };
  /** How many digits make a complete entry. */
  @property({ type: Number }) digitsNeeded = 11;
  @property({ type: Boolean }) busy = false;
  /** Amounts take any length up to digitsNeeded; codes and numbers need exactly that many. */
  @property({ type: Boolean }) anyLength = false;
  /** ID numbers end in a digit or X (GB 11643); the X key takes the place of "clear". */
  @property({ type: Boolean }) allowX = false;
  /** Show what was typed masked (ID numbers: only the first 4 and last 4 characters stay readable). */
  @property({ type: Boolean }) mask = false;
  @property() error = '';
  /** What was typed before (the pad reopened after a refusal): kept, so one wrong digit is corrected, not all. */
  @property() value = '';
  /**
   * Checks a complete entry at the field, before anything is sent (an ID number's check digit): a sentence in
   * the kiosk's language, or null when it is fine. The digits stay as typed.
   */
  @property({ attribute: false }) validate: ((digits: string) => LocalizedText | null) | null = null;
  @state() private digits = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.digits = this.value;
  }

  private get complete(): boolean {
    return this.anyLength ? this.digits.length > 0 : this.digits.length === this.digitsNeeded;
  }

  /** Said at the field as soon as the entry is complete; cleared by the next key. */
  private get problem(): LocalizedText | null {
    return this.complete && this.validate ? this.validate(this.digits) : null;
  }

  private press(k: string) {
    if (this.digits.length < this.digitsNeeded) this.digits += k;
    this.error = '';
  }

  static override styles = [tokens, buttons, css`
    :host { position: fixed; inset: 0; background: rgb(0 0 0 / 0.6); display: grid; place-items: center; z-index: 9; zoom: var(--jh-overlay-zoom, 1); }
    .box { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 32px; width: 560px; font-size: 26px; }
    h2 { margin: 0 0 8px; font-size: 32px; }
    output { display: block; font-size: 48px; font-weight: 800; letter-spacing: 4px; min-height: 64px; border-bottom: 3px solid var(--jh-line); margin: 12px 0 20px; }
    .pad { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; }
    .pad .btn { min-height: 88px; font-size: 40px; }
    .row { display: flex; gap: 12px; margin-top: 16px; }
    .row .btn { flex: 1; min-height: 80px; font-size: 30px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
    .why { color: var(--jh-ink-soft); margin: 12px 0 0; }
  `];

  /** 11-digit phone numbers read best as 3-4-4; codes in threes. */
  private get shown(): string {
    if (this.mask) return this.digits.length > 8 ? `${this.digits.slice(0, 4)}${'*'.repeat(this.digits.length - 8)}${this.digits.slice(-4)}` : this.digits;
    if (this.digitsNeeded === 11) return this.digits.replace(/^(\d{3})(\d{0,4})(\d{0,4})$/, '$1 $2 $3').trim();
    return this.digits.replace(/(\d{3})(?=\d)/g, '$1 ');
  }

  override render() {
    const problem = this.problem;
    // A grey button says why it is grey.
    const left = this.digitsNeeded - this.digits.length;
    const why = this.busy ? t(m.loading, this.locale)
      : !this.complete ? (this.anyLength ? t(m.enterSomething, this.locale) : t(m.digitsLeft, this.locale).replace('{n}', String(left)))
        : '';
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', this.allowX ? 'X' : 'clear', '0', 'back'];
    return html`<div class="box" role="dialog" aria-modal="true" aria-labelledby="pad-title">
      <h2 id="pad-title">${t(this.heading, this.locale)}</h2>
      <p>${t(this.hint, this.locale)}</p>
      <output id="pad-digits" aria-live="polite">${this.shown}</output>
      <div class="pad">
        ${keys.map((k) =>
          k === 'clear'
            ? html`<button class="btn secondary" id="pad-clear" @click=${() => ((this.digits = ''), (this.error = ''))}>${t(m.clear, this.locale)}</button>`
            : k === 'back'
              ? html`<button class="btn secondary" id="pad-backspace" aria-label=${t(m.backspace, this.locale)} @click=${() => ((this.digits = this.digits.slice(0, -1)), (this.error = ''))}>⌫</button>`
              : html`<button class="btn secondary" data-digit=${k} @click=${() => this.press(k)}>${k}</button>`,
        )}
      </div>
      ${problem || this.error ? html`<p class="err" id="pad-error" role="alert">${problem ? t(problem, this.locale) : this.error}</p>` : ''}
      ${why ? html`<p class="why" id="pad-why">${why}</p>` : ''}
      <div class="row">
        <button class="btn secondary" id="pad-cancel" @click=${() => emit(this, 'pad-cancel')}>${t(m.cancel, this.locale)}</button>
        <button class="btn" id="pad-submit" ?disabled=${!this.complete || !!problem || this.busy} aria-describedby=${why ? 'pad-why' : nothing}
          @click=${() => emit(this, 'number-entered', this.digits)}>${t(m.smsSubmit, this.locale)}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-number-pad': KioskNumberPad;
  }
}
