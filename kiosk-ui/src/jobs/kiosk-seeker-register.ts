import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { KIOSK_KEY_HEADER, SeekerSession } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import '../kiosk-number-pad.ts';
import '../kiosk-keyboard.ts';
import { loadVocabulary, type Vocabulary } from '@jobhall/ui-kit';
import { EDUCATION, jm } from './messages.ts';
import { emit } from '../events.ts';

/** The steps of 求职登记, in the order a visitor answers them. */
type Step = 'id' | 'name' | 'phone' | 'district' | 'work' | 'pay' | 'education' | 'consent' | 'review';
const STEPS: Step[] = ['id', 'name', 'phone', 'district', 'work', 'pay', 'education', 'consent', 'review'];

/** Which step asks for a field the hub refused, so the visitor is sent back there. */
const STEP_OF_FIELD: Record<string, Step> = { idNumber: 'id', name: 'name', phone: 'phone', district: 'district', wantedOccupations: 'work' };

interface Answers {
  idNumber: string;
  name: string;
  phone: string;
  district: string;
  wantedOccupations: string[];
  payMin: number;
  avoidNight: boolean;
  education: string;
  consentToRecommend: boolean | null;
}

const masked = (id: string) => (id.length > 8 ? `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}` : id);

/**
 * 求职登记 (3.1.2) at the kiosk, one question per screen: no fields for gender, age, hukou, ethnicity, marriage or
 * health. The ID number is masked as soon as it is typed and sent once; the answers live only in this element.
 */
