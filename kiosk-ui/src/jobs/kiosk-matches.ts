import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { JobMatchResult, ReferralsCreated } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, icon, t, tokens, type Lang } from '@jobhall/ui-kit';
import { payText } from './jobs-data.ts';
import { jm } from './messages.ts';
import { emit } from '../events.ts';

/**
 * 推荐岗位 (3.1.3): the jobs that fit a signed-in seeker, each with its stars, the reasons and what is missing;
 * tick up to five and print a referral slip for each (3.1.9 follows them up).
 */
@customElement('kiosk-matches')
export class KioskMatches extends LitElement {
  @property() locale: Lang = 'zh';
  @property() token = '';
  @property() kioskId = '';
  @state() private result: JobMatchResult | null = null;
  @state() private chosen = new Set<number>();
  @state() private message = '';
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 22px; }
    h2 { font-size: 34px; margin: 0 0 4px; }
    .hint { color: var(--jh-ink-soft); margin: 0 0 12px; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; }
    li { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 16px 20px; display: grid; grid-template-columns: auto 1fr auto; gap: 8px 16px; }
    input[type='checkbox'] { width: 44px; height: 44px; }
    .title { font-size: 28px; font-weight: 800; }
    .stars { color: #8a5a00; font-size: 28px; letter-spacing: 2px; }
    .pay { color: var(--jh-accent); font-weight: 800; }
    .why { grid-column: 2 / 4; color: var(--jh-ok); }
    .gap { grid-column: 2 / 4; color: var(--jh-warn-ink); }
    .open { min-height: 64px; font-size: 20px; }
    .actions { position: sticky; bottom: 0; background: var(--jh-wash); padding: 12px 0; display: flex; gap: 16px; align-items: center; }
    .actions .btn { min-height: 88px; font-size: 30px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void api('/api/seekers/me/matches?limit=10', JobMatchResult, { headers: { 'x-visitor-token': this.token } }).then((r) => (this.result = r));
  }

  private toggle(id: number) {
    const next = new Set(this.chosen);
    if (next.has(id)) next.delete(id);
    else if (next.size < 5) next.add(id);
    this.chosen = next;
  }

  private async print() {
    this.busy = true;
    try {
      const res = await api('/api/referrals', ReferralsCreated, {
        method: 'POST', headers: { 'x-visitor-token': this.token }, body: { vacancyIds: [...this.chosen], kioskId: this.kioskId || undefined },
      });
      this.message = t(res.message, this.locale);
      this.chosen = new Set();
    } catch (err) {
      this.message = err instanceof ApiProblem && err.text ? t(err.text, this.locale) : String((err as Error).message);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const L = this.locale;
    const r = this.result;
    if (!r) return nothing;
    const open = (id: number) => emit(this, 'open-job', id);
    return html`
      <h2>${t(jm.matches, L)}</h2>
      <p class="hint">${t(jm.matchesHint, L)}</p>
      ${r.items.length ? nothing : html`<p>${t(jm.noMatches, L)}</p>`}
      ${r.help ? html`<p class="hint" id="match-help">${t(r.help, L)}</p>` : nothing}
      <ul id="matches">
        ${r.items.map((m) => html`<li data-job=${m.job.id}>
          <input type="checkbox" aria-label=${m.job.title} .checked=${this.chosen.has(m.job.id)} @change=${() => this.toggle(m.job.id)} />
          <div><div class="title">${m.job.title}</div><div>${m.job.employerName} · ${m.job.districtName} · <span class="pay">${payText(m.job, L)}</span></div></div>
          <div><div class="stars" aria-label="${m.stars} / 5">${'★'.repeat(m.stars)}${'☆'.repeat(5 - m.stars)}</div>
            <button class="btn secondary open" @click=${() => open(m.job.id)}>${t({ zh: '详情', en: 'Details' }, L)}</button></div>
          <div class="why">${t(jm.whyRecommended, L)}：${m.reasons.map((x) => t(x.text, L)).join('；')}</div>
          ${m.gaps.length ? html`<div class="gap">${t(jm.whatsMissing, L)}：${m.gaps.map((g) => t(g.text, L)).join('；')}</div>` : nothing}
        </li>`)}
      </ul>
      <div class="actions">
        <button class="btn" id="print-referrals" ?disabled=${!this.chosen.size || this.busy} @click=${this.print}>
          ${icon('printer', 36)} ${t(jm.printReferrals, L)} (${this.chosen.size})</button>
        <span id="referral-message" role="status">${this.message}</span>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-matches': KioskMatches;
  }
}
