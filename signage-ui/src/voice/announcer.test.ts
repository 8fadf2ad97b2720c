import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Announcer, MAX_WAITING, initialState, step, type Announcement, type AnnouncerState, type ClipPlayer, type Clock } from './announcer.ts';

const call = (seq: number, ticketId = `t${seq}`, keys = [`a${seq}`, `b${seq}`], recall = false): Announcement => ({ seq, ticketId, recall, keys });

/** A clock that only moves when the test says so. */
class FakeClock implements Clock {
  now = 0;
  private timers: Array<{ at: number; fn: () => void; id: number }> = [];
  private id = 0;
  setTimeout(fn: () => void, ms: number) {
    this.timers.push({ at: this.now + ms, fn, id: ++this.id });
    return this.id;
  }
  clearTimeout(handle: unknown) {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  advance(ms: number) {
    const until = this.now + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.now = next.at;
      next.fn();
    }
    this.now = until;
  }
}

/** Records what it is asked to play; the test ends clips (or lets them hang, as a headless browser does). */
class FakePlayer implements ClipPlayer {
  played: Array<{ key: string; at: number }> = [];
  private ended: (() => void) | null = null;
  constructor(private readonly clock: FakeClock, private readonly missing = new Set<string>()) {}
  play(key: string, ended: () => void) {
    this.played.push({ key, at: this.clock.now });
    this.ended = ended;
  }
  durationMs(key: string) {
    return this.missing.has(key) ? undefined : 1000;
  }
  end() {
    const e = this.ended;
    this.ended = null;
    e?.();
  }
  keys() {
    return this.played.map((p) => p.key);
  }
}

function setup(missing?: Set<string>) {
  const clock = new FakeClock();
  const player = new FakePlayer(clock, missing);
  const idle: number[] = [];
  const announcer = new Announcer(player, clock, { idle: () => idle.push(clock.now) });
  return { clock, player, announcer, idle };
}

test('pure machine: loading → queued → ready → speaking clip by clip → idle', () => {
  let s: AnnouncerState = initialState;
  s = step(s, { type: 'call', announcement: call(1) });
  assert.is(s.kind, 'loading');
  s = step(s, { type: 'ready' });
  assert.equal(s.kind === 'speaking' && [s.current.seq, s.clip], [1, 0]);
  s = step(s, { type: 'clip-done' });
  assert.equal(s.kind === 'speaking' && s.clip, 1);
  s = step(s, { type: 'clip-done' });
  assert.equal(s, { kind: 'idle', lastSeq: 1 });
  assert.is(step(s, { type: 'clip-done' }), s, 'a stray clip-done while idle changes nothing');
});

test('calls are spoken strictly one after the other, in arrival order', () => {
  const { player, announcer, idle } = setup();
  announcer.ready();
  announcer.announce(call(1));
  announcer.announce(call(2));
  announcer.announce(call(3));
  assert.equal(player.keys(), ['a1']);
  for (let i = 0; i < 5; i++) player.end();
  assert.equal(player.keys(), ['a1', 'b1', 'a2', 'b2', 'a3', 'b3']);
  assert.is(idle.length, 0);
  player.end();
  assert.is(idle.length, 1);
  assert.is(announcer.state.kind, 'idle');
});

test('a redelivered call (same seq) is not announced twice; a recall (new seq) is', () => {
  const { player, announcer } = setup();
  announcer.ready();
  announcer.announce(call(5, 'x'));
  announcer.announce(call(5, 'x'));
  announcer.announce(call(4, 'y'));
  player.end();
  player.end();
  assert.equal(player.keys(), ['a5', 'b5']);
  announcer.announce(call(6, 'x', ['a6', 'b6'], true));
  player.end();
  assert.equal(player.keys(), ['a5', 'b5', 'a6', 'b6']);
});

test('a recall of a call still waiting replaces it in its place', () => {
  const { player, announcer } = setup();
  announcer.ready();
  announcer.announce(call(1, 'p'));
  announcer.announce(call(2, 'q'));
  announcer.announce(call(3, 'r'));
  announcer.announce(call(4, 'q', ['recall-q'], true));
  for (let i = 0; i < 6; i++) player.end();
  assert.equal(player.keys(), ['a1', 'b1', 'recall-q', 'a3', 'b3']);
});

