import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  DemandSurveyReceived, HARD_TO_FILL_LABELS, TRAINING_LABELS, type HardToFillReason, type TrainingNeed,
} from '@jobhall/hub-server/contract';
import type { z } from 'zod';
import { api, buttons, t, tokens, type Lang, type LocalizedText, type Messages } from '@jobhall/ui-kit';
import { formProblem } from '../problem.ts';
import '../kiosk-keyboard.ts';
import '../kiosk-number-pad.ts';
import { loadVocabulary, type Vocabulary } from '@jobhall/ui-kit';
import { jm } from './messages.ts';
import { emit } from '../events.ts';

const sm = {
  title: { zh: '用工需求调查', en: 'Labour-demand survey' },
  hint: { zh: '请告诉我们贵单位下个季度的招工计划，只需点选，几分钟即可完成。结果只做统计，用来安排招聘会和培训。', en: 'Tell us your hiring plans for next quarter — mostly taps, a few minutes. Only totals are used, to plan fairs and training.' },
  employer: { zh: '单位名称', en: 'Employer' },
  district: { zh: '单位所在区', en: 'Where you are' },
  size: { zh: '单位人数', en: 'Staff' },
  demand: { zh: '下季度计划招用', en: 'Hiring next quarter' },
  addPost: { zh: '＋ 添加一个工种', en: '+ Add an occupation' },
  pickOccupation: { zh: '选择工种', en: 'Choose the occupation' },
  headcount: { zh: '计划招用人数', en: 'How many people' },
  payFrom: { zh: '计划月薪从（元）', en: 'Monthly pay from (yuan)' },
  payTo: { zh: '到（元）', en: 'up to (yuan)' },
  hardToFill: { zh: '这个岗位难招吗？', en: 'Is it hard to fill?' },
  why: { zh: '为什么难招？（可多选）', en: 'Why? (choose any)' },
  addLine: { zh: '加入', en: 'Add' },
  remove: { zh: '删除', en: 'Remove' },
  training: { zh: '希望中心提供哪些培训？（可多选）', en: 'Training you would like from the centre (choose any)' },
  submit: { zh: '提交调查', en: 'Send' },
  people: { zh: '人', en: 'people' },
  hard: { zh: '难招', en: 'hard to fill' },
  yes: { zh: '难招', en: 'Yes' },
  no: { zh: '不难招', en: 'No' },
} satisfies Messages<string>;

const SIZES = ['1-9', '10-49', '50-199', '200-999', '1000+'] as const;

interface Line {
  occupationCode: string;
  headcount: number | null;
  payMin: number | null;
  payMax: number | null;
  hardToFill: boolean;
  reasons: HardToFillReason[];
}
type NumberField = 'headcount' | 'payMin' | 'payMax';
const NUMBER: Record<NumberField, { label: LocalizedText; digits: number }> = {
  headcount: { label: sm.headcount, digits: 4 },
  payMin: { label: sm.payFrom, digits: 6 },
  payMax: { label: sm.payTo, digits: 6 },
};

const toggle = <T,>(list: T[], x: T): T[] => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);

/**
 * 用工调查 (3.1.7): any employer, signed in or not, tells the centre its hiring plans for next quarter by
 * tapping: occupations with headcount and planned pay, which are hard to fill and why, and training needs.
 * Only the employer is named; nothing about people is asked. Fires `survey-submitted` with the hub's receipt.
 */
