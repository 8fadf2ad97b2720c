import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { tokens } from '@jobhall/ui-kit';
import { emit } from './events.ts';
import type { Cue } from './player/sequence.ts';

/** The text of a ticker line: a ticker slide's, or a notice's title and its text without markup. */
export function tickerText(cue: Cue): string {
  const s = cue.slide;
  if (s.type === 'ticker') return `${s.text.zh}　${s.text.en}`;
  if (s.type === 'notice') return `${s.title.zh}：${s.body.zh.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim()}`;
  return '';
}

/**
 * One ticker line, scrolled right to left across its region in exactly the line's time on screen (a CSS
 * animation on the compositor, so a busy page does not stutter it). Text needs no loading: ready at once.
 */
@customElement('signage-ticker-line')
export class SignageTickerLine extends LitElement {
  @property({ attribute: false }) cue!: Cue;
  @property({ type: Boolean, reflect: true }) active = false;

  static override styles = [tokens, css`
    :host { display: block; height: 100%; overflow: hidden; background: #0a58a8; color: #fff; white-space: nowrap; }
    span { display: inline-block; padding-left: 100%; font-size: 34px; line-height: 1; position: relative; top: 50%; transform: translateY(-50%); }
    :host([active]) span { animation: scroll linear 1 forwards; }
    @keyframes scroll { from { transform: translate(0, -50%); } to { transform: translate(-100%, -50%); } }
  `];

  override render() {
    return html`<span class="ticker-text" style=${`animation-duration:${this.cue.durationMs}ms`}>${tickerText(this.cue)}</span>`;
  }

  protected override firstUpdated(): void {
    emit(this, 'slide-loaded', { key: this.cue.key, ok: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-ticker-line': SignageTickerLine;
  }
}
