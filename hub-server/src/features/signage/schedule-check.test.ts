import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Layout, ScheduleEntry } from '../../contract/index.ts';
import type { PublishedContent } from './items.ts';
import { checkSchedule } from './schedule-check.ts';

const layout = (id: string, regions: Array<{ kind: string; playlistId?: string }>) =>
  Layout.parse({ id, name: { zh: id, en: id }, orientation: 'landscape', regions: regions.map((r) => ({ x: 0, y: 0, w: 24, h: 24, ...r })) });
const entry = (over: Record<string, unknown>) => ScheduleEntry.parse({ name: { zh: String(over.id), en: String(over.id) }, regions: [], ...over });

function content(schedule: ScheduleEntry[], layouts = [layout('lobby', [{ kind: 'main' }]), layout('night', [{ kind: 'main', playlistId: 'p' }])]): PublishedContent {
  return {
    layouts, schedule, alertTemplates: [], calendar: { dayparts: [{ id: 'am', name: { zh: '上午', en: 'Morning' }, start: '08:00', end: '12:00' }], holidays: [] },
    playlists: [{ id: 'p', name: { zh: 'p', en: 'p' }, slides: [{ id: 's', type: 'ticker', durationS: 10, until: null, text: { zh: 't', en: 't' } }] }],
  };
}

const audience = [{ key: 'zone:lobby', audience: { screenId: null, zoneId: 'lobby', groupIds: [] }, layoutId: 'lobby' }];
const from = Date.parse('2026-11-25T00:00:00+08:00');
const day = 86_400_000;

test('a region with nothing to play outside a daypart is a gap, from its end to its next start', () => {
  const issues = checkSchedule(content([entry({ id: 'am', regions: [{ region: 'main', playlistId: 'p' }], window: { time: { kind: 'daypart', daypart: 'am' } } })]), audience, 'Asia/Shanghai', from, from + day);
  const gaps = issues.filter((i) => i.kind === 'gap');
  assert.equal(gaps.map((g) => [g.region, g.from, g.to]), [
    ['main', '2026-11-24T16:00:00.000Z', '2026-11-25T00:00:00.000Z'],
    ['main', '2026-11-25T04:00:00.000Z', '2026-11-25T16:00:00.000Z'],
  ]);
});

test('two entries of one priority asking for different layouts are a conflict for as long as they overlap', () => {
  const issues = checkSchedule(content([
    entry({ id: 'base', regions: [{ region: 'main', playlistId: 'p' }] }),
    entry({ id: 'a', layoutId: 'lobby', priority: 50, window: { time: { kind: 'hours', start: '09:00', end: '11:00' } } }),
    entry({ id: 'b', layoutId: 'night', priority: 50, window: { time: { kind: 'hours', start: '10:00', end: '12:00' } } }),
  ]), audience, 'Asia/Shanghai', from, from + day);
  const conflicts = issues.filter((i) => i.kind === 'layout-conflict');
  assert.is(conflicts.length, 1);
  assert.equal([conflicts[0]!.from, conflicts[0]!.to], ['2026-11-25T02:00:00.000Z', '2026-11-25T03:00:00.000Z']);
  assert.equal(conflicts[0]!.entries.sort(), ['a', 'b']);
});

test('an entry always outranked never plays; one naming a missing playlist is flagged', () => {
  const issues = checkSchedule(content([
    entry({ id: 'top', priority: 90, regions: [{ region: 'main', playlistId: 'p' }] }),
    entry({ id: 'under', priority: 10, regions: [{ region: 'main', playlistId: 'p' }] }),
    entry({ id: 'ghost', regions: [{ region: 'main', playlistId: 'nope' }], target: { zones: ['elsewhere'] } }),
  ]), audience, 'Asia/Shanghai', from, from + day);
  assert.ok(issues.some((i) => i.kind === 'never-plays' && i.entries[0] === 'under'));
  assert.ok(issues.some((i) => i.kind === 'missing' && i.entries[0] === 'ghost'));
  assert.not.ok(issues.some((i) => i.kind === 'never-plays' && i.entries[0] === 'top'));
  assert.not.ok(issues.some((i) => i.kind === 'never-plays' && i.entries[0] === 'ghost'), 'it targets nobody here: not "never plays"');
});

test.run();
