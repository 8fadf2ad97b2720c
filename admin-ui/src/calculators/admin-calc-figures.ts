import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { CalcFigure, CalculatorFigures } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';
import { showValue } from './figure-text.ts';
import './admin-calc-parameter.ts';

/**
 * 计算器数值: the calculators' city figures. Editors propose a new value of a parameter from a day on, with
 * its source; an approver approves or rejects it. Nothing is changed in place: every value keeps its day.
 */
@customElement('admin-calc-figures')
export class AdminCalcFigures extends LitElement {
  @state() private calculators: CalculatorFigures[] = [];
  @state() private open = '';
  @state() private problem = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 8px; }
    .tabs { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 16px; }
    .tabs .btn[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    .tabs .btn { min-height: 48px; font-size: 15px; }
    h3 { margin: 16px 0 4px; }
    ul { padding-left: 1.2em; }
    li { margin: 6px 0; }
    .err { color: var(--jh-danger-ink); }
    li .btn { min-height: 40px; font-size: 14px; padding: 0 12px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    try {
      this.calculators = await api('/api/calculators/figures', z.array(CalculatorFigures));
      this.open ||= this.calculators[0]?.flowId ?? '';
    } catch (err) {
      this.problem = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  private async decide(id: number, approve: boolean) {
    const reason = approve ? undefined : (this.renderRoot.querySelector<HTMLInputElement>(`#reason-${id}`)?.value.trim() || undefined);
    try {
      await api(`/api/calculators/figures/${id}/decide`, CalcFigure, { method: 'POST', body: { approve, ...(reason && { reason }) } });
      this.problem = '';
      await this.load();
    } catch (err) {
      this.problem = err instanceof ApiProblem ? err.issues.map((i) => `${i.path}: ${i.message}`).join('；') || err.message : String(err);
    }
  }

  override render() {
    const c = this.calculators.find((x) => x.flowId === this.open);
    const proposed = c?.figures.filter((f) => f.state === 'proposed') ?? [];
    const decided = c?.figures.filter((f) => f.state !== 'proposed') ?? [];
    const label = (id: string) => c?.parameters.find((p) => p.id === id)?.label.zh ?? id;
    return html`
      <h2>计算器数值 · Calculator figures</h2>
      <p>新数值自填写的日期起生效；提交后须经审核（content.publish）才计入计算。 · A new value counts from its day once an approver approves it.</p>
      <div class="tabs">${this.calculators.map((x) => html`<button class="btn secondary" data-calc=${x.flowId} aria-pressed=${x.flowId === this.open ? 'true' : 'false'}
        @click=${() => (this.open = x.flowId)}>${x.functions.join(' ')} ${x.title.zh}</button>`)}</div>
      ${this.problem ? html`<p class="err" role="alert">${this.problem}</p>` : nothing}
      ${c ? html`
        <h3>待审核 · Waiting for approval (${proposed.length})</h3>
        <ul id="proposed">${proposed.map((f) => html`<li>#${f.id} ${label(f.parameterId)}：${showValue(f.value)}，自 ${f.from} 起 · ${f.note} · ${f.proposedBy}
          <button class="btn" id="approve-${f.id}" @click=${() => void this.decide(f.id, true)}>批准 · Approve</button>
          <input id="reason-${f.id}" placeholder="驳回理由 · reason" aria-label="驳回理由 · reason" />
          <button class="btn secondary" id="reject-${f.id}" @click=${() => void this.decide(f.id, false)}>驳回 · Reject</button></li>`)}</ul>
        <div @figures-changed=${() => void this.load()}>${c.parameters.map((p) => html`<admin-calc-parameter .flowId=${c.flowId} .parameter=${p}></admin-calc-parameter>`)}</div>
        <h3>已审核 · Decided</h3>
        <ul>${decided.map((f) => html`<li>#${f.id} ${label(f.parameterId)}：${showValue(f.value)}，自 ${f.from} 起 · ${f.state === 'approved' ? '已批准 approved' : `已驳回 rejected：${f.reason}`} · ${f.decidedBy}</li>`)}</ul>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-calc-figures': AdminCalcFigures;
  }
}
