import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  CvShared, PrintAccepted, checkCv, cvDocument, showAnswer, type CvAnswers, type CvFlow, type CvSection, type ScalarAnswer, type SimpleField,
} from '@jobhall/hub-server/contract';
import { api, buttons, icon, t, tokens } from '@jobhall/ui-kit';
import '@jobhall/ui-kit/jh-qr-code';
import { emit } from '../../events.ts';
import { aborted, problemOf } from '../../problem.ts';
import type { KioskSession } from '../../routing/route.ts';
import '../../kiosk-keyboard.ts';
import '../../kiosk-number-pad.ts';
import { vm, fillIn } from './cv-messages.ts';
import { prefillAnswers } from './prefill.ts';
import './kiosk-cv-preview.ts';

type Entry = Record<string, ScalarAnswer>;
interface Editing {
  section: string;
  entry: number;
  field: SimpleField;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The CV builder (4.2.3) drawn from its definition: a page per section (jobs held added one by one), every
 * answer by tapping, the on-screen keyboard or the number pad; then the CV as it will print, where the person
 * decides whether their full name and phone number show, prints it or takes it to a phone by a one-time code.
 * The answers live in this element only; a signed-in seeker's registration fills what it can.
 */
@customElement('kiosk-cv')
export class KioskCv extends LitElement {
  @property({ attribute: false }) definition!: CvFlow;
  @property({ attribute: false }) session!: KioskSession;
  @state() private page = -1;
  @state() private answers: CvAnswers = {};
  @state() private editing: Editing | null = null;
  @state() private issues = new Map<string, string>();
  @state() private prefilled = false;
  @state() private fullName = false;
  @state() private fullPhone = false;
  @state() private shared: CvShared | null = null;
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px 40px; font-size: 24px; }
    h2 { font-size: 38px; margin: 4px 0 8px; }
    h3 { font-size: 30px; margin: 8px 0; }
    .intro { font-size: 28px; line-height: 1.5; }
    .count { color: var(--jh-ink-soft); }
    .note { background: #e3f4e8; color: var(--jh-ok); border-radius: var(--jh-radius); padding: 10px 18px; font-weight: 700; }
    .card { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 12px 20px; margin: 12px 0; }
    .field { display: grid; grid-template-columns: 1fr auto; gap: 4px 16px; align-items: center; padding: 10px 0; border-top: 1px solid var(--jh-line); }
    .field:first-of-type { border-top: 0; }
    .field .label { font-weight: 700; }
    .field .value { grid-column: 1; color: var(--jh-ink-soft); overflow-wrap: anywhere; }
    .field .help { grid-column: 1 / -1; font-size: 20px; color: var(--jh-ink-soft); }
    .field .err { grid-column: 1 / -1; color: var(--jh-danger-ink); font-weight: 700; }
    .field > .btn { grid-row: 1 / span 2; grid-column: 2; min-height: 72px; font-size: 24px; }
    .chips { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 10px; }
    .chips .btn { min-height: 72px; font-size: 24px; }
    .btn[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    .row { display: flex; flex-wrap: wrap; gap: 16px; margin-top: 20px; align-items: center; }
    .row .btn { min-height: 88px; font-size: 28px; display: inline-flex; align-items: center; gap: 10px; }
    .choice { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin: 10px 0; }
    .choice .btn { min-height: 72px; min-width: 120px; font-size: 28px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
    .share { display: flex; gap: 24px; align-items: center; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 16px; margin-top: 16px; }
  `];

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (!changed.has('definition')) return;
    this.page = -1;
    this.answers = Object.fromEntries(this.definition.sections.filter((s) => s.repeat === 1).map((s) => [s.id, [{}]]));
    this.prefilled = false;
    const v = this.session.visitor;
    if (v?.kind === 'seeker') void this.prefill(this.definition, v.seeker);
  }

  /** A signed-in seeker's registration fills what it can; an answer already given is kept. */
  private async prefill(def: CvFlow, seeker: Parameters<typeof prefillAnswers>[1]) {
    const filled = await prefillAnswers(def, seeker, this.session.locale).catch(() => ({}));
    if (def !== this.definition || !Object.keys(filled).length) return;
    const next = { ...this.answers };
    for (const s of def.sections) {
      const own = Object.fromEntries(Object.entries(filled).filter(([id]) => s.fields.some((f) => f.id === id)));
      if (Object.keys(own).length) next[s.id] = [{ ...own, ...((next[s.id]?.[0] as Entry | undefined) ?? {}) }];
    }
    this.answers = next;
    this.prefilled = true;
  }

  private get L() {
    return this.session.locale;
  }

  private entries(s: CvSection): Entry[] {
    return (this.answers[s.id] ?? []) as Entry[];
  }

  private set(section: string, entry: number, field: string, value: ScalarAnswer | undefined) {
    const list = [...((this.answers[section] ?? []) as Entry[])];
    const next = { ...(list[entry] ?? {}) };
    if (value === undefined || value === '') delete next[field];
    else next[field] = value;
    list[entry] = next;
    this.answers = { ...this.answers, [section]: list };
    this.issues.delete(`answers.${section}.${entry}.${field}`);
  }

  /** Checks the page's section before moving on; its problems show at their fields. */
  private go(to: number) {
    if (to > this.page && this.page >= 0) {
      const s = this.definition.sections[this.page]!;
      const found = checkCv(this.definition, this.answers, today()).issues.filter((i) => i.path.startsWith(`answers.${s.id}`));
      this.issues = new Map(found.map((i) => [i.path, t(i.text, this.L)]));
      if (found.length) return;
    }
    this.shared = null;
    this.page = to;
    window.scrollTo(0, 0);
  }

  private get body() {
    return { answers: checkCv(this.definition, this.answers, today()).answers, lang: this.L, choices: { fullName: this.fullName, fullPhone: this.fullPhone } };
  }

  private async print() {
    this.busy = true;
    try {
      await api(`/api/cv/${this.definition.id}/print`, PrintAccepted, { method: 'POST', body: { ...this.body, kioskId: this.session.kioskId } });
      emit(this, 'kiosk-message', { tone: 'ok', text: vm.printing });
    } catch (err) {
      if (!aborted(err)) emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) });
    } finally {
      this.busy = false;
    }
  }

  private async share() {
    this.busy = true;
    try {
      this.shared = await api(`/api/cv/${this.definition.id}/share`, CvShared, { method: 'POST', body: this.body });
    } catch (err) {
      if (!aborted(err)) emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) });
    } finally {
      this.busy = false;
    }
  }

  private field(s: CvSection, i: number, f: SimpleField) {
    const L = this.L;
    const v = this.entries(s)[i]?.[f.id];
    const err = this.issues.get(`answers.${s.id}.${i}.${f.id}`);
    const id = `${s.id}-${i}-${f.id}`;
    const help = f.help ? html`<div class="help">${t(f.help, L)}</div>` : nothing;
    const problem = err ? html`<div class="err" role="alert">${err}</div>` : nothing;
    if (f.type === 'choice' || f.type === 'yes-no') {
      const options = f.type === 'yes-no' ? [{ value: true, label: vm.yes }, { value: false, label: vm.no }] : f.options;
      const multiple = f.type === 'choice' && f.multiple;
      const on = (x: string | boolean) => (multiple && Array.isArray(v) ? v.includes(x as string) : v === x);
      const pick = (x: string | boolean) => {
        if (!multiple) return this.set(s.id, i, f.id, on(x) ? undefined : x);
        const list = Array.isArray(v) ? v : [];
        this.set(s.id, i, f.id, on(x) ? list.filter((y) => y !== x) : [...list, x as string]);
      };
      return html`<div class="field" role="group" aria-label=${t(f.label, L)}><span class="label">${t(f.label, L)}</span>${help}
        <div class="chips">${options.map((o) => html`<button class="btn secondary" data-field=${id} data-value=${String(o.value)} aria-pressed=${on(o.value) ? 'true' : 'false'}
          @click=${() => pick(o.value)}>${t(o.label, L)}</button>`)}</div>${problem}</div>`;
    }
    const shown = v === undefined ? t(vm.empty, L) : t(showAnswer(f, v), L);
    return html`<div class="field"><span class="label">${t(f.label, L)}</span>
      <button class="btn secondary" data-field=${id} @click=${() => (this.editing = { section: s.id, entry: i, field: f })}>${t(v === undefined ? vm.fill : vm.change, L)}</button>
      <span class="value">${shown}</span>${help}${problem}</div>`;
  }

  private section(s: CvSection) {
    const L = this.L;
    const entries = this.entries(s);
    if (s.repeat === 1) return html`<div class="card">${s.fields.map((f) => this.field(s, 0, f))}</div>`;
    return html`
      ${entries.length ? nothing : html`<p class="count">${t(vm.none, L)}</p>`}
      ${entries.map((_, i) => html`<div class="card"><h3>${fillIn(t(vm.entry, L), { n: i + 1 })}</h3>${s.fields.map((f) => this.field(s, i, f))}
        <div class="row"><button class="btn secondary" data-remove=${i} @click=${() => {
          this.answers = { ...this.answers, [s.id]: entries.filter((__, j) => j !== i) };
          this.issues = new Map();
        }}>${t(vm.remove, L)}</button></div></div>`)}
      ${entries.length < s.repeat ? html`<div class="row"><button class="btn secondary" id="cv-add-${s.id}"
        @click=${() => (this.answers = { ...this.answers, [s.id]: [...entries, {}] })}>＋ ${t(s.addLabel!, L)}</button></div>` : nothing}`;
  }

  private editor() {
    const e = this.editing;
    if (!e) return nothing;
    const close = () => (this.editing = null);
    const f = e.field;
    const current = this.entries(this.definition.sections.find((s) => s.id === e.section)!)[e.entry]?.[f.id];
    const done = (value: ScalarAnswer | undefined) => {
      this.set(e.section, e.entry, f.id, value);
      close();
    };
    if (f.type === 'number' || f.type === 'phone') {
      return html`<kiosk-number-pad .locale=${this.L} .heading=${f.label} .hint=${f.help ?? { zh: '', en: '' }} ?anyLength=${f.type === 'number'}
        .digitsNeeded=${f.type === 'phone' ? 11 : String(f.max).length} @pad-cancel=${close}
        @number-entered=${(ev: CustomEvent<string>) => done(f.type === 'phone' ? ev.detail : Number(ev.detail))}></kiosk-number-pad>`;
    }
    const long = f.type === 'text' ? f.maxLength : 20;
    return html`<kiosk-keyboard .locale=${this.L} .heading=${f.label} .value=${typeof current === 'string' ? current : ''} .maxLength=${long}
      ?multiline=${f.type === 'text' && f.multiline} @keyboard-cancel=${close} @text-entered=${(ev: CustomEvent<string>) => done(ev.detail.trim() || undefined)}></kiosk-keyboard>`;
  }

  private review() {
    const d = this.definition;
    const L = this.L;
    const body = this.body;
    const doc = cvDocument(d, body.answers, L, body.choices);
    const about = d.sections.flatMap((s) => (s.repeat === 1 ? s.fields.map((f) => ({ f, v: this.entries(s)[0]?.[f.id] })) : []));
    const has = (type: string) => about.some((x) => x.f.type === type && x.v !== undefined);
    const choose = (label: typeof vm.showName, hint: typeof vm.showName, on: boolean, set: (x: boolean) => void, id: string) => html`
      <div class="card"><h3>${t(label, L)}</h3><p class="count">${t(hint, L)}</p><div class="choice">
        ${[true, false].map((b) => html`<button class="btn secondary" id="${id}-${b ? 'yes' : 'no'}" aria-pressed=${on === b ? 'true' : 'false'}
          @click=${() => { set(b); this.shared = null; }}>${t(b ? vm.yes : vm.no, L)}</button>`)}</div></div>`;
    const printer = this.session.hall.kiosks.find((k) => k.id === this.session.kioskId)?.printer;
    return html`
      <h2>${t(vm.previewTitle, L)}</h2>
      ${has('name') ? choose(vm.showName, vm.showNameHint, this.fullName, (x) => (this.fullName = x), 'cv-full-name') : nothing}
      ${has('phone') ? choose(vm.showPhone, vm.showPhoneHint, this.fullPhone, (x) => (this.fullPhone = x), 'cv-full-phone') : nothing}
      <kiosk-cv-preview .doc=${doc} .locale=${L}></kiosk-cv-preview>
      <div class="row">
        ${printer ? html`<button class="btn" id="cv-print" ?disabled=${this.busy} @click=${() => void this.print()}>${icon('printer', 36)} ${t(vm.print, L)}</button>` : nothing}
        <button class="btn" id="cv-share" ?disabled=${this.busy} @click=${() => void this.share()}>${t(vm.phone, L)}</button>
        <button class="btn secondary" id="cv-edit" @click=${() => this.go(0)}>${t(vm.edit, L)}</button>
      </div>
      ${this.shared ? html`<div class="share" id="cv-qr"><jh-qr-code .data=${this.shared.url} .label=${t(vm.phone, L)}></jh-qr-code>
        <p>${fillIn(t(vm.scan, L), { minutes: d.shareMinutes })}</p></div>` : nothing}
      <p class="count">${t(vm.noIdNote, L)}</p>`;
  }

  override render() {
    const d = this.definition;
    const L = this.L;
    const n = d.sections.length;
    if (this.page < 0) {
      return html`<h2>${t(d.title, L)}</h2>${d.intro ? html`<p class="intro">${t(d.intro, L)}</p>` : nothing}
        ${this.prefilled ? html`<p class="note">${t(vm.prefilled, L)}</p>` : nothing}
        <div class="row"><button class="btn" id="cv-start" @click=${() => this.go(0)}>${t(vm.start, L)}</button></div>`;
    }
    if (this.page >= n) return this.review();
    const s = d.sections[this.page]!;
    return html`
      <p class="count" id="cv-progress">${fillIn(t(vm.page, L), { n: this.page + 1, total: n })}</p>
      <h2>${t(s.title, L)}</h2>
      ${this.section(s)}
      ${this.issues.size ? html`<p class="err" role="alert">${t(vm.fix, L)}</p>` : nothing}
      <div class="row">
        <button class="btn secondary" id="cv-previous" @click=${() => this.go(this.page - 1)}>${t(vm.previous, L)}</button>
        <button class="btn" id="cv-next" @click=${() => this.go(this.page + 1)}>${t(this.page === n - 1 ? vm.review : vm.next, L)}</button>
      </div>
      ${this.editor()}`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'kiosk-cv': KioskCv;
  }
}
