import {
  hallTime, nextChange, programmeAt, type Manifest, type Playlist, type RegionKind, type RegionSource, type ScheduleInput, type ScreenProgramme,
} from '@jobhall/hub-server/contract';
import { emptyCursor, pickNext, type Cue, type Cursor } from './sequence.ts';

/**
 * The lobby player as a pure state machine: `step(state, event)` returns the next state and what was played.
 * No DOM, no timers: the driver feeds it time and load results, and renders whatever state it is in.
 *
 * A region always has something on screen. It shows a cue while the next one loads behind it, and moves on
 * only when the next is ready, so there is never a blank frame; with nothing to play it shows the hall's idle
 * card. A new revision or a new layout is prepared as a whole stage behind the one on screen and swapped in
 * once every region of it has its first slide ready. A schedule boundary cuts the slide on screen so the next
 * one, picked and preloaded from the programme at the boundary, starts on it.
 */

export type Load = 'loading' | 'ready' | 'failed';

export interface Showing {
  cue: Cue;
  since: number;
  until: number;
}

export interface Pending {
  cue: Cue;
  load: Load;
}

export type RegionPlay =
  | { phase: 'idle' }
  | { phase: 'starting'; first: Pending }
  | { phase: 'showing'; now: Showing; next: Pending | null };

/** What a stage plays from: one manifest, read as schedule input and playlists. */
export interface StageContent {
  revision: number;
  input: ScheduleInput;
  playlists: ReadonlyMap<string, Playlist>;
}

export interface Stage {
  id: string;
  content: StageContent;
  layoutId: string;
  regions: Partial<Record<RegionKind, RegionPlay>>;
  cursors: Partial<Record<RegionKind, Cursor>>;
}

export interface PlayerState {
  current: Stage | null;
  /** Being prepared behind the current stage: a new revision or a new layout. */
  upcoming: Stage | null;
  /** An alert covers the screen: nothing advances and nothing counts as played. */
  cover: { since: number } | null;
  /** Slides that failed to load ("playlist/slide" → until when they are skipped). */
  blocked: Record<string, number>;
  seq: number;
}

export type PlayerEvent =
  | { type: 'content'; content: StageContent; at: number }
  | { type: 'tick'; at: number }
  | { type: 'loaded'; stage: string; key: string; ok: boolean; at: number }
  | { type: 'cover'; at: number }
  | { type: 'uncover'; at: number };

/** A slide that was on screen, start to end: one proof-of-play record. */
export interface Played {
  cue: Cue;
  revision: number;
  start: number;
  end: number;
}

export interface StepResult {
  state: PlayerState;
  played: Played[];
}

/** A slide that would not load is left out this long before it is tried again (a web page off line). */
export const BLOCK_MS = 60_000;

export const initialPlayer: PlayerState = { current: null, upcoming: null, cover: null, blocked: {}, seq: 0 };

export function contentOf(m: Manifest, audience = m.audience): StageContent {
  return {
    revision: m.revision,
    input: { timezone: m.hall.timezone, schedule: m.schedule, calendar: m.calendar, audience, defaultLayoutId: m.defaultLayoutId, layouts: m.layouts },
    playlists: new Map(m.playlists.map((p) => [p.id, p])),
  };
}

const sourcesKey = (sources: readonly RegionSource[] | undefined) => (sources ?? []).map((s) => `${s.playlistId}*${s.share}`).join(',');

/**
 * The next schedule boundary after `t`. Pure, but asked at every slide change: the answer found at `from` holds
 * for every moment up to it, so it is kept per schedule (a memo, not state).
 */
const boundaries = new WeakMap<ScheduleInput, { from: number; at: number | null }>();
const HORIZON_MS = 48 * 3600_000;
export function boundaryAfter(input: ScheduleInput, t: number): number | null {
  const known = boundaries.get(input);
  if (known && t >= known.from && (known.at === null ? t < known.from + HORIZON_MS / 2 : t < known.at)) return known.at;
  const at = nextChange(input, t, HORIZON_MS);
  boundaries.set(input, { from: t, at });
  return at;
}

/** Works on a copy; every helper below mutates only that copy and the list of plays. */
interface Work {
  s: PlayerState;
  played: Played[];
  at: number;
}

function blockedSet(w: Work): Set<string> {
  return new Set(Object.entries(w.s.blocked).filter(([, until]) => until > w.at).map(([k]) => k));
}

