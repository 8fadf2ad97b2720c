import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { z } from 'zod';
import { CandidateResult, EmployerDashboard, Referral } from '@jobhall/hub-server/contract';
import { api, buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import { problemOf } from '../problem.ts';
import { navigate } from '../events.ts';
import { payLabel } from '@jobhall/hub-server/contract';
import { jm } from './messages.ts';

const OUTCOMES = ['interviewed', 'hired', 'rejected', 'no-show'] as const;
const STATUS: Record<string, { zh: string; en: string }> = {
  pending: { zh: '待审核', en: 'In review' }, approved: { zh: '已发布', en: 'Published' }, rejected: { zh: '未通过', en: 'Not approved' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' }, expired: { zh: '已过期', en: 'Expired' },
};

/**
 * The signed-in employer's page (3.2.1): its vacancies and their review state, ranked candidates for a
 * published one (3.1.8, masked), the seekers referred to it and their outcomes to record (3.1.9), and booths.
 */
@customElement('kiosk-employer-dashboard')
export class KioskEmployerDashboard extends LitElement {
  @property() locale: Lang = 'zh';
  @property() token = '';
  @state() private d: z.infer<typeof EmployerDashboard> | null = null;
  @state() private candidates: { vacancyId: number; result: z.infer<typeof CandidateResult> } | null = null;
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 22px; }
    h2 { font-size: 34px; margin: 0 0 8px; }
    h3 { font-size: 26px; margin: 20px 0 8px; }
    table { width: 100%; border-collapse: collapse; background: var(--jh-paper); border-radius: var(--jh-radius); }
    td, th { padding: 10px 12px; border-bottom: 1px solid var(--jh-line); text-align: left; }
    .btn { min-height: 64px; font-size: 20px; }
    .due { background: var(--jh-warn-bg); color: var(--jh-warn-ink); padding: 8px 12px; border-radius: 8px; font-weight: 700; }
    .stars { color: #8a5a00; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private get headers() {
    return { 'x-visitor-token': this.token };
  }

  private async load() {
    this.d = await api('/api/employers/me', EmployerDashboard, { headers: this.headers });
  }

  private async showCandidates(vacancyId: number) {
    this.candidates = { vacancyId, result: await api(`/api/vacancies/${vacancyId}/candidates?limit=10`, CandidateResult, { headers: this.headers }) };
  }

  private async outcome(id: string, outcome: (typeof OUTCOMES)[number]) {
    try {
      await api(`/api/referrals/${id}/outcome`, Referral, { method: 'POST', headers: this.headers, body: { outcome } });
      this.message = `${t(jm[outcome], this.locale)} ✓`;
      await this.load();
    } catch (err) {
      this.message = t(problemOf(err), this.locale);
    }
  }

  override render() {
    const L = this.locale;
    const d = this.d;
    if (!d) return nothing;
    const c = this.candidates;
    return html`
      <h2>${d.employer.name}</h2>
      ${d.remindersDue ? html`<p class="due" id="reminders">${d.remindersDue} ${t(jm.remindersDue, L)}</p>` : nothing}
      <button class="btn" id="employer-post-job" @click=${() => navigate(this, 'vacancies/new')}>${t(jm.postJob, L)}</button>
      <h3>${t(jm.myVacancies, L)}</h3>
      <table id="employer-vacancies">
        ${d.vacancies.map((v) => html`<tr data-vacancy=${v.id}><td>${v.title}</td><td>${payLabel(v, L)}</td><td>${t(STATUS[v.status] ?? STATUS.pending!, L)}</td>
          <td>${v.status === 'approved' ? html`<button class="btn secondary" @click=${() => this.showCandidates(v.id)}>${t(jm.candidates, L)}</button>` : nothing}</td></tr>`)}
      </table>
      ${c
        ? html`<h3>${t(jm.candidates, L)}</h3><table id="candidates">
            ${c.result.items.map((x) => html`<tr><td>${x.seeker.nameMasked}</td><td>${x.seeker.districtName}</td><td>${x.seeker.skills.join('、')}</td>
              <td class="stars">${'★'.repeat(x.stars)}</td><td>${x.reasons.map((r) => t(r.text, L)).join('；')}</td></tr>`)}
          </table>`
        : nothing}
      <h3>${t(jm.myReferrals, L)}</h3>
      <table id="employer-referrals">
        ${d.referrals.map((r) => html`<tr data-referral=${r.id}><td>${r.refNo}</td><td>${r.seeker.nameMasked}</td><td>${r.vacancy.title}</td>
          <td>${r.status}</td>
          <td>${r.status === 'referred' || r.status === 'interviewed'
            ? OUTCOMES.map((o) => html`<button class="btn secondary" data-outcome=${o} @click=${() => this.outcome(r.id, o)}>${t(jm[o], L)}</button>`)
            : nothing}</td></tr>`)}
      </table>
      <p role="status" id="employer-message">${this.message}</p>
      ${d.bookings.length ? html`<h3>${t(jm.fairBookings, L)}</h3><ul>${d.bookings.map((b) => html`<li>${b.day} ${b.fairTitle} · ${b.boothNo}</li>`)}</ul>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-employer-dashboard': KioskEmployerDashboard;
  }
}
