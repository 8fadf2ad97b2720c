import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { KIOSK_KEY_HEADER, SeekerRegistered, maskIdNumber, type HallView } from '@jobhall/hub-server/contract';
import { api, buttons, loadVocabulary, t, tokens, type Lang, type LocalizedText, type Vocabulary } from '@jobhall/ui-kit';
import '../kiosk-number-pad.ts';
import '../kiosk-keyboard.ts';
import '../kiosk-submitted.ts';
import { EDUCATION, jm } from './messages.ts';
import { certificateName, districtName, listOf, occupationLabel, skillName } from './names.ts';
import { FIELD_LABEL, NAME_RULE, STEP_OF_FIELD, idProblem, nameProblem, noAnswers, phoneProblem, progress, stepsFor, type Answers, type Step } from './register-steps.ts';
import { emit } from '../events.ts';
import { m } from '../messages.ts';
import { fieldOf, problemOf } from '../problem.ts';

const PAY_STEPS = [0, 3000, 4000, 5000, 6000, 8000, 10000];
const EXPERIENCE = [0, 1, 2, 3, 5, 10];
/**
 * 求职登记 (3.1.2) at the kiosk, one question per screen with its place in the whole (第 3 步，共 12 步): no
 * fields for gender, age, hukou, ethnicity, marriage or health. It asks what matching judges — skills,
 * certificates, experience — so nothing is held against a seeker that was never asked. The ID number is
 * checked at the field and masked as it is typed; the answers live only in this element. It ends on a result
 * screen: the reference, the pre-filled slip, and the ticket for the window that checks the ID card.
 */
