import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { DeviceHealth } from '@jobhall/hub-server/contract';
import { announcements } from './announce.ts';

const d = (id: string, state: DeviceHealth['state']): DeviceHealth => ({ id, kind: 'printer', state, faults: [], warnings: [], lastSeen: null });

test('a device going offline and coming back is announced; the first list and unchanged devices are not', () => {
  assert.equal(announcements([], [d('printer-1', 'offline')]), []);
  assert.equal(announcements([d('printer-1', 'online'), d('sms-1', 'online')], [d('printer-1', 'offline'), d('sms-1', 'online')]), ['printer-1 离线 · printer-1 went offline']);
  assert.equal(announcements([d('printer-1', 'offline')], [d('printer-1', 'online')]), ['printer-1 已恢复在线 · printer-1 is back online']);
  assert.equal(announcements([d('printer-1', 'unknown')], [d('printer-1', 'online')]), [], 'first seen online is no news');
});

test.run();
