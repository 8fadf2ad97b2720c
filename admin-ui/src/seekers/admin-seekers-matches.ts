import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { JobMatchResult, ReferralsCreated } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { payRange, problemText } from '../placement/placement-labels.ts';

/**
 * The vacancies matched to one seeker (3.1.3), as at the counter: score, stars, the reasons and every gap.
 * Staff tick some and refer the seeker; the slips can then be printed at a window.
 */
@customElement('admin-seekers-matches')
export class AdminSeekersMatches extends LitElement {
  @property() seekerId = '';
  @state() private result: JobMatchResult | null = null;
  @state() private chosen = new Set<number>();
  @state() private message = '';
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    ol { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
    li { display: grid; grid-template-columns: auto 1fr auto; gap: 4px 12px; background: var(--jh-paper); border-radius: 10px; padding: 10px 12px; }
    li input { width: 24px; height: 24px; margin: 10px; }
    .title { font-weight: 700; }
    .score { text-align: right; font-weight: 700; color: var(--jh-primary); }
    .sub { color: var(--jh-ink-soft); font-size: 14px; }
    .reasons { grid-column: 2 / -1; font-size: 14px; }
    .gap { color: var(--jh-danger-ink); }
    .actions { display: flex; gap: 12px; align-items: center; margin-top: 10px; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 16px; }
  `];

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('seekerId') && this.seekerId) void this.load();
  }

  private async load() {
    try {
      this.result = await api(`/api/seekers/${this.seekerId}/matches?limit=10`, JobMatchResult);
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private toggle(id: number, on: boolean) {
    const next = new Set(this.chosen);
    if (on) next.add(id);
    else next.delete(id);
    this.chosen = next;
  }

  private async refer() {
    if (!this.chosen.size || this.busy) return;
    this.busy = true;
    try {
      const r = await api('/api/referrals', ReferralsCreated, { method: 'POST', body: { seekerId: this.seekerId, vacancyIds: [...this.chosen] } });
      this.message = `${r.message.zh} · ${r.message.en} (${r.items.map((x) => x.refNo).join(', ')})`;
      this.chosen = new Set();
    } catch (err) {
      this.message = problemText(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const r = this.result;
    if (!r) return html`<p role="status">${this.message || '正在匹配… Matching…'}</p>`;
    return html`
      ${r.items.length ? nothing : html`<p>${r.help ? `${r.help.zh} · ${r.help.en}` : '没有匹配的岗位 · No matches'}</p>`}
      <ol class="matches">
        ${r.items.map((m) => html`<li data-job=${m.job.id}>
          <input type="checkbox" id="pick-${this.seekerId}-${m.job.id}" aria-label="选择 Choose ${m.job.title}" .checked=${this.chosen.has(m.job.id)}
            @change=${(e: Event) => this.toggle(m.job.id, (e.target as HTMLInputElement).checked)} />
          <div><span class="title">${m.job.title}</span>${m.reserved ? ' · 援助岗位 Reserved' : ''}
            <div class="sub">${m.job.employerName} · ${m.job.districtName} · ${payRange(m.job)}</div></div>
          <div class="score">${'★'.repeat(m.stars)}${'☆'.repeat(5 - m.stars)}<div class="sub">${m.score.toFixed(3)}</div></div>
          <div class="reasons">${m.reasons.map((x) => x.text.zh).join('；')}
            ${m.gaps.length ? html`<div class="gap">差距 Gaps: ${m.gaps.map((g) => g.text.zh + (g.training ? `（${g.training}）` : '')).join('；')}</div>` : nothing}</div>
        </li>`)}
      </ol>
      <div class="actions">
        <button class="btn" id="refer-${this.seekerId}" ?disabled=${!this.chosen.size || this.busy} @click=${this.refer}>推荐所选岗位 · Refer to chosen (${this.chosen.size})</button>
        <span role="status" class="referral-message">${this.message}</span>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-seekers-matches': AdminSeekersMatches;
  }
}
