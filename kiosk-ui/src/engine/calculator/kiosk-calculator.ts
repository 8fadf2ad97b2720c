import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CalcResult, PrintAccepted, evaluate, parseExpr, type CalcInput, type CalculatorFlow, type Value } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, icon, t, tokens, type LocalizedText } from '@jobhall/ui-kit';
import { emit, navigate } from '../../events.ts';
import { aborted, problemOf } from '../../problem.ts';
import type { KioskSession } from '../../routing/route.ts';
import { canShow } from '../kinds.ts';
import '../../kiosk-number-pad.ts';
import { cm, fillIn } from './calc-messages.ts';
import './kiosk-calc-result.ts';

/**
 * A calculator flow (失业保险金, 培训补贴 …) drawn from its definition: each question by tapping (choices and
 * yes/no as big buttons, numbers on the number pad), a question asked only sometimes shown only then, and the
 * hub's result with every line of how it was reached. The answers live in this element only.
 */
@customElement('kiosk-calculator')
export class KioskCalculator extends LitElement {
  @property({ attribute: false }) definition!: CalculatorFlow;
  @property() serviceId = '';
  @property({ attribute: false }) session!: KioskSession;
  @state() private answers: Record<string, Value> = {};
  @state() private editing: Extract<CalcInput, { type: 'number' | 'money' }> | null = null;
  @state() private result: CalcResult | null = null;
  @state() private problem: { text: LocalizedText; fields: string[] } | null = null;
  @state() private busy = false;
  private readonly askIf = new Map<string, ReturnType<typeof parseExpr>>();

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px 40px; font-size: 24px; }
    h2 { font-size: 38px; margin: 4px 0 8px; }
    .intro { font-size: 26px; color: var(--jh-ink-soft); margin: 0 0 16px; }
    .questions { display: grid; gap: 16px; }
    @media (min-aspect-ratio: 4/3) { .questions { grid-template-columns: 1fr 1fr; } }
    .q { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 16px 22px; border: 3px solid transparent; }
    .q.wrong { border-color: var(--jh-danger-ink); }
    .q h3 { font-size: 28px; margin: 0 0 6px; }
    .help { color: var(--jh-ink-soft); font-size: 21px; margin: 0 0 10px; }
    .options { display: grid; gap: 10px; }
    .options.two { grid-template-columns: 1fr 1fr; }
    .options .btn { min-height: 72px; font-size: 24px; text-align: left; padding: 8px 20px; }
    .options.two .btn { text-align: center; font-size: 30px; }
    .btn[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    .number { width: 100%; min-height: 80px; font-size: 32px; display: flex; justify-content: space-between; align-items: center; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
    .actions { display: flex; flex-wrap: wrap; gap: 16px; margin-top: 20px; }
    .actions .btn { min-height: 96px; font-size: 30px; display: inline-flex; gap: 10px; align-items: center; }
  `];

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (!changed.has('definition')) return;
    this.askIf.clear();
    for (const i of this.definition.inputs) if (i.askIf) this.askIf.set(i.id, parseExpr(i.askIf));
    this.answers = Object.fromEntries(this.definition.inputs.flatMap((i) => (i.default !== undefined ? [[i.id, i.default]] : [])));
    this.result = null;
  }

  private get L() {
    return this.session.locale;
  }

  /** The questions to show now: one asked only sometimes appears once the answers before it call for it. */
  private get asked(): CalcInput[] {
    const values: Record<string, Value> = {};
    return this.definition.inputs.filter((i) => {
      const rule = this.askIf.get(i.id);
      const ask = !rule || evaluate(rule, { value: (n) => values[n] as Value, brackets: () => [] }) === true;
      values[i.id] = ask ? this.answers[i.id]! : i.otherwise!;
      return ask;
    });
  }

  private answer(id: string, v: Value) {
    this.answers = { ...this.answers, [id]: v };
    if (this.problem?.fields.includes(id)) this.problem = null;
  }

  private async calculate() {
    const asked = this.asked;
    this.busy = true;
    this.problem = null;
    try {
      const inputs = Object.fromEntries(asked.filter((i) => this.answers[i.id] !== undefined).map((i) => [i.id, this.answers[i.id]]));
      this.result = await api(`/api/calculators/${this.definition.id}`, CalcResult, { method: 'POST', body: { inputs } });
      window.scrollTo(0, 0);
    } catch (err) {
      if (aborted(err)) return;
      const fields = err instanceof ApiProblem ? err.issues.map((i) => i.path.replace(/^body\.inputs\./, '')) : [];
      this.problem = { text: problemOf(err), fields };
    } finally {
      this.busy = false;
    }
  }

  private async print() {
    if (!this.result) return;
    try {
      const inputs = Object.fromEntries(this.asked.filter((i) => this.answers[i.id] !== undefined).map((i) => [i.id, this.answers[i.id]]));
      await api(`/api/calculators/${this.definition.id}/print`, PrintAccepted, {
        method: 'POST', body: { inputs, asOf: this.result.asOf, kioskId: this.session.kioskId, lang: this.L },
      });
      emit(this, 'kiosk-message', { tone: 'ok', text: cm.printing });
    } catch (err) {
      if (!aborted(err)) emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) });
    }
  }

  private question(input: CalcInput) {
    const L = this.L;
    const v = this.answers[input.id];
    const wrong = this.problem?.fields.includes(input.id);
    let control;
    if (input.type === 'choice') {
      control = html`<div class="options">${input.options.map((o) => html`<button class="btn secondary" data-input=${input.id} data-value=${o.value}
        aria-pressed=${v === o.value ? 'true' : 'false'} @click=${() => this.answer(input.id, o.value)}>${t(o.label, L)}</button>`)}</div>`;
    } else if (input.type === 'yes-no') {
      control = html`<div class="options two">${([true, false] as const).map((b) => html`<button class="btn secondary" data-input=${input.id} data-value=${String(b)}
        aria-pressed=${v === b ? 'true' : 'false'} @click=${() => this.answer(input.id, b)}>${t(b ? cm.yes : cm.no, L)}</button>`)}</div>`;
    } else {
      const unit = input.unit ? t(input.unit, L) : L === 'zh' ? '元' : 'yuan';
      control = html`<button class="btn secondary number" data-input=${input.id} @click=${() => (this.editing = input)}>
        <span>${v === undefined ? t(cm.tapToEnter, L) : `${String(v)} ${unit}`}</span><span>${v === undefined ? '' : t(cm.change, L)}</span></button>`;
    }
    return html`<div class="q ${wrong ? 'wrong' : ''}" role="group" aria-labelledby="q-${input.id}">
      <h3 id="q-${input.id}">${t(input.label, L)}</h3>
      ${input.help ? html`<p class="help">${t(input.help, L)}</p>` : nothing}
      ${control}
      ${wrong && this.problem ? html`<p class="err" role="alert">${t(this.problem.text, L)}</p>` : nothing}
    </div>`;
  }

  private pad() {
    const input = this.editing;
    if (!input) return nothing;
    const close = () => (this.editing = null);
    const hint = { zh: fillIn(cm.between.zh, { min: input.min, max: input.max }), en: fillIn(cm.between.en, { min: input.min, max: input.max }) };
    return html`<kiosk-number-pad .locale=${this.L} .heading=${input.label} .hint=${input.help ?? hint} anyLength
      .digitsNeeded=${String(Math.floor(input.max)).length} @pad-cancel=${close}
      @number-entered=${(e: CustomEvent<string>) => {
        this.answer(input.id, Number(e.detail));
        close();
      }}></kiosk-number-pad>`;
  }

  /** What the result offers next: print it, pre-apply with the function's form, take a ticket for its window. */
  private next() {
    const L = this.L;
    const s = this.session;
    const printer = s.hall.kiosks.find((k) => k.id === s.kioskId)?.printer;
    // The definition's form, else the function's own; offered only once the kiosk can draw forms.
    const id = this.definition.preApply ?? s.flows.find((f) => f.kind === 'form' && f.functions.includes(this.serviceId))?.id;
    const summary = s.flows.find((f) => f.id === id && f.functions.includes(this.serviceId));
    const form = summary && canShow(summary) ? summary.id : null;
    const ticket = s.services.find((x) => x.id === this.serviceId)?.ticket;
    return html`<div class="actions">
      ${printer ? html`<button class="btn" id="calc-print" @click=${() => void this.print()}>${icon('printer', 36)} ${t(cm.print, L)}</button>` : nothing}
      ${form && this.result?.eligible ? html`<button class="btn" id="calc-pre-apply" @click=${() => navigate(this, `services/${this.serviceId}/${form}`)}>${t(cm.preApply, L)}</button>` : nothing}
      ${ticket ? html`<button class="btn" id="calc-ticket" @click=${() => navigate(this, `services/${this.serviceId}/ticket`)}>${icon('ticket', 36)} ${t(cm.ticket, L)}</button>` : nothing}
      <button class="btn secondary" id="calc-again" @click=${() => (this.result = null)}>${t(cm.again, L)}</button>
    </div>`;
  }

  override render() {
    const d = this.definition;
    const L = this.L;
    if (this.result) {
      return html`<h2>${t(d.title, L)}</h2><kiosk-calc-result .result=${this.result} .locale=${L}></kiosk-calc-result>${this.next()}`;
    }
    const asked = this.asked;
    const missing = asked.some((i) => this.answers[i.id] === undefined);
    return html`
      <h2>${t(d.title, L)}</h2>
      ${d.intro ? html`<p class="intro">${t(d.intro, L)}</p>` : nothing}
      <div class="questions">${asked.map((i) => this.question(i))}</div>
      ${this.problem && !this.problem.fields.some((f) => asked.some((i) => i.id === f)) ? html`<p class="err" role="alert">${t(this.problem.text, L)}</p>` : nothing}
      ${missing ? html`<p class="help">${t(cm.answerAll, L)}</p>` : nothing}
      <div class="actions"><button class="btn" id="calc-go" ?disabled=${missing || this.busy} @click=${() => void this.calculate()}>
        ${t(this.busy ? cm.working : cm.calculate, L)}</button></div>
      ${this.pad()}`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'kiosk-calculator': KioskCalculator;
  }
}
