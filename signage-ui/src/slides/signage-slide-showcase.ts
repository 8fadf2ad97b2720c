import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { mediaUrl, type SlideOf } from '@jobhall/hub-server/contract';
import { SlideBase, slideStyles } from './slide-base.ts';

/**
 * The two showcases: an occupation (what the work is, what it pays, what it asks) and guidance (a service's
 * steps and where to go), each with an optional picture.
 */
@customElement('signage-slide-showcase')
export class SignageSlideShowcase extends SlideBase<SlideOf<'occupation'> | SlideOf<'guidance'>> {
  static override styles = [...slideStyles, css`
    .cols { display: grid; grid-template-columns: 1fr auto; gap: 28px; flex: 1; min-height: 0; }
    img { max-width: 480px; max-height: 100%; border-radius: 16px; object-fit: cover; }
    .pay { font-size: 40px; font-weight: 800; color: #ffd166; margin: 8px 0 16px; }
  `];

  private picture(sha: string | null) {
    return sha ? html`<img src=${mediaUrl(sha)} alt="" />` : nothing;
  }

  override render() {
    const s = this.slide;
    if (s.type === 'occupation') {
      return html`<h2>${s.name.zh}</h2><div class="title-en" lang="en">${s.name.en}</div>
        <div class="cols"><div>
          <div class="zh">${s.text.zh}</div><div class="en" lang="en">${s.text.en}</div>
          ${s.pay ? html`<div class="pay">${s.pay.min}–${s.pay.max} 元/月 <span class="en">yuan a month</span></div>` : nothing}
          <ul class="zh">${s.skills.map((k) => html`<li>${k.zh} <span class="en" lang="en">${k.en}</span></li>`)}</ul>
        </div>${this.picture(s.media)}</div>`;
    }
    return html`<h2>${s.title.zh}</h2><div class="title-en" lang="en">${s.title.en}</div>
      <div class="cols"><ol class="zh">${s.steps.map((p) => html`<li>${p.zh}<div class="en" lang="en">${p.en}</div></li>`)}</ol>${this.picture(s.media)}</div>
      <div class="where">${s.where.zh} · <span lang="en">${s.where.en}</span></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-slide-showcase': SignageSlideShowcase;
  }
}
