/**
 * The announcement queue of a call screen: a strict FIFO, so two calls are never spoken over each other
 * (QSystem's synchronized doSounds, JQC's SpeakCompleted queue). The state machine is pure; `Announcer` drives
 * it with an injected clip player and clock, so both are tested without a DOM or sound card.
 */

export interface Announcement {
  seq: number;
  ticketId: string;
  recall: boolean;
  keys: string[];
}

export type AnnouncerState =
  /** The voice pack is still loading: calls wait, so the first call after start-up is still spoken. */
  | { kind: 'loading'; queue: Announcement[]; lastSeq: number }
  | { kind: 'idle'; lastSeq: number }
  | { kind: 'speaking'; current: Announcement; clip: number; queue: Announcement[]; lastSeq: number };

export type AnnouncerEvent = { type: 'call'; announcement: Announcement } | { type: 'ready' } | { type: 'clip-done' };

/**
 * At most this many calls wait behind the one being spoken (about three minutes of speech). In a longer burst
 * the oldest waiting call is dropped: it is still on the screen, and a call spoken minutes late misleads.
 */
export const MAX_WAITING = 12;

export const initialState: AnnouncerState = { kind: 'loading', queue: [], lastSeq: 0 };

function enqueue(queue: Announcement[], a: Announcement): Announcement[] {
  // A recall of a ticket whose call has not been spoken yet replaces it in place: one announcement, not two.
  const at = queue.findIndex((q) => q.ticketId === a.ticketId);
  const next = at >= 0 ? queue.map((q, i) => (i === at ? a : q)) : [...queue, a];
  return next.slice(-MAX_WAITING);
}

function startNext(queue: Announcement[], lastSeq: number): AnnouncerState {
  const [next, ...rest] = queue;
  if (!next) return { kind: 'idle', lastSeq };
  if (!next.keys.length) return startNext(rest, lastSeq);
  return { kind: 'speaking', current: next, clip: 0, queue: rest, lastSeq };
}

export function step(state: AnnouncerState, event: AnnouncerEvent): AnnouncerState {
  switch (event.type) {
    case 'call': {
      const a = event.announcement;
      // QoS 1 may deliver a call twice; a recall is a new call with a new seq, so it does get through.
      if (a.seq <= state.lastSeq) return state;
      const lastSeq = a.seq;
      if (state.kind === 'loading') return { ...state, queue: enqueue(state.queue, a), lastSeq };
      if (state.kind === 'idle') return startNext([a], lastSeq);
      return { ...state, queue: enqueue(state.queue, a), lastSeq };
    }
    case 'ready':
      return state.kind === 'loading' ? startNext(state.queue, state.lastSeq) : state;
    case 'clip-done': {
      if (state.kind !== 'speaking') return state;
      if (state.clip + 1 < state.current.keys.length) return { ...state, clip: state.clip + 1 };
      return startNext(state.queue, state.lastSeq);
    }
  }
}

/** Plays one clip at a time; starting a clip stops any clip still sounding. */
export interface ClipPlayer {
  /** Starts the clip; calls `ended` when it has played. May never call it (no sound card, autoplay blocked). */
  play(key: string, ended: () => void): void;
  /** The clip's length, or undefined when the pack has no such clip (it is then skipped). */
  durationMs(key: string): number | undefined;
}

export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AnnouncerHooks {
  clipStarted?(key: string, a: Announcement): void;
  clipDone?(key: string, a: Announcement, how: 'ended' | 'timeout' | 'missing'): void;
  idle?(): void;
}

/**
 * Drives the machine. A clip whose `ended` never comes (headless Chromium, a muted or missing sound device)
 * must not stall the queue: after its known duration plus a margin the next clip starts anyway.
 */
export class Announcer {
  private s: AnnouncerState = initialState;
  /** Identifies the clip now playing; an `ended` or timer of an earlier clip carries an old token and is ignored. */
  private token = 0;
  private timer: unknown = null;

  constructor(
    private readonly player: ClipPlayer,
    private readonly clock: Clock = { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as number) },
    private readonly hooks: AnnouncerHooks = {},
  ) {}

  get state(): AnnouncerState {
    return this.s;
  }

  /** The voice pack is loaded; calls that came in meanwhile are spoken now. */
  ready(): void {
    this.dispatch({ type: 'ready' });
  }

  announce(announcement: Announcement): void {
    this.dispatch({ type: 'call', announcement });
  }

  stop(): void {
    this.clock.clearTimeout(this.timer);
    this.token++;
  }

  /** Margin over a clip's length before giving up on its `ended`: decoders and event loops run late. */
  static marginMs(durationMs: number): number {
    return 250 + Math.round(durationMs * 0.1);
  }

  private dispatch(event: AnnouncerEvent): void {
    const before = this.s;
    this.s = step(before, event);
    const s = this.s;
    if (s === before) return;
    if (s.kind === 'speaking' && (before.kind !== 'speaking' || before.current !== s.current || before.clip !== s.clip)) this.playCurrent(s);
    else if (s.kind === 'idle' && before.kind === 'speaking') this.hooks.idle?.();
  }

  private playCurrent(s: Extract<AnnouncerState, { kind: 'speaking' }>): void {
    const token = ++this.token;
    const key = s.current.keys[s.clip]!;
    const a = s.current;
    this.clock.clearTimeout(this.timer);
    const done = (how: 'ended' | 'timeout' | 'missing') => {
      if (token !== this.token) return;
      this.token++;
      this.clock.clearTimeout(this.timer);
      this.hooks.clipDone?.(key, a, how);
      this.dispatch({ type: 'clip-done' });
    };
    const duration = this.player.durationMs(key);
    if (duration === undefined) {
      // Skipped on the next turn of the event loop, so a pack missing many clips cannot recurse deeply.
      this.timer = this.clock.setTimeout(() => done('missing'), 0);
      return;
    }
    this.hooks.clipStarted?.(key, a);
    this.timer = this.clock.setTimeout(() => done('timeout'), duration + Announcer.marginMs(duration));
    this.player.play(key, () => done('ended'));
  }
}
