import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  CandidateResult, EntrustList, EntrustRequest, type Candidate, type EntrustAction, type EntrustStatus, type ShortlistResult,
} from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';

const STATUS: Record<EntrustStatus, string> = {
  requested: '待筛选 Requested', screening: '筛选中 Screening', shortlisted: '已交付 Shortlist handed over', closed: '已结束 Closed', cancelled: '已撤销 Cancelled',
};
const RESULT: Record<ShortlistResult, string> = {
  proposed: '推荐 Proposed', interviewed: '已面试 Interviewed', hired: '已录用 Hired', rejected: '未录用 Rejected', withdrawn: '已退出 Withdrawn',
};
/** What each state offers staff; the hub refuses anything else with a 409 anyway. */
const ACTIONS: Record<EntrustStatus, Array<{ action: EntrustAction; label: string }>> = {
  requested: [{ action: 'start', label: '开始筛选 Start' }, { action: 'cancel', label: '撤销 Cancel' }],
  screening: [{ action: 'deliver', label: '交付名单 Hand over' }, { action: 'close', label: '结束 Close' }, { action: 'cancel', label: '撤销 Cancel' }],
  shortlisted: [{ action: 'close', label: '结束 Close' }],
  closed: [],
  cancelled: [],
};
const NEXT_RESULTS: Record<ShortlistResult, Array<Exclude<ShortlistResult, 'proposed'>>> = {
  proposed: ['interviewed', 'hired', 'rejected', 'withdrawn'], interviewed: ['hired', 'rejected', 'withdrawn'], hired: [], rejected: [], withdrawn: [],
};
const VIEWS = [
  { id: 'open', label: '进行中 Open' }, { id: 'done', label: '已结束 Finished' }, { id: 'all', label: '全部 All' },
] as const;

/**
 * 委托招聘 (3.1.6) for staff: the employers' requests (open ones soonest due first, overdue marked), and for one
 * request its ranked consenting candidates (masked, from matching) to shortlist, optionally with a referral
 * slip so the follow-up covers them; each candidate's result; and handing over and closing the request.
 */