/** Picks the cue a region plays at `when` (a slide's end or a boundary), from the programme then. */
function pick(w: Work, stage: Stage, region: RegionKind, when: number, prog: ScreenProgramme = programmeAt(stage.content.input, when)): Pending | null {
  const sources = prog.regions[region] ?? [];
  const day = hallTime(when, stage.content.input.timezone).day;
  const got = pickNext(stage.cursors[region] ?? emptyCursor(), region, sources, stage.content.playlists, day, blockedSet(w), stage.id);
  if (!got) {
    stage.cursors[region] = { ...(stage.cursors[region] ?? emptyCursor()), sources: sourcesKey(sources) };
    return null;
  }
  stage.cursors[region] = got.cursor;
  return { cue: got.cue, load: 'loading' };
}

function newStage(w: Work, content: StageContent, at: number): Stage {
  const prog = programmeAt(content.input, at);
  const stage: Stage = { id: `s${++w.s.seq}`, content, layoutId: prog.layoutId, regions: {}, cursors: {} };
  for (const region of Object.keys(prog.regions) as RegionKind[]) {
    const first = pick(w, stage, region, at, prog);
    stage.regions[region] = first ? { phase: 'starting', first } : { phase: 'idle' };
  }
  return stage;
}

/** The next cue of a showing region; a schedule boundary before its end cuts it there. */
function queueNext(w: Work, stage: Stage, region: RegionKind, now: Showing): RegionPlay {
  const boundary = boundaryAfter(stage.content.input, Math.max(w.at, now.since));
  const until = boundary !== null && boundary < now.until ? boundary : now.until;
  const shown = { ...now, until };
  const layout = programmeAt(stage.content.input, until).layoutId;
  // A boundary into another layout is a new stage: this region keeps its slide until the stage is swapped.
  return { phase: 'showing', now: shown, next: layout === stage.layoutId ? pick(w, stage, region, until) : null };
}

function show(w: Work, stage: Stage, region: RegionKind, cue: Cue): RegionPlay {
  return queueNext(w, stage, region, { cue, since: w.at, until: w.at + cue.durationMs });
}

function endShowing(w: Work, stage: Stage): void {
  if (w.s.cover) return;
  for (const r of Object.values(stage.regions)) {
    if (r?.phase === 'showing') w.played.push({ cue: r.now.cue, revision: stage.content.revision, start: r.now.since, end: w.at });
  }
}

/** A region of the stage on screen, moved along to `w.at`. */
function advance(w: Work, stage: Stage, region: RegionKind): void {
  const r = stage.regions[region];
  if (!r) return;
  if (r.phase === 'idle') {
    const first = pick(w, stage, region, w.at);
    if (first) stage.regions[region] = { phase: 'starting', first };
    return;
  }
  if (r.phase === 'starting') return;
  // The schedule moved under the region (a boundary passed without a cut, e.g. the screen slept): re-pick.
  const wanted = sourcesKey(programmeAt(stage.content.input, Math.max(w.at, r.now.until)).regions[region]);
  if (r.next && stage.cursors[region]?.sources !== wanted) {
    stage.regions[region] = { ...r, now: { ...r.now, until: Math.min(r.now.until, w.at) }, next: pick(w, stage, region, w.at) };
    return advance(w, stage, region);
  }
  if (w.at < r.now.until || w.s.cover) return;
  if (!r.next) {
    // Into another layout: the slide stays until the prepared stage replaces the whole screen.
    if (programmeAt(stage.content.input, w.at).layoutId !== stage.layoutId) return;
    // Nothing was queued: another try now, else the idle card.
    const next = pick(w, stage, region, w.at);
    if (next) stage.regions[region] = { ...r, next };
    else {
      w.played.push({ cue: r.now.cue, revision: stage.content.revision, start: r.now.since, end: w.at });
      stage.regions[region] = { phase: 'idle' };
    }
    return;
  }
  if (r.next.load !== 'ready') return; // held on the slide it has: never a blank frame
  w.played.push({ cue: r.now.cue, revision: stage.content.revision, start: r.now.since, end: w.at });
  stage.regions[region] = show(w, stage, region, r.next.cue);
}

/** Swaps the prepared stage in once every region of it has a first slide ready (or has nothing to play). */
function maybeSwap(w: Work): void {
  const up = w.s.upcoming;
  if (!up) return;
  const ready = Object.values(up.regions).every((r) => !r || r.phase === 'idle' || (r.phase === 'starting' && r.first.load === 'ready'));
  if (!ready) return;
  if (w.s.current) endShowing(w, w.s.current);
  for (const region of Object.keys(up.regions) as RegionKind[]) {
    const r = up.regions[region]!;
    if (r.phase === 'starting') up.regions[region] = show(w, up, region, r.first.cue);
  }
  w.s.current = up;
  w.s.upcoming = null;
}

