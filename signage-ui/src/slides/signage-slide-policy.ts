import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { SlideOf } from '@jobhall/hub-server/contract';
import '@jobhall/ui-kit/jh-qr-code';
import { SlideBase, slideStyles } from './slide-base.ts';

/** A policy in plain words: what it gives, the steps to get it, where to go, and a QR code to read more. */
@customElement('signage-slide-policy')
export class SignageSlidePolicy extends SlideBase<SlideOf<'policy'>> {
  static override styles = slideStyles;

  override render() {
    const s = this.slide;
    return html`<h2>${s.title.zh}</h2><div class="title-en" lang="en">${s.title.en}</div>
      <div class="zh">${s.summary.zh}</div><div class="en" lang="en">${s.summary.en}</div>
      <ol class="zh">${s.points.map((p) => html`<li>${p.zh}<div class="en" lang="en">${p.en}</div></li>`)}</ol>
      <div class="where">${s.where.zh} · <span lang="en">${s.where.en}</span></div>
      ${s.link ? html`<jh-qr-code .data=${s.link} label="了解详情 More"></jh-qr-code>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-slide-policy': SignageSlidePolicy;
  }
}
