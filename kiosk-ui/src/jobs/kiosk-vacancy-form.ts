import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { z } from 'zod';
import { CheckResult, PAY_UNIT, VacancyCreated, monthlyPay, type Finding, type HallView } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import '../kiosk-keyboard.ts';
import '../kiosk-number-pad.ts';
import '../kiosk-picker.ts';
import '../kiosk-submitted.ts';
import { loadVocabulary, type Vocabulary } from '@jobhall/ui-kit';
import { jm } from './messages.ts';
import { districtName, listOf } from './names.ts';
import { phoneProblem } from './register-steps.ts';
import { formProblem } from '../problem.ts';

interface Fields {
  title: string;
  employerName: string;
  description: string;
  district: string;
  payMin: number | null;
  payMax: number | null;
  payPeriod: 'monthly' | 'weekly' | 'daily';
  headcount: number | null;
  contactPhone: string;
  meals: boolean;
  lodging: boolean;
  noNight: boolean;
}

type TextField = 'title' | 'employerName' | 'description';
type NumberField = 'payMin' | 'payMax' | 'headcount' | 'contactPhone';
type Editing = { kind: 'text'; field: TextField } | { kind: 'number'; field: NumberField } | { kind: 'district' } | null;

/** Each text field with the hub's own length rule, said at the field before anything is typed. */
const TEXT: Record<TextField, { label: LocalizedText; min: number; max: number }> = {
  title: { label: jm.jobTitle, min: 2, max: 40 },
  employerName: { label: jm.employerName, min: 2, max: 60 },
  description: { label: jm.jobDescription, min: 10, max: 500 },
};
const lengthRule = (f: TextField): LocalizedText => ({
  zh: `至少 ${TEXT[f].min} 个字，最多 ${TEXT[f].max} 个字`, en: `At least ${TEXT[f].min} characters, at most ${TEXT[f].max}`,
});
const lengthProblem = (f: TextField) => (text: string): LocalizedText | null => {
  const n = [...text].length;
  if (n >= TEXT[f].min) return null;
  return { zh: `还差 ${TEXT[f].min - n} 个字：${lengthRule(f).zh}`, en: `${TEXT[f].min - n} more to go: ${lengthRule(f).en.toLowerCase()}` };
};
const NUMBER: Record<NumberField, { label: LocalizedText; digits: number }> = {
  payMin: { label: jm.payMinField, digits: 5 },
  payMax: { label: jm.payMaxField, digits: 5 },
  headcount: { label: jm.headcountField, digits: 3 },
  contactPhone: { label: jm.contactPhone, digits: 11 },
};
const SEVERITY: Record<Finding['severity'], LocalizedText> = { block: jm.block, review: jm.review, warn: jm.warn };
/** The fields by the hub's names, for a refusal that names one. */
const FIELD_NAMES: Record<string, LocalizedText> = {
  title: jm.jobTitle, employerName: jm.employerName, description: jm.jobDescription, district: jm.district, payMin: jm.payMinField,
  payMax: jm.payMaxField, headcount: jm.headcountField, contactPhone: jm.contactPhone,
};

/**
 * 招聘登记 (3.1.1) at the kiosk. There is no field for gender, age, hukou, ethnicity, marital status, height or
 * health; the free text is checked for discriminatory or illegal wording as it is written, each finding with
 * its fix and legal basis, and blocked wording cannot be submitted. Staff publish after review.
 */
