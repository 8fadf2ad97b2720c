import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { SlideOf } from '@jobhall/hub-server/contract';
import { SlideBase } from './slide-base.ts';

/** A ticker line given to a region that is not a ticker: shown large and still. */
@customElement('signage-slide-text')
export class SignageSlideText extends SlideBase<SlideOf<'ticker'>> {
  static override styles = css`
    :host { display: flex; flex-direction: column; justify-content: center; height: 100%; padding: 40px; box-sizing: border-box; background: #0d1b2a; color: #fff; }
    .zh { font-size: 56px; font-weight: 800; line-height: 1.3; }
    .en { font-size: 34px; color: #cfe3ff; margin-top: 16px; }
  `;

  override render() {
    return html`<div class="zh">${this.slide.text.zh}</div><div class="en" lang="en">${this.slide.text.en}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-slide-text': SignageSlideText;
  }
}
