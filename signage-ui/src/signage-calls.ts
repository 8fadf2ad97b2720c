import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { tokens } from '@jobhall/ui-kit';
import type { CallBoard } from './call-board.ts';
import './signage-now-calling.ts';

/** The call panel as a region: now calling, the last calls, and how many wait on each line. */
@customElement('signage-calls')
export class SignageCalls extends LitElement {
  @property({ attribute: false }) board!: CallBoard;

  static override styles = [tokens, css`
    :host { display: flex; flex-direction: column; min-height: 0; overflow: hidden; color: #fff; }
    signage-now-calling { flex: 1; min-height: 0; }
    footer { display: flex; gap: 12px; padding: 12px 40px; background: #13263a; font-size: 24px; flex-wrap: wrap; }
    footer span { background: #1d3a57; border-radius: 10px; padding: 6px 14px; }
  `];

  override render() {
    return html`<signage-now-calling .board=${this.board}></signage-now-calling>
      <footer id="waiting">${this.board.waiting.map((w) => html`<span data-queue=${w.queueId}>${w.prefix} ${w.name.zh} · 等候 ${w.count} 人${w.waitingArea
        ? html`<small> · 在 ${w.waitingArea.zh}等候 · wait in ${w.waitingArea.en}</small>` : nothing}</span>`)}</footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-calls': SignageCalls;
  }
}
