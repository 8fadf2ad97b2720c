import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Layout, ScheduleEntry, type SignageCalendar } from './signage-content.ts';
import { activeEntries, hallTime, instantOf, nextChange, programmeAt, type ScheduleInput } from './signage-schedule.ts';

const calendar: SignageCalendar = {
  dayparts: [
    { id: 'morning', name: { zh: '上午', en: 'Morning' }, start: '08:30', end: '12:00' },
    { id: 'night', name: { zh: '夜间', en: 'Night' }, start: '22:00', end: '06:00' },
  ],
  holidays: [{ day: '2026-10-01', name: { zh: '国庆节', en: 'National Day' } }],
};

const layout = Layout.parse({
  id: 'lobby', name: { zh: '大厅', en: 'Lobby' }, orientation: 'landscape',
  regions: [{ kind: 'main', x: 0, y: 0, w: 16, h: 24 }, { kind: 'side', x: 16, y: 0, w: 8, h: 24, playlistId: 'side-default' }],
});
const full = Layout.parse({ id: 'full', name: { zh: '全屏', en: 'Full' }, orientation: 'landscape', regions: [{ kind: 'main', x: 0, y: 0, w: 24, h: 24 }] });

const entry = (over: Record<string, unknown>) => ScheduleEntry.parse({ name: { zh: '条目', en: 'Entry' }, regions: [{ region: 'main', playlistId: 'p' }], ...over });

function input(schedule: ScheduleEntry[], over: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    timezone: 'Asia/Shanghai', schedule, calendar, layouts: [layout, full], defaultLayoutId: 'lobby',
    audience: { screenId: 'entrance-1', zoneId: 'lobby', groupIds: [] }, ...over,
  };
}

/** An instant given on the hall's clock (Asia/Shanghai is UTC+8 all year). */
const at = (local: string) => Date.parse(`${local}+08:00`);
const playing = (i: ScheduleInput, local: string) => programmeAt(i, at(local)).regions.main?.map((s) => s.playlistId) ?? [];

test('the hall clock is read in the hall zone, whatever zone the screen runs in', () => {
  // 2026-11-26T17:30Z is already Friday 01:30 in Shanghai.
  assert.equal(hallTime(Date.parse('2026-11-26T17:30:00Z'), 'Asia/Shanghai'), { day: '2026-11-27', weekday: 5, sec: 5400 });
  assert.equal(hallTime(Date.parse('2026-11-26T17:30:00Z'), 'America/New_York'), { day: '2026-11-26', weekday: 4, sec: 12 * 3600 + 30 * 60 });
  assert.is(instantOf('2026-11-27', 5400, 'Asia/Shanghai'), Date.parse('2026-11-26T17:30:00Z'));
});

test('a daypart plays within its hours only', () => {
  const i = input([entry({ id: 'am', window: { time: { kind: 'daypart', daypart: 'morning' } } })]);
  assert.equal(playing(i, '2026-11-25T08:29:59'), []);
  assert.equal(playing(i, '2026-11-25T08:30:00'), ['p']);
  assert.equal(playing(i, '2026-11-25T11:59:59'), ['p']);
  assert.equal(playing(i, '2026-11-25T12:00:00'), []);
});

test('an overnight window belongs to the day it starts: Friday night covers Saturday 03:00, not Monday 03:00', () => {
  const fridayNight = entry({ id: 'fri', window: { weekdays: [5], time: { kind: 'hours', start: '22:00', end: '06:00' } } });
  const i = input([fridayNight]);
  assert.equal(playing(i, '2026-11-27T21:59:59'), [], 'Friday before 22:00');
  assert.equal(playing(i, '2026-11-27T22:00:00'), ['p'], 'Friday 22:00');
  assert.equal(playing(i, '2026-11-28T03:00:00'), ['p'], 'Saturday 03:00 is Friday night');
  assert.equal(playing(i, '2026-11-28T06:00:00'), [], 'ends at 06:00');
  assert.equal(playing(i, '2026-11-27T03:00:00'), [], 'Friday 03:00 is Thursday night');
  assert.equal(playing(i, '2026-11-28T22:30:00'), [], 'Saturday night is not Friday');
});

test('a date range ends with its last day, an overnight window still finishes the night it started', () => {
  const i = input([entry({ id: 'fair', window: { from: '2026-11-20', to: '2026-11-21', time: { kind: 'daypart', daypart: 'night' } } })]);
  assert.equal(playing(i, '2026-11-20T05:00:00'), [], 'the night before the range');
  assert.equal(playing(i, '2026-11-22T05:00:00'), ['p'], 'the last night runs into the next morning');
  assert.equal(playing(i, '2026-11-22T22:00:00'), [], 'no night starts after the range');
});

