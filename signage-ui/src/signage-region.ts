import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { LocalizedText, RegionKind } from '@jobhall/hub-server/contract';
import { tokens } from '@jobhall/ui-kit';
import { emit } from './events.ts';
import type { LiveData } from './live.ts';
import type { RegionPlay } from './player/player.ts';
import type { Cue } from './player/sequence.ts';
import { slideTemplate } from './signage-slide.ts';
import './signage-ticker.ts';

/** A cue's place among the region's two slots: consecutive cues of a region (…-41, …-42) take turns. */
const turnOf = (key: string): 0 | 1 => (Number(/(\d+)$/.exec(key)?.[1] ?? 0) % 2 === 0 ? 0 : 1);

/**
 * One playlist region: the slide on screen and, stacked under it out of sight, the next one loading. When the
 * player moves on, the element of the next slide is the one shown, so nothing is redrawn at the switch. With
 * nothing to play the region shows the hall's name, never a black hole.
 *
 * Two fixed slots that consecutive cues take in turn, each keyed by its cue, rather than lit's repeat(): the
 * slide shown next stays in its slot when it comes on, and the slot it leaves takes the cue after. repeat()
 * removes a departing item with removePart(), which in lit-html 3.3.1–3.3.3 leaves the item's end marker
 * behind (lit/lit#5298): one comment node per slide change, for as long as the screen runs.
 */
@customElement('signage-region')
export class SignageRegion extends LitElement {
  @property() kind!: RegionKind;
  @property() stage = '';
  @property({ attribute: false }) play: RegionPlay = { phase: 'idle' };
  @property({ attribute: false }) live!: LiveData;
  @property({ attribute: false }) hallName!: LocalizedText;

  static override styles = [tokens, css`
    :host { display: block; position: relative; overflow: hidden; min-width: 0; min-height: 0; }
    .slot { position: absolute; inset: 0; }
    .slot.behind { visibility: hidden; }
    .idle { position: absolute; inset: 0; display: flex; flex-direction: column; justify-content: center; align-items: center; background: #0d1b2a; color: #cfe3ff; text-align: center; }
    .idle .zh { font-size: 40px; font-weight: 700; color: #fff; }
    .idle .en { font-size: 26px; }
    :host([kind='ticker']) .idle { background: #0a58a8; }
    :host([kind='ticker']) .idle .zh { font-size: 30px; }
    :host([kind='ticker']) .idle .en { display: none; }
  `];

  private slots(): Array<{ cue: Cue; on: boolean }> {
    const p = this.play;
    if (p.phase === 'showing') return [{ cue: p.now.cue, on: true }, ...(p.next ? [{ cue: p.next.cue, on: false }] : [])];
    if (p.phase === 'starting') return [{ cue: p.first.cue, on: false }];
    return [];
  }

  /** The slots in their two places: each cue in its turn's place; if both want the same, the next one moves. */
  private places(slots: Array<{ cue: Cue; on: boolean }>): [{ cue: Cue; on: boolean } | null, { cue: Cue; on: boolean } | null] {
    const out: [{ cue: Cue; on: boolean } | null, { cue: Cue; on: boolean } | null] = [null, null];
    for (const s of [...slots].sort((a, b) => Number(b.on) - Number(a.on))) {
      const turn = turnOf(s.cue.key);
      out[out[turn] ? 1 - turn : turn] = s;
    }
    return out;
  }

  private onLoaded(e: HTMLElementEventMap['slide-loaded']) {
    e.stopPropagation();
    emit(this, 'cue-loaded', { stage: this.stage, key: e.detail.key, ok: e.detail.ok });
  }

  override render() {
    const slots = this.slots();
    const showing = slots.some((s) => s.on);
    return html`
      ${showing ? '' : html`<div class="idle"><div class="zh">${this.hallName.zh}</div><div class="en" lang="en">${this.hallName.en}</div></div>`}
      <div @slide-loaded=${this.onLoaded}>${this.places(slots).map((s) => (s ? keyed(s.cue.key, html`<div class="slot ${s.on ? 'on' : 'behind'}" data-cue=${s.cue.key} data-slide=${s.cue.slide.id}
        aria-hidden=${s.on ? 'false' : 'true'}>${this.kind === 'ticker'
          ? html`<signage-ticker-line .cue=${s.cue} ?active=${s.on}></signage-ticker-line>`
          : slideTemplate(s.cue, this.live, s.on)}</div>`) : nothing))}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-region': SignageRegion;
  }
}
