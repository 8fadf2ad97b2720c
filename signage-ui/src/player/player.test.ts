import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Layout, Playlist, ScheduleEntry, type Manifest } from '@jobhall/hub-server/contract';
import { BLOCK_MS, contentOf, initialPlayer, step, wakeAt, type PlayerEvent, type PlayerState, type Played, type RegionPlay } from './player.ts';

const notice = (id: string, durationS = 10) => ({ id, type: 'notice', durationS, title: { zh: id, en: id }, body: { zh: `<p>${id}</p>`, en: `<p>${id}</p>` } });
const web = (id: string) => ({ id, type: 'web', durationS: 10, title: { zh: id, en: id }, url: 'https://example.org/' });

function manifest(over: { playlists?: unknown[]; schedule?: unknown[]; layouts?: unknown[]; revision?: number } = {}): Manifest {
  return {
    revision: over.revision ?? 1, builtAt: '2026-11-25T00:00:00.000Z',
    hall: { id: 'demo-hall', name: { zh: '大厅', en: 'Hall' }, timezone: 'Asia/Shanghai' },
    audience: { screenId: 'lobby-1', zoneId: 'lobby', groupIds: [] }, defaultLayoutId: 'lobby',
    layouts: (over.layouts ?? [
      { id: 'lobby', name: { zh: '大厅', en: 'Lobby' }, orientation: 'landscape', regions: [{ kind: 'main', x: 0, y: 0, w: 24, h: 24 }] },
      { id: 'night', name: { zh: '夜', en: 'Night' }, orientation: 'landscape', regions: [{ kind: 'main', x: 0, y: 0, w: 24, h: 24 }, { kind: 'clock', x: 0, y: 0, w: 4, h: 2 }] },
    ]).map((l) => Layout.parse(l)),
    playlists: (over.playlists ?? [{ id: 'day', name: { zh: '日', en: 'Day' }, slides: [notice('a'), notice('b')] }]).map((p) => Playlist.parse(p)),
    schedule: (over.schedule ?? [{ id: 'all', name: { zh: '全', en: 'All' }, regions: [{ region: 'main', playlistId: 'day' }] }]).map((e) => ScheduleEntry.parse(e)),
    calendar: { dayparts: [], holidays: [] }, media: [], alertTemplates: [], jobFeeds: [],
  };
}

/** Wednesday 25 November 2026 on the hall's clock (UTC+8). */
const at = (local: string) => Date.parse(`2026-11-25T${local}+08:00`);

/** Runs events, keeping every play. */
function run(events: PlayerEvent[], from: PlayerState = initialPlayer): { state: PlayerState; played: Played[] } {
  let state = from;
  const played: Played[] = [];
  for (const e of events) {
    const r = step(state, e);
    state = r.state;
    played.push(...r.played);
  }
  return { state, played };
}

const main = (s: PlayerState): RegionPlay | undefined => s.current?.regions.main;
const showingId = (s: PlayerState) => {
  const r = main(s);
  return r?.phase === 'showing' ? r.now.cue.slide.id : r?.phase ?? 'none';
};

/** Like a screen whose every slide loads at once: each cue waiting to load is reported ready. */
function loadAll(state: PlayerState, t: number): { state: PlayerState; played: Played[] } {
  let s = state;
  const played: Played[] = [];
  for (let i = 0; i < 8; i++) {
    const pending = [s.current, s.upcoming].flatMap((st) =>
      Object.values(st?.regions ?? {}).flatMap((r) => (r?.phase === 'starting' && r.first.load === 'loading' ? [[st!.id, r.first.cue.key]] : r?.phase === 'showing' && r.next?.load === 'loading' ? [[st!.id, r.next.cue.key]] : [])));
    if (!pending.length) break;
    for (const [stage, key] of pending) {
      const r = step(s, { type: 'loaded', stage: stage!, key: key!, ok: true, at: t });
      s = r.state;
      played.push(...r.played);
    }
  }
  return { state: s, played };
}

test('a region comes up when its first slide is ready, and preloads the next one at once', () => {
  let { state } = run([{ type: 'content', content: contentOf(manifest()), at: at('10:00:00') }]);
  assert.is(main(state)?.phase, 'starting', 'the idle card until the first slide is ready');
  state = loadAll(state, at('10:00:00')).state;
  const r = main(state);
  assert.ok(r?.phase === 'showing');
  assert.is(r.now.cue.slide.id, 'a');
  assert.is(r.now.until, at('10:00:10'));
  assert.is(r.next?.cue.slide.id, 'b');
});

