import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  DraftResumed, DraftSaved, FormReceipt, FormState, KIOSK_KEY_HEADER, answerLines, formFields,
  type AnswerLine, type AnswerValue, type Answers, type FormFlow, type GroupField, type ScalarAnswer, type SimpleField,
} from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, t, tokens, type LocalizedText } from '@jobhall/ui-kit';
import type { FormCardRead } from '../../events.ts';
import { navigate } from '../../events.ts';
import { visitorHeaders } from '../../jobs/visitor.ts';
import { problemOf } from '../../problem.ts';
import type { KioskSession } from '../../routing/route.ts';
import { cardFieldIds, checkPage, errorsOf, hallToday, pageOf, progress, shownPages, step, type FieldErrors, type FormScreen } from './form-steps.ts';
import './kiosk-form-card.ts';
import './kiosk-form-field.ts';
import './kiosk-form-group.ts';
import './kiosk-form-result.ts';
import './kiosk-form-review.ts';
import { fill, fm } from './messages.ts';

/** A saved form handed from one form's screen to another's (a code typed on the wrong form); gone on idle reset. */
const RESUME_KEY = 'jh-form-resume';

/**
 * Any form definition at the kiosk: its pages one at a time with "step n of m", each checked at its fields in
 * the kiosk's language before the next; the review with personal answers masked; the submission and its
 * receipt. Identity fields can come from the card reader; the answers so far can be saved under a code.
 */
