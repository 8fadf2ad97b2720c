import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { z } from 'zod';
import { CandidateResult, JobSearchResult, type JobSummary } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { EDUCATION, payRange, problemText } from '../placement/placement-labels.ts';

/**
 * Candidates for a published vacancy (用人推荐, 3.1.8): only seekers who consented to be recommended, masked,
 * ranked by the mutual score. Staff find the vacancy by words or by its number.
 */
@customElement('admin-seekers-candidates')
export class AdminSeekersCandidates extends LitElement {
  @state() private jobs: JobSummary[] = [];
  @state() private vacancyId: number | null = null;
  @state() private result: z.infer<typeof CandidateResult> | null = null;
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    form { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
    input { font: inherit; font-size: 15px; padding: 6px; min-height: 44px; box-sizing: border-box; border: 2px solid var(--jh-line); border-radius: 8px; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 14px; }
    .jobs { display: flex; gap: 8px; flex-wrap: wrap; margin: 12px 0; }
    .jobs .btn { font-weight: 400; text-align: left; }
    table { border-collapse: collapse; width: 100%; font-size: 15px; margin-top: 8px; }
    th, td { text-align: left; vertical-align: top; padding: 8px; border-bottom: 1px solid var(--jh-line); }
    th { background: var(--jh-wash); }
    .sub { color: var(--jh-ink-soft); font-size: 14px; }
    .gap { color: var(--jh-danger-ink); font-size: 14px; }
  `];

  private async search(e: SubmitEvent) {
    e.preventDefault();
    const q = String(new FormData(e.target as HTMLFormElement).get('q') ?? '').trim();
    this.message = '';
    if (/^\d+$/.test(q)) return this.candidates(Number(q));
    try {
      const r = await api(`/api/jobs?${new URLSearchParams({ q, limit: '10' })}`, JobSearchResult);
      this.jobs = r.items;
      if (!r.items.length) this.message = r.help ? `${r.help.message.zh} · ${r.help.message.en}` : '没有找到 · Nothing found';
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private async candidates(id: number) {
    this.vacancyId = id;
    this.result = null;
    try {
      this.result = await api(`/api/vacancies/${id}/candidates?limit=20`, CandidateResult);
    } catch (err) {
      this.message = problemText(err);
    }
  }

  override render() {
    const r = this.result;
    return html`
      <form @submit=${this.search}>
        <input name="q" id="candidates-q" maxlength="40" placeholder="岗位名称或编号 Title or number" aria-label="岗位 Vacancy" />
        <button class="btn secondary" id="candidates-search">查找岗位 · Find</button>
      </form>
      <div class="jobs">
        ${this.jobs.map((j) => html`<button class="btn secondary" data-job=${j.id} aria-pressed=${j.id === this.vacancyId ? 'true' : 'false'} @click=${() => this.candidates(j.id)}>
          #${j.id} ${j.title} · ${j.employerName} · ${payRange(j)}</button>`)}
      </div>
      <p role="status" id="candidates-message">${this.message}</p>
      ${r
        ? html`<p class="sub">第 ${this.vacancyId} 号岗位 · vacancy ${this.vacancyId}: ${r.items.length} 位候选人 candidates（同意推荐的 ${r.considered} 人中 of ${r.considered} consenting）</p>
          <table id="candidates">
            <thead><tr><th scope="col">求职者 Seeker</th><th scope="col">情况 Profile</th><th scope="col">匹配 Fit</th><th scope="col">理由与差距 Reasons and gaps</th></tr></thead>
            <tbody>${r.items.map((c) => html`<tr data-seeker=${c.seeker.id}>
              <td><strong>${c.seeker.nameMasked}</strong><div class="sub">${c.seeker.districtName}</div></td>
              <td>${EDUCATION[c.seeker.education]} · ${c.seeker.experienceYears} 年 years<div class="sub">${[...c.seeker.skills, ...c.seeker.certificates].join('、')}</div></td>
              <td>${'★'.repeat(c.stars)}${'☆'.repeat(5 - c.stars)}<div class="sub">互评 mutual ${c.mutualScore.toFixed(3)}</div></td>
              <td>${c.reasons.map((x) => x.text.zh).join('；')}${c.gaps.length ? html`<div class="gap">${c.gaps.map((g) => g.text.zh).join('；')}</div>` : nothing}</td>
            </tr>`)}</tbody>
          </table>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-seekers-candidates': AdminSeekersCandidates;
  }
}
