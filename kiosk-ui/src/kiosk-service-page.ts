import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ServiceGuide } from '@jobhall/hub-server/contract';
import { buttons, icon, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import type { ServiceView } from '@jobhall/hub-server/contract';
import { m } from './messages.ts';
import { navigate } from './screens.ts';
import { actionsFor } from './flows.ts';

/** One service: what it is, its guide (who, what to bring, steps, where, when), and a ticket if it has a window. */
@customElement('kiosk-service-page')
export class KioskServicePage extends LitElement {
  @property({ attribute: false }) service!: ServiceView;
  /** undefined while loading, null when no guide has been written. */
  @property({ attribute: false }) guide: ServiceGuide | null | undefined = undefined;
  @property() locale: Lang = 'zh';

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
            ${this.list(m.steps, g.steps, true)}
            <div>${this.line(m.where, g.where)}${this.line(m.hours, g.hours)}${this.line(m.fees, g.fees)}${this.line(m.timeLimit, g.timeLimit)}</div>
          </div>`
        : nothing}
      <div class="actions">
        ${g ? html`<button class="btn secondary" id="print-guide" @click=${() => this.dispatchEvent(new CustomEvent('print-guide', { detail: s.id, bubbles: true, composed: true }))}>
          ${icon('printer', 36)} ${t(m.printGuide, this.locale)}</button>` : nothing}
        ${actionsFor(s.id).map((a) => html`<button class="btn" id="flow-${a.id}" @click=${() => navigate(this, a.screen)}>${t(a.label, this.locale)}</button>`)}
        ${s.ticket
          ? html`<button class="btn" id="ticket" @click=${() => navigate(this, { name: 'ticket-options', serviceId: s.id })}>
              ${icon('ticket', 40)}${t(m.takeTicket, this.locale)} (${s.ticket.prefix})
            </button>
            <button class="btn secondary" id="book" @click=${() => navigate(this, { name: 'book', serviceId: s.id })}>${t(m.book, this.locale)}</button>`
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
