import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { JobMatchResult, ReferralsCreated, VISITOR_TOKEN_HEADER, payLabel } from '@jobhall/hub-server/contract';
import { api, buttons, icon, loadVocabulary, t, tokens, type Lang, type LocalizedText, type Vocabulary } from '@jobhall/ui-kit';
import { districtName, labelled } from './names.ts';
import { jm } from './messages.ts';
import { emit } from '../events.ts';
import { problemOf } from '../problem.ts';

/** At most this many referral slips at once: a seeker can follow up five interviews, not twenty. */
const MAX_CHOSEN = 5;

/**
 * 推荐岗位 (3.1.3): the jobs that fit a signed-in seeker, each with its stars, the reasons and what is missing;
 * tick up to five (large tick boxes) and print a referral slip for each (3.1.9 follows them up).
 */
@customElement('kiosk-matches')
export class KioskMatches extends LitElement {
  @property() locale: Lang = 'zh';
  @property() token = '';
  @property() kioskId = '';
  @state() private result: JobMatchResult | null = null;
  @state() private vocab: Vocabulary | null = null;
  @state() private chosen = new Set<number>();
  @state() private message: { tone: 'ok' | 'problem'; text: LocalizedText } | null = null;
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 22px; }
    h2 { font-size: 34px; margin: 0 0 4px; }
    .hint { color: var(--jh-ink-soft); margin: 0 0 12px; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; }
    li { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 16px 20px; display: grid; grid-template-columns: auto 1fr auto; gap: 8px 16px; }
    .tick { width: 80px; height: 80px; min-height: 80px; padding: 0; display: grid; place-items: center; border-width: 3px; }
    .tick[aria-checked='true'] { background: var(--jh-primary); color: #fff; border-color: var(--jh-primary); }
    .title { font-size: 28px; font-weight: 800; }
    .stars { color: #8a5a00; font-size: 28px; letter-spacing: 2px; }
    .pay { color: var(--jh-accent); font-weight: 800; }
    .why { grid-column: 2 / 4; color: var(--jh-ok); }
    .gap { grid-column: 2 / 4; color: var(--jh-warn-ink); }
    .open { min-height: 64px; font-size: 20px; }
    .actions { position: sticky; bottom: 0; background: var(--jh-wash); padding: 12px 0; display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
    .actions .btn { min-height: 88px; font-size: 30px; display: inline-flex; align-items: center; gap: 8px; }
    .ok { color: var(--jh-ok); font-weight: 700; }
    .problem { color: var(--jh-danger-ink); font-weight: 700; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void loadVocabulary().then((v) => (this.vocab = v), () => {});
    api('/api/seekers/me/matches?limit=10', JobMatchResult, { headers: { [VISITOR_TOKEN_HEADER]: this.token } }).then(
      (r) => (this.result = r),
      (err) => (this.message = { tone: 'problem', text: problemOf(err) }),
    );
  }

  private toggle(id: number) {
    const next = new Set(this.chosen);
    if (next.has(id)) next.delete(id);
    else if (next.size < MAX_CHOSEN) next.add(id);
    this.chosen = next;
  }

  private async print() {
    if (this.busy || !this.chosen.size) return;
    this.busy = true;
    try {
      const res = await api('/api/referrals', ReferralsCreated, {
        method: 'POST', headers: { [VISITOR_TOKEN_HEADER]: this.token }, body: { vacancyIds: [...this.chosen], kioskId: this.kioskId || undefined },
      });
      this.message = { tone: 'ok', text: res.message };
      this.chosen = new Set();
    } catch (err) {
      this.message = { tone: 'problem', text: problemOf(err) };
    } finally {
      this.busy = false;
    }
  }

  /** The reasons and gaps as one sentence each, punctuated as the language is. */
  private sentence(label: LocalizedText, parts: LocalizedText[]): string {
    const L = this.locale;
    return labelled(t(label, L), parts.map((x) => t(x, L)).join(L === 'en' ? '; ' : '；'), L);
  }

  override render() {
    const L = this.locale;
    const r = this.result;
    const msg = this.message;
    const note = msg ? html`<span id="referral-message" role="status" class=${msg.tone}>${t(msg.text, L)}</span>` : nothing;
    if (!r) return note;
    // The button is grey only for a reason it says: nothing ticked yet.
    const why = !this.chosen.size ? t(jm.tickFirst, L) : this.chosen.size === MAX_CHOSEN ? t(jm.atMostFive, L) : '';
    return html`
      <h2>${t(jm.matches, L)}</h2>
      <p class="hint">${t(jm.matchesHint, L)}</p>
      ${r.items.length ? nothing : html`<p>${t(jm.noMatches, L)}</p>`}
      ${r.help ? html`<p class="hint" id="match-help">${t(r.help, L)}</p>` : nothing}
      <ul id="matches">
        ${r.items.map((m) => html`<li data-job=${m.job.id}>
          <button class="btn secondary tick" role="checkbox" aria-checked=${this.chosen.has(m.job.id) ? 'true' : 'false'}
            aria-label=${`${t(jm.choose, L)}: ${m.job.title}`} data-choose=${m.job.id} @click=${() => this.toggle(m.job.id)}>
            ${this.chosen.has(m.job.id) ? icon('check', 56) : nothing}</button>
          <div><div class="title">${m.job.title}</div>
            <div>${m.job.employerName} · ${districtName(this.vocab, m.job.district, L, m.job.districtName)} · <span class="pay">${payLabel(m.job, L)}</span></div></div>
          <div><div class="stars" role="img" aria-label="${m.stars} / 5">${'★'.repeat(m.stars)}${'☆'.repeat(5 - m.stars)}</div>
            <button class="btn secondary open" @click=${() => emit(this, 'open-job', m.job.id)}>${t(jm.details, L)}</button></div>
          <div class="why">${this.sentence(jm.whyRecommended, m.reasons.map((x) => x.text))}</div>
          ${m.gaps.length ? html`<div class="gap">${this.sentence(jm.whatsMissing, m.gaps.map((g) => g.text))}</div>` : nothing}
        </li>`)}
      </ul>
      <div class="actions">
        <button class="btn" id="print-referrals" ?disabled=${!this.chosen.size} aria-describedby="print-why" @click=${() => void this.print()}>
          ${icon('printer', 36)} ${t(this.busy ? jm.printingNow : jm.printReferrals, L)} (${this.chosen.size})</button>
        <span id="print-why">${why}</span>
        ${note}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-matches': KioskMatches;
  }
}
