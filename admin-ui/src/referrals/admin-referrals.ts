import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Referral, ReferralList, ReferralOutcome } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { can } from '../session.ts';
import { REFERRAL_STATUS, payRange, problemText, referralOutcomes, shortTime } from '../placement/placement-labels.ts';

const VIEWS = [
  { id: 'open', label: '跟进中 Open', query: 'status=open' },
  { id: 'due', label: '待提醒 Due a reminder', query: 'status=open&due=true' },
  { id: 'mine', label: '我的援助对象 My clients', query: 'status=all&counsellor=me' },
  { id: 'closed', label: '已结束 Closed', query: 'status=closed' },
  { id: 'all', label: '全部 All', query: 'status=all' },
] as const;
type View = (typeof VIEWS)[number]['id'];

/**
 * Referral follow-up (跟踪服务, 3.1.9, 3.1.12): every slip handed out is tracked to an outcome. Staff see the
 * open ones, those with no news for the reminder period, and a counsellor's own assistance clients, and record
 * what happened. Seekers appear masked, as the hub sends them.
 */
@customElement('admin-referrals')
export class AdminReferrals extends LitElement {
  @state() private view: View = 'open';
  @state() private counsellor = '';
  @state() private items: Referral[] = [];
  @state() private total = 0;
  @state() private message = '';
  @state() private busy = false;
  private asked = 0;

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    .bar { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin-bottom: 12px; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 14px; }
    .btn[aria-pressed='true'] { background: var(--jh-primary); color: var(--jh-primary-ink); }
    input, select { font: inherit; font-size: 15px; padding: 6px; min-height: 44px; box-sizing: border-box; border: 2px solid var(--jh-line); border-radius: 8px; }
    table { border-collapse: collapse; width: 100%; font-size: 15px; }
    th, td { text-align: left; vertical-align: top; padding: 8px; border-bottom: 1px solid var(--jh-line); }
    th { background: var(--jh-wash); }
    .due { background: var(--jh-warn-bg); color: var(--jh-warn-ink); font-weight: 700; border-radius: 6px; padding: 0 6px; }
    .sub { color: var(--jh-ink-soft); font-size: 14px; }
    .record { display: flex; gap: 6px; flex-wrap: wrap; }
    .msg { min-height: 24px; font-weight: 700; margin-bottom: 8px; }
    details summary { cursor: pointer; min-height: 44px; display: flex; align-items: center; }
    ol { margin: 0; padding-left: 18px; font-size: 14px; color: var(--jh-ink-soft); }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private query(): string {
    if (this.counsellor) return `status=all&counsellor=${encodeURIComponent(this.counsellor)}`;
    return VIEWS.find((v) => v.id === this.view)!.query;
  }

  private async load() {
    const ask = ++this.asked;
    try {
      const r = await api(`/api/referrals?${this.query()}&limit=200`, ReferralList);
      if (ask !== this.asked) return;
      this.items = r.items;
      this.total = r.total;
    } catch (err) {
      if (ask === this.asked) this.message = problemText(err);
    }
  }

  private show(view: View) {
    this.view = view;
    this.counsellor = '';
    this.message = '';
    void this.load();
  }

  private byCounsellor(e: SubmitEvent) {
    e.preventDefault();
    this.counsellor = String(new FormData(e.target as HTMLFormElement).get('counsellor') ?? '').trim();
    void this.load();
  }

  private async record(r: Referral) {
    const pick = (sel: string) => (this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`#${sel}-${r.id}`)?.value ?? '').trim();
    const outcome = pick('outcome');
    if (!outcome || this.busy) return;
    const note = pick('note');
    this.busy = true;
    try {
      const saved = await api(`/api/referrals/${r.id}/outcome`, Referral, {
        method: 'POST', body: { outcome: ReferralOutcome.parse(outcome), ...(note ? { note } : {}) },
      });
      this.message = `已记录 Recorded: ${saved.refNo} · ${REFERRAL_STATUS[saved.status]}`;
      await this.load();
    } catch (err) {
      this.message = problemText(err);
    } finally {
      this.busy = false;
    }
  }

  private renderRow(r: Referral) {
    const next = referralOutcomes(r.status);
    return html`<tr data-referral=${r.id} data-ref-no=${r.refNo}>
      <td><strong>${r.refNo}</strong><div class="sub">${shortTime(r.createdAt)}</div></td>
      <td>${r.seeker.nameMasked}<div class="sub">${r.seeker.idMasked}</div></td>
      <td>${r.vacancy.title}<div class="sub">${r.vacancy.employerName} · ${r.vacancy.districtName} · ${payRange(r.vacancy)}</div></td>
      <td class="status">${REFERRAL_STATUS[r.status]} ${r.reminderDue ? html`<span class="due">该跟进了 Reminder due</span>` : nothing}
        ${r.history.length ? html`<details><summary>记录 History</summary><ol>${r.history.map((h) => html`<li>${shortTime(h.at)} ${h.from ?? '—'} → ${h.to} · ${h.by}${h.note ? ` · ${h.note}` : ''}</li>`)}</ol></details>` : nothing}
      </td>
      <td>${next.length && can('referral.manage')
        ? html`<div class="record">
            <select id="outcome-${r.id}" aria-label="结果 Outcome for ${r.refNo}">
              ${next.map((s) => html`<option value=${s}>${REFERRAL_STATUS[s]}</option>`)}
            </select>
            <input id="note-${r.id}" maxlength="200" placeholder="备注 Note" aria-label="备注 Note for ${r.refNo}" />
            <button class="btn" id="record-${r.id}" ?disabled=${this.busy} @click=${() => this.record(r)}>记录 · Record</button>
          </div>`
        : html`<span class="sub">${r.outcomeAt ? shortTime(r.outcomeAt) : ''}</span>`}</td>
    </tr>`;
  }

  override render() {
    return html`
      <h2>推荐跟踪 · Referral follow-up</h2>
      <div class="bar" role="group" aria-label="范围 Which referrals">
        ${VIEWS.map((v) => html`<button class="btn secondary" id="referrals-${v.id}" aria-pressed=${!this.counsellor && v.id === this.view ? 'true' : 'false'} @click=${() => this.show(v.id)}>${v.label}</button>`)}
        <form @submit=${this.byCounsellor} class="bar">
          <input name="counsellor" id="referrals-counsellor" maxlength="64" placeholder="指导员账号 Counsellor" aria-label="按指导员 By counsellor" .value=${this.counsellor} />
          <button class="btn secondary">查看 · Show</button>
        </form>
      </div>
      <div class="msg" id="referrals-message" role="status">${this.message}</div>
      <table id="referrals">
        <caption class="sub">共 ${this.total} 条 · ${this.total} referrals</caption>
        <thead><tr><th scope="col">推荐信 Slip</th><th scope="col">求职者 Seeker</th><th scope="col">岗位 Vacancy</th><th scope="col">状态 Status</th><th scope="col">记录结果 Record outcome</th></tr></thead>
        <tbody>${this.items.map((r) => this.renderRow(r))}</tbody>
      </table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-referrals': AdminReferrals;
  }
}