@customElement('kiosk-seeker-register')
export class KioskSeekerRegister extends LitElement {
  @property() locale: Lang = 'zh';
  /** A card just read at this kiosk: its ID number and name stay at the hub; the wizard starts at the phone. */
  @property({ attribute: false }) fromCard: { readId: string; idMasked: string; nameMasked: string } | null = null;
  @property() kioskId = '';
  @property() kioskKey = '';
  /** This kiosk has a printer, so the pre-filled slip is printed. */
  @property({ type: Boolean }) canPrint = false;
  @property({ attribute: false }) hall: HallView | null = null;
  @state() private step: Step = 'id';
  @state() private a: Answers = noAnswers;
  @state() private vocab: Vocabulary | null = null;
  @state() private error: LocalizedText | null = null;
  @state() private busy = false;
  @state() private done: { refNo: string; slip: boolean } | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 26px; }
    h2 { font-size: 36px; margin: 0 0 16px; }
    .progress { color: var(--jh-ink-soft); font-size: 24px; margin: 0 0 8px; }
    .choices { display: flex; flex-wrap: wrap; gap: 12px; }
    .choices .btn { min-height: 80px; font-size: 28px; }
    .choices .btn[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    h3 { font-size: 28px; margin: 20px 0 10px; }
    .nav { display: flex; gap: 16px; margin-top: 24px; }
    .nav .btn { min-height: 88px; font-size: 30px; flex: 1; }
    dl { display: grid; grid-template-columns: auto 1fr auto; gap: 8px 16px; align-items: center; }
    dt { color: var(--jh-ink-soft); }
    dd { margin: 0; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
    .why { color: var(--jh-ink-soft); margin: 8px 0 0; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void loadVocabulary().then((v) => (this.vocab = v), () => {});
    if (this.fromCard) this.step = 'phone';
  }

  private get steps(): Step[] {
    return stepsFor(!!this.fromCard);
  }

  private next() {
    this.step = this.steps[this.steps.indexOf(this.step) + 1] ?? 'review';
  }

  private set(patch: Partial<Answers>, advance = true) {
    this.a = { ...this.a, ...patch };
    this.error = null;
    if (advance) this.next();
  }

  /** "第 3 步，共 12 步 · …" */
  private withProgress(text: LocalizedText): LocalizedText {
    const p = progress(this.step, !!this.fromCard);
    const at = (lang: Lang) => t(m.stepOf, lang).replace('{n}', String(p.n)).replace('{m}', String(p.of));
    return { zh: `${at('zh')} · ${text.zh}`, en: `${at('en')} · ${text.en}` };
  }

  private async submit() {
    if (this.busy) return;
    this.busy = true;
    try {
      const a = this.a;
      const profile = {
        phone: a.phone, district: a.district, workDistricts: a.workDistricts, wantedOccupations: a.wantedOccupations, skills: a.skills,
        certificates: a.certificates, experienceYears: a.experienceYears ?? 0, payMin: a.payMin, avoidShifts: a.avoidNight ? ['night'] : [],
        education: a.education, consentToRecommend: a.consentToRecommend ?? false,
      };
      const printAt = this.canPrint ? this.kioskId : '';
      const res = this.fromCard
        ? await api('/api/seekers/from-card', SeekerRegistered, {
            method: 'POST', headers: { [KIOSK_KEY_HEADER]: this.kioskKey }, body: { readId: this.fromCard.readId, kioskId: this.kioskId, ...profile },
          })
        : await api(`/api/seekers${printAt ? `?kioskId=${encodeURIComponent(printAt)}` : ''}`, SeekerRegistered, {
            method: 'POST', body: { idNumber: a.idNumber, name: a.name, ...profile },
          });
      this.done = { refNo: res.seeker.refNo ?? '', slip: !!res.slip };
      emit(this, 'seeker-signed-in', { token: res.token, expiresAt: res.expiresAt, seeker: res.seeker });
    } catch (err) {
      // Back to the screen that asks for the field the hub refused, with its sentence (or the kiosk's own).
      const field = fieldOf(err);
      const step = field ? STEP_OF_FIELD[field] : undefined;
      this.step = step && this.steps.includes(step) ? step : 'review';
      const said = problemOf(err);
      this.error = said !== m.error || !step || step === 'review' ? said : { zh: `请检查“${FIELD_LABEL[step].zh}”。`, en: `Please check "${FIELD_LABEL[step].en}".` };
    } finally {
      this.busy = false;
    }
  }

  private cancel = () => emit(this, 'cancel-flow');

  private choice(on: boolean, label: string, click: () => void, data: string) {
    return html`<button class="btn secondary" data-choice=${data} aria-pressed=${on ? 'true' : 'false'} @click=${click}>${label}</button>`;
  }

  private heading(question: LocalizedText) {
    const p = progress(this.step, !!this.fromCard);
    return html`<p class="progress" id="progress">${t(m.stepOf, this.locale).replace('{n}', String(p.n)).replace('{m}', String(p.of))}</p>
      <h2>${t(question, this.locale)}</h2>`;
  }

  private nextButton(id: string, why = '') {
    return html`<div class="nav"><button class="btn" id=${id} ?disabled=${!!why} aria-describedby="${id}-why" @click=${() => this.next()}>${t(jm.next, this.locale)}</button></div>
      ${why ? html`<p class="why" id="${id}-why">${why}</p>` : nothing}`;
  }

  /** Skills and certificates the chosen kinds of work usually ask for, to tap. */
  private renderSkills() {
    const L = this.locale;
    const a = this.a;
    const chosen = (this.vocab?.occupations ?? []).filter((o) => a.wantedOccupations.includes(o.code));
    const skills = [...new Set(chosen.flatMap((o) => o.skills))];
    const certs = [...new Set(chosen.flatMap((o) => o.certificates))];
    const flip = (list: string[], x: string) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);
    return html`${this.heading(jm.skillsQ)}
      <div class="choices">${skills.map((s) => this.choice(a.skills.includes(s), skillName(this.vocab, s, L), () => this.set({ skills: flip(a.skills, s) }, false), `skill-${s}`))}</div>
      ${certs.length ? html`<h3>${t(jm.certificatesQ, L)}</h3><div class="choices">
        ${certs.map((c) => this.choice(a.certificates.includes(c), certificateName(this.vocab, c, L), () => this.set({ certificates: flip(a.certificates, c) }, false), `cert-${c}`))}</div>` : nothing}
      ${this.nextButton('skills-next')}`;
  }

  private renderStep() {
    const L = this.locale;
    const a = this.a;
    const v = this.vocab;
    const err = this.error ? t(this.error, L) : '';
    switch (this.step) {
      case 'id':
        return html`<kiosk-number-pad .locale=${L} .heading=${jm.idNumber} .hint=${this.withProgress(jm.idNumberHint)} .digitsNeeded=${18} allowX mask
          .value=${a.idNumber} .validate=${idProblem} .error=${err}
          @number-entered=${(e: HTMLElementEventMap['number-entered']) => this.set({ idNumber: e.detail })} @pad-cancel=${this.cancel}></kiosk-number-pad>`;
      case 'name':
        return html`<kiosk-keyboard .locale=${L} .heading=${this.withProgress(jm.yourName)} .hint=${NAME_RULE} .value=${a.name} .maxLength=${20} .check=${nameProblem}
          @text-entered=${(e: HTMLElementEventMap['text-entered']) => this.set({ name: e.detail })} @keyboard-cancel=${this.cancel}></kiosk-keyboard>`;
      case 'phone':
        return html`<kiosk-number-pad .locale=${L} .heading=${jm.yourPhone} .hint=${this.withProgress(jm.registerHint)} .digitsNeeded=${11}
          .value=${a.phone} .validate=${phoneProblem} .error=${err}
          @number-entered=${(e: HTMLElementEventMap['number-entered']) => this.set({ phone: e.detail })} @pad-cancel=${this.cancel}></kiosk-number-pad>`;
      case 'home':
        return html`${this.heading(jm.whereLiveQ)}<div class="choices">
          ${v?.districts.map((d) => this.choice(a.district === d.code, L === 'en' ? d.en : d.name, () => this.set({ district: d.code }), d.code))}</div>`;
      case 'where':
        return html`${this.heading(jm.whereWorkQ)}<div class="choices">
            ${this.choice(!a.workDistricts.length, t(jm.anyDistrict, L), () => this.set({ workDistricts: [] }, false), 'any')}
            ${v?.districts.map((d) => {
              const on = a.workDistricts.includes(d.code);
              return this.choice(on, L === 'en' ? d.en : d.name, () => this.set({ workDistricts: on ? a.workDistricts.filter((x) => x !== d.code) : [...a.workDistricts, d.code] }, false), `work-${d.code}`);
            })}</div>
          ${this.nextButton('where-next')}`;
      case 'work':
        return html`${this.heading(jm.whatWork)}<div class="choices">
            ${v?.occupations.map((o) => {
              const on = a.wantedOccupations.includes(o.code);
              return this.choice(on, occupationLabel(o, L), () => {
                const list = on ? a.wantedOccupations.filter((c) => c !== o.code) : [...a.wantedOccupations, o.code].slice(0, 5);
                this.set({ wantedOccupations: list }, false);
              }, o.code);
            })}
          </div>
          ${this.nextButton('work-next', a.wantedOccupations.length ? '' : t(jm.chooseOneWork, L))}`;
      case 'skills':
        return this.renderSkills();
      case 'experience':
        return html`${this.heading(jm.experienceQ)}<div class="choices">
          ${EXPERIENCE.map((y) => this.choice(a.experienceYears === y, y ? `${y}${y === 10 ? '+' : ''} ${t(jm.years, L)}` : t(jm.noExperience, L), () => this.set({ experienceYears: y }), `years-${y}`))}</div>`;
      case 'pay':
        return html`${this.heading(jm.payWanted)}<div class="choices">
            ${PAY_STEPS.map((p) => this.choice(a.payMin === p, p ? `≥ ${p} ${t(jm.perMonth, L)}` : t(jm.anyPay, L), () => this.set({ payMin: p }, false), String(p)))}
          </div>
          <h3>${t(jm.nightQ, L)}</h3>
          <div class="choices">${this.choice(a.avoidNight, t(jm.noNight, L), () => this.set({ avoidNight: !a.avoidNight }, false), 'no-night')}</div>
          ${this.nextButton('pay-next')}`;
      case 'education':
        return html`${this.heading(jm.education)}<div class="choices">
          ${Object.entries(EDUCATION).map(([k, label]) => this.choice(a.education === k, t(label, L), () => this.set({ education: k }), k))}</div>`;
      case 'consent':
        return html`${this.heading(jm.consent)}<div class="choices">
          ${this.choice(a.consentToRecommend === true, t(jm.yes, L), () => this.set({ consentToRecommend: true }), 'consent-yes')}
          ${this.choice(a.consentToRecommend === false, t(jm.no, L), () => this.set({ consentToRecommend: false }), 'consent-no')}</div>`;
      case 'review':
        return this.renderReview();
    }
  }

  /** Every field by its name with what was entered, each with 修改; the ID number and phone masked. */
  private renderReview() {
    const L = this.locale;
    const a = this.a;
    const v = this.vocab;
    const none = t(jm.none, L);
    const occ = (c: string) => { const o = v?.occupations.find((x) => x.code === c); return o ? occupationLabel(o, L) : c; };
    const row = (step: Exclude<Step, 'review'>, value: string, edit = true) => html`<dt>${t(FIELD_LABEL[step], L)}</dt><dd data-field=${step}>${value}</dd>
      <dd>${edit ? html`<button class="btn secondary" data-edit=${step} aria-label=${`${t(jm.edit, L)}: ${t(FIELD_LABEL[step], L)}`} @click=${() => (this.step = step)}>${t(jm.edit, L)}</button>` : nothing}</dd>`;
    const skills = [...a.skills.map((s) => skillName(v, s, L)), ...a.certificates.map((c) => certificateName(v, c, L))];
    return html`${this.heading(jm.summary)}
      <dl id="review">
        ${this.fromCard ? row('id', this.fromCard.idMasked, false) : row('id', maskIdNumber(a.idNumber))}
        ${this.fromCard ? row('name', this.fromCard.nameMasked, false) : row('name', a.name)}
        ${row('phone', `${a.phone.slice(0, 3)}****${a.phone.slice(7)}`)}
        ${row('home', districtName(v, a.district, L))}
        ${row('where', a.workDistricts.length ? listOf(a.workDistricts.map((d) => districtName(v, d, L)), L) : t(jm.anyDistrict, L))}
        ${row('work', listOf(a.wantedOccupations.map(occ), L))}
        ${row('skills', skills.length ? listOf(skills, L) : none)}
        ${row('experience', a.experienceYears ? `${a.experienceYears} ${t(jm.years, L)}` : t(jm.noExperience, L))}
        ${row('pay', `${a.payMin ? `≥ ${a.payMin} ${t(jm.perMonth, L)}` : t(jm.anyPay, L)}${a.avoidNight ? ` · ${t(jm.noNight, L)}` : ''}`)}
        ${row('education', t(EDUCATION[a.education] ?? EDUCATION.none!, L))}
        ${row('consent', a.consentToRecommend ? t(jm.yes, L) : t(jm.no, L))}
      </dl>
      ${this.error ? html`<p class="err" role="alert">${t(this.error, L)}</p>` : nothing}
      <div class="nav"><button class="btn" id="register-submit" @click=${() => void this.submit()}>${t(this.busy ? jm.sending : jm.submit, L)}</button></div>`;
  }

  override render() {
    if (this.done) {
      return html`<kiosk-submitted .locale=${this.locale} serviceId="3.1.2" .heading=${jm.registered} .reference=${this.done.refNo} ?slip=${this.done.slip}
        .kioskId=${this.kioskId} .hall=${this.hall} .next=${{ id: 'see-matches', label: jm.seeMatches, to: 'matches' }}></kiosk-submitted>`;
    }
    const pads = this.step === 'id' || this.step === 'phone' || this.step === 'name';
    return html`${this.error && !pads && this.step !== 'review' ? html`<p class="err" role="alert">${t(this.error, this.locale)}</p>` : nothing}
      ${this.renderStep()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-seeker-register': KioskSeekerRegister;
  }
}