@customElement('kiosk-form')
export class KioskForm extends LitElement {
  @property({ attribute: false }) definition!: FormFlow;
  @property() serviceId = '';
  @property({ attribute: false }) session!: KioskSession;
  @state() private screen: FormScreen = { at: 'page', page: '' };
  @state() private answers: Answers = {};
  @state() private errors: FieldErrors = new Map();
  @state() private card: FormCardRead | null = null;
  @state() private readingCard = false;
  @state() private smsPhone = '';
  @state() private enteringSms = false;
  @state() private busy = false;
  @state() private problem: LocalizedText | null = null;
  @state() private saved: { code: string; expiresAt: string } | null = null;
  @state() private receipt: FormReceipt | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px 40px; font-size: 24px; }
    h2 { font-size: 38px; margin: 0; }
    .progress { color: var(--jh-primary); font-weight: 700; font-size: 24px; margin: 6px 0 16px; }
    h3 { font-size: 30px; margin: 0 0 8px; }
    .intro { color: var(--jh-ink-soft); font-size: 22px; margin: 0 0 16px; }
    .problem { background: var(--jh-danger-bg); color: var(--jh-danger-ink); font-weight: 700; padding: 12px 16px; border-radius: var(--jh-radius); }
    .nav { display: flex; gap: 16px; flex-wrap: wrap; margin-top: 24px; }
    .nav .btn { min-height: 88px; font-size: 30px; }
    .aside { display: flex; gap: 12px; flex-wrap: wrap; margin: 0 0 16px; }
    .aside .btn { min-height: 72px; font-size: 22px; }
    .sms { margin-top: 20px; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 12px 16px; }
    .sms .btn { min-height: 72px; font-size: 22px; }
    .sms .btn[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    .code { font-size: 64px; font-weight: 800; letter-spacing: 6px; color: var(--jh-primary); }
  `];

  private get L() {
    return this.session.locale;
  }

  private get today(): string {
    return hallToday(this.session.hall.timezone);
  }

  /** The kiosk can read cards only when it has a reader and was opened with its key. */
  private get canReadCard(): boolean {
    return !!this.session.hall.kiosks.find((k) => k.id === this.session.kioskId)?.cardReader && !!this.session.kioskKey;
  }

  private get filled(): Set<string> {
    return new Set(this.card ? cardFieldIds(this.definition) : []);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.screen = { at: 'page', page: shownPages(this.definition, {})[0]?.id ?? '' };
    const handed = sessionStorage.getItem(RESUME_KEY);
    if (handed) {
      sessionStorage.removeItem(RESUME_KEY);
      const draft = DraftResumed.safeParse(JSON.parse(handed));
      if (draft.success && draft.data.flowId === this.definition.id) this.resumeFrom(draft.data);
    }
  }

  private set(field: string, value: AnswerValue | undefined) {
    const next = { ...this.answers };
    if (value === undefined) delete next[field];
    else next[field] = value;
    this.answers = next;
    if (this.errors.size) this.errors = new Map([...this.errors].filter(([k]) => !(k === `answers.${field}` || k.startsWith(`answers.${field}.`))));
  }

  private go(to: FormScreen | null) {
    if (!to) return;
    this.screen = to;
    this.problem = null;
    this.scrollIntoView({ block: 'start' });
  }

  private next() {
    if (this.screen.at !== 'page') return;
    const errors = checkPage(this.definition, this.answers, this.screen.page, this.today, this.filled);
    this.errors = errors;
    if (errors.size) {
      this.problem = fm.fixThese;
      return;
    }
    this.go(step(this.definition, this.answers, this.screen, 1));
  }

  private resumeFrom(draft: DraftResumed) {
    const known = new Set(formFields(this.definition).filter((x) => !x.group).map((x) => x.field.id));
    this.answers = Object.fromEntries(Object.entries(draft.answers).filter(([k]) => known.has(k))) as Answers;
    const pages = shownPages(this.definition, this.answers);
    this.go({ at: 'page', page: pages.find((p) => p.id === draft.page)?.id ?? pages[0]!.id });
  }

  private async resume(code: string) {
    this.busy = true;
    try {
      const draft = await api('/api/forms/drafts/resume', DraftResumed, { method: 'POST', body: { code } });
      if (draft.flowId === this.definition.id) this.resumeFrom(draft);
      else {
        sessionStorage.setItem(RESUME_KEY, JSON.stringify(draft));
        navigate(this, `services/${draft.serviceId}/${draft.flowId}`, { replace: true });
      }
    } catch (err) {
      this.problem = problemOf(err);
      this.screen = { at: 'page', page: shownPages(this.definition, this.answers)[0]!.id };
    } finally {
      this.busy = false;
    }
  }

  private async saveForLater() {
    if (this.screen.at !== 'page') return;
    this.busy = true;
    try {
      this.saved = await api(`/api/forms/${this.definition.id}/drafts`, DraftSaved, {
        method: 'POST', body: { serviceId: this.serviceId, version: this.definition.version, answers: this.answers, page: this.screen.page },
      });
      this.answers = {};
      this.card = null;
    } catch (err) {
      this.problem = problemOf(err);
    } finally {
      this.busy = false;
    }
  }

  /** The phone answered in the form, if any: the obvious number for the decision texts. */
  private get phoneAnswer(): string {
    const f = formFields(this.definition).find((x) => !x.group && x.field.type === 'phone');
    const v = f ? this.answers[f.field.id] : undefined;
    return typeof v === 'string' ? v : '';
  }

  private async submit() {
    this.busy = true;
    this.problem = null;
    const s = this.session;
    try {
      this.receipt = await api(`/api/forms/${this.definition.id}/submissions`, FormReceipt, {
        method: 'POST',
        headers: { ...visitorHeaders(s.visitor?.kind === 'seeker' ? s.visitor : null), ...(this.card ? { [KIOSK_KEY_HEADER]: s.kioskKey } : {}) },
        body: {
          serviceId: this.serviceId, version: this.definition.version, answers: this.answers,
          ...(s.kioskId ? { kioskId: s.kioskId } : {}), ...(this.card ? { card: { readId: this.card.readId } } : {}), ...(this.smsPhone ? { sms: this.smsPhone } : {}),
        },
      });
      this.answers = {};
    } catch (err) {
      const fields = err instanceof ApiProblem ? err.details.fields : undefined;
      if (fields?.length) {
        // The hub found what the kiosk did not: back to the first page with a problem, marked at its fields.
        this.errors = errorsOf(fields);
        const first = pageOf(this.definition, fields[0]!.path.split('.')[1]!);
        if (first) this.go({ at: 'page', page: first });
      }
      this.problem = problemOf(err);
      if (err instanceof ApiProblem && err.status === 410) this.card = null;
    } finally {
      this.busy = false;
    }
  }

  private renderField(f: SimpleField | GroupField) {
    const L = this.L;
    if (f.type === 'group') {
      return html`<kiosk-form-group .group=${f} .entries=${(this.answers[f.id] as Array<Record<string, ScalarAnswer>> | undefined) ?? []}
        .errors=${this.errors} .locale=${L} .today=${this.today}></kiosk-form-group>`;
    }
    const fromCard = this.card && 'fillFrom' in f && f.fillFrom === 'card' ? (f.type === 'id-number' ? this.card.idMasked : this.card.nameMasked) : '';
    return html`<kiosk-form-field .field=${f} .value=${this.answers[f.id] as ScalarAnswer | undefined} .error=${this.errors.get(`answers.${f.id}`) ?? null}
      domId=${f.id} .fromCard=${fromCard} .locale=${L}></kiosk-form-field>`;
  }

  private renderPage(pageId: string) {
    const L = this.L;
    const d = this.definition;
    const pages = shownPages(d, this.answers);
    const page = pages.find((p) => p.id === pageId) ?? pages[0]!;
    const first = pages[0]?.id === page.id;
    const state = new FormState(d, this.answers);
    const cardHere = this.canReadCard && !this.card && page.fields.some((f) => 'fillFrom' in f && f.fillFrom === 'card');
    return html`
      ${first && d.intro ? html`<p class="intro">${t(d.intro, L)}</p>` : nothing}
      ${first || cardHere ? html`<div class="aside">
        ${cardHere ? html`<button class="btn" id="form-card" @click=${() => (this.readingCard = true)}>${t(fm.card, L)}</button>` : nothing}
        ${first && d.saveForLater ? html`<button class="btn secondary" id="form-have-code" @click=${() => (this.screen = { at: 'resume' })}>${t(fm.haveCode, L)}</button>` : nothing}
      </div>` : nothing}
      <h3 id="page-title">${t(page.title, L)}</h3>
      ${page.intro ? html`<p class="intro">${t(page.intro, L)}</p>` : nothing}
      <div @field-changed=${(e: HTMLElementEventMap['field-changed']) => this.set(e.detail.field, e.detail.value)}>
        ${page.fields.filter((f) => state.shown(f)).map((f) => this.renderField(f))}
      </div>
      <div class="nav">
        ${first ? nothing : html`<button class="btn secondary" id="form-back" @click=${() => this.go(step(d, this.answers, { at: 'page', page: page.id }, -1))}>${t(fm.back, L)}</button>`}
        <button class="btn" id="form-next" @click=${() => this.next()}>${t(fm.next, L)}</button>
        ${d.saveForLater ? html`<button class="btn secondary" id="form-save" ?disabled=${this.busy} @click=${() => void this.saveForLater()}>${t(fm.saveLater, L)}</button>` : nothing}
      </div>`;
  }

  private reviewLines(): AnswerLine[] {
    const lines = answerLines(this.definition, this.answers);
    if (!this.card) return lines;
    const fromCard = formFields(this.definition).filter((x) => this.filled.has(x.field.id)).map((x): AnswerLine => {
      const v = x.field.type === 'id-number' ? this.card!.idMasked : this.card!.nameMasked;
      return { field: x.field.id, label: x.field.label, value: { zh: v, en: v } };
    });
    return [...fromCard, ...lines];
  }

  private renderReview() {
    const L = this.L;
    const phone = this.phoneAnswer;
    const following = !!this.smsPhone;
    return html`<h3 id="page-title">${t(fm.review, L)}</h3>
      <kiosk-form-review .lines=${this.reviewLines()} .locale=${L}
        @form-edit=${(e: HTMLElementEventMap['form-edit']) => this.go({ at: 'page', page: pageOf(this.definition, e.detail) ?? shownPages(this.definition, this.answers)[0]!.id })}></kiosk-form-review>
      <div class="sms">
        <button class="btn secondary" id="form-sms" aria-pressed=${following ? 'true' : 'false'}
          @click=${() => (following ? (this.smsPhone = '') : phone ? (this.smsPhone = phone) : (this.enteringSms = true))}>${t(fm.smsFollow, L)}</button>
        <span>${t(fm.smsFollowHint, L)}</span>
      </div>
      ${this.enteringSms ? html`<kiosk-number-pad .locale=${L} .heading=${fm.smsNumber} .digitsNeeded=${11} @pad-cancel=${() => (this.enteringSms = false)}
        @number-entered=${(e: HTMLElementEventMap['number-entered']) => ((this.smsPhone = e.detail), (this.enteringSms = false))}></kiosk-number-pad>` : nothing}
      <div class="nav">
        <button class="btn secondary" id="form-back" @click=${() => this.go(step(this.definition, this.answers, { at: 'review' }, -1))}>${t(fm.back, L)}</button>
        <button class="btn" id="form-submit" ?disabled=${this.busy} @click=${() => void this.submit()}>${t(this.busy ? fm.sending : fm.submit, L)}</button>
      </div>`;
  }

  override render() {
    const L = this.L;
    const d = this.definition;
    if (this.receipt) return html`<h2>${t(d.title, L)}</h2><kiosk-form-result .receipt=${this.receipt} .locale=${L}></kiosk-form-result>`;
    if (this.saved) {
      return html`<h2>${t(fm.savedTitle, L)}</h2><p>${t(fm.savedCode, L)}</p><div class="code" id="draft-code">${this.saved.code}</div>
        <p>${t(fm.savedUntil, L)} ${new Date(this.saved.expiresAt).toLocaleString(L === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: this.session.hall.timezone })}</p>
        <div class="nav"><button class="btn" id="draft-done" @click=${() => navigate(this, '', { fresh: true })}>${t(fm.done, L)}</button></div>`;
    }
    const p = progress(d, this.answers, this.screen);
    return html`
      <h2>${t(d.title, L)}</h2>
      <div class="progress" id="form-progress">${fill(t(fm.step, L), p)}</div>
      ${this.problem ? html`<p class="problem" role="alert" id="form-problem">${t(this.problem, L)}</p>` : nothing}
      ${this.screen.at === 'review' ? this.renderReview() : this.screen.at === 'page' ? this.renderPage(this.screen.page) : nothing}
      ${this.screen.at === 'resume' ? html`<kiosk-number-pad .locale=${L} .heading=${fm.codeTitle} .digitsNeeded=${8} .busy=${this.busy}
        @pad-cancel=${() => (this.screen = { at: 'page', page: shownPages(d, this.answers)[0]!.id })}
        @number-entered=${(e: HTMLElementEventMap['number-entered']) => void this.resume(e.detail)}></kiosk-number-pad>${this.renderPage(shownPages(d, this.answers)[0]!.id)}` : nothing}
      ${this.readingCard ? html`<kiosk-form-card .kioskId=${this.session.kioskId} .kioskKey=${this.session.kioskKey} .locale=${L}
        @form-card-cancel=${() => (this.readingCard = false)}
        @form-card-read=${(e: HTMLElementEventMap['form-card-read']) => ((this.card = e.detail), (this.readingCard = false))}></kiosk-form-card>` : nothing}
`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-form': KioskForm;
  }
}
