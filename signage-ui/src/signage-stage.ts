import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Layout, Region } from '@jobhall/hub-server/contract';
import type { CallBoard } from './call-board.ts';
import type { LiveData } from './live.ts';
import type { Stage } from './player/player.ts';
import './signage-region.ts';
import './signage-calls.ts';
import './signage-clock.ts';

/** A layout on screen: its regions placed on a 24 × 24 grid, each drawn by the element of its kind. */
@customElement('signage-stage')
export class SignageStage extends LitElement {
  @property({ attribute: false }) stage!: Stage;
  @property({ attribute: false }) layout!: Layout;
  @property({ attribute: false }) live!: LiveData;
  @property({ attribute: false }) board!: CallBoard;

  static override styles = css`
    :host { display: grid; grid-template-columns: repeat(24, 1fr); grid-template-rows: repeat(24, 1fr); width: 100vw; height: 100vh; background: #0d1b2a; }
  `;

  private region(r: Region) {
    const place = `grid-column:${r.x + 1} / span ${r.w};grid-row:${r.y + 1} / span ${r.h}`;
    switch (r.kind) {
      case 'calls':
        return html`<signage-calls style=${place} .board=${this.board}></signage-calls>`;
      case 'clock':
        return html`<signage-clock style=${place} .hallName=${this.live.hallName} .timezone=${this.live.timezone} .online=${this.live.online}></signage-clock>`;
      default:
        return html`<signage-region style=${place} kind=${r.kind} .stage=${this.stage.id} .play=${this.stage.regions[r.kind] ?? { phase: 'idle' }}
          .live=${this.live} .hallName=${this.live.hallName}></signage-region>`;
    }
  }

  override render() {
    return html`${this.layout.regions.map((r) => this.region(r))}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-stage': SignageStage;
  }
}
