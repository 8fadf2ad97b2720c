import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { SlideOf } from '@jobhall/hub-server/contract';
import { SlideBase } from './slide-base.ts';

/** How long a page has to answer before the slide is skipped (it is tried again a minute later). */
const REACH_MS = 3000;

/**
 * A web page in a sandboxed frame (scripts may run, but not as this origin, and nothing may navigate the
 * screen). A page that cannot be reached — the hall off line — is reported as failed, so the player skips it
 * instead of showing a browser error on the lobby screen.
 */
@customElement('signage-slide-web')
export class SignageSlideWeb extends SlideBase<SlideOf<'web'>> {
  protected override readyWhenDrawn = false;

  static override styles = css`
    :host { display: block; height: 100%; background: #fff; }
    iframe { width: 100%; height: 100%; border: 0; display: block; }
  `;

  override render() {
    return html`<iframe src=${this.slide.url} title=${this.slide.title.zh} sandbox="allow-scripts" referrerpolicy="no-referrer" loading="eager"></iframe>`;
  }

  protected override firstUpdated(): void {
    const probe = new AbortController();
    const timer = setTimeout(() => probe.abort(), REACH_MS);
    // no-cors: the answer cannot be read, but a network failure still rejects, which is all this needs.
    fetch(this.slide.url, { mode: 'no-cors', signal: probe.signal, cache: 'no-store' })
      .then(() => this.loaded(true), () => this.loaded(false))
      .finally(() => clearTimeout(timer));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-slide-web': SignageSlideWeb;
  }
}
