import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadCatalogue } from '../../infra/content.ts';
import { loadFloorPlan } from './plan.ts';
import { routeFrom } from './places.ts';
import { shortestWalk } from './route.ts';

const content = path.resolve(import.meta.dirname, '../../../../content');
const catalogue = loadCatalogue(content);
const plan = loadFloorPlan(content, catalogue);

test('the walk to a window on the same floor stays on the floor and is told in one step', () => {
  const r = routeFrom(plan, catalogue, { from: 'kiosk-1', to: 'counter:counter-9', stepFree: false });
  assert.is(r.to.label.zh, '1楼 9 号窗口');
  assert.equal(r.legs.map((l) => l.floor), ['f1']);
  assert.equal(r.legs[0]!.points[0], [8, 24.5], 'starts at the kiosk');
  assert.equal(r.legs[0]!.points.at(-1), [44.5, 8], 'ends in front of window 9');
  assert.is(r.steps.length, 1);
  assert.match(r.steps[0]!.zh, '9 号窗口');
});

test('upstairs the walk takes the stairs when shorter, and the lift when step-free is asked for', () => {
  const any = routeFrom(plan, catalogue, { from: 'kiosk-1', to: 'area:f2-guidance-rooms', stepFree: false });
  const free = routeFrom(plan, catalogue, { from: 'kiosk-1', to: 'area:f2-guidance-rooms', stepFree: true });
  assert.equal(any.legs.map((l) => l.floor), ['f1', 'f2']);
  assert.ok(any.steps.some((s) => s.zh === '走楼梯到2楼'), JSON.stringify(any.steps));
  assert.ok(free.steps.some((s) => s.zh === '乘电梯到2楼'), JSON.stringify(free.steps));
  assert.ok(!free.steps.some((s) => s.zh.includes('楼梯')));
  assert.ok(free.metres >= any.metres);
  assert.match(free.steps.at(-1)!.en, 'Career-guidance rooms');
});

test('a function\'s nearest place is chosen among its windows and areas', () => {
  const r = routeFrom(plan, catalogue, { from: 'kiosk-1', to: 'service:7.1.2', stepFree: false });
  assert.is(r.to.kind, 'counter');
  assert.ok(['counter-9', 'counter-10'].includes(r.to.id));
  const near = shortestWalk(plan, 'f1-kiosk-1', 'f1-w9', false)!.metres;
  const far = shortestWalk(plan, 'f1-kiosk-1', 'f1-w10', false)!.metres;
  assert.is(r.to.id, near <= far ? 'counter-9' : 'counter-10');
  assert.is(routeFrom(plan, catalogue, { from: 'kiosk-1', to: 'service:5.1.2', stepFree: true }).to.id, 'f3-startup');
});

test('the shortest walk is shortest: no detour beats it, and a cut-off waypoint has no walk', () => {
  const edges = new Map([
    ['a', [{ to: 'b', metres: 1, link: null }, { to: 'c', metres: 5, link: null }]],
    ['b', [{ to: 'a', metres: 1, link: null }, { to: 'c', metres: 1, link: null }]],
    ['c', [{ to: 'a', metres: 5, link: null }, { to: 'b', metres: 1, link: null }]],
    ['d', []],
  ]);
  const w = shortestWalk({ edges }, 'a', 'c', false)!;
  assert.equal(w.stops.map((s) => s.node), ['a', 'b', 'c']);
  assert.is(w.metres, 2);
  assert.is(shortestWalk({ edges }, 'a', 'd', false), null);
});

test('a place that is not on the plan is a 404 naming the field', () => {
  assert.throws(() => routeFrom(plan, catalogue, { from: 'kiosk-9', to: 'counter:counter-1', stepFree: false }), /query\.from/);
  assert.throws(() => routeFrom(plan, catalogue, { from: 'kiosk-1', to: 'service:2.1.5', stepFree: false }), /query\.to: function 2\.1\.5/);
});

test.run();
