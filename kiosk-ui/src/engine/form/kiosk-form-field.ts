import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { showAnswer, type ScalarAnswer, type SimpleField } from '@jobhall/hub-server/contract';
import { buttons, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import { emit } from '../../events.ts';
import '../../kiosk-keyboard.ts';
import '../../kiosk-number-pad.ts';
import { fm } from './messages.ts';

/** How the number pad takes each kind of typed answer: length, X for ID numbers, masking. */
function padOf(f: SimpleField): { digits: number; any: boolean; allowX?: boolean; mask?: boolean; hint: LocalizedText } | null {
  switch (f.type) {
    case 'number': return { digits: String(Math.trunc(f.max)).length, any: true, hint: f.unit ?? { zh: '', en: '' } };
    case 'money': return { digits: String(Math.trunc(f.max)).length, any: true, hint: fm.amountHint };
    case 'phone': return { digits: 11, any: false, hint: { zh: '', en: '' } };
    case 'id-number': return { digits: 18, any: false, allowX: true, mask: true, hint: { zh: '', en: '' } };
    case 'date': return f.precision === 'month' ? { digits: 6, any: false, hint: fm.monthHint } : { digits: 8, any: false, hint: fm.dateHint };
    default: return null;
  }
}

/** The pad's digits as the answer: numbers as numbers, dates as YYYY-MM(-DD). */
function fromPad(f: SimpleField, digits: string): ScalarAnswer {
  if (f.type === 'number' || f.type === 'money') return Number(digits);
  if (f.type === 'date') return f.precision === 'month' ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}` : `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  return digits;
}

/**
 * One question of a form at the kiosk: its words, large touch controls for the answer (the on-screen keyboard
 * for text, the number pad for numbers, dates, phones and ID numbers, buttons for choices), and the problem
 * with the answer in the kiosk's language. Personal answers show masked once entered.
 */
