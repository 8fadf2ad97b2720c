import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { FlowSummary, SUBMISSION_STATUS_TEXT, SubmissionStatus, SubmissionSummary } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { problemText, shortTime } from '../placement/placement-labels.ts';
import './admin-form-detail.ts';

/**
 * 表单审核: the staff queue of forms submitted at the kiosks, oldest first, by form, status and assignee. A
 * row opens the submission, its answers (personal ones masked) and its log, and what may be done to it.
 */
@customElement('admin-forms')
export class AdminForms extends LitElement {
  @state() private forms: FlowSummary[] = [];
  @state() private items: SubmissionSummary[] = [];
  @state() private flow = '';
  @state() private status: SubmissionStatus | '' = 'submitted';
  @state() private assignee = '';
  @state() private open: string | null = null;
  @state() private message = '';
  private asked = 0;

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    .bar { display: flex; gap: 12px; flex-wrap: wrap; align-items: end; margin-bottom: 12px; }
    label { display: grid; gap: 4px; font-size: 14px; font-weight: 700; }
    select { font: inherit; font-size: 15px; padding: 6px; min-height: 44px; border: 2px solid var(--jh-line); border-radius: 8px; }
    table { border-collapse: collapse; width: 100%; font-size: 15px; }
    th, td { text-align: left; padding: 8px; border-bottom: 1px solid var(--jh-line); }
    th { background: var(--jh-wash); }
    tr[aria-selected='true'] { background: #e8f0fb; }
    .btn { min-height: 44px; font-size: 15px; }
    .msg { min-height: 24px; font-weight: 700; }
    .ref { font-family: ui-monospace, monospace; font-weight: 700; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void api('/api/flows', z.array(FlowSummary)).then((all) => (this.forms = all.filter((f) => f.kind === 'form')), (err) => (this.message = problemText(err)));
    void this.load();
  }

  private async load() {
    const ask = ++this.asked;
    const q = new URLSearchParams({ limit: '200' });
    if (this.flow) q.set('flow', this.flow);
    if (this.status) q.set('status', this.status);
    if (this.assignee) q.set('assignee', this.assignee);
    try {
      const items = await api(`/api/forms/submissions?${q}`, z.array(SubmissionSummary));
      if (ask === this.asked) this.items = items;
    } catch (err) {
      if (ask === this.asked) this.message = problemText(err);
    }
  }

  private pick(e: Event, set: (v: string) => void) {
    set((e.target as HTMLSelectElement).value);
    void this.load();
  }

  override render() {
    return html`<h2>表单审核 Forms to decide</h2>
      <div class="bar">
        <label>表单 Form<select id="filter-flow" @change=${(e: Event) => this.pick(e, (v) => (this.flow = v))}>
          <option value="">全部 All</option>${this.forms.map((f) => html`<option value=${f.id} ?selected=${f.id === this.flow}>${f.title.zh} · ${f.title.en}</option>`)}</select></label>
        <label>状态 Status<select id="filter-status" @change=${(e: Event) => this.pick(e, (v) => (this.status = v as SubmissionStatus | ''))}>
          <option value="">全部 All</option>${SubmissionStatus.options.map((s) => html`<option value=${s} ?selected=${s === this.status}>${SUBMISSION_STATUS_TEXT[s].zh} · ${s}</option>`)}</select></label>
        <label>经办 Assignee<select id="filter-assignee" @change=${(e: Event) => this.pick(e, (v) => (this.assignee = v))}>
          <option value="">全部 All</option><option value="none">未分配 Unassigned</option><option value="me">我 Me</option></select></label>
        <button class="btn secondary" @click=${() => void this.load()}>刷新 Refresh</button>
      </div>
      <div class="msg" role="status">${this.message}</div>
      <table id="submissions"><thead><tr><th>编号 Ref.</th><th>表单 Form</th><th>状态 Status</th><th>经办 Assignee</th><th>提交 Submitted</th><th></th></tr></thead>
        <tbody>${this.items.map((s) => html`<tr aria-selected=${this.open === s.id ? 'true' : 'false'} data-ref=${s.refNo}>
          <td class="ref">${s.refNo}</td><td>${s.title.zh}<br /><small>${s.title.en}</small></td><td>${SUBMISSION_STATUS_TEXT[s.status].zh}</td>
          <td>${s.assignee ?? '—'}</td><td>${shortTime(s.createdAt)}</td>
          <td><button class="btn" data-open=${s.refNo} @click=${() => (this.open = s.id)}>办理 Open</button></td></tr>`)}</tbody></table>
      ${this.items.length ? nothing : html`<p>没有待办的表单 Nothing to decide</p>`}
      ${this.open ? html`<admin-form-detail .submissionId=${this.open} @changed=${() => void this.load()}></admin-form-detail>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-forms': AdminForms;
  }
}