function clone(s: PlayerState): PlayerState {
  const stage = (st: Stage | null): Stage | null => (st ? { ...st, regions: { ...st.regions }, cursors: { ...st.cursors } } : null);
  return { ...s, current: stage(s.current), upcoming: stage(s.upcoming), blocked: { ...s.blocked } };
}

export function step(state: PlayerState, event: PlayerEvent): StepResult {
  const w: Work = { s: clone(state), played: [], at: event.at };
  switch (event.type) {
    case 'content':
      if (!w.s.current) w.s.current = newStage(w, event.content, event.at);
      else w.s.upcoming = newStage(w, event.content, event.at);
      break;
    case 'loaded':
      loaded(w, event.stage, event.key, event.ok);
      break;
    case 'cover':
      if (!w.s.cover) {
        if (w.s.current) endShowing(w, w.s.current);
        w.s.cover = { since: event.at };
      }
      break;
    case 'uncover':
      if (w.s.cover) {
        w.s.cover = null;
        // Each region shows its slide again from the start: what was under the alert was not seen.
        const cur = w.s.current;
        for (const region of Object.keys(cur?.regions ?? {}) as RegionKind[]) {
          const r = cur!.regions[region];
          if (r?.phase === 'showing') cur!.regions[region] = { ...r, now: { ...r.now, since: event.at, until: event.at + r.now.cue.durationMs } };
        }
      }
      break;
    case 'tick':
      break;
  }
  tick(w);
  return { state: w.s, played: w.played };
}

function tick(w: Work): void {
  const cur = w.s.current;
  if (cur) {
    for (const region of Object.keys(cur.regions) as RegionKind[]) advance(w, cur, region);
    // A boundary into another layout: prepare it (once) behind the one on screen.
    const layout = programmeAt(cur.content.input, w.at).layoutId;
    if (layout !== cur.layoutId && w.s.upcoming?.layoutId !== layout) w.s.upcoming = newStage(w, cur.content, w.at);
  }
  maybeSwap(w);
  // The first stage of a screen that had nothing: each region comes up as soon as its slide is ready.
  if (cur && w.s.current === cur) {
    for (const region of Object.keys(cur.regions) as RegionKind[]) {
      const r = cur.regions[region];
      if (r?.phase === 'starting' && r.first.load === 'ready' && !w.s.upcoming) cur.regions[region] = show(w, cur, region, r.first.cue);
    }
  }
}

function loaded(w: Work, stageId: string, key: string, ok: boolean): void {
  const stage = [w.s.current, w.s.upcoming].find((s) => s?.id === stageId);
  if (!stage) return;
  for (const region of Object.keys(stage.regions) as RegionKind[]) {
    const r = stage.regions[region]!;
    if (r.phase === 'idle') continue;
    const pending = r.phase === 'starting' ? r.first : r.next;
    if (!pending || pending.cue.key !== key || pending.load !== 'loading') continue;
    if (ok) {
      const done = { ...pending, load: 'ready' as const };
      stage.regions[region] = r.phase === 'starting' ? { phase: 'starting', first: done } : { ...r, next: done };
      continue;
    }
    w.s.blocked[`${pending.cue.playlistId}/${pending.cue.slide.id}`] = w.at + BLOCK_MS;
    const other = pick(w, stage, region, w.at);
    if (r.phase === 'starting') stage.regions[region] = other ? { phase: 'starting', first: other } : { phase: 'idle' };
    else stage.regions[region] = { ...r, next: other };
  }
}

/** When the driver should step again: the earliest slide end, schedule boundary or end of a blocked slide. */
export function wakeAt(s: PlayerState, now: number): number | null {
  const times: number[] = [];
  const cur = s.current;
  if (cur) {
    for (const r of Object.values(cur.regions)) if (r?.phase === 'showing') times.push(r.now.until);
    const b = boundaryAfter(cur.content.input, now);
    if (b !== null) times.push(b);
    if (Object.values(cur.regions).some((r) => r?.phase === 'idle')) times.push(...Object.values(s.blocked).filter((t) => t > now));
  }
  const later = times.filter((t) => t > now);
  return later.length ? Math.min(...later) : null;
}
