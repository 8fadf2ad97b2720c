import { TICKER_SLIDES, type Playlist, type RegionKind, type RegionSource, type Slide } from '@jobhall/hub-server/contract';

/** One slide to play in one region; `key` names this showing (the DOM slot and the proof-of-play id). */
export interface Cue {
  key: string;
  region: RegionKind;
  playlistId: string;
  slide: Slide;
  durationMs: number;
}

/**
 * Where a region is in its playlists: the next slide of each, and the time each has had, so playlists
 * sharing a region get their shares of its time (not of its slide count). Reset when the sources change.
 */
export interface Cursor {
  sources: string;
  next: Record<string, number>;
  playedMs: Record<string, number>;
  count: number;
}

export const emptyCursor = (): Cursor => ({ sources: '', next: {}, playedMs: {}, count: 0 });

const sourcesKey = (sources: readonly RegionSource[]) => sources.map((s) => `${s.playlistId}*${s.share}`).join(',');

/** Can this slide play in this region today (hall day), and is it not cooling down after failing? */
export function playable(slide: Slide, region: RegionKind, day: string, blocked: ReadonlySet<string>, playlistId: string): boolean {
  if (slide.until && slide.until < day) return false;
  if (blocked.has(`${playlistId}/${slide.id}`)) return false;
  // A ticker scrolls text; any other region plays any slide (a ticker line there is shown large).
  return region === 'ticker' ? TICKER_SLIDES.includes(slide.type) : true;
}

/**
 * The next cue for a region: among its sources, the playlist furthest behind its share of time (smooth
 * weighted round robin by time), then that playlist's next playable slide. Null when nothing can play.
 */
export function pickNext(
  cursor: Cursor, region: RegionKind, sources: readonly RegionSource[], playlists: ReadonlyMap<string, Playlist>, day: string, blocked: ReadonlySet<string>, keyPrefix: string,
): { cue: Cue; cursor: Cursor } | null {
  const key = sourcesKey(sources);
  let c: Cursor = cursor.sources === key ? cursor : { ...emptyCursor(), sources: key, count: cursor.count };
  const order = sources
    .map((s, i) => ({ s, i, behind: (c.playedMs[s.playlistId] ?? 0) / s.share }))
    .sort((a, b) => a.behind - b.behind || a.i - b.i);
  for (const { s } of order) {
    const list = playlists.get(s.playlistId);
    if (!list) continue;
    const start = c.next[s.playlistId] ?? 0;
    for (let k = 0; k < list.slides.length; k++) {
      const index = (start + k) % list.slides.length;
      const slide = list.slides[index]!;
      if (!playable(slide, region, day, blocked, list.id)) continue;
      const durationMs = slide.durationS * 1000;
      c = {
        sources: key, count: c.count + 1,
        next: { ...c.next, [list.id]: index + 1 },
        playedMs: { ...c.playedMs, [list.id]: (c.playedMs[list.id] ?? 0) + durationMs },
      };
      return { cue: { key: `${keyPrefix}-${region}-${c.count}`, region, playlistId: list.id, slide, durationMs }, cursor: c };
    }
  }
  return null;
}
