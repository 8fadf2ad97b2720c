import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AssessmentResult } from '@jobhall/hub-server/contract';
import { buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import { navigate } from '../../events.ts';
import { am, fillIn } from './assess-messages.ts';

/**
 * The profile in plain words: the sentence, each scale as a bar (the top three explained), and the suggested
 * occupations, each with its open vacancies one tap away in the job search and the courses that train for it.
 */
@customElement('kiosk-assessment-result')
export class KioskAssessmentResult extends LitElement {
  @property({ attribute: false }) result!: AssessmentResult;
  @property() locale: Lang = 'zh';

  static override styles = [tokens, buttons, css`
    :host { display: block; font-size: 24px; }
    .summary { background: #e3f4e8; color: var(--jh-ok); border-radius: var(--jh-radius); padding: 20px 28px; font-size: 32px; font-weight: 800; line-height: 1.4; margin: 0 0 16px; }
    section { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 14px 24px; margin-bottom: 16px; }
    h3 { font-size: 28px; margin: 4px 0 12px; color: var(--jh-primary); }
    .scale { display: grid; grid-template-columns: 9em 1fr 4em; gap: 12px; align-items: center; margin: 8px 0; }
    .bar { height: 28px; background: var(--jh-wash); border-radius: 8px; overflow: hidden; }
    .bar span { display: block; height: 100%; background: var(--jh-primary); }
    .describe { grid-column: 1 / -1; color: var(--jh-ink-soft); font-size: 21px; margin: -4px 0 6px; }
    .jobs { display: grid; gap: 12px; }
    @media (min-aspect-ratio: 4/3) { .jobs { grid-template-columns: 1fr 1fr; } }
    .job { display: flex; justify-content: space-between; align-items: center; gap: 12px; border: 2px solid var(--jh-line); border-radius: var(--jh-radius); padding: 10px 16px; }
    .job b { font-size: 28px; }
    .job .btn { min-height: 72px; font-size: 24px; white-space: nowrap; }
    .small { color: var(--jh-ink-soft); font-size: 21px; }
  `];

  override render() {
    const r = this.result;
    const L = this.locale;
    return html`
      <p class="summary" id="assessment-summary" role="status">${t(r.summary, L)}</p>
      <section><h3>${t(am.yourProfile, L)} · ${t(am.code, L)} <span id="assessment-code">${r.code}</span></h3>
        ${r.scales.map((s, i) => html`<div class="scale">
          <span>${t(s.label, L)}</span>
          <div class="bar" role="img" aria-label="${t(s.label, L)} ${s.percent}%"><span style="width:${s.percent}%"></span></div>
          <span>${s.percent}%</span>
          ${i < 3 && !r.flat && s.percent > 0 ? html`<div class="describe">${t(s.describe, L)}</div>` : nothing}
        </div>`)}
      </section>
      <section><h3>${t(am.workTitle, L)}</h3><div class="jobs">
        ${r.occupations.map((o) => html`<div class="job" data-occupation=${o.code}>
          <div><b>${t(o.label, L)}</b><div class="small">${o.openJobs ? fillIn(t(am.openJobs, L), { n: o.openJobs }) : t(am.noJobs, L)}</div>
            ${o.courses.map((c) => html`<div class="small course">${fillIn(t(am.course, L), { title: t(c.title, L), days: c.days, subsidy: t(c.subsidy, L) })}</div>`)}</div>
          ${o.openJobs ? html`<button class="btn" data-see-jobs=${o.code} @click=${() => navigate(this, `jobs?occupation=${o.code}`)}>${t(am.seeJobs, L)}</button>` : nothing}
        </div>`)}
      </div></section>
      <p class="small">${t(am.note, L)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-assessment-result': KioskAssessmentResult;
  }
}