@customElement('kiosk-vacancy-form')
export class KioskVacancyForm extends LitElement {
  @property() locale: Lang = 'zh';
  /** The signed-in employer's name: the vacancy goes under its account and the name is not typed. */
  @property() employerName = '';
  @property() token = '';
  @property() kioskId = '';
  /** This kiosk has a printer, so the pre-filled slip for window 5 is printed. */
  @property({ type: Boolean }) canPrint = false;
  @property({ attribute: false }) hall: HallView | null = null;
  @state() private f: Fields = {
    title: '', employerName: '', description: '', district: '', payMin: null, payMax: null, payPeriod: 'monthly', headcount: null,
    contactPhone: '', meals: false, lodging: false, noNight: false,
  };
  @state() private editing: Editing = null;
  @state() private vocab: Vocabulary | null = null;
  @state() private check: z.infer<typeof CheckResult> | null = null;
  @state() private error: LocalizedText | null = null;
  @state() private created: z.infer<typeof VacancyCreated> | null = null;
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 22px; }
    h2 { font-size: 34px; margin: 0 0 4px; }
    .hint { color: var(--jh-ink-soft); margin: 0 0 12px; }
    .form { display: grid; grid-template-columns: 1fr 1fr; gap: 12px 24px; }
    .field { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 12px 16px; display: flex; gap: 12px; align-items: center; }
    .field.wide { grid-column: 1 / -1; }
    .field .label { min-width: 9em; color: var(--jh-ink-soft); }
    .field .value { flex: 1; font-weight: 700; white-space: pre-wrap; }
    .field .btn { min-height: 64px; font-size: 20px; }
    .chips { display: flex; gap: 8px; flex-wrap: wrap; }
    .chips .btn { min-height: 64px; font-size: 20px; }
    .chips .btn[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    select { font: inherit; min-height: 64px; }
    .findings { margin-top: 16px; display: grid; gap: 8px; }
    .finding { border-radius: var(--jh-radius); padding: 12px 16px; }
    .finding.block { background: var(--jh-danger-bg); color: var(--jh-danger-ink); }
    .finding.review { background: var(--jh-warn-bg); color: var(--jh-warn-ink); }
    .finding.warn { background: var(--jh-wash); }
    .ok { color: var(--jh-ok); font-weight: 700; }
    .actions { margin-top: 16px; display: flex; gap: 16px; align-items: center; }
    .actions .btn { min-height: 88px; font-size: 30px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
    .rule { display: block; font-size: 18px; color: var(--jh-ink-soft); font-weight: 400; }
    .rule.short { color: var(--jh-danger-ink); font-weight: 700; }
    .why { color: var(--jh-ink-soft); }
    .field .btn.pick { flex: 1; justify-content: flex-start; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void loadVocabulary().then((v) => (this.vocab = v));
  }

  /** What the employer typed, as the hub stores it: pay given per day or week becomes its monthly equivalent. */
  private get body() {
    const f = this.f;
    const pay = (x: number | null) => (x === null ? 0 : monthlyPay(x, f.payPeriod));
    return {
      title: f.title, employerName: this.employerName || f.employerName, description: f.description, district: f.district,
      payMin: pay(f.payMin), payMax: pay(f.payMax ?? f.payMin), payPeriod: f.payPeriod, headcount: f.headcount ?? 1,
      contactPhone: f.contactPhone, meals: f.meals, lodging: f.lodging, ...(f.noNight ? { shifts: ['day'] } : {}),
    };
  }

  /** The fields still missing or too short, by name: what the grey 提交审核 says it is waiting for. */
  private get missing(): LocalizedText[] {
    const f = this.f;
    const out: LocalizedText[] = [];
    if (lengthProblem('title')(f.title)) out.push(jm.jobTitle);
    if (!this.employerName && lengthProblem('employerName')(f.employerName)) out.push(jm.employerName);
    if (lengthProblem('description')(f.description)) out.push(jm.jobDescription);
    if (!f.district) out.push(jm.district);
    if (!f.headcount) out.push(jm.headcountField);
    if (f.payMin === null) out.push(jm.payMinField);
    if (!f.contactPhone) out.push(jm.contactPhone);
    return out;
  }

  private set(patch: Partial<Fields>) {
    this.f = { ...this.f, ...patch };
    this.editing = null;
    this.error = null;
    if ('title' in patch || 'description' in patch || 'employerName' in patch) void this.runCheck();
  }

  /** The wording check runs as soon as there is text, so the employer sees every finding before submitting. */
  private async runCheck() {
    const { title, description } = this.f;
    if (!title && !description) return;
    try {
      this.check = await api('/api/vacancies/check', CheckResult, {
        method: 'POST', body: { ...(title ? { title } : {}), ...(description.length >= 10 ? { description } : {}), ...(this.f.employerName ? { employerName: this.f.employerName } : {}) },
      });
    } catch {
      this.check = null;
    }
  }

  private async submit() {
    if (this.busy) return;
    this.busy = true;
    try {
      const printAt = this.canPrint && this.kioskId ? `?kioskId=${encodeURIComponent(this.kioskId)}` : '';
      this.created = await api(`/api/vacancies${printAt}`, VacancyCreated, { method: 'POST', body: this.body, headers: this.token ? { 'x-visitor-token': this.token } : {} });
    } catch (err) {
      // Refused for its wording: the refusal carries every finding, shown as the check shows them.
      const findings = err instanceof ApiProblem ? err.details.findings : undefined;
      if (findings) this.check = { findings, blocked: true, needsReview: findings.some((x) => x.severity === 'review') };
      this.error = formProblem(err, FIELD_NAMES);
    } finally {
      this.busy = false;
    }
  }

  private textRow(field: TextField, wide = false) {
    const value = this.f[field];
    const short = value ? lengthProblem(field)(value) : null;
    return html`<div class="field ${wide ? 'wide' : ''}"><span class="label">${t(TEXT[field].label, this.locale)}
        <span class="rule ${short ? 'short' : ''}" id="rule-${field}">${t(short ?? lengthRule(field), this.locale)}</span></span>
      <span class="value" id="value-${field}">${value || html`<small>${t(jm.required, this.locale)}</small>`}</span>
      <button class="btn secondary" id="edit-${field}" @click=${() => (this.editing = { kind: 'text', field })}>${t(jm.fillIn, this.locale)}</button></div>`;
  }

  private numberRow(field: NumberField) {
    const value = this.f[field];
    const label = NUMBER[field].label;
    // Pay is typed in the unit it is paid in: 元/天 for a daily wage.
    const unit = field === 'payMin' || field === 'payMax' ? ` (${t(PAY_UNIT[this.f.payPeriod], this.locale)})` : '';
    return html`<div class="field"><span class="label">${t(label, this.locale)}${unit}</span>
      <span class="value" id="value-${field}">${value === null || value === '' ? html`<small>${t(jm.required, this.locale)}</small>` : value}</span>
      <button class="btn secondary" id="edit-${field}" @click=${() => (this.editing = { kind: 'number', field })}>${t(jm.fillIn, this.locale)}</button></div>`;
  }

  private chip(on: boolean, label: LocalizedText, click: () => void, id: string) {
    return html`<button class="btn secondary" id=${id} aria-pressed=${on ? 'true' : 'false'} @click=${click}>${t(label, this.locale)}</button>`;
  }

  private renderEditor() {
    const e = this.editing;
    const L = this.locale;
    if (!e) return nothing;
    if (e.kind === 'district') {
      return html`<kiosk-picker .locale=${L} .heading=${jm.district} .selected=${this.f.district ? [this.f.district] : []}
        .options=${(this.vocab?.districts ?? []).map((d) => ({ value: d.code, label: L === 'en' ? d.en : d.name }))}
        @picked=${(ev: HTMLElementEventMap['picked']) => this.set({ district: ev.detail[0] ?? '' })} @picker-cancel=${() => (this.editing = null)}></kiosk-picker>`;
    }
    if (e.kind === 'text') {
      return html`<kiosk-keyboard .locale=${L} .heading=${TEXT[e.field].label} .hint=${lengthRule(e.field)} .check=${lengthProblem(e.field)}
        .value=${this.f[e.field]} .maxLength=${TEXT[e.field].max} ?multiline=${e.field === 'description'}
        @text-entered=${(ev: HTMLElementEventMap['text-entered']) => this.set({ [e.field]: ev.detail })}
        @keyboard-cancel=${() => (this.editing = null)}></kiosk-keyboard>`;
    }
    const spec = NUMBER[e.field];
    const pay = e.field === 'payMin' || e.field === 'payMax';
    const heading = pay ? { zh: `${spec.label.zh}（${PAY_UNIT[this.f.payPeriod].zh}）`, en: `${spec.label.en} (${PAY_UNIT[this.f.payPeriod].en})` } : spec.label;
    const current = this.f[e.field];
    return html`<kiosk-number-pad .locale=${L} .heading=${heading} .hint=${jm.postJobHint} .digitsNeeded=${spec.digits} ?anyLength=${e.field !== 'contactPhone'}
      .value=${current === null ? '' : String(current)} .validate=${e.field === 'contactPhone' ? phoneProblem : null}
      @number-entered=${(ev: HTMLElementEventMap['number-entered']) => this.set({ [e.field]: e.field === 'contactPhone' ? ev.detail : Number(ev.detail) })}
      @pad-cancel=${() => (this.editing = null)}></kiosk-number-pad>`;
  }

  override render() {
    const L = this.locale;
    if (this.created) {
      return html`<kiosk-submitted .locale=${L} serviceId="3.1.1" .heading=${jm.vacancySubmitted} .reference=${String(this.created.id)}
        ?slip=${!!this.created.slip} .kioskId=${this.kioskId} .hall=${this.hall}></kiosk-submitted>
        ${this.created.findings.length ? html`<div class="findings">${this.created.findings.map((x) => this.finding(x))}</div>` : nothing}`;
    }
    const f = this.f;
    const blocked = this.check?.blocked ?? false;
    const missing = this.missing;
    // 提交审核 is grey only for a reason it states: what is still missing, or wording that must change.
    const why = missing.length ? `${t(jm.stillNeeded, L)}${listOf(missing.map((x) => t(x, L)), L)}` : blocked ? t(jm.fixWordingFirst, L) : '';
    return html`
      <h2>${t(jm.postJob, L)}</h2>
      <p class="hint">${t(jm.postJobHint, L)}</p>
      <div class="form">
        ${this.textRow('title')}
        ${this.employerName ? html`<div class="field"><span class="label">${t(jm.employerName, L)}</span><span class="value">${this.employerName}</span></div>` : this.textRow('employerName')}
        ${this.textRow('description', true)}
        <div class="field"><span class="label">${t(jm.district, L)}</span>
          <span class="value" id="value-district">${f.district ? districtName(this.vocab, f.district, L) : html`<small>${t(jm.required, L)}</small>`}</span>
          <button class="btn secondary" id="edit-district" aria-haspopup="dialog" @click=${() => (this.editing = { kind: 'district' })}>${t(jm.choose, L)}</button></div>
        ${this.numberRow('headcount')}
        <div class="field"><span class="label">${t(jm.payPeriod, L)}</span><span class="chips">
          ${(['monthly', 'weekly', 'daily'] as const).map((p) => this.chip(f.payPeriod === p, jm[p], () => this.set({ payPeriod: p }), `period-${p}`))}</span></div>
        ${this.numberRow('payMin')} ${this.numberRow('payMax')}
        ${this.numberRow('contactPhone')}
        <div class="field wide"><span class="chips">
          ${this.chip(f.meals, jm.meals, () => this.set({ meals: !f.meals }), 'vacancy-meals')}
          ${this.chip(f.lodging, jm.lodging, () => this.set({ lodging: !f.lodging }), 'vacancy-lodging')}
          ${this.chip(f.noNight, jm.noNight, () => this.set({ noNight: !f.noNight }), 'vacancy-no-night')}</span></div>
      </div>
      <div class="findings" id="findings" aria-live="polite">
        ${this.check ? (this.check.findings.length ? this.check.findings.map((x) => this.finding(x)) : html`<p class="ok" id="wording-ok">${t(jm.wordingOk, L)}</p>`) : nothing}
      </div>
      ${this.error ? html`<p class="err" id="vacancy-error" role="alert">${t(this.error, L)}</p>` : nothing}
      <div class="actions"><button class="btn" id="submit-vacancy" ?disabled=${!!why} aria-describedby="submit-why" @click=${() => void this.submit()}>
          ${t(this.busy ? jm.sending : jm.submitJob, L)}</button>
        <span class="why" id="submit-why">${why}</span></div>
      ${this.renderEditor()}`;
  }

  private finding(x: Finding) {
    const L = this.locale;
    return html`<div class="finding ${x.severity}" data-rule=${x.rule}>
      <strong>${t(SEVERITY[x.severity], L)} · ${t(x.title, L)}</strong>：“${x.text}”<br />
      ${t(jm.fix, L)}：${t(x.fix, L)}<br /><small>${t(jm.basis, L)}：${x.basis.join('；')}</small></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-vacancy-form': KioskVacancyForm;
  }
}
