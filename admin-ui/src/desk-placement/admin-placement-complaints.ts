import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { Complaint, ComplaintStatus } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { COMPLAINT_KIND, COMPLAINT_STATUS, complaintSteps, problemText, shortTime } from '../placement/placement-labels.ts';

type Status = z.infer<typeof ComplaintStatus>;

/**
 * Wage-arrears and labour-rights complaints taken at the kiosk (农民工维权, 3.1.11): the list to work, and each
 * one moved on with a note the complainant reads on the status page behind their printed reference. The
 * complainant's phone is masked by the hub; anonymous complaints have none.
 */
@customElement('admin-placement-complaints')
export class AdminPlacementComplaints extends LitElement {
  @state() private status: Status | '' = '';
  @state() private items: Array<z.infer<typeof Complaint>> = [];
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    .bar { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin-bottom: 12px; }
    select, input { font: inherit; font-size: 15px; padding: 6px; min-height: 44px; box-sizing: border-box; border: 2px solid var(--jh-line); border-radius: 8px; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 14px; }
    table { border-collapse: collapse; width: 100%; font-size: 15px; }
    th, td { text-align: left; vertical-align: top; padding: 8px; border-bottom: 1px solid var(--jh-line); }
    th { background: var(--jh-wash); }
    .desc { max-width: 420px; white-space: pre-wrap; }
    .sub { color: var(--jh-ink-soft); font-size: 14px; }
    .step { display: flex; gap: 6px; flex-wrap: wrap; }
    .msg { min-height: 24px; font-weight: 700; margin: 8px 0; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    try {
      this.items = await api(`/api/complaints?limit=200${this.status ? `&status=${this.status}` : ''}`, z.array(Complaint));
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private async move(c: z.infer<typeof Complaint>) {
    const root = this.renderRoot;
    const status = ComplaintStatus.parse(root.querySelector<HTMLSelectElement>(`#complaint-status-${c.id}`)!.value);
    const publicNote = root.querySelector<HTMLInputElement>(`#complaint-note-${c.id}`)!.value.trim();
    try {
      const saved = await api(`/api/complaints/${c.id}/status`, Complaint, { method: 'POST', body: { status, ...(publicNote ? { publicNote } : {}) } });
      this.message = `${saved.refNo}: ${COMPLAINT_STATUS[saved.status]}`;
      await this.load();
    } catch (err) {
      this.message = problemText(err);
    }
  }

  override render() {
    return html`
      <div class="bar">
        <label>状态 Status
          <select id="complaints-filter" @change=${(e: Event) => {
            this.status = (e.target as HTMLSelectElement).value as Status | '';
            void this.load();
          }}>
            <option value="">全部 All</option>
            ${ComplaintStatus.options.map((s) => html`<option value=${s} ?selected=${s === this.status}>${COMPLAINT_STATUS[s]}</option>`)}
          </select></label>
      </div>
      <div class="msg" role="status" id="complaints-message">${this.message}</div>
      <table id="complaints">
        <thead><tr><th scope="col">编号 Reference</th><th scope="col">投诉 Complaint</th><th scope="col">被投诉单位 Employer</th><th scope="col">状态 Status</th><th scope="col">处理 Next step</th></tr></thead>
        <tbody>${this.items.map((c) => {
          const steps = complaintSteps(c.status);
          return html`<tr data-complaint=${c.id}>
            <td><strong>${c.refNo}</strong><div class="sub">${shortTime(c.createdAt)}</div></td>
            <td>${COMPLAINT_KIND[c.kind]}<div class="desc">${c.description}</div>
              <div class="sub">${c.workers ? `${c.workers} 人 workers · ` : ''}${c.amountOwed !== null ? `${c.amountOwed} 元 owed · ` : ''}${c.owedSince ? `自 since ${c.owedSince} · ` : ''}${c.anonymous ? '匿名 Anonymous' : c.phoneMasked ?? ''}</div></td>
            <td>${c.employerName}<div class="sub">${c.employerAddress ?? ''}</div></td>
            <td>${COMPLAINT_STATUS[c.status]}<div class="sub">${c.handler ?? ''}</div></td>
            <td>${steps.length
              ? html`<div class="step">
                  <select id="complaint-status-${c.id}" aria-label="改为 Move ${c.refNo} to">${steps.map((s) => html`<option value=${s}>${COMPLAINT_STATUS[s]}</option>`)}</select>
                  <input id="complaint-note-${c.id}" maxlength="300" placeholder="告知投诉人 Note for the complainant" aria-label="告知投诉人 Note for ${c.refNo}" />
                  <button class="btn" @click=${() => this.move(c)}>更新 · Update</button>
                </div>`
              : nothing}</td>
          </tr>`;
        })}</tbody>
      </table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-placement-complaints': AdminPlacementComplaints;
  }
}
