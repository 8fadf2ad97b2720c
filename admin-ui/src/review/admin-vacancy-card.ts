import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { RejectReason, ReviewReason, Vacancy, type Finding } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';
import { can } from '../session.ts';
import { EDUCATION, EMPLOYMENT, PAY_PERIOD, REJECT_REASON, REVIEW_REASON, SHIFT, VACANCY_SOURCE, VACANCY_STATUS, payRange, problemText, shortTime, type Vocabulary } from '../placement/placement-labels.ts';
import '../placement/admin-vacancy-findings.ts';
import './admin-vacancy-edit.ts';
import { emit } from '../events.ts';

/**
 * One vacancy in the review queue: every field staff need to judge it, the checker's findings, its history,
 * and the decisions — approve (with a reason code when a review finding is let through), reject with a reason,
 * edit first, or withdraw a published one. Fires `vacancy-changed` with the vacancy as the hub now has it.
 * Control ids carry the vacancy id, so a page with many cards (and a browser test) can address one.
 */
@customElement('admin-vacancy-card')
export class AdminVacancyCard extends LitElement {
  @property({ attribute: false }) vacancy!: Vacancy;
  @property({ attribute: false }) vocab: Vocabulary | null = null;
  @state() private editing = false;
  @state() private message = '';
  @state() private refused = false;
  /** Findings the hub refused approval on: the stored ones date from submission. */
  @state() private fresh: Finding[] | null = null;
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; border: 2px solid var(--jh-line); border-radius: var(--jh-radius); padding: 16px 20px; background: var(--jh-paper); }
    h3 { margin: 0; font-size: 21px; display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
    .status { font-size: 15px; font-weight: 700; border-radius: 6px; padding: 0 8px; background: var(--jh-wash); color: var(--jh-ink-soft); }
    .blocked { background: var(--jh-danger-bg); color: var(--jh-danger-ink); }
    .sub { color: var(--jh-ink-soft); margin: 4px 0 8px; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; font-size: 15px; }
    dt { font-weight: 700; color: var(--jh-ink-soft); }
    dd { margin: 0; }
    .desc { white-space: pre-wrap; line-height: 1.5; margin: 8px 0; }
    h4 { margin: 14px 0 6px; font-size: 16px; }
    .decide { display: flex; gap: 10px; flex-wrap: wrap; align-items: center; margin-top: 12px; padding-top: 12px; border-top: 1px solid var(--jh-line); }
    select, input { font: inherit; font-size: 15px; padding: 6px; min-height: 44px; border: 2px solid var(--jh-line); border-radius: 8px; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 16px; }
    .btn.danger { background: var(--jh-paper); color: var(--jh-danger-ink); border-color: var(--jh-danger-ink); }
    .msg { margin-top: 8px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
    ol { margin: 0; padding-left: 20px; font-size: 14px; color: var(--jh-ink-soft); }
    summary { cursor: pointer; min-height: 44px; display: flex; align-items: center; font-weight: 700; }
  `];

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('vacancy')) this.fresh = null;
  }

  private get findings(): Finding[] {
    return this.fresh ?? this.vacancy.findings;
  }

  private changed(v: Vacancy, message: string) {
    emit(this, 'vacancy-changed', { vacancy: v, message });
  }

  private value(id: string): string {
    return (this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}-${this.vacancy.id}`)?.value ?? '').trim();
  }

  private async decide(action: 'approve' | 'reject' | 'withdraw', body: object, done: string) {
    if (this.busy) return;
    this.busy = true;
    this.message = '';
    this.refused = false;
    try {
      const v = await api(`/api/vacancies/${this.vacancy.id}/${action}`, Vacancy, { method: 'POST', body });
      this.changed(v, `${done}: ${v.title}`);
    } catch (err) {
      this.message = problemText(err);
      this.refused = true;
      const findings = err instanceof ApiProblem ? err.details.findings : undefined;
      if (findings) {
        // Refused for its wording: the refusal carries the findings on the stored text, newer than those from submission.
        this.fresh = findings;
        const blocking = [...new Set(findings.filter((f) => f.severity === 'block').map((f) => f.rule))];
        this.message = `不能发布：含禁止用语 · Cannot be published as written: ${blocking.join(', ')}`;
      }
    } finally {
      this.busy = false;
    }
  }

  private approve() {
    const reviewReason = this.value('review-reason');
    const occupationCode = this.value('occupation');
    const note = this.value('approve-note');
    void this.decide('approve', {
      ...(reviewReason ? { reviewReason: ReviewReason.parse(reviewReason) } : {}),
      ...(occupationCode && occupationCode !== this.vacancy.occupationCode ? { occupationCode } : {}),
      ...(note ? { note } : {}),
    }, '已发布 Approved');
  }

  private reject() {
    const note = this.value('reject-note');
    void this.decide('reject', { reason: RejectReason.parse(this.value('reject-reason')), ...(note ? { note } : {}) }, '已驳回 Rejected');
  }

  private renderDecisions(v: Vacancy) {
    // Reading the queue needs vacancy.read; deciding on it needs vacancy.approve.
    if (!can('vacancy.approve')) return nothing;
    const id = v.id;
    const needsReason = this.findings.some((f) => f.severity === 'review');
    if (v.status === 'pending') {
      return html`<div class="decide">
        <label>审核理由 Review reason${needsReason ? html` <strong>（必填 required）</strong>` : nothing}
          <select id="review-reason-${id}">
            <option value="">— 无 None —</option>
            ${ReviewReason.options.map((r) => html`<option value=${r}>${REVIEW_REASON[r]}</option>`)}
          </select></label>
        <label>职业 Occupation
          <select id="occupation-${id}">
            <option value="">— 未定 Not set —</option>
            ${(this.vocab?.occupations ?? []).map((o) => html`<option value=${o.code} ?selected=${o.code === v.occupationCode}>${o.code} ${o.name}</option>`)}
          </select></label>
        <input id="approve-note-${id}" maxlength="200" placeholder="备注 Note" aria-label="审核备注 Approval note" />
        <button class="btn" id="approve-${id}" ?disabled=${this.busy} @click=${this.approve}>通过并发布 · Approve</button>
      </div>
      <div class="decide">
        <select id="reject-reason-${id}" aria-label="驳回原因 Reject reason">
          ${RejectReason.options.map((r) => html`<option value=${r}>${REJECT_REASON[r]}</option>`)}
        </select>
        <input id="reject-note-${id}" maxlength="200" placeholder="说明 Note to the employer" aria-label="驳回说明 Reject note" />
        <button class="btn danger" id="reject-${id}" ?disabled=${this.busy} @click=${this.reject}>驳回 · Reject</button>
        <button class="btn secondary" id="edit-${id}" @click=${() => (this.editing = !this.editing)}>修改 · Edit</button>
      </div>`;
    }
    return html`<div class="decide">
      ${v.status === 'approved'
        ? html`<button class="btn danger" id="withdraw-${id}" ?disabled=${this.busy} @click=${() => this.decide('withdraw', {}, '已撤回 Withdrawn')}>撤回 · Withdraw</button>`
        : nothing}
      ${v.status !== 'withdrawn' ? html`<button class="btn secondary" id="edit-${id}" @click=${() => (this.editing = !this.editing)}>修改后重审 · Edit and review again</button>` : nothing}
    </div>`;
  }

  override render() {
    const v = this.vacancy;
    const blocked = this.findings.some((f) => f.severity === 'block');
    return html`
      <article aria-labelledby="title-${v.id}">
        <h3 id="title-${v.id}">${v.title}
          <span class="status">${VACANCY_STATUS[v.status]}</span>
          ${blocked ? html`<span class="status blocked">含禁止用语，不能发布 · Blocking wording: cannot be published</span>` : nothing}
          <span class="status">#${v.id}</span>
        </h3>
        <div class="sub">${v.employerName} · ${v.districtName} · ${payRange(v)} · ${PAY_PERIOD[v.payPeriod]} · 招 ${v.headcount} 人 Headcount ${v.headcount}</div>
        <p class="desc">${v.description}</p>
        <dl>
          <dt>职业 Occupation</dt><dd>${v.occupationName ? `${v.occupationCode} ${v.occupationName}` : '未定 Not set'}</dd>
          <dt>用工 Employment</dt><dd>${EMPLOYMENT[v.employmentType]}${v.shifts.length ? ` · ${v.shifts.map((s) => SHIFT[s]).join('、')}` : ''}${v.meals ? ' · 包吃 Meals' : ''}${v.lodging ? ' · 包住 Lodging' : ''}</dd>
          <dt>要求 Requirements</dt><dd>${EDUCATION[v.education]} · ${v.experienceYears} 年经验 years${v.skills.length ? ` · ${v.skills.join('、')}` : ''}${v.certificates.length ? ` · ${v.certificates.map((c) => c.name).join('、')}` : ''}</dd>
          <dt>地址 Address</dt><dd>${v.address ?? v.workLocation ?? '—'}</dd>
          <dt>联系 Contact</dt><dd>${v.contactName ?? ''} ${v.contactPhone}</dd>
          <dt>来源 Source</dt><dd>${VACANCY_SOURCE[v.source]} · ${shortTime(v.createdAt)}${v.reviewedBy ? ` · 审核 reviewed by ${v.reviewedBy}` : ''}${v.reviewNote ? ` · ${v.reviewNote}` : ''}</dd>
        </dl>
        <h4>用语检查 Wording check</h4>
        <admin-vacancy-findings .findings=${this.findings}></admin-vacancy-findings>
        ${this.renderDecisions(v)}
        <div class="msg ${this.refused ? 'err' : ''}" id="message-${v.id}" role="status">${this.message}</div>
        ${this.editing
          ? html`<admin-vacancy-edit .vacancy=${v} .vocab=${this.vocab}
              @edit-closed=${() => (this.editing = false)}
              @vacancy-saved=${(e: HTMLElementEventMap['vacancy-saved']) => {
                this.editing = false;
                this.fresh = null;
                this.changed(e.detail, `已修改，待审核 Edited, back in review: ${e.detail.title}`);
              }}></admin-vacancy-edit>`
          : nothing}
        <details>
          <summary>记录 History (${v.history.length})</summary>
          <ol class="history">${v.history.map((h) => html`<li>${shortTime(h.at)} · ${h.action} · ${h.from ?? '—'} → ${h.to} · ${h.by}${h.note ? ` · ${h.note}` : ''}</li>`)}</ol>
        </details>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-vacancy-card': AdminVacancyCard;
  }
}
