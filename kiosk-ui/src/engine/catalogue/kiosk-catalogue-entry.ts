import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PrintAccepted, type CatalogueEntry, type LocalizedText } from '@jobhall/hub-server/contract';
import { api, buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import { emit, navigate } from '../../events.ts';
import { problemOf } from '../../problem.ts';
import { km } from './messages.ts';

/**
 * One catalogue entry as a card: title with its badges and a line of summary; tapped open, its facts and
 * sections; and what can be done with it here — sign up (the flow's form or booking), print a summary, and
 * for a service guide, open the service's page or print the guide slip the service page prints.
 */
@customElement('kiosk-catalogue-entry')
export class KioskCatalogueEntry extends LitElement {
  @property({ attribute: false }) entry!: CatalogueEntry;
  @property() locale: Lang = 'zh';
  @property() kioskId = '';
  /** Where sign-up opens (services/<id>/<flow>), or '' when entries are not signed up for. */
  @property() signUpTo = '';
  @property({ type: Boolean }) printable = false;
  /** The finder's reason, shown under the title. */
  @property({ attribute: false }) because: LocalizedText | null = null;
  @property({ type: Boolean }) open = false;
  @state() private busy = false;
  /** Said beside the button, not only in the banner at the top: a long card has scrolled the banner away. */
  @state() private printed = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 16px 22px; }
    h3 { margin: 0; font-size: 28px; }
    .badges { display: flex; gap: 8px; flex-wrap: wrap; margin: 6px 0; }
    .badge { font-size: 18px; padding: 2px 10px; border-radius: 999px; background: var(--jh-wash); color: var(--jh-ink-soft); border: 1px solid var(--jh-line); }
    .because { color: var(--jh-ok); font-weight: 700; margin: 6px 0; }
    p { margin: 6px 0; }
    dl { display: grid; grid-template-columns: 8em 1fr; gap: 6px 16px; margin: 10px 0; } dt { color: var(--jh-ink-soft); }
    h4 { margin: 12px 0 4px; color: var(--jh-primary); font-size: 22px; }
    ul { margin: 0; padding-left: 1.3em; } li { margin: 3px 0; }
    .actions { display: flex; gap: 12px; flex-wrap: wrap; margin-top: 10px; }
    .actions .btn { font-size: 24px; }
    .printed { color: var(--jh-ok); font-weight: 700; align-self: center; }
  `];

  private async print() {
    if (this.busy) return;
    this.busy = true;
    try {
      if (this.entry.service) {
        await api(`/api/services/${this.entry.service}/guide/print`, PrintAccepted, { method: 'POST', body: { kioskId: this.kioskId } });
      } else {
        await api('/api/catalogues/policies/print', PrintAccepted, {
          method: 'POST', body: { kioskId: this.kioskId, ids: [this.entry.id], ...(this.because ? { because: { [this.entry.id]: this.because } } : {}) },
        });
      }
      this.printed = true;
    } catch (err) {
      emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) });
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const L = this.locale;
    const e = this.entry;
    return html`
      <h3>${t(e.title, L)}</h3>
      ${e.badges.length ? html`<div class="badges">${e.badges.map((b) => html`<span class="badge">${t(b, L)}</span>`)}</div>` : nothing}
      ${this.because ? html`<p class="because">✓ ${t(this.because, L)}</p>` : nothing}
      <p>${t(e.summary, L)}</p>
      ${this.open ? html`
        <dl>${e.facts.map((f) => html`<dt>${t(f.label, L)}</dt><dd>${t(f.value, L)}</dd>`)}</dl>
        ${e.sections.map((s) => html`<h4>${t(s.title, L)}</h4><ul>${s.items.map((i) => html`<li>${t(i, L)}</li>`)}</ul>`)}` : nothing}
      <div class="actions">
        <button class="btn secondary" data-open=${e.id} aria-expanded=${this.open ? 'true' : 'false'} @click=${() => (this.open = !this.open)}>${t(this.open ? km.less : km.details, L)}</button>
        ${e.service ? html`<button class="btn" data-service=${e.service} @click=${() => navigate(this, `services/${e.service}`)}>${t(km.openService, L)}</button>` : nothing}
        ${this.signUpTo ? html`<button class="btn" data-sign-up=${e.id} @click=${() => navigate(this, this.signUpTo)}>${t(km.signUp, L)}</button>` : nothing}
        ${this.printable && this.kioskId ? html`<button class="btn secondary" data-print=${e.id} ?disabled=${this.busy} @click=${() => void this.print()}>${t(km.print, L)}</button>` : nothing}
        ${this.printed ? html`<span class="printed" role="status">${t(km.printing, L)}</span>` : nothing}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-catalogue-entry': KioskCatalogueEntry;
  }
}
