import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { SlideOf } from '@jobhall/hub-server/contract';
import { SlideBase, slideStyles } from './slide-base.ts';

/** How many wait on each line, large, live from the call board: for a screen without a call panel. */
@customElement('signage-slide-queue')
export class SignageSlideQueue extends SlideBase<SlideOf<'queue'>> {
  static override styles = [...slideStyles, css`
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 18px; }
    .line { display: flex; align-items: center; gap: 20px; background: #13263a; border-radius: 16px; padding: 18px 24px; }
    .prefix { font-size: 64px; font-weight: 800; color: #ffd166; width: 72px; text-align: center; }
    .name { flex: 1; font-size: 30px; }
    .count { font-size: 56px; font-weight: 800; }
    .count small { font-size: 24px; font-weight: 400; color: #cfe3ff; }
  `];

  override render() {
    const wanted = this.slide.queues;
    const lines = this.live.waiting.filter((w) => !wanted.length || wanted.includes(w.queueId));
    return html`<h2>${this.slide.title.zh}</h2><div class="title-en" lang="en">${this.slide.title.en}</div>
      <div class="grid">${lines.map((w) => html`<div class="line" data-queue=${w.queueId}>
        <span class="prefix">${w.prefix}</span><span class="name">${w.name.zh}<div class="en" lang="en">${w.name.en}</div></span>
        <span class="count">${w.count}<small> 人 waiting</small></span></div>`)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-slide-queue': SignageSlideQueue;
  }
}
