import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ScreenHealth } from '@jobhall/hub-server/contract';
import { announcements } from './announce.ts';

const h = (id: string, state: ScreenHealth['state']): ScreenHealth => ({ id, kind: 'lcd', zoneId: 'lobby', state, since: null, lastSeen: null, heartbeat: null, desired: null });

test('going offline and coming back are announced; the first list and unchanged screens are not', () => {
  assert.equal(announcements(null, [h('a', 'offline')]), []);
  const before = new Map([['a', 'online' as const], ['b', 'offline' as const], ['c', 'unknown' as const]]);
  const news = announcements(before, [h('a', 'offline'), h('b', 'online'), h('c', 'online')]);
  assert.equal(news.map((n) => [n.screenId, n.state]), [['a', 'offline'], ['b', 'online']]);
});

test.run();
