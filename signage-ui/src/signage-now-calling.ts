import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { tokens } from '@jobhall/ui-kit';
import type { CallBoard } from './call-board.ts';

/** The current call large, in both languages, and the previous calls beneath it. */
@customElement('signage-now-calling')
export class SignageNowCalling extends LitElement {
  @property({ attribute: false }) board!: CallBoard;

  static override styles = [tokens, css`
    :host { display: flex; flex-direction: column; padding: 32px 40px; color: #fff; }
    .current { border-radius: 20px; padding: 24px 32px; background: #13263a; }
    .current.flash { animation: flash 1s ease-in-out 3; }
    @keyframes flash { 50% { background: #ffbf47; color: #0d1b2a; } }
    .num { font-size: 150px; font-weight: 800; line-height: 1.05; letter-spacing: 6px; }
    .zh { font-size: 52px; font-weight: 700; }
    .en { font-size: 34px; color: #cfe3ff; }
    .current.flash .en { color: inherit; }
    table { width: 100%; margin-top: 24px; border-collapse: collapse; font-size: 40px; }
    td { padding: 10px 8px; border-bottom: 1px solid #27415c; }
    td.w { text-align: right; color: #cfe3ff; }
    .idle { font-size: 40px; color: #cfe3ff; }
  `];

  override render() {
    const { current, recent, flash } = this.board;
    if (!current) return html`<div class="idle">请留意叫号 · Please wait for your number</div>`;
    return html`
      <div class="current flash" id="current" data-seq=${current.seq} data-flash=${flash} aria-live="assertive">
        <div class="num" id="current-number">${current.number}</div>
        <div class="zh" id="current-zh">${current.text.zh}</div>
        <div class="en" id="current-en" lang="en">${current.text.en}</div>
      </div>
      <table id="recent">
        ${recent.slice(1).map((c) => html`<tr data-seq=${c.seq}><td>${c.number}</td><td class="w">${c.window} 号窗口 · Window ${c.window}</td></tr>`)}
      </table>
    `;
  }

  /** A new call or a recall restarts the highlight, even when the same element stays on screen. */
  protected override updated(changed: Map<string, unknown>): void {
    const prev = changed.get('board') as CallBoard | undefined;
    if (prev && prev.flash !== this.board.flash) {
      const el = this.renderRoot.querySelector('#current');
      el?.classList.remove('flash');
      void (el as HTMLElement | null)?.offsetWidth; // restart the CSS animation
      el?.classList.add('flash');
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-now-calling': SignageNowCalling;
  }
}
