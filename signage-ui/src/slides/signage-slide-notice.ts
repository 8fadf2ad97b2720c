import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { SlideOf } from '@jobhall/hub-server/contract';
import { SlideBase, slideStyles } from './slide-base.ts';

/**
 * A rich-text notice. Its HTML is the hub's sanitised allow-list (no attributes, no script), checked when it
 * was saved, and the manifest carrying it was checked against its hash: it is put into the page as it is.
 */
@customElement('signage-slide-notice')
export class SignageSlideNotice extends SlideBase<SlideOf<'notice'>> {
  static override styles = [...slideStyles, css`
    article { flex: 1; background: #fdf6e3; color: #1b1f24; border-radius: 20px; padding: 28px 32px; overflow: hidden; }
    article.important { border-left: 14px solid #b3261e; }
    h2 { color: #1b1f24; }
    .body { font-size: 32px; line-height: 1.5; }
    .body p { margin: 0 0 12px; }
    article .en { color: #3d4651; }
    article .en.body { font-size: 24px; }
  `];

  override render() {
    const s = this.slide;
    return html`<article class=${s.tone} data-slide=${s.id}>
      <h2 class="notice-title">${s.title.zh}</h2>
      <div class="body zh">${unsafeHTML(s.body.zh)}</div>
      <h2 class="en" lang="en">${s.title.en}</h2>
      <div class="body en" lang="en">${unsafeHTML(s.body.en)}</div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-slide-notice': SignageSlideNotice;
  }
}
