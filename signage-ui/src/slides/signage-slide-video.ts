import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { mediaUrl, type SlideOf } from '@jobhall/hub-server/contract';
import { SlideBase } from './slide-base.ts';

/**
 * A silent clip: loaded while the slide before it plays, started from its beginning when it comes on screen,
 * and its source let go when it leaves, so ten thousand slides later the screen holds no old decoders.
 */
@customElement('signage-slide-video')
export class SignageSlideVideo extends SlideBase<SlideOf<'video'>> {
  protected override readyWhenDrawn = false;

  static override styles = css`
    :host { display: block; height: 100%; background: #000; }
    video { width: 100%; height: 100%; object-fit: contain; display: block; }
  `;

  override render() {
    return html`<video src=${mediaUrl(this.slide.media)} muted playsinline preload="auto" aria-label=${this.slide.alt.zh} data-slide=${this.slide.id}
      @canplaythrough=${() => this.loaded(true)} @error=${() => this.loaded(false)}></video>`;
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (!changed.has('active')) return;
    const v = this.renderRoot.querySelector('video');
    if (!v) return;
    if (this.active) {
      v.currentTime = 0;
      void v.play().catch(() => {});
    } else v.pause();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const v = this.renderRoot.querySelector('video');
    if (v) {
      v.removeAttribute('src');
      v.load();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-slide-video': SignageSlideVideo;
  }
}
