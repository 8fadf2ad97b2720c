import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { z } from 'zod';
import { CheckResult, VacancyCreated, type Finding } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import '../kiosk-keyboard.ts';
import '../kiosk-number-pad.ts';
import { loadVocabulary, type Vocabulary } from '@jobhall/ui-kit';
import { jm } from './messages.ts';

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
type Editing = { kind: 'text'; field: TextField } | { kind: 'number'; field: NumberField } | null;

const TEXT: Record<TextField, { label: LocalizedText; max: number }> = {
  title: { label: jm.jobTitle, max: 40 },
  employerName: { label: jm.employerName, max: 60 },
  description: { label: jm.jobDescription, max: 500 },
};
const NUMBER: Record<NumberField, { label: LocalizedText; digits: number }> = {
  payMin: { label: jm.payMinField, digits: 5 },
  payMax: { label: jm.payMaxField, digits: 5 },
  headcount: { label: jm.headcountField, digits: 3 },
  contactPhone: { label: jm.contactPhone, digits: 11 },
};
const SEVERITY: Record<Finding['severity'], LocalizedText> = { block: jm.block, review: jm.review, warn: jm.warn };

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
  @state() private f: Fields = {
    title: '', employerName: '', description: '', district: '', payMin: null, payMax: null, payPeriod: 'monthly', headcount: null,
    contactPhone: '', meals: false, lodging: false, noNight: false,
  };
  @state() private editing: Editing = null;
  @state() private vocab: Vocabulary | null = null;
  @state() private check: z.infer<typeof CheckResult> | null = null;
  @state() private error = '';
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
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void loadVocabulary().then((v) => (this.vocab = v));
  }

  private get body() {
    const f = this.f;
    return {
      title: f.title, employerName: this.employerName || f.employerName, description: f.description, district: f.district,
      payMin: f.payMin ?? 0, payMax: f.payMax ?? f.payMin ?? 0, payPeriod: f.payPeriod, headcount: f.headcount ?? 1,
      contactPhone: f.contactPhone, meals: f.meals, lodging: f.lodging, ...(f.noNight ? { shifts: ['day'] } : {}),
    };
  }

  private get complete(): boolean {
    const f = this.f;
    return !!(f.title && (this.employerName || f.employerName) && f.description.length >= 10 && f.district && f.payMin !== null && f.headcount && f.contactPhone);
  }

  private set(patch: Partial<Fields>) {
    this.f = { ...this.f, ...patch };
    this.editing = null;
    this.error = '';
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
    this.busy = true;
    try {
      this.created = await api('/api/vacancies', VacancyCreated, { method: 'POST', body: this.body, headers: this.token ? { 'x-visitor-token': this.token } : {} });
    } catch (err) {
      // Refused for its wording: the refusal carries every finding, shown as the check shows them.
      const findings = err instanceof ApiProblem ? err.details.findings : undefined;
      if (findings) this.check = { findings, blocked: true, needsReview: findings.some((x) => x.severity === 'review') };
      this.error = err instanceof ApiProblem ? (err.issues.map((i) => `${i.path}: ${i.message}`).join('；') || err.message) : String(err);
    } finally {
      this.busy = false;
    }
  }

  private textRow(field: TextField, wide = false) {
    const value = this.f[field];
    return html`<div class="field ${wide ? 'wide' : ''}"><span class="label">${t(TEXT[field].label, this.locale)}</span>
      <span class="value" id="value-${field}">${value || html`<small>${t(jm.required, this.locale)}</small>`}</span>
      <button class="btn secondary" id="edit-${field}" @click=${() => (this.editing = { kind: 'text', field })}>${t(jm.fillIn, this.locale)}</button></div>`;
  }

  private numberRow(field: NumberField) {
    const value = this.f[field];
    return html`<div class="field"><span class="label">${t(NUMBER[field].label, this.locale)}</span>
      <span class="value" id="value-${field}">${value === null || value === '' ? html`<small>${t(jm.required, this.locale)}</small>` : value}</span>
      <button class="btn secondary" id="edit-${field}" @click=${() => (this.editing = { kind: 'number', field })}>${t(jm.fillIn, this.locale)}</button></div>`;
  }

  private chip(on: boolean, label: LocalizedText, click: () => void, id: string) {
    return html`<button class="btn secondary" id=${id} aria-pressed=${on ? 'true' : 'false'} @click=${click}>${t(label, this.locale)}</button>`;
  }

  private renderEditor() {
    const e = this.editing;
    if (!e) return nothing;
    if (e.kind === 'text') {
      return html`<kiosk-keyboard .locale=${this.locale} .heading=${TEXT[e.field].label} .value=${this.f[e.field]} .maxLength=${TEXT[e.field].max}
        ?multiline=${e.field === 'description'} @text-entered=${(ev: CustomEvent<string>) => this.set({ [e.field]: ev.detail })}
        @keyboard-cancel=${() => (this.editing = null)}></kiosk-keyboard>`;
    }
    const spec = NUMBER[e.field];
    return html`<kiosk-number-pad .locale=${this.locale} .heading=${spec.label} .hint=${jm.postJobHint} .digitsNeeded=${spec.digits} ?anyLength=${e.field !== 'contactPhone'}
      @number-entered=${(ev: CustomEvent<string>) => this.set({ [e.field]: e.field === 'contactPhone' ? ev.detail : Number(ev.detail) })}
      @pad-cancel=${() => (this.editing = null)}></kiosk-number-pad>`;
  }

  override render() {
    const L = this.locale;
    if (this.created) {
      return html`<h2>${t(jm.postJob, L)}</h2><p class="ok" id="vacancy-created" role="status">${t(jm.submitted, L)} ${this.created.id}</p>
        ${this.created.findings.length ? html`<div class="findings">${this.created.findings.map((x) => this.finding(x))}</div>` : nothing}`;
    }
    const f = this.f;
    const blocked = this.check?.blocked ?? false;
    return html`
      <h2>${t(jm.postJob, L)}</h2>
      <p class="hint">${t(jm.postJobHint, L)}</p>
      <div class="form">
        ${this.textRow('title')}
        ${this.employerName ? html`<div class="field"><span class="label">${t(jm.employerName, L)}</span><span class="value">${this.employerName}</span></div>` : this.textRow('employerName')}
        ${this.textRow('description', true)}
        <div class="field"><span class="label">${t(jm.district, L)}</span>
          <select id="vacancy-district" aria-label=${t(jm.district, L)} @change=${(ev: Event) => this.set({ district: (ev.target as HTMLSelectElement).value })}>
            <option value="">${t(jm.required, L)}</option>${this.vocab?.districts.map((d) => html`<option value=${d.code}>${d.name}</option>`)}
          </select></div>
        ${this.numberRow('headcount')}
        ${this.numberRow('payMin')} ${this.numberRow('payMax')}
        <div class="field"><span class="label">${t(jm.payPeriod, L)}</span><span class="chips">
          ${(['monthly', 'weekly', 'daily'] as const).map((p) => this.chip(f.payPeriod === p, jm[p], () => this.set({ payPeriod: p }), `period-${p}`))}</span></div>
        ${this.numberRow('contactPhone')}
        <div class="field wide"><span class="chips">
          ${this.chip(f.meals, jm.meals, () => this.set({ meals: !f.meals }), 'vacancy-meals')}
          ${this.chip(f.lodging, jm.lodging, () => this.set({ lodging: !f.lodging }), 'vacancy-lodging')}
          ${this.chip(f.noNight, jm.noNight, () => this.set({ noNight: !f.noNight }), 'vacancy-no-night')}</span></div>
      </div>
      <div class="findings" id="findings" aria-live="polite">
        ${this.check ? (this.check.findings.length ? this.check.findings.map((x) => this.finding(x)) : html`<p class="ok" id="wording-ok">${t(jm.wordingOk, L)}</p>`) : nothing}
      </div>
      ${this.error ? html`<p class="err" role="alert">${this.error}</p>` : nothing}
      <div class="actions"><button class="btn" id="submit-vacancy" ?disabled=${!this.complete || blocked || this.busy} @click=${this.submit}>${t(jm.submitJob, L)}</button></div>
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
