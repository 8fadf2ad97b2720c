import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lastWill, matchTopic, topicFilter, topicPath, topics } from './topics.ts';

test('a topic path fills its parameters under jobhall/v1/<hall>', () => {
  assert.is(topicPath('demo-hall', 'printJob', { deviceId: 'printer-1' }), 'jobhall/v1/demo-hall/devices/printer-1/cmd/print');
  assert.is(topicPath('demo-hall', 'nowCalling', {}), 'jobhall/v1/demo-hall/public/queue/now-calling');
});

test('a parameter that would widen the topic is refused', () => {
  for (const bad of ['', 'a/b', '+', '#', 'x#']) {
    assert.throws(() => topicPath('h', 'printJob', { deviceId: bad }), /one non-empty topic level/);
  }
});

test('filters turn parameters into single-level wildcards and match back to params', () => {
  assert.is(topicFilter('h', 'devicePresence'), 'jobhall/v1/h/devices/+/status');
  assert.equal(matchTopic('h', 'devicePresence', 'jobhall/v1/h/devices/printer-1/status'), { deviceId: 'printer-1' });
  assert.is(matchTopic('h', 'devicePresence', 'jobhall/v1/h/devices/printer-1/state/printer'), null);
  assert.is(matchTopic('h', 'devicePresence', 'jobhall/v1/other/devices/printer-1/status'), null);
});

test('state topics are retained, commands and events are not, everything is QoS 1', () => {
  // A card session is a command that is also state: a reader that reconnects must learn whether a kiosk waits.
  // A screen's desired revision is a command, and retained: a screen that connects is told at once what to play.
  const retained = [
    'hubPresence', 'devicePresence', 'printerState', 'nowCalling', 'deviceHealth', 'agentHealth', 'cardSession',
    'signageRevision', 'signageHeartbeat', 'ledBoard', 'zoneRevision', 'alerts', 'jobFeed', 'fairsFeed', 'signageHealth',
  ];
  for (const [name, spec] of Object.entries(topics)) {
    assert.is(spec.qos, 1, name);
    assert.is(spec.retain, retained.includes(name), `${name} retain`);
  }
});

test('the last will is a retained offline presence on the client\'s own status topic', () => {
  const will = lastWill('h', 'printer', 'printer-1');
  assert.is(will.topic, 'jobhall/v1/h/devices/printer-1/status');
  assert.is(will.retain, true);
  assert.is(will.qos, 1);
  const payload = topics.devicePresence.schema.parse(JSON.parse(will.payload));
  assert.is(payload.state, 'offline');
  assert.is(lastWill('h', 'hub', 'hub').topic, 'jobhall/v1/h/hub/status');
});

test.run();