@customElement('admin-entrusted')
export class AdminEntrusted extends LitElement {
  @state() private view: (typeof VIEWS)[number]['id'] = 'open';
  @state() private items: EntrustRequest[] = [];
  @state() private selected: EntrustRequest | null = null;
  @state() private candidates: Candidate[] = [];
  @state() private refer = true;
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    h3 { margin: 20px 0 8px; }
    .bar { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin-bottom: 12px; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 14px; }
    .btn[aria-pressed='true'] { background: var(--jh-primary); color: var(--jh-primary-ink); }
    table { border-collapse: collapse; width: 100%; font-size: 15px; }
    th, td { text-align: left; vertical-align: top; padding: 8px; border-bottom: 1px solid var(--jh-line); }
    th { background: var(--jh-wash); }
    tr.on { background: var(--jh-wash); }
    .overdue { background: var(--jh-warn-bg); color: var(--jh-warn-ink); font-weight: 700; border-radius: 6px; padding: 0 6px; }
    .sub { color: var(--jh-ink-soft); font-size: 14px; }
    .msg { min-height: 24px; font-weight: 700; }
    label { display: inline-flex; gap: 6px; align-items: center; min-height: 44px; }
    input[type='checkbox'] { width: 22px; height: 22px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private problem(err: unknown): string {
    return err instanceof ApiProblem ? err.message : String(err);
  }

  private async load() {
    try {
      this.items = (await api(`/api/entrusted?status=${this.view}&limit=200`, EntrustList)).items;
      if (this.selected) this.selected = this.items.find((r) => r.id === this.selected!.id) ?? this.selected;
    } catch (err) {
      this.message = this.problem(err);
    }
  }

  private async open(r: EntrustRequest) {
    this.selected = r;
    this.candidates = [];
    this.message = '';
    if (r.status === 'closed' || r.status === 'cancelled') return;
    try {
      this.candidates = (await api(`/api/vacancies/${r.vacancy.id}/candidates?limit=20`, CandidateResult)).items;
    } catch (err) {
      this.message = this.problem(err);
    }
  }

  /** Every change answers the request as it now is; the list is reloaded for its order. */
  private async change(path: string, body: object, done: string) {
    try {
      this.selected = await api(`/api/entrusted/${this.selected!.id}${path}`, EntrustRequest, { method: 'POST', body });
      this.message = done;
      await this.load();
    } catch (err) {
      this.message = this.problem(err);
    }
  }

  private renderDetail(r: EntrustRequest) {
    const listed = new Set(r.shortlist.map((e) => e.seeker.id));
    const open = r.status === 'requested' || r.status === 'screening' || r.status === 'shortlisted';
    return html`<section id="entrust-detail">
      <h3>${r.refNo} · ${r.vacancy.title} · ${r.vacancy.employerName}</h3>
      <p>${STATUS[r.status]} · 需要 ${r.candidatesWanted} 人 wanted · 截止 due ${r.dueBy} ${r.overdue ? html`<span class="overdue">逾期 Overdue</span>` : nothing}
        ${r.note ? html`<br />单位要求 Employer's note：${r.note}` : nothing}</p>
      <div class="bar">${ACTIONS[r.status].map((a) => html`<button class="btn ${a.action === 'cancel' ? 'secondary' : ''}" data-action=${a.action}
        @click=${() => this.change('/transition', { action: a.action }, `${a.label} ✓`)}>${a.label}</button>`)}</div>
      <h3>推荐名单 Shortlist (${r.shortlist.length})</h3>
      <table id="shortlist"><tr><th>求职者 Seeker</th><th>匹配 Score</th><th>推荐信 Referral</th><th>结果 Result</th><th></th></tr>
        ${r.shortlist.map((e) => html`<tr data-seeker=${e.seeker.id}><td>${e.seeker.nameMasked} · ${e.seeker.districtName}<div class="sub">${e.seeker.skills.join('、')}</div></td>
          <td>${e.score ?? '—'}</td><td>${e.referralRefNo ?? '—'}</td><td>${RESULT[e.result]}</td>
          <td>${r.status === 'screening' || r.status === 'shortlisted'
            ? NEXT_RESULTS[e.result].map((x) => html`<button class="btn secondary" data-result=${x}
                @click=${() => this.change(`/shortlist/${e.seeker.id}/result`, { result: x }, `${RESULT[x]} ✓`)}>${RESULT[x]}</button>`)
            : nothing}</td></tr>`)}
      </table>
      ${open ? html`<h3>匹配的求职者 Ranked candidates (consenting, masked)</h3>
        <label><input type="checkbox" id="refer" .checked=${this.refer} @change=${(e: Event) => (this.refer = (e.target as HTMLInputElement).checked)} />
          同时开推荐信，由跟踪服务跟进 Also refer (followed up under 3.1.9)</label>
        <table id="entrust-candidates"><tr><th>求职者 Seeker</th><th>★</th><th>理由 Reasons</th><th>差距 Gaps</th><th></th></tr>
          ${this.candidates.map((c) => html`<tr data-candidate=${c.seeker.id}><td>${c.seeker.nameMasked} · ${c.seeker.districtName}<div class="sub">${c.seeker.skills.join('、')}</div></td>
            <td>${'★'.repeat(c.stars)}<div class="sub">${c.mutualScore}</div></td><td>${c.reasons.map((x) => x.text.zh).join('；')}</td><td>${c.gaps.map((g) => g.text.zh).join('；')}</td>
            <td>${listed.has(c.seeker.id) ? '已在名单 Listed' : html`<button class="btn" data-add=${c.seeker.id}
              @click=${() => this.change('/shortlist', { seekerId: c.seeker.id, refer: this.refer }, `${c.seeker.nameMasked} 已加入 added`)}>加入名单 Add</button>`}</td></tr>`)}
        </table>` : nothing}
    </section>`;
  }

  override render() {
    const s = this.selected;
    return html`<h2>委托招聘 · Entrusted recruitment</h2>
      <div class="bar">${VIEWS.map((v) => html`<button class="btn secondary" aria-pressed=${this.view === v.id ? 'true' : 'false'} data-view=${v.id}
        @click=${() => ((this.view = v.id), void this.load())}>${v.label}</button>`)}</div>
      <p class="msg" id="entrust-admin-message" role="status">${this.message}</p>
      <table id="entrust-list"><tr><th>编号 Ref</th><th>岗位 Vacancy</th><th>单位 Employer</th><th>人数 Wanted</th><th>截止 Due</th><th>状态 State</th><th>名单 Listed</th><th></th></tr>
        ${this.items.map((r) => html`<tr data-request=${r.id} class=${s?.id === r.id ? 'on' : ''}><td>${r.refNo}</td><td>${r.vacancy.title}</td><td>${r.vacancy.employerName}</td>
          <td>${r.candidatesWanted}</td><td>${r.dueBy} ${r.overdue ? html`<span class="overdue">逾期 Overdue</span>` : nothing}</td><td>${STATUS[r.status]}</td>
          <td>${r.shortlist.length} · 录用 ${r.hired}</td><td><button class="btn secondary" data-open=${r.id} @click=${() => this.open(r)}>打开 Open</button></td></tr>`)}
      </table>
      ${this.items.length ? nothing : html`<p>没有委托 No requests</p>`}
      ${s ? this.renderDetail(s) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-entrusted': AdminEntrusted;
  }
}
