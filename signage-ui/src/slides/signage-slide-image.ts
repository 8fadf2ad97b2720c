import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { mediaUrl, type SlideOf } from '@jobhall/hub-server/contract';
import { SlideBase } from './slide-base.ts';

/** A poster. Ready once decoded, so it appears whole, never drawn in strips. */
@customElement('signage-slide-image')
export class SignageSlideImage extends SlideBase<SlideOf<'image'>> {
  protected override readyWhenDrawn = false;

  static override styles = css`
    :host { display: block; height: 100%; background: #0d1b2a; }
    img { width: 100%; height: 100%; display: block; }
  `;

  override render() {
    const s = this.slide;
    return html`<img src=${mediaUrl(s.media)} alt=${`${s.alt.zh} ${s.alt.en}`} style=${`object-fit:${s.fit}`} data-slide=${s.id} />`;
  }

  protected override firstUpdated(): void {
    const img = this.renderRoot.querySelector('img')!;
    img.decode().then(() => this.loaded(true), () => this.loaded(false));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-slide-image': SignageSlideImage;
  }
}
