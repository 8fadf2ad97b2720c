import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LedBoardView } from '@jobhall/hub-server/contract';
import { tokens } from '@jobhall/ui-kit';

/**
 * A simulated LED board, drawn from what its agent reports it shows: amber dot-matrix text on black, the window
 * lines, the scrolling ticker, and an exclusive alert over everything. The write counters say where the
 * writes went: RAM areas, never the card's flash.
 */
@customElement('admin-signage-led')
export class AdminSignageLed extends LitElement {
  @property() deviceId = '';
  @property({ attribute: false }) view: LedBoardView | null = null;

  static override styles = [tokens, css`
    :host { display: block; }
    .board { background: #080808; border: 6px solid #333; border-radius: 8px; padding: 10px 14px; font-family: 'WenQuanYi Micro Hei', monospace; color: #ffb000;
      text-shadow: 0 0 6px #ff8c00; letter-spacing: 2px; min-height: 90px; }
    .line { font-size: 22px; white-space: nowrap; overflow: hidden; }
    .ticker { font-size: 22px; white-space: nowrap; overflow: hidden; color: #7dff6a; text-shadow: 0 0 6px #3c3; }
    .ticker span { display: inline-block; padding-left: 100%; animation: scroll 20s linear infinite; }
    @keyframes scroll { to { transform: translateX(-100%); } }
    .alert { font-size: 28px; color: #ff3b30; text-shadow: 0 0 8px #f00; animation: blink 1s steps(2) infinite; }
    @keyframes blink { 50% { opacity: 0.55; } }
    .meta { font-size: 14px; color: var(--jh-ink-soft); margin-top: 4px; }
  `];

  override render() {
    const v = this.view;
    if (!v) return html`<div class="board">—</div><div class="meta">${this.deviceId}: 尚未上报 · no report yet</div>`;
    return html`<div class="board" data-board=${this.deviceId}>
        ${v.alert ? html`<div class="alert led-alert">${v.alert}</div>` : nothing}
        ${v.windows.map((w) => html`<div class="line">${String(w.window).padStart(2, ' ')}│ ${w.text}</div>`)}
        ${v.ticker ? html`<div class="ticker led-ticker"><span>${v.ticker}</span></div>` : nothing}
      </div>
      <div class="meta">${this.deviceId} · RAM 写入 writes ${v.ramWrites} · Flash 写入 writes <strong class="flash">${v.flashWrites}</strong> · ${new Date(v.at).toLocaleTimeString('zh-CN')}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-signage-led': AdminSignageLed;
  }
}
