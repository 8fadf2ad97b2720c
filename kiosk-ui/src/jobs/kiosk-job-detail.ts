import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PrintAccepted, ReferralsCreated, VISITOR_TOKEN_HEADER, payLabel, type JobDetail } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, icon, loadVocabulary, t, tokens, type Lang, type Vocabulary } from '@jobhall/ui-kit';
import '@jobhall/ui-kit/jh-qr-code';
import { emit } from '../events.ts';
import { problemOf } from '../problem.ts';
import { loadJob } from './jobs-data.ts';
import { certificateName, districtName, labelled, listOf, skillName } from './names.ts';
import { EDUCATION, jm } from './messages.ts';

/**
 * One vacancy: the work, what it asks, what it pays, where, whom to call. At a kiosk anyone can print it to take
 * away (no sign-in), a signed-in seeker can print a referral slip, and a QR code takes it to a phone. On the phone
 * page behind that QR (`phone`) it is a phone page: one column, the number a tap away, no QR and no printing.
 */
@customElement('kiosk-job-detail')
export class KioskJobDetail extends LitElement {
  @property({ type: Number }) jobId = 0;
  @property() locale: Lang = 'zh';
  /** A signed-in seeker's token: the referral slip is printed in their name. '' for anybody else. */
  @property() token = '';
  /** The kiosk whose printer prints the slips. */
  @property() kioskId = '';
  /** This kiosk has a printer: the print buttons are offered. */
  @property({ type: Boolean }) canPrint = false;
  /** The phone page (/jobs/<id>), not the kiosk. */
  @property({ type: Boolean, reflect: true }) phone = false;
  /** Opened from simple mode: very large type. */
  @property({ type: Boolean, reflect: true }) large = false;
  @state() private busy = false;
  @state() private job: JobDetail | null = null;
  @state() private vocab: Vocabulary | null = null;
  @state() private gone = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 24px; }
    .head { display: flex; justify-content: space-between; gap: 24px; align-items: baseline; flex-wrap: wrap; }
    h2 { font-size: 40px; margin: 0; }
    .pay { font-size: 40px; font-weight: 800; color: var(--jh-accent); }
    .grid { display: grid; grid-template-columns: 2fr 1fr; gap: 24px; margin-top: 16px; }
    section { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 16px 24px; margin-bottom: 16px; }
    h3 { margin: 0 0 8px; font-size: 24px; color: var(--jh-primary); }
    p { margin: 4px 0; line-height: 1.5; overflow-wrap: anywhere; }
    .qr { text-align: center; }
    .btn { width: 100%; min-height: 88px; font-size: 30px; margin-top: 12px; display: inline-flex; align-items: center; justify-content: center; gap: 8px; }
    :host([large]) { font-size: 34px; }
    :host([large]) h2, :host([large]) .pay { font-size: 56px; }
    :host([large]) h3 { font-size: 34px; }
    :host([large]) .btn { min-height: 112px; font-size: 40px; }
    :host([phone]) { padding: 12px; font-size: 18px; }
    :host([phone]) h2, :host([phone]) .pay { font-size: 26px; }
    :host([phone]) .grid { grid-template-columns: 1fr; gap: 0; }
    :host([phone]) section { padding: 12px 16px; margin-bottom: 10px; }
    .call { display: flex; align-items: center; justify-content: center; gap: 8px; min-height: 56px; font-size: 22px; font-weight: 700;
      color: #fff; background: var(--jh-primary); border-radius: var(--jh-radius); text-decoration: none; margin-top: 8px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void loadVocabulary().then((v) => (this.vocab = v), () => {});
    loadJob(this.jobId).then((j) => (this.job = j), (err) => {
      if (err instanceof ApiProblem && err.status === 404) this.gone = true;
      else emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) });
    });
  }

  /** 岗位信息: this job on paper, for anybody, signed in or not. */
  private async printJob() {
    if (this.busy || !this.job) return;
    this.busy = true;
    try {
      await api(`/api/jobs/${this.job.id}/slip`, PrintAccepted, { method: 'POST', body: { kioskId: this.kioskId } });
      emit(this, 'kiosk-message', { tone: 'ok', text: jm.jobSlipPrinting });
    } catch (err) {
      emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) });
    } finally {
      this.busy = false;
    }
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

  private renderActions(j: JobDetail) {
    const L = this.locale;
    if (this.phone) {
      return html`<section><h3>${t(jm.contact, L)}</h3><p>${j.contactName ?? ''}</p>
        <a class="call" id="call" href="tel:${j.contactPhone.replace(/[^\d+]/g, '')}">${icon('phone', 24)} ${j.contactPhone}</a></section>`;
    }
    return html`<div class="qr">
      <jh-qr-code .data=${j.url} .label=${t(jm.onPhone, L)}></jh-qr-code>
      <p>${icon('phone', 28)} ${t(jm.onPhone, L)}</p>
      ${this.canPrint
        ? html`<button class="btn" id="print-job" @click=${() => void this.printJob()}>${icon('printer', 36)} ${t(this.busy ? jm.printingNow : jm.printJob, L)}</button>`
        : nothing}
      ${this.token
        ? html`<button class="btn secondary" id="refer" @click=${() => void this.refer()}>${icon('printer', 36)} ${t(jm.getReferral, L)}</button>`
        : html`<button class="btn secondary" id="sign-in-to-refer" @click=${() => emit(this, 'want-sign-in')}>${t(jm.signInForReferral, L)}</button>`}
    </div>`;
  }

  override render() {
    const L = this.locale;
    if (this.gone) return html`<p role="alert">${t(jm.jobGone, L)}</p>`;
    const j = this.job;
    if (!j) return nothing;
    const v = this.vocab;
    const skills = [...j.skills, ...j.preferredSkills].map((s) => skillName(v, s, L));
    const terms = [j.meals && t(jm.meals, L), j.lodging && t(jm.lodging, L), j.payPeriod === 'daily' && t(jm.daily, L), j.payPeriod === 'weekly' && t(jm.weekly, L)]
      .filter((x): x is string => !!x);
    return html`
      <div class="head"><h2 id="job-title">${j.title}</h2><span class="pay" id="job-pay">${payLabel(j, L)}</span></div>
      <p>${j.employerName} · ${districtName(v, j.district, L, j.districtName)} · ${labelled(t(jm.headcount, L), String(j.headcount), L)}</p>
      <div class="grid">
        <div>
          <section><h3>${t(jm.description, L)}</h3><p id="job-description">${j.description}</p></section>
          <section><h3>${t(jm.requirements, L)}</h3>
            <p>${labelled(t(jm.skills, L), skills.length ? listOf(skills, L) : t(jm.none, L), L)}</p>
            <p>${labelled(t(jm.certificates, L), j.certificates.length ? listOf(j.certificates.map((c) => certificateName(v, c.code, L, c.name)), L) : t(jm.none, L), L)}</p>
            <p>${labelled(t(jm.experience, L), j.experienceYears ? `${j.experienceYears} ${t(jm.years, L)}` : t(jm.none, L), L)} ·
              ${t(EDUCATION[j.education] ?? EDUCATION.none!, L)}</p>
          </section>
          <section><h3>${t(jm.conditions, L)}</h3><p>${payLabel(j, L)}${terms.length ? ` · ${terms.join(' · ')}` : ''}</p></section>
          <section><h3>${t(jm.where, L)}</h3><p>${j.address ?? j.workLocation ?? districtName(v, j.district, L, j.districtName)}</p></section>
          ${this.phone ? nothing : html`<section><h3>${t(jm.contact, L)}</h3><p id="job-contact">${j.contactName ?? ''} ${j.contactPhone}</p></section>`}
        </div>
        ${this.renderActions(j)}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-job-detail': KioskJobDetail;
  }
}
