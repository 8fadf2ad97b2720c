import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PrintAccepted, guideSteps, type FlowSummary, type ServiceGuide, type ServiceView } from '@jobhall/hub-server/contract';
import { api, buttons, icon, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import { loadGuide } from './data.ts';
import { emit, navigate } from './events.ts';
import { flowsOf } from './engine/kinds.ts';
import { m } from './messages.ts';
import { problemOf } from './problem.ts';
import { target } from './routing/paths.ts';

/** One service: what it is, its guide (who, what to bring, steps, where, when), and a ticket if it has a window. */
@customElement('kiosk-service-page')
export class KioskServicePage extends LitElement {
  @property({ attribute: false }) service!: ServiceView;
  /** Every content flow; the page offers those of its function. */
  @property({ attribute: false }) flows: FlowSummary[] = [];
  @property() locale: Lang = 'zh';
  /** The kiosk whose printer prints the guide. */
  @property() kioskId = '';
  /** undefined while loading, null when no guide has been written. */
  @state() private guide: ServiceGuide | null | undefined = undefined;
  @state() private printing = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 24px 32px; font-size: 24px; }
    h2 { font-size: 40px; margin: 8px 0 8px; }
    .summary { font-size: 28px; margin: 0 0 24px; color: var(--jh-ink-soft); }
    .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 16px 32px; }
    section { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 16px 24px; }
    h3 { margin: 0 0 8px; font-size: 26px; color: var(--jh-primary); }
    ul, ol { margin: 0; padding-left: 1.4em; }
    li { margin: 4px 0; }
    .actions { margin-top: 24px; display: flex; gap: 16px; flex-wrap: wrap; }
    .actions .btn { font-size: 32px; display: inline-flex; align-items: center; gap: 12px; min-height: 96px; }
  `];

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (!changed.has('service')) return;
    this.guide = undefined;
    const id = this.service.id;
    loadGuide(id).then(
      (g) => this.service.id === id && (this.guide = g),
      () => this.service.id === id && (this.guide = null),
    );
  }

  /** The guide as a paper checklist of what to bring, from this kiosk's printer. */
  private async printGuide() {
    if (this.printing) return;
    this.printing = true;
    try {
      await api(`/api/services/${this.service.id}/guide/print`, PrintAccepted, { method: 'POST', body: { kioskId: this.kioskId } });
      emit(this, 'kiosk-message', { tone: 'ok', text: m.guidePrinting });
    } catch (err) {
      emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) });
    } finally {
      this.printing = false;
    }
  }

  private list(title: LocalizedText, items: LocalizedText[], ordered = false) {
    const lis = items.map((i) => html`<li>${t(i, this.locale)}</li>`);
    return html`<section><h3>${t(title, this.locale)}</h3>${ordered ? html`<ol>${lis}</ol>` : html`<ul>${lis}</ul>`}</section>`;
  }

  private line(title: LocalizedText, text: LocalizedText) {
    return html`<section><h3>${t(title, this.locale)}</h3><div>${t(text, this.locale)}</div></section>`;
  }

  override render() {
    const s = this.service;
    const g = this.guide;
    return html`
      <h2>${t(s, this.locale)}</h2>
      <p class="summary">${g ? t(g.summary, this.locale) : this.locale === 'en' || !g ? s.does : ''}</p>
      ${g === undefined ? html`<p>${t(m.loading, this.locale)}</p>` : nothing}
      ${g
        ? html`<div class="cols">
            ${this.list(m.whoQualifies, g.whoQualifies)}
            ${g.documents.length ? this.list(m.documents, g.documents) : this.line(m.documents, m.noDocuments)}
            ${this.list(m.steps, guideSteps(g.steps, new Set(flowsOf(this.flows, s).map((f) => f.id))), true)}
            <div>${this.line(m.where, g.where)}${this.line(m.hours, g.hours)}${this.line(m.fees, g.fees)}${this.line(m.timeLimit, g.timeLimit)}</div>
          </div>`
        : nothing}
      <div class="actions">
        ${g ? html`<button class="btn secondary" id="print-guide" ?disabled=${this.printing} @click=${() => void this.printGuide()}>
          ${icon('printer', 36)} ${t(m.printGuide, this.locale)}</button>` : nothing}
        ${flowsOf(this.flows, s).map((f) => html`<button class="btn" id="flow-${f.id}" @click=${() => navigate(this, target(`services/${s.id}/${f.id}`, f.screen?.start))}>${t(f.label, this.locale)}</button>`)}
        ${s.ticket
          ? html`<button class="btn" id="ticket" @click=${() => navigate(this, `services/${s.id}/ticket`)}>
              ${icon('ticket', 40)}${t(m.takeTicket, this.locale)} (${s.ticket.prefix})
            </button>
            <button class="btn secondary" id="book" @click=${() => navigate(this, `services/${s.id}/book`)}>${t(m.book, this.locale)}</button>`
          : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-service-page': KioskServicePage;
  }
}
