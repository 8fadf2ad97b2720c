import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CvDocument } from '@jobhall/hub-server/contract';
import { tokens, type Lang } from '@jobhall/ui-kit';

/** A CV as it will print: the heading (name and phone as chosen), then each section's entries. Drawn only. */
@customElement('kiosk-cv-preview')
export class KioskCvPreview extends LitElement {
  @property({ attribute: false }) doc!: CvDocument;
  @property() locale: Lang = 'zh';

  static override styles = [tokens, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 20px 28px; font-size: 24px; border: 2px solid var(--jh-line); }
    .name { font-size: 40px; font-weight: 800; margin: 0; }
    .phone { font-size: 26px; margin: 4px 0 0; }
    h3 { font-size: 26px; color: var(--jh-primary); border-bottom: 2px solid var(--jh-line); margin: 16px 0 6px; }
    .entry { margin: 6px 0 10px; }
    .entry + .entry { border-top: 1px dashed var(--jh-line); padding-top: 8px; }
    .label { color: var(--jh-ink-soft); }
  `];

  override render() {
    const d = this.doc;
    return html`
      <p class="name" id="cv-name">${d.name ?? d.title}</p>
      ${d.phone ? html`<p class="phone" id="cv-phone">${d.phone}</p>` : nothing}
      ${d.sections.map((s) => html`<h3>${s.title}</h3>${s.entries.map((e) => html`<div class="entry">
        ${e.map((l) => html`<div><span class="label">${l.label}${this.locale === 'zh' ? '：' : ': '}</span>${l.value}</div>`)}</div>`)}`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-cv-preview': KioskCvPreview;
  }
}