test('holiday exceptions: skipped on holidays, or only on them; single days left out', () => {
  const normal = entry({ id: 'normal', window: { holidays: 'skip', except: ['2026-10-02'] } });
  const closed = entry({ id: 'closed', regions: [{ region: 'main', playlistId: 'closed' }], window: { holidays: 'only' } });
  const i = input([normal, closed]);
  assert.equal(playing(i, '2026-09-30T10:00:00'), ['p']);
  assert.equal(playing(i, '2026-10-01T10:00:00'), ['closed']);
  assert.equal(playing(i, '2026-10-02T10:00:00'), [], 'an exception day');
});

test('priorities: the highest active entry takes the region; equal ones share it by their share', () => {
  const base = entry({ id: 'base', priority: 10 });
  const promo = entry({ id: 'promo', priority: 10, share: 3, regions: [{ region: 'main', playlistId: 'promo' }] });
  const urgent = entry({ id: 'urgent', priority: 50, regions: [{ region: 'main', playlistId: 'urgent' }], window: { time: { kind: 'hours', start: '09:00', end: '10:00' } } });
  const i = input([base, promo, urgent]);
  assert.equal(programmeAt(i, at('2026-11-25T08:00:00')).regions.main, [
    { playlistId: 'p', share: 1, entryId: 'base' }, { playlistId: 'promo', share: 3, entryId: 'promo' },
  ]);
  assert.equal(playing(i, '2026-11-25T09:30:00'), ['urgent']);
  assert.equal(programmeAt(i, at('2026-11-25T09:30:00')).regions.side, [{ playlistId: 'side-default', share: 1, entryId: null }], 'a region nobody claims plays its default');
});

test('an entry with a layout switches it; targets pick zones, groups or screens', () => {
  const evening = entry({ id: 'evening', layoutId: 'full', window: { time: { kind: 'hours', start: '18:00', end: '08:00' } } });
  const floor2 = entry({ id: 'floor2', regions: [{ region: 'main', playlistId: 'f2' }], target: { zones: ['floor-2'] }, priority: 90 });
  const i = input([evening, floor2]);
  assert.is(programmeAt(i, at('2026-11-25T19:00:00')).layoutId, 'full');
  assert.is(programmeAt(i, at('2026-11-25T12:00:00')).layoutId, 'lobby');
  assert.equal(activeEntries(i, at('2026-11-25T19:00:00')).map((e) => e.id), ['evening']);
  const upstairs = input([evening, floor2], { audience: { screenId: 'f2-1', zoneId: 'floor-2', groupIds: [] } });
  assert.equal(playing(upstairs, '2026-11-25T19:00:00'), ['f2']);
});

test('next change: the exact boundary, across midnight, and none when nothing changes', () => {
  const i = input([
    entry({ id: 'am', window: { time: { kind: 'daypart', daypart: 'morning' } } }),
    entry({ id: 'tick', regions: [{ region: 'main', playlistId: 'q' }], window: { time: { kind: 'hours', start: '23:59:30', end: '00:00:10' } } }),
  ]);
  assert.is(nextChange(i, at('2026-11-25T07:00:00')), at('2026-11-25T08:30:00'));
  assert.is(nextChange(i, at('2026-11-25T08:30:00')), at('2026-11-25T12:00:00'));
  assert.is(nextChange(i, at('2026-11-25T23:00:00')), at('2026-11-25T23:59:30'));
  assert.is(nextChange(i, at('2026-11-25T23:59:31')), at('2026-11-26T00:00:10'), 'seconds, across midnight');
  assert.is(nextChange(input([entry({ id: 'always' })]), at('2026-11-25T10:00:00')), null);
});

test('a zone with daylight saving keeps its wall-clock hours on both sides of the change', () => {
  const i = input([entry({ id: 'am', window: { time: { kind: 'hours', start: '09:00', end: '10:00' } } })], { timezone: 'Europe/Berlin' });
  // Berlin leaves summer time on 2026-10-25: 09:00 is 07:00Z the day before and 08:00Z that day.
  assert.is(nextChange(i, Date.parse('2026-10-24T06:00:00Z')), Date.parse('2026-10-24T07:00:00Z'));
  assert.is(nextChange(i, Date.parse('2026-10-25T06:00:00Z')), Date.parse('2026-10-25T08:00:00Z'));
  assert.equal(programmeAt(i, Date.parse('2026-10-25T08:30:00Z')).regions.main?.map((s) => s.playlistId), ['p']);
});

test.run();