test('never a blank frame: when the next slide is not ready at the end, the current one stays until it is', () => {
  let state = run([{ type: 'content', content: contentOf(manifest()), at: at('10:00:00') }]).state;
  state = step(state, { type: 'loaded', stage: state.current!.id, key: (main(state) as { first: { cue: { key: string } } }).first.cue.key, ok: true, at: at('10:00:00') }).state;
  const r1 = step(state, { type: 'tick', at: at('10:00:12') });
  assert.is(showingId(r1.state), 'a', 'b is still loading: a stays');
  assert.equal(r1.played, []);
  const next = (main(r1.state) as { next: { cue: { key: string } } }).next.cue.key;
  const r2 = step(r1.state, { type: 'loaded', stage: r1.state.current!.id, key: next, ok: true, at: at('10:00:13') });
  assert.is(showingId(r2.state), 'b', 'b is shown the moment it is ready');
  assert.equal(r2.played.map((p) => [p.cue.slide.id, p.start, p.end]), [['a', at('10:00:00'), at('10:00:13')]]);
});

test('playlists sharing a region get their shares of its time', () => {
  const m = manifest({
    playlists: [{ id: 'x', name: { zh: 'x', en: 'x' }, slides: [notice('x1', 10)] }, { id: 'y', name: { zh: 'y', en: 'y' }, slides: [notice('y1', 30)] }],
    schedule: [
      { id: 'ex', name: { zh: 'x', en: 'x' }, share: 3, regions: [{ region: 'main', playlistId: 'x' }] },
      { id: 'ey', name: { zh: 'y', en: 'y' }, share: 1, regions: [{ region: 'main', playlistId: 'y' }] },
    ],
  });
  const time: Record<string, number> = { x: 0, y: 0 };
  let state = loadAll(run([{ type: 'content', content: contentOf(m), at: at('11:00:00') }]).state, at('11:00:00')).state;
  let t = at('11:00:00');
  for (let i = 0; i < 400; i++) {
    t = wakeAt(state, t)!;
    const r = step(state, { type: 'tick', at: t });
    for (const p of r.played) time[p.cue.playlistId] = (time[p.cue.playlistId] ?? 0) + (p.end - p.start);
    state = loadAll(r.state, t).state;
  }
  const ratio = time.x! / time.y!;
  assert.ok(ratio > 2.7 && ratio < 3.3, `x:y time is ${ratio.toFixed(2)}, share 3:1`);
});

test('a schedule boundary cuts the slide on screen; the next one, preloaded, starts on it', () => {
  const m = manifest({
    playlists: [{ id: 'day', name: { zh: 'd', en: 'd' }, slides: [notice('a', 20)] }, { id: 'promo', name: { zh: 'p', en: 'p' }, slides: [notice('p', 20)] }],
    schedule: [
      { id: 'all', name: { zh: '全', en: 'All' }, regions: [{ region: 'main', playlistId: 'day' }] },
      { id: 'promo', name: { zh: 'p', en: 'p' }, priority: 50, regions: [{ region: 'main', playlistId: 'promo' }], window: { time: { kind: 'hours', start: '10:00:30', end: '11:00' } } },
    ],
  });
  let state = loadAll(run([{ type: 'content', content: contentOf(m), at: at('10:00:20') }]).state, at('10:00:20')).state;
  const r = main(state);
  assert.ok(r?.phase === 'showing');
  assert.is(r.now.until, at('10:00:30'), 'cut at the boundary');
  assert.is(r.next?.cue.slide.id, 'p', 'picked from the programme at the boundary');
  assert.is(wakeAt(state, at('10:00:20')), at('10:00:30'));
  state = step(state, { type: 'tick', at: at('10:00:30') }).state;
  assert.is(showingId(state), 'p');
});

test('a boundary into another layout prepares it behind the screen and swaps when it is ready', () => {
  const m = manifest({
    playlists: [{ id: 'day', name: { zh: 'd', en: 'd' }, slides: [notice('a')] }, { id: 'dark', name: { zh: 'n', en: 'n' }, slides: [notice('n')] }],
    schedule: [
      { id: 'all', name: { zh: '全', en: 'All' }, regions: [{ region: 'main', playlistId: 'day' }] },
      { id: 'night', name: { zh: '夜', en: 'N' }, priority: 50, layoutId: 'night', regions: [{ region: 'main', playlistId: 'dark' }], window: { time: { kind: 'hours', start: '18:00', end: '08:00' } } },
    ],
  });
  let state = loadAll(run([{ type: 'content', content: contentOf(m), at: at('17:59:55') }]).state, at('17:59:55')).state;
  let r = step(state, { type: 'tick', at: at('18:00:00') });
  state = r.state;
  assert.is(state.current!.layoutId, 'lobby', 'the old layout stays on screen');
  assert.is(state.upcoming?.layoutId, 'night');
  assert.is(showingId(state), 'a');
  r = step(state, { type: 'loaded', stage: state.upcoming!.id, key: (state.upcoming!.regions.main as { first: { cue: { key: string } } }).first.cue.key, ok: true, at: at('18:00:00') });
  assert.is(r.state.current!.layoutId, 'night');
  assert.is(showingId(r.state), 'n');
  assert.equal(r.played.map((p) => [p.cue.slide.id, p.end]), [['a', at('18:00:00')]]);
});