test('a clip that never ends does not stall the queue: the next starts after its length plus a margin', () => {
  const { clock, player, announcer } = setup();
  announcer.ready();
  announcer.announce(call(1));
  announcer.announce(call(2));
  const margin = Announcer.marginMs(1000);
  clock.advance(1000 + margin - 1);
  assert.equal(player.keys(), ['a1']);
  clock.advance(1);
  assert.equal(player.played.map((p) => [p.key, p.at]), [['a1', 0], ['b1', 1000 + margin]]);
  clock.advance(3 * (1000 + margin));
  assert.equal(player.keys(), ['a1', 'b1', 'a2', 'b2']);
  assert.is(announcer.state.kind, 'idle');
});

test('an ended that comes after the timeout moved on is ignored', () => {
  const { clock, player, announcer } = setup();
  announcer.ready();
  announcer.announce(call(1, 't', ['a', 'b', 'c']));
  const lateEnd = (player as unknown as { ended: () => void }).ended;
  clock.advance(2000);
  assert.equal(player.keys(), ['a', 'b']);
  lateEnd();
  assert.equal(player.keys(), ['a', 'b'], 'the late ended of "a" must not skip "b"');
});

test('calls before the pack is loaded are spoken once it is', () => {
  const { player, announcer } = setup();
  announcer.announce(call(1));
  announcer.announce(call(2));
  assert.equal(player.keys(), []);
  announcer.ready();
  assert.equal(player.keys(), ['a1']);
});

test('a clip missing from the pack is skipped, the rest is still spoken', () => {
  const { clock, player, announcer } = setup(new Set(['b1']));
  announcer.ready();
  announcer.announce(call(1, 't', ['a1', 'b1', 'c1']));
  player.end();
  clock.advance(0);
  assert.equal(player.keys(), ['a1', 'c1']);
});

test(`a long burst keeps the newest ${MAX_WAITING} waiting calls`, () => {
  const { player, announcer } = setup();
  announcer.ready();
  for (let seq = 1; seq <= MAX_WAITING + 5; seq++) announcer.announce(call(seq, `t${seq}`, [`k${seq}`]));
  for (let i = 0; i < 40; i++) player.end();
  const spoken = player.keys();
  assert.is(spoken[0], 'k1');
  assert.is(spoken.length, 1 + MAX_WAITING);
  assert.is(spoken.at(-1), `k${MAX_WAITING + 5}`);
});

// T4: "0 overlaps in 1,000 random bursts" — with random clip lengths, hung clips and arrival times, no clip
// starts before the previous one finished, and every call is spoken whole, in order.
test('1,000 random bursts: no overlap, every call complete and in order', () => {
  let rnd = 42;
  const random = () => ((rnd = (rnd * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let burst = 0; burst < 1000; burst++) {
    const clock = new FakeClock();
    const lengths = new Map<string, number>();
    const sounding: Array<{ key: string; start: number; end: number }> = [];
    let pending: { key: string; ended: () => void; at: number } | null = null;
    const player: ClipPlayer = {
      durationMs: (key) => lengths.get(key),
      play(key, ended) {
        // Starting a clip stops the one before (as the real player does): it sounded until now.
        if (sounding.length) sounding.at(-1)!.end = Math.min(sounding.at(-1)!.end, clock.now);
        const len = lengths.get(key)!;
        sounding.push({ key, start: clock.now, end: clock.now + len });
        const hangs = random() < 0.2;
        pending = hangs ? null : { key, ended, at: clock.now + len + Math.floor(random() * 40) };
      },
    };
    const announcer = new Announcer(player, clock);
    announcer.ready();
    const calls = 2 + Math.floor(random() * 5);
    const expected: string[] = [];
    const arrivals = Array.from({ length: calls }, () => Math.floor(random() * 3000)).sort((a, b) => a - b);
    arrivals.forEach((at, i) => {
      const keys = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, k) => `c${i}-${k}`);
      keys.forEach((k) => lengths.set(k, 100 + Math.floor(random() * 900)));
      expected.push(...keys);
      clock.setTimeout(() => announcer.announce({ seq: i + 1, ticketId: `t${i}`, recall: false, keys }), at);
    });
    for (let t = 0; t < 200_000 && (announcer.state.kind !== 'idle' || t < 3000); t += 10) {
      clock.advance(10);
      const p = pending as { key: string; ended: () => void; at: number } | null;
      if (p && clock.now >= p.at) {
        pending = null;
        p.ended();
      }
    }
    assert.equal(sounding.map((s) => s.key), expected, `burst ${burst}: order`);
    for (let i = 1; i < sounding.length; i++) {
      assert.ok(sounding[i]!.start >= sounding[i - 1]!.start + lengths.get(sounding[i - 1]!.key)!, `burst ${burst}: ${sounding[i]!.key} cut into ${sounding[i - 1]!.key}`);
    }
  }
});

test.run();