@customElement('kiosk-form-field')
export class KioskFormField extends LitElement {
  @property({ attribute: false }) field!: SimpleField;
  @property({ attribute: false }) value: ScalarAnswer | undefined;
  @property({ attribute: false }) error: LocalizedText | null = null;
  /** Unique within the form (a group's entries prefix theirs): ids of the controls the tests and labels use. */
  @property() domId = '';
  /** Filled from the card: the masked value to show; the visitor does not type it. */
  @property() fromCard = '';
  @property() locale: Lang = 'zh';
  @state() private editing = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; margin: 0 0 20px; }
    .label { font-size: 26px; font-weight: 700; margin-bottom: 6px; }
    .req { color: var(--jh-danger-ink); font-size: 18px; margin-left: 8px; }
    .help { color: var(--jh-ink-soft); font-size: 20px; margin: 0 0 8px; }
    .value { display: block; width: 100%; min-height: 72px; text-align: left; font-size: 26px; padding: 8px 16px; background: var(--jh-paper);
      border: 3px solid var(--jh-line); border-radius: var(--jh-radius); color: var(--jh-ink); overflow-wrap: anywhere; }
    .value.empty { color: var(--jh-ink-soft); }
    .invalid .value, .invalid .options { border-color: var(--jh-danger-ink); }
    .options { display: flex; flex-wrap: wrap; gap: 10px; }
    .options.list { flex-direction: column; }
    .options .btn { min-height: 72px; font-size: 24px; text-align: left; }
    .options.list .btn { width: 100%; }
    .btn[aria-pressed='true'] { background: var(--jh-primary); color: #fff; border-color: var(--jh-primary); }
    .check::before { content: '☐ '; }
    .check[aria-pressed='true']::before { content: '☑ '; }
    .card { font-size: 24px; font-weight: 700; padding: 16px; background: #e3f4e8; color: var(--jh-ok); border-radius: var(--jh-radius); }
    .err { color: var(--jh-danger-ink); font-weight: 700; font-size: 22px; margin-top: 6px; }
  `];

  private set(value: ScalarAnswer | undefined) {
    this.editing = false;
    emit(this, 'field-changed', { field: this.field.id, value });
  }

  private shown(): string {
    if (this.value === undefined || this.value === '') return '';
    return t(showAnswer(this.field, this.value), this.locale);
  }

  private control() {
    const f = this.field;
    const L = this.locale;
    const id = `input-${this.domId}`;
    switch (f.type) {
      case 'yes-no':
        return html`<div class="options" role="group" aria-labelledby="label-${this.domId}">
          ${([[true, fm.yes], [false, fm.no]] as const).map(([v, label]) => html`<button class="btn secondary" id="${id}-${v ? 'yes' : 'no'}"
            aria-pressed=${this.value === v ? 'true' : 'false'} @click=${() => this.set(v)}>${t(label, L)}</button>`)}</div>`;
      case 'choice': {
        const chosen = Array.isArray(this.value) ? this.value : this.value === undefined ? [] : [String(this.value)];
        const toggle = (v: string) => {
          if (!f.multiple) return this.set(v);
          const next = chosen.includes(v) ? chosen.filter((x) => x !== v) : [...chosen, v];
          this.set(next.length ? next : undefined);
        };
        return html`<div class="options ${f.display}" role="group" aria-labelledby="label-${this.domId}">
          ${f.options.map((o) => html`<button class="btn secondary" id="${id}-${o.value}" aria-pressed=${chosen.includes(o.value) ? 'true' : 'false'}
            @click=${() => toggle(o.value)}>${t(o.label, L)}</button>`)}</div>`;
      }
      case 'checklist': {
        const ticked = Array.isArray(this.value) ? this.value : [];
        const toggle = (v: string) => this.set(ticked.includes(v) ? ticked.filter((x) => x !== v) : [...ticked, v]);
        return html`<div class="options list" role="group" aria-labelledby="label-${this.domId}">
          ${f.items.map((i) => html`<button class="btn secondary check" id="${id}-${i.value}" aria-pressed=${ticked.includes(i.value) ? 'true' : 'false'}
            @click=${() => toggle(i.value)}>${t(i.label, L)}</button>`)}</div>`;
      }
      default: {
        const shown = this.shown();
        // data-say-skip: speech mode never sends an answer to the hub; the editor that opens says the question.
        return html`<button class="btn value ${shown ? '' : 'empty'}" id=${id} aria-labelledby="label-${this.domId} ${id}" data-say-skip
          @click=${() => (this.editing = true)}>${shown || t(fm.tapToFill, L)}</button>`;
      }
    }
  }

  private editor() {
    if (!this.editing) return nothing;
    const f = this.field;
    const close = () => (this.editing = false);
    const pad = padOf(f);
    if (pad) {
      return html`<kiosk-number-pad .locale=${this.locale} .heading=${f.label} .hint=${pad.hint} .digitsNeeded=${pad.digits} ?anyLength=${pad.any}
        ?allowX=${!!pad.allowX} ?mask=${!!pad.mask} @pad-cancel=${close}
        @number-entered=${(e: HTMLElementEventMap['number-entered']) => this.set(fromPad(f, e.detail))}></kiosk-number-pad>`;
    }
    const max = f.type === 'text' ? f.maxLength : 30;
    // A personal text is not shown again for editing; the visitor types it afresh.
    const start = f.personal ? '' : typeof this.value === 'string' ? this.value : '';
    return html`<kiosk-keyboard .locale=${this.locale} .heading=${f.label} .value=${start} .maxLength=${max} ?multiline=${f.type === 'text' && f.multiline}
      @keyboard-cancel=${close} @text-entered=${(e: HTMLElementEventMap['text-entered']) => this.set((f.type === 'text' && f.upperCase ? e.detail.toUpperCase() : e.detail) || undefined)}></kiosk-keyboard>`;
  }

  override render() {
    const f = this.field;
    const L = this.locale;
    return html`<div class=${this.error ? 'invalid' : ''} data-field=${this.domId}>
      <div class="label" id="label-${this.domId}">${t(f.label, L)}${f.required === true ? html`<span class="req">${t(fm.required, L)}</span>` : nothing}</div>
      ${f.help ? html`<p class="help">${t(f.help, L)}</p>` : nothing}
      ${this.fromCard ? html`<div class="card" id="card-${this.domId}">${this.fromCard} · ${t(fm.cardRead, L)}</div>` : this.control()}
      ${this.error ? html`<div class="err" role="alert" id="error-${this.domId}">${t(this.error, L)}</div>` : nothing}
      ${this.editor()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-form-field': KioskFormField;
  }
}
