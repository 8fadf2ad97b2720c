import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { buttons, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import { emit } from './events.ts';
import { candidates, syllableOf } from './pinyin.ts';

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const DIGITS = '1234567890';
const PAGE = 10;
/** Long texts (a job's duties) need sentence breaks; short fields do not. */
const PUNCTUATION = ['，', '。'];

const m = {
  done: { zh: '完成', en: 'Done' },
  cancel: { zh: '取消', en: 'Cancel' },
  space: { zh: '空格', en: 'Space' },
  clear: { zh: '清空', en: 'Clear' },
  mode: { zh: '中/英', en: '中/EN' },
  more: { zh: '更多', en: 'More' },
  hint: { zh: '输入拼音，再点选汉字', en: 'Type pinyin, then tap a character' },
  backspace: { zh: '删除', en: 'Delete' },
};

/**
 * An on-screen keyboard for Chinese and English text on a kiosk with no physical keyboard: pinyin letters
 * build a syllable, its characters appear in a row to tap (most common first). English mode types letters.
 * The text lives only here until "done"; nothing is stored.
 */
@customElement('kiosk-keyboard')
export class KioskKeyboard extends LitElement {
  @property() locale: Lang = 'zh';
  @property({ attribute: false }) heading: LocalizedText = { zh: '', en: '' };
  @property() value = '';
  @property({ type: Number }) maxLength = 40;
  @property({ type: Boolean }) multiline = false;
  /** The field's rule, said before anything is typed (至少 10 个字). */
  @property({ attribute: false }) hint: LocalizedText | null = null;
  /**
   * Checks the text on 完成: a sentence when it breaks the field's rule (the keyboard then stays open with the
   * text as typed), or null. 完成 is never grey: a tap always answers.
   */
  @property({ attribute: false }) check: ((text: string) => LocalizedText | null) | null = null;
  @state() private text = '';
  @state() private problem: LocalizedText | null = null;
  @state() private pinyin = '';
  @state() private chinese = true;
  @state() private page = 0;

  // Every row is a grid that divides the box's width, so no key can fall off a 1080 px portrait screen whatever
  // the language or extra keys; the action row wraps onto a second line rather than overflow. Keys stay ≥ 64 px.
  static override styles = [tokens, buttons, css`
    :host { position: fixed; inset: 0; background: rgb(0 0 0 / 0.6); display: grid; place-items: end center; z-index: 9; zoom: var(--jh-overlay-zoom, 1); }
    .box { box-sizing: border-box; background: var(--jh-paper); width: 100%; max-width: 1400px; padding: 20px 24px 28px;
      border-radius: var(--jh-radius) var(--jh-radius) 0 0; }
    h2 { margin: 0 0 8px; font-size: 28px; overflow-wrap: anywhere; }
    output { display: block; min-height: 56px; font-size: 34px; border-bottom: 3px solid var(--jh-line); padding: 4px 8px; white-space: pre-wrap; word-break: break-all; }
    .pinyin { color: var(--jh-primary); text-decoration: underline; }
    .cands { display: flex; gap: 8px; min-height: 72px; margin: 8px 0; flex-wrap: wrap; align-items: center; }
    .cands .btn { min-width: 64px; min-height: 64px; font-size: 34px; padding: 0 10px; }
    .row { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(64px, 96px); gap: 8px; justify-content: center; margin-top: 8px; }
    .row .btn { min-width: 64px; min-height: 72px; font-size: 30px; padding: 0; }
    .actions { display: grid; grid-template-columns: repeat(auto-fit, minmax(128px, 1fr)); gap: 8px; margin-top: 8px; }
    .actions .btn { min-height: 72px; font-size: 24px; padding: 0 8px; }
    .hint { color: var(--jh-ink-soft); font-size: 20px; margin: 0 0 4px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; font-size: 22px; margin: 0 0 4px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    this.text = this.value;
    this.addEventListener('click', this.onBackdrop);
    window.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onBackdrop);
    window.removeEventListener('keydown', this.onKey);
  }

  /** A tap beside the keyboard closes it keeping what was typed, as a phone's keyboard does. */
  private readonly onBackdrop = (e: Event) => {
    if (e.composedPath()[0] === this) this.done();
  };

  /** A kiosk with a physical keyboard (or a staff member's) can finish with Enter and leave with Escape. */
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') this.done();
    else if (e.key === 'Escape') emit(this, 'keyboard-cancel');
  };

  private done() {
    const text = this.text.trim();
    this.problem = this.check?.(text) ?? null;
    if (!this.problem) emit(this, 'text-entered', text);
  }

  private add(s: string) {
    this.text = (this.text + s).slice(0, this.maxLength);
    this.problem = null;
  }

  private key(ch: string) {
    if (!this.chinese) return this.add(ch);
    if (this.pinyin.length < 12) this.pinyin += ch;
    this.page = 0;
  }

  private pick(c: string) {
    const { rest } = syllableOf(this.pinyin);
    this.add(c);
    this.pinyin = rest;
    this.page = 0;
  }

  private backspace() {
    if (this.pinyin) this.pinyin = this.pinyin.slice(0, -1);
    else this.text = [...this.text].slice(0, -1).join('');
    this.page = 0;
    this.problem = null;
  }

  override render() {
    const { syllable } = syllableOf(this.pinyin);
    const all = this.chinese ? candidates(syllable) : [];
    const shown = all.slice(this.page * PAGE, this.page * PAGE + PAGE);
    return html`<div class="box" role="dialog" aria-modal="true" aria-labelledby="kb-title">
      <h2 id="kb-title">${t(this.heading, this.locale)}</h2>
      ${this.hint ? html`<p class="hint" id="kb-hint">${t(this.hint, this.locale)}</p>` : nothing}
      ${this.problem ? html`<p class="err" id="kb-error" role="alert">${t(this.problem, this.locale)}</p>` : nothing}
      <output id="kb-text" aria-live="polite">${this.text}${this.pinyin ? html`<span class="pinyin">${this.pinyin}</span>` : nothing}</output>
      <div class="cands" id="kb-candidates">
        ${shown.map((c) => html`<button class="btn secondary" data-char=${c} @click=${() => this.pick(c)}>${c}</button>`)}
        ${all.length > (this.page + 1) * PAGE ? html`<button class="btn secondary" id="kb-more" @click=${() => this.page++}>${t(m.more, this.locale)}</button>` : nothing}
        ${!shown.length && this.chinese ? html`<span class="hint">${t(m.hint, this.locale)}</span>` : nothing}
      </div>
      <div class="row">${[...DIGITS].map((d) => html`<button class="btn secondary" data-key=${d} @click=${() => this.add(d)}>${d}</button>`)}</div>
      ${ROWS.map((r) => html`<div class="row">${[...r].map((k) => html`<button class="btn secondary" data-key=${k} @click=${() => this.key(k)}>${k}</button>`)}</div>`)}
      <div class="actions">
        <button class="btn secondary" id="kb-mode" @click=${() => ((this.chinese = !this.chinese), (this.pinyin = ''))}>${this.chinese ? '中' : 'EN'} · ${t(m.mode, this.locale)}</button>
        ${this.multiline ? PUNCTUATION.map((p) => html`<button class="btn secondary" data-key=${p} @click=${() => this.add(p)}>${p}</button>`) : nothing}
        <button class="btn secondary" id="kb-space" @click=${() => this.add(' ')}>${t(m.space, this.locale)}</button>
        <button class="btn secondary" id="kb-backspace" aria-label=${t(m.backspace, this.locale)} @click=${this.backspace}>⌫</button>
        <button class="btn secondary" id="kb-clear" @click=${() => ((this.text = ''), (this.pinyin = ''))}>${t(m.clear, this.locale)}</button>
        <button class="btn secondary" id="kb-cancel" @click=${() => emit(this, 'keyboard-cancel')}>${t(m.cancel, this.locale)}</button>
        <button class="btn" id="kb-done" @click=${() => this.done()}>${t(m.done, this.locale)}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-keyboard': KioskKeyboard;
  }
}