test('a new revision plays only once all of it is ready; until then the old one goes on', () => {
  let state = loadAll(run([{ type: 'content', content: contentOf(manifest()), at: at('10:00:00') }]).state, at('10:00:00')).state;
  const next = manifest({ revision: 2, playlists: [{ id: 'day', name: { zh: 'd', en: 'd' }, slides: [notice('new')] }] });
  state = step(state, { type: 'content', content: contentOf(next), at: at('10:00:05') }).state;
  assert.is(state.current!.content.revision, 1);
  state = step(state, { type: 'tick', at: at('10:00:11') }).state;
  assert.is(state.current!.content.revision, 1, 'still the old revision, moving along');
  state = loadAll(state, at('10:00:12')).state;
  assert.is(state.current!.content.revision, 2);
  assert.is(showingId(state), 'new');
});

test('a slide that fails to load is skipped, the region never blank; with nothing left the idle card, then another try', () => {
  const m = manifest({ playlists: [{ id: 'day', name: { zh: 'd', en: 'd' }, slides: [web('w')] }] });
  let state = run([{ type: 'content', content: contentOf(m), at: at('10:00:00') }]).state;
  const key = (main(state) as { first: { cue: { key: string } } }).first.cue.key;
  state = step(state, { type: 'loaded', stage: state.current!.id, key, ok: false, at: at('10:00:00') }).state;
  assert.is(main(state)?.phase, 'idle');
  assert.is(wakeAt(state, at('10:00:00')), at('10:00:00') + BLOCK_MS);
  state = step(state, { type: 'tick', at: at('10:00:00') + BLOCK_MS }).state;
  assert.is(main(state)?.phase, 'starting', 'tried again after a minute');
});

test('an alert covering the screen stops the count; afterwards the slide shows again in full', () => {
  let state = loadAll(run([{ type: 'content', content: contentOf(manifest()), at: at('10:00:00') }]).state, at('10:00:00')).state;
  const covered = step(state, { type: 'cover', at: at('10:00:04') });
  assert.equal(covered.played.map((p) => [p.cue.slide.id, p.start, p.end]), [['a', at('10:00:00'), at('10:00:04')]]);
  state = step(covered.state, { type: 'tick', at: at('10:05:00') }).state;
  assert.is(showingId(state), 'a', 'nothing advances under the alert');
  state = step(state, { type: 'uncover', at: at('10:06:00') }).state;
  const r = main(state);
  assert.ok(r?.phase === 'showing' && r.now.since === at('10:06:00') && r.now.until === at('10:06:10'));
});

test('three days with no hub: the player keeps to the schedule on its own clock, dayparts included, and every second is accounted for', () => {
  const m = manifest({
    playlists: [{ id: 'day', name: { zh: 'd', en: 'd' }, slides: [notice('a', 30)] }, { id: 'dark', name: { zh: 'n', en: 'n' }, slides: [notice('n', 30)] }],
    schedule: [
      { id: 'all', name: { zh: '全', en: 'All' }, regions: [{ region: 'main', playlistId: 'day' }] },
      { id: 'night', name: { zh: '夜', en: 'N' }, priority: 50, regions: [{ region: 'main', playlistId: 'dark' }], window: { time: { kind: 'hours', start: '22:00', end: '06:00' } } },
    ],
  });
  // Off the half minute, so the 30 s slides meet the 22:00 and 06:00 boundaries mid-slide.
  const start = at('12:00:10');
  let t = start;
  let state = loadAll(run([{ type: 'content', content: contentOf(m), at: t }]).state, t).state;
  const played: Played[] = [];
  while (t < start + 3 * 86_400_000) {
    t = wakeAt(state, t)!;
    const r = step(state, { type: 'tick', at: t });
    played.push(...r.played);
    state = loadAll(r.state, t).state;
  }
  const wrong = played.filter((p) => {
    const hour = new Date(p.start + 8 * 3600_000).getUTCHours();
    const night = hour >= 22 || hour < 6;
    return (p.cue.playlistId === 'dark') !== night;
  });
  assert.equal(wrong.length, 0, 'night slides only at night, day slides only by day');
  for (let i = 1; i < played.length; i++) assert.is(played[i]!.start, played[i - 1]!.end, 'no gap between plays');
  assert.ok(played.some((p) => p.end - p.start < 30_000), 'a slide was cut at a daypart boundary');
  assert.ok(JSON.stringify(state).length < 5000, 'the state does not grow with the plays');
});

test.run();
