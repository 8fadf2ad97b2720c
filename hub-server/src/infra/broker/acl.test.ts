import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { filterCovers, mayPublish, maySubscribe, mosquittoAclFile } from './acl.ts';

test('filterCovers follows MQTT wildcard rules', () => {
  assert.ok(filterCovers('a/#', 'a/b/c'));
  assert.ok(filterCovers('a/#', 'a/+/c'));
  assert.ok(filterCovers('a/+/c', 'a/x/c'));
  assert.ok(filterCovers('a/+/c', 'a/+/c'));
  assert.not.ok(filterCovers('a/+/c', 'a/#'));
  assert.not.ok(filterCovers('a/x/c', 'a/+/c'));
  assert.not.ok(filterCovers('a/b', 'a/b/c'));
  assert.not.ok(filterCovers('a/b/c', 'a/b'));
});

const root = 'jobhall/v1/h';

test('a device publishes only its own status, events and state', () => {
  const p1 = { role: 'device' as const, id: 'printer-1' };
  assert.ok(mayPublish('h', p1, `${root}/devices/printer-1/status`));
  assert.ok(mayPublish('h', p1, `${root}/devices/printer-1/evt/print-result`));
  assert.ok(mayPublish('h', p1, `${root}/devices/printer-1/state/printer`));
  assert.not.ok(mayPublish('h', p1, `${root}/devices/printer-2/status`), 'another device');
  assert.not.ok(mayPublish('h', p1, `${root}/devices/printer-1/cmd/print`), 'its own commands');
  assert.not.ok(mayPublish('h', p1, `${root}/public/queue/calls`), 'public topics are the hub\'s');
  assert.not.ok(mayPublish('h', p1, `${root}/devices/+/status`), 'wildcards in a publish');
});

test('a device subscribes to its commands and the public topics only', () => {
  const p1 = { role: 'device' as const, id: 'printer-1' };
  assert.ok(maySubscribe('h', p1, `${root}/devices/printer-1/cmd/#`));
  assert.ok(maySubscribe('h', p1, `${root}/devices/printer-1/cmd/print`));
  assert.ok(maySubscribe('h', p1, `${root}/public/#`));
  assert.not.ok(maySubscribe('h', p1, `${root}/devices/+/cmd/print`));
  assert.not.ok(maySubscribe('h', p1, `${root}/#`));
  assert.not.ok(maySubscribe('h', p1, '#'));
});

test('a display reads public topics and cannot publish at all', () => {
  const d = { role: 'display' as const };
  assert.ok(maySubscribe('h', d, `${root}/public/queue/now-calling`));
  assert.not.ok(maySubscribe('h', d, `${root}/devices/printer-1/status`));
  assert.not.ok(mayPublish('h', d, `${root}/public/queue/calls`));
});

test('the hub may do anything in its hall but nothing outside it', () => {
  const hub = { role: 'hub' as const };
  assert.ok(mayPublish('h', hub, `${root}/devices/printer-1/cmd/print`));
  assert.ok(maySubscribe('h', hub, `${root}/devices/+/status`));
  assert.not.ok(maySubscribe('h', hub, 'jobhall/v1/other/#'));
});

test('the Mosquitto ACL file states the same rules', () => {
  const file = mosquittoAclFile('h', 'hub', 'display');
  assert.match(file, `user hub\ntopic readwrite ${root}/#`);
  assert.match(file, `user display\ntopic read ${root}/public/#`);
  assert.match(file, `pattern write ${root}/devices/%u/status`);
  assert.match(file, `pattern read ${root}/devices/%u/cmd/#`);
});

test.run();
