import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Seeker, SeekerList, SessionInfo } from '@jobhall/hub-server/contract';
import { api, buttons, tokens, loadVocabulary } from '@jobhall/ui-kit';
import { can } from '../session.ts';
import { EDUCATION, problemText, type Vocabulary } from '../placement/placement-labels.ts';
import './admin-seekers-matches.ts';
import './admin-seekers-candidates.ts';

const PAGE = 50;
type Filter = 'all' | 'assistance' | 'mine';

/**
 * Registered job seekers for staff (3.1.12; groundwork for 4.1.6/4.1.7): masked identity only, as the hub
 * sends it; the case fields (employment-assistance client, the counsellor who follows them up); the vacancies
 * each one is matched to, with a referral from the counter; and, below, consenting candidates for a vacancy.
 */
@customElement('admin-seekers')
export class AdminSeekers extends LitElement {
  @state() private filter: Filter = 'all';
  @state() private items: Seeker[] = [];
  @state() private total = 0;
  @state() private offset = 0;
  @state() private open: string | null = null;
  @state() private message = '';
  @state() private vocab: Vocabulary | null = null;
  /** The signed-in staff member's user name: "my clients" are the seekers whose counsellor it is. */
  @state() private me = '';
  private asked = 0;

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    h3 { margin: 32px 0 12px; }
    .bar { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin-bottom: 12px; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 14px; }
    .btn[aria-pressed='true'] { background: var(--jh-primary); color: var(--jh-primary-ink); }
    input[type='text'] { font: inherit; font-size: 15px; padding: 6px; min-height: 44px; width: 140px; box-sizing: border-box; border: 2px solid var(--jh-line); border-radius: 8px; }
    label.check { display: inline-flex; gap: 6px; align-items: center; min-height: 44px; }
    label.check input { width: 20px; height: 20px; }
    table { border-collapse: collapse; width: 100%; font-size: 15px; }
    th, td { text-align: left; vertical-align: top; padding: 8px; border-bottom: 1px solid var(--jh-line); }
    th { background: var(--jh-wash); }
    td.matches { background: var(--jh-wash); }
    .sub { color: var(--jh-ink-soft); font-size: 14px; }
    .case { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
    .msg { min-height: 24px; font-weight: 700; margin-bottom: 8px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void loadVocabulary().then((v) => (this.vocab = v)).catch(() => {});
    void this.load();
  }

  private async load() {
    const ask = ++this.asked;
    const q = new URLSearchParams({ limit: String(PAGE), offset: String(this.offset) });
    if (this.filter === 'assistance') q.set('assistance', 'true');
    try {
      // Unlike GET /api/referrals, the seeker list does not read counsellor=me, so the name is asked for once.
      this.me ||= (await api('/api/staff/me', SessionInfo)).staff.username;
      if (this.filter === 'mine') q.set('counsellor', this.me);
      const r = await api(`/api/seekers?${q}`, SeekerList);
      if (ask !== this.asked) return;
      this.items = r.items;
      this.total = r.total;
    } catch (err) {
      if (ask === this.asked) this.message = problemText(err);
    }
  }

  private show(filter: Filter) {
    this.filter = filter;
    this.offset = 0;
    void this.load();
  }

  private async saveCase(s: Seeker) {
    const root = this.renderRoot;
    const assistance = root.querySelector<HTMLInputElement>(`#assistance-${s.id}`)!.checked;
    const counsellor = root.querySelector<HTMLInputElement>(`#counsellor-${s.id}`)!.value.trim();
    try {
      const saved = await api(`/api/seekers/${s.id}/case`, Seeker, { method: 'PATCH', body: { assistance, counsellor: counsellor || null } });
      this.items = this.items.map((x) => (x.id === saved.id ? saved : x));
      this.message = `已保存 Saved: ${saved.nameMasked}`;
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private occupations(codes: string[]): string {
    return codes.map((c) => this.vocab?.occupations.find((o) => o.code === c)?.name ?? c).join('、');
  }

  private renderRow(s: Seeker) {
    const district = this.vocab?.districts.find((d) => d.code === s.district)?.name ?? s.district;
    return html`
      <tr data-seeker=${s.id}>
        <td><strong>${s.nameMasked}</strong><div class="sub">${s.idMasked} · ${s.phoneMasked}</div></td>
        <td>${this.occupations(s.wantedOccupations)}<div class="sub">${district} · ≥ ${s.payMin} 元/月 · ${EDUCATION[s.education]}</div></td>
        <td>${s.consentToRecommend ? '同意 Yes' : '不同意 No'}</td>
        <td>${can('seeker.manage') ? this.renderCase(s) : html`${s.assistance ? '援助对象 Assistance' : '—'}${s.counsellor ? html`<div class="sub">${s.counsellor}</div>` : nothing}`}</td>
        <td><button class="btn secondary" id="matches-${s.id}" aria-expanded=${this.open === s.id ? 'true' : 'false'}
          @click=${() => (this.open = this.open === s.id ? null : s.id)}>推荐岗位 · Matches</button></td>
      </tr>
      ${this.open === s.id ? html`<tr><td class="matches" colspan="5"><admin-seekers-matches .seekerId=${s.id}></admin-seekers-matches></td></tr>` : nothing}`;
  }

  /** The case fields, for those holding seeker.manage. */
  private renderCase(s: Seeker) {
    return html`<div class="case">
      <label class="check"><input type="checkbox" id="assistance-${s.id}" ?checked=${s.assistance} />援助对象 Assistance</label>
      <input type="text" id="counsellor-${s.id}" maxlength="64" .value=${s.counsellor ?? ''} placeholder="指导员 Counsellor" aria-label="指导员 Counsellor" />
      ${this.me ? html`<button class="btn secondary" title="由我跟进 Assign to me" @click=${() => {
        this.renderRoot.querySelector<HTMLInputElement>(`#counsellor-${s.id}`)!.value = this.me;
      }}>我 Me</button>` : nothing}
      <button class="btn" id="case-${s.id}" @click=${() => this.saveCase(s)}>保存 · Save</button>
    </div>`;
  }

  override render() {
    return html`
      <h2>求职者 · Job seekers</h2>
      <div class="bar" role="group" aria-label="范围 Which seekers">
        <button class="btn secondary" id="seekers-all" aria-pressed=${this.filter === 'all' ? 'true' : 'false'} @click=${() => this.show('all')}>全部 All</button>
        <button class="btn secondary" id="seekers-assistance" aria-pressed=${this.filter === 'assistance' ? 'true' : 'false'} @click=${() => this.show('assistance')}>援助对象 Assistance clients</button>
        <button class="btn secondary" id="seekers-mine" aria-pressed=${this.filter === 'mine' ? 'true' : 'false'} @click=${() => this.show('mine')}>我跟进的 My clients</button>
      </div>
      <div class="msg" id="seekers-message" role="status">${this.message}</div>
      <table id="seekers">
        <caption class="sub">共 ${this.total} 人 · ${this.total} seekers</caption>
        <thead><tr><th scope="col">求职者 Seeker</th><th scope="col">求职意向 Looking for</th><th scope="col">同意推荐 Consent</th><th scope="col">个案 Case</th><th scope="col">匹配 Matches</th></tr></thead>
        <tbody>${this.items.map((s) => this.renderRow(s))}</tbody>
      </table>
      ${this.total > PAGE
        ? html`<div class="bar">
            <button class="btn secondary" ?disabled=${this.offset === 0} @click=${() => { this.offset -= PAGE; void this.load(); }}>上一页 · Previous</button>
            <button class="btn secondary" ?disabled=${this.offset + PAGE >= this.total} @click=${() => { this.offset += PAGE; void this.load(); }}>下一页 · Next</button>
          </div>`
        : nothing}
      <h3>岗位候选人 · Candidates for a vacancy</h3>
      <admin-seekers-candidates></admin-seekers-candidates>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-seekers': AdminSeekers;
  }
}
