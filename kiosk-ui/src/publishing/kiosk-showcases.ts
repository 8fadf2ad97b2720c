import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ShowcaseDetail, ShowcaseList, type Showcase } from '@jobhall/hub-server/contract';
import { api, buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import { navigate } from '../events.ts';
import { pm } from './messages.ts';

const KIND_LABEL = { 'service-promise': pm.servicePromise, 'hiring-practice': pm.hiringPractice, 'job-search-tip': pm.jobSearchTip } as const;

/**
 * Showcases at the kiosk: occupation profiles (2.3.3 — what the job is, pay, skills, how to learn it, with the
 * open vacancies and courses) or the guidance (2.3.4 — promises, fair hiring, job-search tips), as big cards.
 */
@customElement('kiosk-showcases')
export class KioskShowcases extends LitElement {
  @property() locale: Lang = 'zh';
  /** "occupation" or "guidance". */
  @property() kind = 'occupation';
  @state() private items: Showcase[] | null = null;
  @state() private open: ShowcaseDetail | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 24px; }
    h2 { font-size: 36px; margin: 0 0 16px; }
    ul.cards { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 16px; }
    ul.cards .btn { width: 100%; min-height: 140px; text-align: left; display: block; padding: 16px 20px; font-weight: 400; }
    ul.cards strong { display: block; font-size: 30px; margin-bottom: 6px; }
    .tag { font-size: 20px; opacity: 0.8; }
    .detail h3 { font-size: 28px; margin: 20px 0 6px; }
    .detail li { margin: 6px 0; }
    .pay { font-size: 34px; font-weight: 800; }
    .actions { display: flex; flex-wrap: wrap; gap: 16px; margin-top: 24px; }
    .actions .btn { min-height: 88px; font-size: 28px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void api('/api/showcases', ShowcaseList).then((r) => (this.items = r.items.filter((s) => (this.kind === 'occupation' ? s.kind === 'occupation' : s.kind !== 'occupation'))));
  }

  private async show(id: string) {
    this.open = await api(`/api/showcases/${encodeURIComponent(id)}`, ShowcaseDetail);
    this.scrollIntoView({ block: 'start' });
  }

  private detail(d: ShowcaseDetail) {
    const L = this.locale;
    const s = d.showcase;
    const list = (items: Array<{ zh: string; en: string }>) => html`<ul>${items.map((p) => html`<li>${t(p, L)}</li>`)}</ul>`;
    return html`<article class="detail" id="showcase-detail"><h2>${t(s.title, L)}</h2><p>${t(s.summary, L)}</p>${list(s.points)}
      ${s.kind === 'occupation' ? html`
        <p class="pay">${t(pm.payRange, L)} ${s.payRange.min}–${s.payRange.max} ${t(pm.yuan, L)}</p><p>${t(s.payRange.note, L)}</p>
        <h3>${t(pm.skills, L)}</h3>${list(s.skills)}
        <h3>${t(pm.trainingPath, L)}</h3>${list(s.trainingPath)}
        ${d.courses.length ? html`<h3>${t(pm.courses, L)}</h3><ul>${d.courses.map((c) => html`<li>${t(c.title, L)} · ${c.provider} · ${c.days} ${t(pm.days, L)} · ${c.feeYuan ? `${c.feeYuan} ${t(pm.yuan, L)}` : t(pm.free, L)} · ${t(c.subsidy, L)}</li>`)}</ul>` : nothing}
        <p id="open-vacancies">${d.openVacancies} ${t(pm.openNow, L)}</p>` : nothing}
      <div class="actions">
        ${s.kind === 'occupation' && d.openVacancies ? html`<button class="btn" id="see-jobs" @click=${() => navigate(this, `jobs?occupation=${encodeURIComponent(s.occupationCode)}`)}>${t(pm.seeJobs, L)}</button>` : nothing}
        <button class="btn secondary" id="showcase-list" @click=${() => (this.open = null)}>${t(pm.backToList, L)}</button>
      </div></article>`;
  }

  override render() {
    const L = this.locale;
    if (this.open) return this.detail(this.open);
    return html`<h2>${t(this.kind === 'occupation' ? pm.occupations : pm.guidance, L)}</h2>
      <ul class="cards" id="showcases">${this.items?.map((s) => html`<li><button class="btn secondary" data-showcase=${s.id} @click=${() => void this.show(s.id)}>
        ${s.kind !== 'occupation' ? html`<span class="tag">${t(KIND_LABEL[s.kind], L)}</span>` : nothing}<strong>${t(s.title, L)}</strong>${t(s.summary, L)}</button></li>`)}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-showcases': KioskShowcases;
  }
}