@customElement('kiosk-demand-survey')
export class KioskDemandSurvey extends LitElement {
  @property() locale: Lang = 'zh';
  /** A signed-in employer: its account name and district are used and the name is not typed. */
  @property() token = '';
  @property() employerName = '';
  @state() private vocab: Vocabulary | null = null;
  @state() private name = '';
  @state() private district = '';
  @state() private size = '';
  @state() private lines: Line[] = [];
  @state() private draft: Line | null = null;
  @state() private training: TrainingNeed[] = [];
  @state() private editing: 'name' | NumberField | null = null;
  @state() private error = '';
  @state() private done: z.infer<typeof DemandSurveyReceived> | null = null;
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 22px; }
    h2 { font-size: 34px; margin: 0 0 4px; }
    h3 { font-size: 26px; margin: 18px 0 8px; }
    .hint { color: var(--jh-ink-soft); margin: 0 0 12px; }
    .choices { display: flex; flex-wrap: wrap; gap: 10px; }
    .choices .btn { min-height: 64px; font-size: 22px; padding: 0 18px; }
    .btn[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    .field { display: flex; gap: 12px; align-items: center; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 10px 16px; margin: 6px 0; }
    .field .label { min-width: 9em; color: var(--jh-ink-soft); }
    .field .value { flex: 1; font-weight: 700; }
    .draft { border: 3px solid var(--jh-primary); border-radius: var(--jh-radius); padding: 12px 16px; margin: 8px 0; background: var(--jh-wash); }
    ul.lines { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
    ul.lines li { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 10px 16px; display: flex; gap: 16px; align-items: center; }
    ul.lines li span { flex: 1; }
    .actions { margin-top: 16px; display: flex; gap: 16px; align-items: center; }
    .actions .btn { min-height: 88px; font-size: 30px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
    .ok { color: var(--jh-ok); font-weight: 700; font-size: 28px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void loadVocabulary().then((v) => (this.vocab = v));
  }

  private occName(code: string): string {
    const o = this.vocab?.occupations.find((x) => x.code === code);
    return o ? o.name : code;
  }

  private get draftComplete(): boolean {
    const d = this.draft;
    return !!d && d.headcount !== null && d.payMin !== null && d.payMax !== null && (!d.hardToFill || d.reasons.length > 0);
  }

  private get complete(): boolean {
    return this.lines.length > 0 && (!!this.token || (this.name.length >= 2 && !!this.district));
  }

  private addDraft() {
    if (!this.draft || !this.draftComplete) return;
    this.lines = [...this.lines.filter((l) => l.occupationCode !== this.draft!.occupationCode), this.draft];
    this.draft = null;
  }

  private async submit() {
    this.busy = true;
    this.error = '';
    try {
      this.done = await api('/api/surveys/demand', DemandSurveyReceived, {
        method: 'POST', headers: this.token ? { 'x-visitor-token': this.token } : {},
        body: {
          ...(this.token ? {} : { employerName: this.name }), ...(this.district ? { district: this.district } : {}), ...(this.size ? { size: this.size } : {}),
          demand: this.lines.map((l) => ({ occupationCode: l.occupationCode, headcount: l.headcount, payMin: l.payMin, payMax: l.payMax, hardToFill: l.hardToFill, reasons: l.reasons })),
          trainingNeeds: this.training,
        },
      });
      emit(this, 'survey-submitted', this.done);
    } catch (err) {
      this.error = t(formProblem(err, { employerName: sm.employer, district: sm.district, size: sm.size, demand: sm.demand, trainingNeeds: sm.training }), this.locale);
    } finally {
      this.busy = false;
    }
  }

  private chip(on: boolean, label: string, click: () => void, data: string) {
    return html`<button class="btn secondary" data-choice=${data} aria-pressed=${on ? 'true' : 'false'} @click=${click}>${label}</button>`;
  }

  private numberRow(field: NumberField) {
    const v = this.draft?.[field];
    return html`<div class="field"><span class="label">${t(NUMBER[field].label, this.locale)}</span>
      <span class="value" id="value-${field}">${v ?? html`<small>${t(jm.required, this.locale)}</small>`}</span>
      <button class="btn secondary" id="edit-${field}" @click=${() => (this.editing = field)}>${t(jm.fillIn, this.locale)}</button></div>`;
  }

  private renderDraft() {
    const L = this.locale;
    const d = this.draft!;
    if (!d.occupationCode) {
      return html`<div class="draft"><h3>${t(sm.pickOccupation, L)}</h3><div class="choices" id="survey-occupations">
        ${this.vocab?.occupations.filter((o) => !this.lines.some((l) => l.occupationCode === o.code)).map((o) =>
          this.chip(false, o.name, () => (this.draft = { ...d, occupationCode: o.code }), o.code))}</div></div>`;
    }
    return html`<div class="draft" id="survey-draft"><h3>${this.occName(d.occupationCode)}</h3>
      ${this.numberRow('headcount')} ${this.numberRow('payMin')} ${this.numberRow('payMax')}
      <div class="field"><span class="label">${t(sm.hardToFill, L)}</span><span class="choices">
        ${this.chip(d.hardToFill, t(sm.yes, L), () => (this.draft = { ...d, hardToFill: true }), 'hard-yes')}
        ${this.chip(!d.hardToFill, t(sm.no, L), () => (this.draft = { ...d, hardToFill: false, reasons: [] }), 'hard-no')}</span></div>
      ${d.hardToFill ? html`<p>${t(sm.why, L)}</p><div class="choices">${(Object.keys(HARD_TO_FILL_LABELS) as HardToFillReason[]).map((r) =>
        this.chip(d.reasons.includes(r), t(HARD_TO_FILL_LABELS[r], L), () => (this.draft = { ...d, reasons: toggle(d.reasons, r) }), `reason-${r}`))}</div>` : nothing}
      <div class="actions"><button class="btn" id="survey-add-line" ?disabled=${!this.draftComplete} @click=${this.addDraft}>${t(sm.addLine, L)}</button>
        <button class="btn secondary" @click=${() => (this.draft = null)}>${t(sm.remove, L)}</button></div></div>`;
  }

  private renderEditor() {
    const L = this.locale;
    const e = this.editing;
    if (!e) return nothing;
    if (e === 'name') {
      return html`<kiosk-keyboard .locale=${L} .heading=${sm.employer} .value=${this.name} .maxLength=${60}
        @text-entered=${(ev: CustomEvent<string>) => ((this.name = ev.detail.trim()), (this.editing = null))} @keyboard-cancel=${() => (this.editing = null)}></kiosk-keyboard>`;
    }
    return html`<kiosk-number-pad .locale=${L} .heading=${NUMBER[e].label} .digitsNeeded=${NUMBER[e].digits} anyLength
      @number-entered=${(ev: CustomEvent<string>) => ((this.draft = { ...this.draft!, [e]: Number(ev.detail) }), (this.editing = null))}
      @pad-cancel=${() => (this.editing = null)}></kiosk-number-pad>`;
  }

  override render() {
    const L = this.locale;
    if (this.done) return html`<h2>${t(sm.title, L)}</h2><p class="ok" id="survey-done" role="status">${t(this.done.message, L)}</p>`;
    return html`
      <h2>${t(sm.title, L)}</h2>
      <p class="hint">${t(sm.hint, L)}</p>
      ${this.token
        ? html`<div class="field"><span class="label">${t(sm.employer, L)}</span><span class="value">${this.employerName}</span></div>`
        : html`<div class="field"><span class="label">${t(sm.employer, L)}</span><span class="value" id="value-employerName">${this.name || html`<small>${t(jm.required, L)}</small>`}</span>
            <button class="btn secondary" id="edit-employerName" @click=${() => (this.editing = 'name')}>${t(jm.fillIn, L)}</button></div>`}
      <h3>${t(sm.district, L)}</h3>
      <div class="choices" id="survey-districts">${this.vocab?.districts.map((d) => this.chip(this.district === d.code, d.name, () => (this.district = d.code), `district-${d.code}`))}</div>
      <h3>${t(sm.size, L)}</h3>
      <div class="choices">${SIZES.map((s) => this.chip(this.size === s, `${s} ${t(sm.people, L)}`, () => (this.size = this.size === s ? '' : s), `size-${s}`))}</div>
      <h3>${t(sm.demand, L)}</h3>
      <ul class="lines" id="survey-lines">${this.lines.map((l) => html`<li data-line=${l.occupationCode}><span><strong>${this.occName(l.occupationCode)}</strong> ·
        ${l.headcount} ${t(sm.people, L)} · ${l.payMin}–${l.payMax} ${t(jm.perMonth, L)}${l.hardToFill ? html` · <strong>${t(sm.hard, L)}</strong>：${l.reasons.map((r) => t(HARD_TO_FILL_LABELS[r], L)).join('、')}` : nothing}</span>
        <button class="btn secondary" @click=${() => (this.lines = this.lines.filter((x) => x !== l))}>${t(sm.remove, L)}</button></li>`)}</ul>
      ${this.draft ? this.renderDraft() : this.lines.length < 10
        ? html`<div class="actions"><button class="btn secondary" id="survey-add" @click=${() => (this.draft = { occupationCode: '', headcount: null, payMin: null, payMax: null, hardToFill: false, reasons: [] })}>${t(sm.addPost, L)}</button></div>`
        : nothing}
      <h3>${t(sm.training, L)}</h3>
      <div class="choices">${(Object.keys(TRAINING_LABELS) as TrainingNeed[]).map((n) => this.chip(this.training.includes(n), t(TRAINING_LABELS[n], L), () => (this.training = toggle(this.training, n)), `training-${n}`))}</div>
      ${this.error ? html`<p class="err" role="alert" id="survey-error">${this.error}</p>` : nothing}
      <div class="actions"><button class="btn" id="survey-submit" ?disabled=${!this.complete || this.busy || !!this.draft} @click=${this.submit}>${t(sm.submit, L)}</button></div>
      ${this.renderEditor()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-demand-survey': KioskDemandSurvey;
  }
}
