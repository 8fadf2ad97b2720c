import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AssessmentResult, PrintAccepted, type AssessmentFlow } from '@jobhall/hub-server/contract';
import { api, buttons, icon, t, tokens } from '@jobhall/ui-kit';
import { emit } from '../../events.ts';
import { aborted, problemOf } from '../../problem.ts';
import type { KioskSession } from '../../routing/route.ts';
import { am, fillIn } from './assess-messages.ts';
import { step, type Questionnaire, type QuestionnaireEvent } from './questionnaire.ts';
import './kiosk-assessment-result.ts';

/**
 * The interest questionnaire (职业素质测评) drawn from its definition: one statement a screen, answered by one
 * tap, with a progress bar and a way back; then the profile the hub scored. The answers stay in this element
 * (questionnaire.ts) and are gone when it is.
 */
@customElement('kiosk-assessment')
export class KioskAssessment extends LitElement {
  @property({ attribute: false }) definition!: AssessmentFlow;
  @property({ attribute: false }) session!: KioskSession;
  @state() private q: Questionnaire = { at: 'intro' };
  private abort: AbortController | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px 40px; font-size: 26px; }
    h2 { font-size: 38px; margin: 4px 0 12px; }
    .intro { font-size: 28px; line-height: 1.5; max-width: 40em; }
    .big { min-height: 110px; font-size: 40px; padding: 0 64px; }
    .progress { height: 20px; background: var(--jh-paper); border-radius: 10px; overflow: hidden; margin: 8px 0; }
    .progress span { display: block; height: 100%; background: var(--jh-primary); transition: width 0.2s; }
    .count { color: var(--jh-ink-soft); font-size: 24px; }
    .ask { font-size: 28px; color: var(--jh-ink-soft); margin: 32px 0 8px; }
    .item { font-size: 52px; font-weight: 800; line-height: 1.3; margin: 0 0 40px; min-height: 2.6em; }
    .answers { display: grid; gap: 18px; }
    @media (min-aspect-ratio: 4/3) { .answers { grid-template-columns: repeat(3, 1fr); } }
    .answers .btn { min-height: 120px; font-size: 38px; }
    .btn[aria-pressed='true'] { background: var(--jh-primary); color: #fff; }
    .row { display: flex; gap: 16px; flex-wrap: wrap; margin-top: 28px; }
    .row .btn { min-height: 88px; font-size: 28px; display: inline-flex; align-items: center; gap: 10px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
  `];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private send(e: QuestionnaireEvent) {
    this.q = step(this.q, e, this.definition.items);
    if (this.q.at === 'scoring') void this.score(this.q.answers);
  }

  private async score(answers: Readonly<Record<string, number>>) {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      const result = await api(`/api/assessments/${this.definition.id}`, AssessmentResult, { method: 'POST', body: { answers }, signal: abort.signal });
      this.send({ type: 'scored', result });
      window.scrollTo(0, 0);
    } catch (err) {
      if (!aborted(err)) this.send({ type: 'failed', problem: problemOf(err) });
    }
  }

  private async print(answers: Readonly<Record<string, number>>) {
    try {
      await api(`/api/assessments/${this.definition.id}/print`, PrintAccepted, { method: 'POST', body: { answers, kioskId: this.session.kioskId, lang: this.session.locale } });
      emit(this, 'kiosk-message', { tone: 'ok', text: am.printing });
    } catch (err) {
      if (!aborted(err)) emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) });
    }
  }

  private question(index: number, answers: Readonly<Record<string, number>>) {
    const d = this.definition;
    const L = this.session.locale;
    const item = d.items[index]!;
    const total = d.items.length;
    return html`
      <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax=${total} aria-valuenow=${index} aria-label=${t(d.title, L)}>
        <span style="width:${(100 * index) / total}%"></span></div>
      <div class="count" id="assessment-progress">${fillIn(t(am.progress, L), { n: index + 1, total })}</div>
      <p class="ask" data-say>${t(d.question, L)}</p>
      <p class="item" id="assessment-item" data-say>${t(item.text, L)}</p>
      <div class="answers">${d.answers.map((a) => html`<button class="btn secondary" data-answer=${a.value} aria-pressed=${answers[item.id] === a.value ? 'true' : 'false'}
        @click=${() => this.send({ type: 'answer', value: a.value })}>${t(a.label, L)}</button>`)}</div>
      <div class="row"><button class="btn secondary" id="assessment-back" @click=${() => this.send({ type: 'back' })}>${t(am.previous, L)}</button></div>`;
  }

  override render() {
    const d = this.definition;
    const L = this.session.locale;
    const q = this.q;
    const printer = this.session.hall.kiosks.find((k) => k.id === this.session.kioskId)?.printer;
    switch (q.at) {
      case 'intro':
        return html`<h2>${t(d.title, L)}</h2><p class="intro">${t(d.intro, L)}</p>
          <button class="btn big" id="assessment-start" @click=${() => this.send({ type: 'start' })}>${t(am.start, L)}</button>`;
      case 'question':
        return html`<h2>${t(d.title, L)}</h2>${this.question(q.index, q.answers)}`;
      case 'scoring':
        return html`<h2>${t(d.title, L)}</h2><p role="status">${t(am.scoring, L)}</p>`;
      case 'failed':
        return html`<h2>${t(d.title, L)}</h2><p class="err" role="alert">${t(q.problem, L)}</p>
          <div class="row"><button class="btn" @click=${() => this.send({ type: 'start' })}>${t(am.retry, L)}</button>
          <button class="btn secondary" @click=${() => this.send({ type: 'back' })}>${t(am.previous, L)}</button></div>`;
      case 'result':
        return html`<h2>${t(d.title, L)}</h2>
          <kiosk-assessment-result .result=${q.result} .locale=${L}></kiosk-assessment-result>
          <div class="row">
            ${printer ? html`<button class="btn" id="assessment-print" @click=${() => void this.print(q.answers)}>${icon('printer', 36)} ${t(am.print, L)}</button>` : nothing}
            <button class="btn secondary" id="assessment-again" @click=${() => this.send({ type: 'restart' })}>${t(am.again, L)}</button>
          </div>`;
    }
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'kiosk-assessment': KioskAssessment;
  }
}
