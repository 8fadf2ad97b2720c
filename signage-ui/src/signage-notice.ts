import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Notice } from '@jobhall/hub-server/contract';
import { tokens } from '@jobhall/ui-kit';

/** The notice staff published last, Chinese above English. */
@customElement('signage-notice')
export class SignageNotice extends LitElement {
  @property({ attribute: false }) notice: Notice | null = null;

  static override styles = [tokens, css`
    :host { display: block; padding: 32px 40px 32px 0; color: #fff; }
    article { background: #fdf6e3; color: #1b1f24; border-radius: 20px; padding: 28px 32px; height: calc(100% - 56px); overflow: hidden; }
    h2 { font-size: 44px; margin: 0 0 16px; }
    p { font-size: 32px; line-height: 1.5; margin: 0 0 12px; }
    .en { font-size: 26px; color: #3d4651; }
  `];

  override render() {
    const n = this.notice;
    if (!n) return html``;
    return html`<article id="notice" data-id=${n.id}>
      <h2 id="notice-title">${n.title.zh}</h2>
      <p id="notice-body">${n.body.zh}</p>
      <h2 class="en" lang="en">${n.title.en}</h2>
      <p class="en" lang="en">${n.body.en}</p>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-notice': SignageNotice;
  }
}
