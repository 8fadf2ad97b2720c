import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Manifest } from '@jobhall/hub-server/contract';
import { contentOf, initialPlayer, step, wakeAt, type PlayerEvent, type PlayerState, type Played } from '../player/player.ts';

/** Timers are re-armed at least this often, so a clock that jumped (sleep, NTP) is noticed. */
const MAX_WAIT_MS = 30_000;

/**
 * Runs the pure player (player/player.ts) in a page: feeds it the time, the content and load results, keeps
 * one timer for the next moment something changes (a slide's end, a schedule boundary), and hands each play
 * on. `clock` is the screen's own clock; a preview moves it to the time it previews.
 */
export class PlayerDriver implements ReactiveController {
  state: PlayerState = initialPlayer;
  private timer: ReturnType<typeof setTimeout> | null = null;
  manifest: Manifest | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onPlayed: (played: Played[]) => void,
    readonly clock: () => number = Date.now,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.arm();
  }

  hostDisconnected(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  content(m: Manifest): void {
    this.manifest = m;
    this.apply({ type: 'content', content: contentOf(m), at: this.clock() });
  }

  loaded(stage: string, key: string, ok: boolean): void {
    this.apply({ type: 'loaded', stage, key, ok, at: this.clock() });
  }

  cover(on: boolean): void {
    if (on === !!this.state.cover) return;
    this.apply({ type: on ? 'cover' : 'uncover', at: this.clock() });
  }

  private apply(event: PlayerEvent): void {
    const r = step(this.state, event);
    const changed = r.state !== this.state;
    this.state = r.state;
    if (r.played.length) this.onPlayed(r.played);
    if (changed) this.host.requestUpdate();
    this.arm();
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    const now = this.clock();
    const wake = wakeAt(this.state, now);
    const wait = Math.min(wake === null ? MAX_WAIT_MS : Math.max(0, wake - now), MAX_WAIT_MS);
    this.timer = setTimeout(() => this.apply({ type: 'tick', at: this.clock() }), wait);
  }
}
