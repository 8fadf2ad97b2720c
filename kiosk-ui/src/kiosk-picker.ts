import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { buttons, icon, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import { emit } from './events.ts';
import { m } from './messages.ts';

export interface PickerOption {
  value: string;
  label: string;
}

/**
 * A choice from a list, as a finger makes it: the options as large buttons over the screen instead of a native
 * dropdown (whose rows are small and whose look the kiosk cannot control). One option, or several with "any"
 * (不限) clearing them; 完成 hands the choice up as `picked`.
 */
@customElement('kiosk-picker')
export class KioskPicker extends LitElement {
  @property() locale: Lang = 'zh';
  @property({ attribute: false }) heading: LocalizedText = { zh: '', en: '' };
  @property({ attribute: false }) options: PickerOption[] = [];
  @property({ attribute: false }) selected: string[] = [];
  @property({ type: Boolean }) multiple = false;
  /** The option that means no limit (不限): chosen when nothing else is. */
  @property({ attribute: false }) any: LocalizedText | null = null;
  @state() private chosen: string[] = [];

  static override styles = [tokens, buttons, css`
    :host { position: fixed; inset: 0; background: rgb(0 0 0 / 0.6); display: grid; place-items: center; z-index: 9; zoom: var(--jh-overlay-zoom, 1); }
    .box { box-sizing: border-box; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 28px; width: min(1000px, 94vw);
      max-height: 92vh; overflow-y: auto; font-size: 26px; }
    h2 { margin: 0 0 8px; font-size: 32px; }
    p { margin: 0 0 16px; color: var(--jh-ink-soft); }
    .options { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; }
    .options .btn { min-height: 88px; font-size: 28px; display: inline-flex; align-items: center; justify-content: center; gap: 8px; }
    .options .btn[aria-checked='true'] { background: var(--jh-primary); color: #fff; border-color: var(--jh-primary); }
    .row { display: flex; gap: 12px; margin-top: 20px; }
    .row .btn { flex: 1; min-height: 88px; font-size: 30px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    this.chosen = [...this.selected];
  }

  private toggle(value: string) {
    if (!this.multiple) {
      this.chosen = [value];
      emit(this, 'picked', this.chosen);
      return;
    }
    this.chosen = this.chosen.includes(value) ? this.chosen.filter((v) => v !== value) : [...this.chosen, value];
  }

  private option(on: boolean, label: string, click: () => void, value: string) {
    return html`<button class="btn secondary" role=${this.multiple ? 'checkbox' : 'radio'} aria-checked=${on ? 'true' : 'false'} data-option=${value}
      @click=${click}>${on ? icon('check', 28) : nothing}${label}</button>`;
  }

  override render() {
    const L = this.locale;
    return html`<div class="box" role="dialog" aria-modal="true" aria-labelledby="picker-title">
      <h2 id="picker-title">${t(this.heading, L)}</h2>
      ${this.multiple ? html`<p>${t(m.pickSeveral, L)}</p>` : nothing}
      <div class="options" role=${this.multiple ? 'group' : 'radiogroup'} aria-labelledby="picker-title">
        ${this.any ? this.option(this.chosen.length === 0, t(this.any, L), () => (this.multiple ? (this.chosen = []) : emit(this, 'picked', [])), '') : nothing}
        ${this.options.map((o) => this.option(this.chosen.includes(o.value), o.label, () => this.toggle(o.value), o.value))}
      </div>
      <div class="row">
        <button class="btn secondary" id="picker-cancel" @click=${() => emit(this, 'picker-cancel')}>${t(m.cancel, L)}</button>
        ${this.multiple ? html`<button class="btn" id="picker-done" @click=${() => emit(this, 'picked', this.chosen)}>${t(m.done, L)}</button>` : nothing}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-picker': KioskPicker;
  }
}
