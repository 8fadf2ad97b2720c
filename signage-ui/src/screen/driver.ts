import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Manifest } from '@jobhall/hub-server/contract';
import { contentOf, initialPlayer, step, wakeAt, type PlayerEvent, type PlayerState, type Played } from '../player/player.ts';

/** Timers are re-armed at least this often, so a clock that jumped (sleep, NTP) is noticed. */
const MAX_WAIT_MS = 30_000;

/** The player's clock: the screen's own, or a preview's, which may start elsewhere and run faster. */
export interface PlayerClock {
  now(): number;
  /** 1 for a screen; a preview may fast-forward through a day's schedule. */
  speed: number;
}

export const wallClock: PlayerClock = { now: Date.now, speed: 1 };

/** A clock that starts at `at` (or now) and runs `speed` times faster than the wall's. */
export function previewClock(at: number | null, speed: number): PlayerClock {
  const t0 = Date.now();
  const from = at ?? t0;
  return { now: () => from + (Date.now() - t0) * speed, speed };
}

/**
 * Runs the pure player (player/player.ts) in a page: feeds it the time, the content and load results, keeps
 * one timer for the next moment something changes (a slide's end, a schedule boundary), and hands each play
 * on.
 */
export class PlayerDriver implements ReactiveController {
  state: PlayerState = initialPlayer;
  private timer: ReturnType<typeof setTimeout> | null = null;
  manifest: Manifest | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onPlayed: (played: Played[]) => void,
    private readonly time: PlayerClock = wallClock,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.arm(this.time.now());
  }

  hostDisconnected(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** A revision to play; `screenId` is this screen's own (a manifest is shared by screens alike). */
  content(m: Manifest, screenId: string | null = null): void {
    this.manifest = m;
    this.apply({ type: 'content', content: contentOf(m, { ...m.audience, screenId }), at: this.time.now() });
  }

  loaded(stage: string, key: string, ok: boolean): void {
    this.apply({ type: 'loaded', stage, key, ok, at: this.time.now() });
  }

  cover(on: boolean): void {
    if (on === !!this.state.cover) return;
    this.apply({ type: on ? 'cover' : 'uncover', at: this.time.now() });
  }

  private apply(event: PlayerEvent): void {
    const r = step(this.state, event);
    const changed = r.state !== this.state;
    this.state = r.state;
    if (r.played.length) this.onPlayed(r.played);
    if (changed) this.host.requestUpdate();
    this.arm(event.at);
  }

  /**
   * The next wake-up after the step just made at `at` — not after now: time passed while stepping (much of it,
   * fast-forwarded), and a slide end in between must still wake the player, at once.
   */
  private arm(at: number): void {
    if (this.timer) clearTimeout(this.timer);
    const now = this.time.now();
    const wake = wakeAt(this.state, at);
    const wait = Math.min(wake === null ? MAX_WAIT_MS : Math.max(0, wake - now) / this.time.speed, MAX_WAIT_MS);
    this.timer = setTimeout(() => this.apply({ type: 'tick', at: this.time.now() }), wait);
  }
}
