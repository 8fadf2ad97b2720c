import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { SUBMISSION_STATUS_TEXT, SubmissionDetail, type SubmissionAction } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { problemText, shortTime } from '../placement/placement-labels.ts';

const ACTION_TEXT: Record<string, string> = {
  submit: '提交 Submitted', assign: '分配 Assigned', comment: '备注 Comment', 'request-documents': '要求补充材料 Documents requested',
  'documents-received': '材料已收到 Documents received', approve: '通过 Approved', refuse: '不予通过 Refused',
};

/**
 * One submission for staff: the answers (personal ones masked, as the hub sends them), every step of its log,
 * and the actions its status allows. Each action is an event; the applicant hears of the decisions.
 */
@customElement('admin-form-detail')
export class AdminFormDetail extends LitElement {
  @property() submissionId = '';
  @state() private s: SubmissionDetail | null = null;
  @state() private note = '';
  @state() private message = '';
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; margin-top: 20px; border-top: 4px solid var(--jh-primary); padding-top: 16px; }
    h3 { margin: 0 0 8px; }
    dl { display: grid; grid-template-columns: minmax(10em, 1fr) 3fr; gap: 6px 16px; font-size: 15px; }
    dt { color: var(--jh-ink-soft); }
    dd { margin: 0; font-weight: 700; }
    ul { margin: 0; padding-left: 1.2em; font-weight: 400; }
    ol { font-size: 14px; }
    textarea { width: 100%; box-sizing: border-box; min-height: 72px; font: inherit; font-size: 15px; padding: 8px; border: 2px solid var(--jh-line); border-radius: 8px; }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; }
    .btn { min-height: 44px; font-size: 15px; }
    .msg { min-height: 24px; font-weight: 700; color: var(--jh-danger-ink); }
    .btn.danger { background: var(--jh-danger-ink); border-color: var(--jh-danger-ink); color: #fff; }
    .private { color: var(--jh-ink-soft); }
  `];

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('submissionId')) void this.load();
  }

  private async load() {
    try {
      this.s = await api(`/api/forms/submissions/${this.submissionId}`, SubmissionDetail);
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private async act(action: SubmissionAction) {
    this.busy = true;
    this.message = '';
    try {
      this.s = await api(`/api/forms/submissions/${this.submissionId}/actions`, SubmissionDetail, { method: 'POST', body: action });
      this.note = '';
      this.dispatchEvent(new CustomEvent('changed'));
    } catch (err) {
      this.message = problemText(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const s = this.s;
    if (!s) return html`<div class="msg">${this.message}</div>`;
    const open = s.status !== 'approved' && s.status !== 'refused';
    const note = this.note.trim();
    return html`<h3 id="detail-title">${s.refNo} · ${s.title.zh} · ${SUBMISSION_STATUS_TEXT[s.status].zh}</h3>
      <p>${s.title.en} · v${s.flowVersion} · ${s.serviceId} · 经办 Assignee: ${s.assignee ?? '—'}${s.smsFollow ? ' · 短信通知 SMS on' : ''}</p>
      <dl id="detail-answers">${s.answers.map((l) => html`<dt>${l.label.zh}</dt><dd>${l.value.zh}
        ${l.entries ? html`<ul>${l.entries.map((e) => html`<li>${e.map((x) => `${x.label.zh}：${x.value.zh}`).join('；')}</li>`)}</ul>` : nothing}</dd>`)}</dl>
      <h3>记录 Log</h3>
      <ol id="detail-log">${s.events.map((e) => html`<li>${shortTime(e.at)} · ${e.by} · ${ACTION_TEXT[e.action] ?? e.action}${e.note ? html` · <span class=${e.public ? '' : 'private'}>${e.note}${e.public ? '' : '（内部 internal）'}</span>` : nothing}</li>`)}</ol>
      <label for="note">备注、需补充的材料或不予通过的理由 · Note, documents needed, or the reason for refusing</label>
      <textarea id="note" .value=${this.note} @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}></textarea>
      <div class="msg" role="alert">${this.message}</div>
      <div class="actions">
        ${open ? html`<button class="btn secondary" id="act-assign" ?disabled=${this.busy} @click=${() => void this.act({ action: 'assign', to: 'me' })}>由我办理 Take it</button>` : nothing}
        <button class="btn secondary" id="act-comment" ?disabled=${this.busy || !note} @click=${() => void this.act({ action: 'comment', note })}>加备注 Comment</button>
        ${open ? html`
          <button class="btn secondary" id="act-documents" ?disabled=${this.busy || note.length < 2} @click=${() => void this.act({ action: 'request-documents', note })}>要求补充材料 Ask for documents</button>
          ${s.status === 'more-documents' ? html`<button class="btn secondary" id="act-received" ?disabled=${this.busy} @click=${() => void this.act({ action: 'documents-received' })}>材料已收到 Documents received</button>` : nothing}
          ${s.status !== 'more-documents' ? html`<button class="btn" id="act-approve" ?disabled=${this.busy} @click=${() => void this.act({ action: 'approve', ...(note ? { note } : {}) })}>通过 Approve</button>` : nothing}
          <button class="btn danger" id="act-refuse" ?disabled=${this.busy || note.length < 2} @click=${() => void this.act({ action: 'refuse', reason: note })}>不予通过 Refuse</button>` : nothing}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-form-detail': AdminFormDetail;
  }
}
