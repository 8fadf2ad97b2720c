import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { CaseFlow, CaseList, CaseRecord, FlowSummary } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';
import './admin-case-record.ts';

/**
 * 个案记录: case records kept across visits, by case flow (counselling and start-up follow-ups, personnel
 * files, unemployment records). Staff find a person by ID number or open a new record; the ID number is
 * typed here and leaves only as a keyed hash and a mask.
 */
@customElement('admin-cases')
export class AdminCases extends LitElement {
  @state() private flows: CaseFlow[] = [];
  @state() private flowId = '';
  @state() private records: CaseRecord[] = [];
  @state() private openId = '';
  @state() private message = '';
  @state() private form = { idNumber: '', name: '', phoneLast4: '', owner: '', ref: '', note: '' };

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 12px; }
    .tabs, .bar { display: flex; gap: 10px; flex-wrap: wrap; align-items: center; margin-bottom: 12px; }
    .tabs .btn[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    .btn { min-height: 44px; font-size: 15px; padding: 0 14px; }
    input { font: inherit; min-height: 40px; padding: 6px; border: 2px solid var(--jh-line); border-radius: 8px; }
    table { border-collapse: collapse; width: 100%; font-size: 15px; }
    th, td { text-align: left; padding: 8px; border-bottom: 1px solid var(--jh-line); }
    th { background: var(--jh-wash); }
    fieldset { border: 2px solid var(--jh-line); border-radius: 12px; margin: 12px 0; }
    .msg { font-weight: 700; min-height: 22px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.init();
  }

  private async init() {
    const all = await api('/api/flows', z.array(FlowSummary));
    this.flows = await Promise.all(all.filter((f) => f.kind === 'case').map((f) => api(`/api/flows/${f.id}`, CaseFlow)));
    await this.pick(this.flows[0]?.id ?? '');
  }

  private get flow(): CaseFlow | undefined {
    return this.flows.find((f) => f.id === this.flowId);
  }

  private async pick(flowId: string, idNumber = '') {
    this.flowId = flowId;
    try {
      const q = new URLSearchParams({ flow: flowId, ...(idNumber ? { idNumber } : {}) });
      this.records = (await api(`/api/cases?${q}`, CaseList)).items;
      this.message = '';
    } catch (err) {
      this.message = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  private async open() {
    const f = this.form;
    try {
      const record = await api('/api/cases', CaseRecord, {
        method: 'POST',
        body: {
          flowId: this.flowId, idNumber: f.idNumber, name: f.name, ...(f.phoneLast4 ? { phoneLast4: f.phoneLast4 } : {}),
          ...(f.owner ? { owner: f.owner } : {}), ...(f.ref ? { ref: f.ref } : {}), ...(f.note ? { note: f.note } : {}),
        },
      });
      this.form = { idNumber: '', name: '', phoneLast4: '', owner: '', ref: '', note: '' };
      this.openId = record.id;
      await this.pick(this.flowId);
    } catch (err) {
      this.message = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  private input(key: keyof AdminCases['form'], label: string, attrs: { maxlength?: number } = {}) {
    return html`<label>${label} <input id=${`new-${key}`} maxlength=${attrs.maxlength ?? 60} .value=${this.form[key]}
      @input=${(e: Event) => (this.form = { ...this.form, [key]: (e.target as HTMLInputElement).value.trim() })} /></label>`;
  }

  override render() {
    const flow = this.flow;
    return html`<h2>个案记录 · Case records</h2>
      <div class="tabs" role="group">${this.flows.map((f) => html`<button class="btn secondary" data-flow=${f.id} aria-pressed=${f.id === this.flowId ? 'true' : 'false'}
        @click=${() => void this.pick(f.id)}>${f.title.zh}</button>`)}</div>
      <div class="bar"><label>按身份证号查找 Find by ID <input id="find-id" maxlength="18" @change=${(e: Event) => void this.pick(this.flowId, (e.target as HTMLInputElement).value.trim().toUpperCase())} /></label></div>
      <p class="msg" role="status">${this.message}</p>
      ${flow ? html`<fieldset><legend>新建记录 Open a record (${flow.stages[0]!.label.zh})</legend><div class="bar">
        ${this.input('idNumber', '身份证号 ID', { maxlength: 18 })}${this.input('name', '姓名 Name', { maxlength: 20 })}
        ${flow.lookup.includes('id-phone') ? this.input('phoneLast4', '手机后四位 Mobile last 4', { maxlength: 4 }) : nothing}
        ${this.input('owner', '负责人 Owner', { maxlength: 40 })}${this.input('ref', '预申请参考号 Ref', { maxlength: 40 })}${this.input('note', '记录 Note', { maxlength: 1000 })}
        <button class="btn" id="open-case" @click=${() => void this.open()}>建档 Open</button></div></fieldset>` : nothing}
      <table><tr><th>姓名 Name</th><th>证件 ID</th><th>阶段 Stage</th><th>负责 Owner</th><th>下次 Next</th><th>更新 Updated</th></tr>
        ${this.records.map((r) => html`<tr data-case=${r.id} @click=${() => (this.openId = this.openId === r.id ? '' : r.id)}>
          <td><button class="btn secondary">${r.nameMasked}</button></td><td>${r.idMasked}</td><td>${r.stage.label.zh}</td><td>${r.owner ?? ''}</td>
          <td>${r.nextAt ? new Date(r.nextAt).toLocaleString('zh-CN', { hour12: false }) : ''}</td><td>${new Date(r.updatedAt).toLocaleDateString('zh-CN')}</td></tr>
          ${this.openId === r.id && flow ? html`<tr><td colspan="6"><admin-case-record .record=${r} .flow=${flow}
            @case-changed=${() => void this.pick(this.flowId)}></admin-case-record></td></tr>` : nothing}`)}
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-cases': AdminCases;
  }
}
