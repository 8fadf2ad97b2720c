import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ReferralsCreated, VISITOR_TOKEN_HEADER, type JobDetail } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, icon, t, tokens, type Lang } from '@jobhall/ui-kit';
import '@jobhall/ui-kit/jh-qr-code';
import { emit } from '../events.ts';
import { problemOf } from '../problem.ts';
import { loadJob, payText } from './jobs-data.ts';
import { EDUCATION, jm } from './messages.ts';

/**
 * One vacancy: the work, what it asks, what it pays, where, whom to call, and a QR to take it along. A signed-in
 * seeker prints a referral slip here; others are offered the sign-in.
 */
@customElement('kiosk-job-detail')
export class KioskJobDetail extends LitElement {
  @property({ type: Number }) jobId = 0;
  @property() locale: Lang = 'zh';
  /** A signed-in seeker's token: the referral slip is printed in their name. '' for anybody else. */
  @property() token = '';
  /** The kiosk whose printer prints the slip. */
  @property() kioskId = '';
  @state() private busy = false;
  @state() private job: JobDetail | null = null;
  @state() private gone = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 24px; }
    .head { display: flex; justify-content: space-between; gap: 24px; align-items: baseline; }
    h2 { font-size: 40px; margin: 0; }
    .pay { font-size: 40px; font-weight: 800; color: var(--jh-accent); }
    .grid { display: grid; grid-template-columns: 2fr 1fr; gap: 24px; margin-top: 16px; }
    section { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 16px 24px; margin-bottom: 16px; }
    h3 { margin: 0 0 8px; font-size: 24px; color: var(--jh-primary); }
    p { margin: 4px 0; line-height: 1.5; }
    .qr { text-align: center; }
    .btn { width: 100%; min-height: 88px; font-size: 30px; margin-top: 12px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    loadJob(this.jobId).then((j) => (this.job = j), (err) => {
      if (err instanceof ApiProblem && err.status === 404) this.gone = true;
    });
  }

  /** 推荐信: a referral slip for this job, printed at this kiosk for the signed-in seeker. */
  private async refer() {
    if (this.busy || !this.job) return;
    this.busy = true;
    try {
      const res = await api('/api/referrals', ReferralsCreated, {
        method: 'POST', headers: { [VISITOR_TOKEN_HEADER]: this.token }, body: { vacancyIds: [this.job.id], kioskId: this.kioskId || undefined },
      });
      emit(this, 'kiosk-message', { tone: 'ok', text: res.message });
    } catch (err) {
      emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) });
    } finally {
      this.busy = false;
    }
  }

  override render() {
    if (this.gone) return html`<p role="alert">${t(jm.jobGone, this.locale)}</p>`;
    const j = this.job;
    if (!j) return nothing;
    const L = this.locale;
    return html`
      <div class="head"><h2 id="job-title">${j.title}</h2><span class="pay">${payText(j, L)}</span></div>
      <p>${j.employerName} · ${j.districtName} · ${t(jm.headcount, L)} ${j.headcount}</p>
      <div class="grid">
        <div>
          <section><h3>${t(jm.description, L)}</h3><p id="job-description">${j.description}</p></section>
          <section><h3>${t(jm.requirements, L)}</h3>
            <p>${t(jm.skills, L)}: ${j.skills.length ? j.skills.join('、') : t(jm.none, L)}</p>
            <p>${t(jm.certificates, L)}: ${j.certificates.length ? j.certificates.map((c) => c.name).join('、') : t(jm.none, L)}</p>
            <p>${t(jm.experience, L)}: ${j.experienceYears ? `${j.experienceYears} ${t(jm.years, L)}` : t(jm.none, L)} · ${t(EDUCATION[j.education] ?? EDUCATION.none!, L)}</p>
          </section>
          <section><h3>${t(jm.conditions, L)}</h3>
            <p>${[j.meals && t(jm.meals, L), j.lodging && t(jm.lodging, L)].filter(Boolean).join(' · ') || '—'}</p>
          </section>
          <section><h3>${t(jm.where, L)}</h3><p>${j.address ?? j.workLocation ?? j.districtName}</p></section>
          <section><h3>${t(jm.contact, L)}</h3><p>${j.contactName ?? ''} ${j.contactPhone}</p></section>
        </div>
        <div class="qr">
          <jh-qr-code .data=${j.url} .label=${t(jm.onPhone, L)}></jh-qr-code>
          <p>${icon('phone', 28)} ${t(jm.onPhone, L)}</p>
          ${this.token
            ? html`<button class="btn" id="refer" ?disabled=${this.busy} @click=${() => void this.refer()}>${icon('printer', 36)} ${t(jm.getReferral, L)}</button>`
            : html`<button class="btn secondary" id="sign-in-to-refer" @click=${() => emit(this, 'want-sign-in')}>${t(jm.signInForReferral, L)}</button>`}
        </div>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-job-detail': KioskJobDetail;
  }
}
