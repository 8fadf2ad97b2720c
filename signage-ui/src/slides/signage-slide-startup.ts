import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { SlideOf } from '@jobhall/hub-server/contract';
import { SlideBase, slideStyles } from './slide-base.ts';

/** Start-up projects the hall recommends (创业项目推介), with the support each can get. */
@customElement('signage-slide-startup')
export class SignageSlideStartup extends SlideBase<SlideOf<'startup'>> {
  static override styles = [...slideStyles, css`
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr)); gap: 18px; }
    section { background: #13263a; border-radius: 16px; padding: 18px 22px; }
    h3 { margin: 0 0 8px; font-size: 36px; }
    .support { margin-top: 10px; font-size: 26px; color: #ffd166; }
  `];

  override render() {
    const s = this.slide;
    return html`<h2>${s.title.zh}</h2><div class="title-en" lang="en">${s.title.en}</div>
      <div class="grid">${s.projects.map((p) => html`<section>
        <h3>${p.name.zh} <span class="en" lang="en">${p.name.en}</span></h3>
        <div class="zh">${p.summary.zh}</div><div class="en" lang="en">${p.summary.en}</div>
        <div class="support">${p.support.zh} · <span lang="en">${p.support.en}</span></div>
      </section>`)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-slide-startup': SignageSlideStartup;
  }
}