@customElement('kiosk-seeker-register')
export class KioskSeekerRegister extends LitElement {
  @property() locale: Lang = 'zh';
  /** A card just read at this kiosk: its ID number and name stay at the hub; the wizard starts at the phone. */
  @property({ attribute: false }) fromCard: { readId: string; idMasked: string; nameMasked: string } | null = null;
  @property() kioskId = '';
  @property() kioskKey = '';
  @state() private step: Step = 'id';
  @state() private a: Answers = { idNumber: '', name: '', phone: '', district: '', wantedOccupations: [], payMin: 0, avoidNight: false, education: 'none', consentToRecommend: null };
  @state() private vocab: Vocabulary | null = null;
  @state() private error = '';
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 26px; }
    h2 { font-size: 36px; margin: 0 0 16px; }
    .choices { display: flex; flex-wrap: wrap; gap: 12px; }
    .choices .btn { min-height: 80px; font-size: 28px; }
    .choices .btn[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    .nav { display: flex; gap: 16px; margin-top: 24px; }
    .nav .btn { min-height: 88px; font-size: 30px; flex: 1; }
    dl { display: grid; grid-template-columns: auto 1fr auto; gap: 8px 16px; align-items: center; }
    dt { color: var(--jh-ink-soft); }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void loadVocabulary().then((v) => (this.vocab = v));
    if (this.fromCard) this.step = 'phone';
  }

  private go(step: Step) {
    this.step = step;
  }

  private next() {
    this.go(STEPS[STEPS.indexOf(this.step) + 1] ?? 'review');
  }

  private set(patch: Partial<Answers>, advance = true) {
    this.a = { ...this.a, ...patch };
    this.error = '';
    if (advance) this.next();
  }

  private async submit() {
    this.busy = true;
    try {
      const profile = {
        phone: this.a.phone, district: this.a.district, wantedOccupations: this.a.wantedOccupations, payMin: this.a.payMin,
        avoidShifts: this.a.avoidNight ? ['night'] : [], education: this.a.education, consentToRecommend: this.a.consentToRecommend ?? false,
      };
      const session = this.fromCard
        ? await api('/api/seekers/from-card', SeekerSession, {
            method: 'POST', headers: { [KIOSK_KEY_HEADER]: this.kioskKey }, body: { readId: this.fromCard.readId, kioskId: this.kioskId, ...profile },
          })
        : await api('/api/seekers', SeekerSession, { method: 'POST', body: { idNumber: this.a.idNumber, name: this.a.name, ...profile } });
      emit(this, 'seeker-signed-in', session);
    } catch (err) {
      if (!(err instanceof ApiProblem)) throw err;
      const field = err.issues[0]?.path.split('.')[1] ?? '';
      this.error = err.text ? t(err.text, this.locale) : err.message;
      this.step = STEP_OF_FIELD[field] ?? 'review';
    } finally {
      this.busy = false;
    }
  }

  private cancel = () => emit(this, 'cancel-flow');

  private choice(on: boolean, label: string, click: () => void, data = '') {
    return html`<button class="btn secondary" data-choice=${data || label} aria-pressed=${on ? 'true' : 'false'} @click=${click}>${label}</button>`;
  }

  private renderStep() {
    const L = this.locale;
    const a = this.a;
    const v = this.vocab;
    switch (this.step) {
      case 'id':
        return html`<kiosk-number-pad .locale=${L} .heading=${jm.idNumber} .hint=${jm.idNumberHint} .digitsNeeded=${18} allowX mask .error=${this.error}
          @number-entered=${(e: CustomEvent<string>) => this.set({ idNumber: e.detail })} @pad-cancel=${this.cancel}></kiosk-number-pad>`;
      case 'name':
        return html`<kiosk-keyboard .locale=${L} .heading=${jm.yourName} .value=${a.name} .maxLength=${20}
          @text-entered=${(e: CustomEvent<string>) => e.detail && this.set({ name: e.detail })} @keyboard-cancel=${this.cancel}></kiosk-keyboard>`;
      case 'phone':
        return html`<kiosk-number-pad .locale=${L} .heading=${jm.yourPhone} .hint=${jm.registerHint} .digitsNeeded=${11} .error=${this.error}
          @number-entered=${(e: CustomEvent<string>) => this.set({ phone: e.detail })} @pad-cancel=${this.cancel}></kiosk-number-pad>`;
      case 'district':
        return html`<h2>${t(jm.whereLive, L)}</h2><div class="choices">
          ${v?.districts.map((d) => this.choice(a.district === d.code, d.name, () => this.set({ district: d.code }), d.code))}</div>`;
      case 'work':
        return html`<h2>${t(jm.whatWork, L)}</h2><div class="choices">
            ${v?.occupations.map((o) => {
              const on = a.wantedOccupations.includes(o.code);
              return this.choice(on, o.synonyms[0] ?? o.name, () => {
                const list = on ? a.wantedOccupations.filter((c) => c !== o.code) : [...a.wantedOccupations, o.code].slice(0, 5);
                this.set({ wantedOccupations: list }, false);
              }, o.code);
            })}
          </div>
          <div class="nav"><button class="btn" id="work-next" ?disabled=${!a.wantedOccupations.length} @click=${() => this.next()}>${t(jm.next, L)}</button></div>`;
      case 'pay':
        return html`<h2>${t(jm.payWanted, L)}</h2><div class="choices">
            ${[0, 3000, 4000, 5000, 6000, 8000, 10000].map((p) => this.choice(a.payMin === p, p ? `≥ ${p}` : t(jm.anyPay, L), () => this.set({ payMin: p }, false), String(p)))}
          </div>
          <h2>${t(jm.noNight, L)}?</h2>
          <div class="choices">${this.choice(a.avoidNight, t(jm.noNight, L), () => this.set({ avoidNight: !a.avoidNight }, false), 'no-night')}</div>
          <div class="nav"><button class="btn" id="pay-next" @click=${() => this.next()}>${t(jm.next, L)}</button></div>`;
      case 'education':
        return html`<h2>${t(jm.education, L)}</h2><div class="choices">
          ${Object.entries(EDUCATION).map(([k, label]) => this.choice(a.education === k, t(label, L), () => this.set({ education: k }), k))}</div>`;
      case 'consent':
        return html`<h2>${t(jm.consent, L)}</h2><div class="choices">
          ${this.choice(a.consentToRecommend === true, t(jm.yes, L), () => this.set({ consentToRecommend: true }), 'consent-yes')}
          ${this.choice(a.consentToRecommend === false, t(jm.no, L), () => this.set({ consentToRecommend: false }), 'consent-no')}</div>`;
      case 'review': {
        const row = (label: { zh: string; en: string }, value: string, step: Step) =>
          html`<dt>${t(label, L)}</dt><dd>${value}</dd><dd><button class="btn secondary" @click=${() => this.go(step)}>${t(jm.edit, L)}</button></dd>`;
        const occ = (c: string) => v?.occupations.find((o) => o.code === c)?.synonyms[0] ?? c;
        return html`<h2>${t(jm.summary, L)}</h2>
          <dl id="review">
            ${this.fromCard
              ? html`<dt>${t(jm.idNumber, L)}</dt><dd>${this.fromCard.idMasked}</dd><dd></dd><dt>${t(jm.yourName, L)}</dt><dd>${this.fromCard.nameMasked}</dd><dd></dd>`
              : html`${row(jm.idNumber, masked(a.idNumber), 'id')}${row(jm.yourName, a.name, 'name')}`}
            ${row(jm.yourPhone, `${a.phone.slice(0, 3)}****${a.phone.slice(7)}`, 'phone')}
            ${row(jm.whereLive, v?.districts.find((d) => d.code === a.district)?.name ?? a.district, 'district')}
            ${row(jm.whatWork, a.wantedOccupations.map(occ).join('、'), 'work')}
            ${row(jm.payWanted, a.payMin ? `≥ ${a.payMin}` : t(jm.anyPay, L), 'pay')}
            ${row(jm.education, t(EDUCATION[a.education] ?? EDUCATION.none!, L), 'education')}
            ${row(jm.consent, a.consentToRecommend ? t(jm.yes, L) : t(jm.no, L), 'consent')}
          </dl>
          ${this.error ? html`<p class="err" role="alert">${this.error}</p>` : nothing}
          <div class="nav"><button class="btn" id="register-submit" ?disabled=${this.busy} @click=${this.submit}>${t(jm.submit, L)}</button></div>`;
      }
    }
  }

  override render() {
    return html`${this.error && this.step !== 'review' && this.step !== 'id' && this.step !== 'phone' ? html`<p class="err" role="alert">${this.error}</p>` : nothing}
      ${this.renderStep()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-seeker-register': KioskSeekerRegister;
  }
}
