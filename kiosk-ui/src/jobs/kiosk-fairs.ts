import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { z } from 'zod';
import { Fair, FairDetail } from '@jobhall/hub-server/contract';
import { api, buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import { problemOf } from '../problem.ts';
import { jm } from './messages.ts';
import './kiosk-job-card.ts';
import { emit } from '../events.ts';

const THEME: Record<string, { zh: string; en: string }> = {
  onsite: { zh: '现场招聘', en: 'On-site recruitment' }, industry: { zh: '行业专场', en: 'Industry fair' }, graduates: { zh: '高校毕业生专场', en: 'Graduates' },
  migrant: { zh: '农民工专场', en: 'Migrant workers' }, disability: { zh: '残疾人专场', en: 'Disability-inclusive' }, veterans: { zh: '退役军人专场', en: 'Veterans' },
  general: { zh: '综合招聘会', en: 'General fair' },
};

/** 现场招聘 and 专场招聘 (3.1.4, 3.1.5): the calendar, a fair's booths and jobs, and sign-up for a signed-in seeker. */
@customElement('kiosk-fairs')
export class KioskFairs extends LitElement {
  @property() locale: Lang = 'zh';
  @property() token = '';
  @state() private fairs: Fair[] | null = null;
  @state() private detail: FairDetail | null = null;
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 22px; }
    h2 { font-size: 34px; margin: 0 0 12px; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; }
    li .btn { width: 100%; text-align: left; min-height: 88px; font-size: 26px; display: block; }
    .booths { display: grid; grid-template-columns: repeat(6, 1fr); gap: 8px; margin: 12px 0; }
    .booth { background: var(--jh-paper); border: 2px solid var(--jh-line); border-radius: 10px; padding: 8px; font-size: 18px; min-height: 64px; }
    .booth strong { display: block; font-size: 22px; }
    .jobs { display: grid; gap: 10px; }
    .actions .btn { min-height: 88px; font-size: 30px; margin: 12px 0; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void api('/api/fairs', z.array(Fair)).then((f) => (this.fairs = f));
  }

  private async open(id: string) {
    this.detail = await api(`/api/fairs/${id}`, FairDetail);
    this.message = '';
  }

  private async signUp() {
    if (!this.detail) return;
    if (!this.token) {
      emit(this, 'want-sign-in');
      return;
    }
    try {
      await api(`/api/fairs/${this.detail.fair.id}/signups`, Fair, { method: 'POST', headers: { 'x-visitor-token': this.token } });
      this.message = t(jm.signedUp, this.locale);
    } catch (err) {
      this.message = t(problemOf(err), this.locale);
    }
  }

  override render() {
    const L = this.locale;
    const d = this.detail;
    if (d) {
      const f = d.fair;
      return html`<h2>${f.title}</h2>
        <p>${t(THEME[f.theme] ?? THEME.general!, L)} · ${f.day} ${f.starts}–${f.ends} · ${f.venue}</p>
        <p>${f.description}</p>
        <div class="actions"><button class="btn" id="fair-sign-up" @click=${this.signUp}>${t(jm.signUp, L)}</button> <span role="status" id="fair-message">${this.message}</span></div>
        ${d.booths.length ? html`<h3>${t(jm.booths, L)}</h3><div class="booths" id="booth-map">
          ${d.booths.map((b) => html`<div class="booth"><strong>${b.boothNo}</strong>${b.employerName}</div>`)}</div>` : nothing}
        <h3>${t(jm.fairJobs, L)}</h3>
        <div class="jobs">${[...d.vacancies, ...d.booths.flatMap((b) => b.vacancies)].map((j) => html`<kiosk-job-card .job=${j} .locale=${L}></kiosk-job-card>`)}</div>`;
    }
    return html`<h2>${t(jm.fairs, L)}</h2>
      ${this.fairs && !this.fairs.length ? html`<p>${t(jm.noFairs, L)}</p>` : nothing}
      <ul id="fairs">${this.fairs?.map((f) => html`<li><button class="btn secondary" data-fair=${f.id} @click=${() => this.open(f.id)}>
        ${f.day} ${f.starts} · ${f.title} · ${t(THEME[f.theme] ?? THEME.general!, L)} · ${t(jm.booths, L)} ${f.boothsTaken}/${f.booths}</button></li>`)}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-fairs': KioskFairs;
  }
}
