import { LitElement, css } from 'lit';
import { property } from 'lit/decorators.js';
import type { Slide } from '@jobhall/hub-server/contract';
import { tokens } from '@jobhall/ui-kit';
import { emit } from '../events.ts';
import type { LiveData } from '../live.ts';

/**
 * What every slide element shares: its slide, whether it is the one on screen (`active`) or being preloaded
 * behind it, the live data, and telling its region once that it is ready to be shown — at once for text,
 * when decoded or playable for media, when reachable for a web page.
 */
export abstract class SlideBase<S extends Slide> extends LitElement {
  @property({ attribute: false }) slide!: S;
  @property() key = '';
  @property({ type: Boolean, reflect: true }) active = false;
  @property({ attribute: false }) live!: LiveData;
  @property({ type: Number }) durationMs = 0;
  private told = false;
  /** Text slides are ready once drawn; media slides say when. */
  protected readyWhenDrawn = true;

  protected loaded(ok: boolean): void {
    if (this.told) return;
    this.told = true;
    emit(this, 'slide-loaded', { key: this.key, ok });
  }

  protected override firstUpdated(): void {
    if (this.readyWhenDrawn) this.loaded(true);
  }
}

/** Large type for a hall: read from across the room, Chinese first and English beneath. */
export const slideStyles = [tokens, css`
  :host { display: flex; flex-direction: column; height: 100%; box-sizing: border-box; padding: 28px 36px; color: #fff; background: #0d1b2a; overflow: hidden; }
  h2 { margin: 0 0 6px; font-size: 46px; line-height: 1.2; color: #ffd166; }
  h2 + .en, .title-en { margin: 0 0 18px; font-size: 28px; color: #cfe3ff; }
  .zh { font-size: 34px; line-height: 1.5; }
  .en { font-size: 24px; line-height: 1.4; color: #cfe3ff; }
  ol, ul { margin: 0; padding-left: 1.2em; }
  li { margin: 0 0 14px; }
  .where { margin-top: auto; padding-top: 16px; font-size: 28px; color: #ffd166; }
`];
