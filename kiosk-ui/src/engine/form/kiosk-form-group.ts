import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { fieldProblem, isEmpty, showAnswer, type GroupField, type ScalarAnswer } from '@jobhall/hub-server/contract';
import { buttons, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import { emit } from '../../events.ts';
import type { FieldErrors } from './form-steps.ts';
import './kiosk-form-field.ts';
import { fill, fm } from './messages.ts';

type Entry = Record<string, ScalarAnswer>;

/**
 * A repeated group (several people in one filing): the entries so far, one line each, and the questions of
 * the entry being added or changed. An entry is checked when it is saved, in the kiosk's language.
 */
@customElement('kiosk-form-group')
export class KioskFormGroup extends LitElement {
  @property({ attribute: false }) group!: GroupField;
  @property({ attribute: false }) entries: Entry[] = [];
  /** Problems the hub or the page check found, by path ("answers.workers.1.idNumber"). */
  @property({ attribute: false }) errors: FieldErrors = new Map();
  @property() locale: Lang = 'zh';
  /** The hall's day, for dates that must be past or future. */
  @property() today = '';
  @state() private editing: { index: number; entry: Entry } | null = null;
  @state() private entryErrors = new Map<string, LocalizedText>();

  static override styles = [tokens, buttons, css`
    :host { display: block; margin: 0 0 20px; }
    .label { font-size: 26px; font-weight: 700; }
    .help { color: var(--jh-ink-soft); font-size: 20px; margin: 4px 0 8px; }
    .entry { display: flex; align-items: center; gap: 12px; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 8px 16px; margin: 8px 0; font-size: 22px; }
    .entry.invalid { border: 3px solid var(--jh-danger-ink); }
    .entry .what { flex: 1; }
    .entry .btn { min-height: 64px; font-size: 20px; }
    .editor { border: 3px solid var(--jh-primary); border-radius: var(--jh-radius); padding: 16px; margin: 12px 0; }
    .editor h3 { margin: 0 0 12px; font-size: 24px; }
    .row .btn { min-height: 72px; font-size: 24px; margin-right: 12px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; font-size: 22px; }
  `];

  private get path() {
    return `answers.${this.group.id}`;
  }

  private summary(e: Entry): string {
    return this.group.fields.slice(0, 3).filter((f) => !isEmpty(e[f.id])).map((f) => t(showAnswer(f, e[f.id]), this.locale)).join(' · ');
  }

  private save() {
    const today = this.today;
    const ed = this.editing!;
    const problems = new Map<string, LocalizedText>();
    for (const f of this.group.fields) {
      const v = ed.entry[f.id];
      if (isEmpty(v)) {
        if (f.required === true) problems.set(f.id, { zh: '请填写这一项', en: 'Please answer this' });
      } else {
        const p = fieldProblem(f, v!, today);
        if (p) problems.set(f.id, p);
      }
    }
    this.entryErrors = problems;
    if (problems.size) return;
    const entries = [...this.entries];
    entries[ed.index] = ed.entry;
    this.editing = null;
    emit(this, 'field-changed', { field: this.group.id, value: entries });
  }

  private removeEntry(i: number) {
    const entries = this.entries.filter((_, j) => j !== i);
    emit(this, 'field-changed', { field: this.group.id, value: entries.length ? entries : undefined });
  }

  private editor() {
    const ed = this.editing;
    if (!ed) return nothing;
    const L = this.locale;
    return html`<div class="editor" id="entry-editor-${this.group.id}">
      <h3>${t(this.group.itemLabel, L)} · ${fill(t(fm.entry, L), { n: ed.index + 1 })}</h3>
      ${this.group.fields.map((f) => html`<kiosk-form-field .field=${f} .value=${ed.entry[f.id]} .error=${this.entryErrors.get(f.id) ?? this.errors.get(`${this.path}.${ed.index}.${f.id}`) ?? null}
        domId="${this.group.id}-${ed.index}-${f.id}" .locale=${L}
        @field-changed=${(e: HTMLElementEventMap['field-changed']) => {
          e.stopPropagation();
          const entry = { ...ed.entry };
          if (e.detail.value === undefined) delete entry[e.detail.field];
          else entry[e.detail.field] = e.detail.value as ScalarAnswer;
          this.editing = { ...ed, entry };
        }}></kiosk-form-field>`)}
      <div class="row"><button class="btn" id="save-entry-${this.group.id}" @click=${() => this.save()}>${t(fm.saveEntry, L)}</button></div>
    </div>`;
  }

  override render() {
    const g = this.group;
    const L = this.locale;
    const own = this.errors.get(this.path);
    return html`
      <div class="label" id="label-${g.id}">${t(g.label, L)}</div>
      ${g.help ? html`<p class="help">${t(g.help, L)}</p>` : nothing}
      <p class="help">${fill(t(fm.entries, L), { n: this.entries.length, max: g.max })}</p>
      ${this.entries.map((e, i) => {
        const bad = [...this.errors.keys()].some((k) => k.startsWith(`${this.path}.${i}.`));
        return html`<div class="entry ${bad ? 'invalid' : ''}" data-entry=${i}>
          <span class="what">${fill(t(fm.entry, L), { n: i + 1 })} · ${this.summary(e)}</span>
          <button class="btn secondary" id="edit-entry-${g.id}-${i}" @click=${() => { this.entryErrors = new Map(); this.editing = { index: i, entry: { ...e } }; }}>${t(fm.change, L)}</button>
          <button class="btn secondary" id="remove-entry-${g.id}-${i}" @click=${() => this.removeEntry(i)}>${t(fm.removeEntry, L)}</button>
        </div>`;
      })}
      ${this.editor()}
      ${!this.editing && this.entries.length < g.max
        ? html`<div class="row"><button class="btn secondary" id="add-entry-${g.id}" @click=${() => { this.entryErrors = new Map(); this.editing = { index: this.entries.length, entry: {} }; }}>
            ${t(fm.addEntry, L)}（${t(g.itemLabel, L)}）</button></div>`
        : nothing}
      ${own ? html`<p class="err" role="alert" id="error-${g.id}">${t(own, L)}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-form-group': KioskFormGroup;
  }
}
