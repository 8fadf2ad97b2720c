import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { z } from 'zod';
import { CalcFigure, type FigureValue, type ParameterView } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';
import { emit } from '../events.ts';
import { readBrackets, showValue } from './figure-text.ts';

type Parameter = z.infer<typeof ParameterView>;

/** One parameter of a calculator: its dated values (which is in force), and a proposal of a new value from a day. */
@customElement('admin-calc-parameter')
export class AdminCalcParameter extends LitElement {
  @property() flowId = '';
  @property({ attribute: false }) parameter!: Parameter;
  @state() private problem = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; border-top: 1px solid var(--jh-line); padding: 12px 0; }
    h4 { margin: 0 0 4px; font-size: 18px; }
    .basis { color: var(--jh-ink-soft); font-size: 14px; margin: 0 0 8px; }
    .badge { background: var(--jh-warn-bg); color: var(--jh-warn-ink); border-radius: 6px; padding: 0 6px; font-size: 14px; }
    table { border-collapse: collapse; font-size: 15px; margin-bottom: 8px; }
    td, th { border-bottom: 1px solid var(--jh-line); padding: 4px 10px; text-align: left; }
    tr.now { font-weight: 700; background: #e3f4e8; }
    form { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; font-size: 15px; }
    label { display: grid; gap: 2px; }
    input, textarea { font: inherit; padding: 6px 8px; border: 2px solid var(--jh-line); border-radius: 8px; }
    textarea { min-width: 220px; min-height: 70px; }
    .err { color: var(--jh-danger-ink); }
  `];

  private async propose(e: SubmitEvent) {
    e.preventDefault();
    // Kept now: after the first await the event no longer knows its target (it was in a shadow root).
    const formEl = e.target as HTMLFormElement;
    const f = new FormData(formEl);
    const get = (k: string) => String(f.get(k) ?? '').trim();
    let value: FigureValue;
    if (f.get('ends')) value = null;
    else if (this.parameter.kind === 'brackets') {
      const read = readBrackets(get('value'));
      if (typeof read === 'string') {
        this.problem = read;
        return;
      }
      value = read;
    } else value = Number(get('value'));
    try {
      await api('/api/calculators/figures', CalcFigure, { method: 'POST', body: { flowId: this.flowId, parameterId: this.parameter.id, from: get('from'), value, note: get('note') } });
      this.problem = '';
      formEl.reset();
      emit(this, 'figures-changed');
    } catch (err) {
      this.problem = err instanceof ApiProblem ? err.issues.map((i) => `${i.path}: ${i.message}`).join('；') || err.message : String(err);
    }
  }

  override render() {
    const p = this.parameter;
    const id = `${this.flowId}-${p.id}`;
    return html`
      <h4>${p.label.zh} · ${p.label.en} ${p.demo ? html`<span class="badge">演示值 · demo</span>` : nothing}</h4>
      <p class="basis">${p.basis.zh}</p>
      <table><thead><tr><th>起 · from</th><th>值 · value</th><th>来源 · source</th></tr></thead>
        <tbody>${p.values.map((v) => html`<tr class=${v.inForce ? 'now' : ''}><td>${v.from}</td><td>${showValue(v.value)}${p.unit ? ` ${p.unit.zh}` : ''}</td>
          <td>${v.source === 'content' ? '内容文件 · content' : `工作人员 · staff #${v.source.figureId}`}${v.inForce ? ' · 现行 in force' : ''}</td></tr>`)}</tbody></table>
      <form @submit=${this.propose} id="propose-${id}">
        <label>自哪天起 · from<input type="date" name="from" required /></label>
        ${p.kind === 'brackets'
          ? html`<label>每档一行“起 止 值” · a band a line<textarea name="value" placeholder="1 5 12&#10;5 10 18&#10;10 - 24"></textarea></label>`
          : html`<label>新数值 · value<input name="value" inputmode="decimal" /></label>`}
        <label><span><input type="checkbox" name="ends" /> 自这天起停止执行 · ends that day</span></label>
        <label>依据（文件名和文号）· source<input name="note" required minlength="4" maxlength="500" size="30" /></label>
        <button class="btn">提交审核 · Propose</button>
      </form>
      ${this.problem ? html`<p class="err" id="problem-${id}" role="alert">${this.problem}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-calc-parameter': AdminCalcParameter;
  }
}
