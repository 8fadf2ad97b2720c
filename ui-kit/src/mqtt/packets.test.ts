import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PacketReader, Type, connect, publish, subscribe } from './packets.ts';

test('CONNECT carries the protocol name, level 4, the flags and the strings in order [MQTT-3.1]', () => {
  const p = connect({ clientId: 'lobby-1', username: 'lobby-1', password: 'k', keepaliveS: 20, clean: true, will: { topic: 't', payload: 'x', qos: 1, retain: true } });
  assert.is(p[0], 0x10);
  const body = p.subarray(2);
  assert.equal([...body.subarray(0, 7)], [0, 4, 0x4d, 0x51, 0x54, 0x54, 4]);
  assert.is(body[7], 0x80 | 0x40 | 0x20 | 0x08 | 0x04 | 0x02, 'user, password, will retain, will QoS 1, will, clean');
  assert.equal([...body.subarray(8, 10)], [0, 20]);
});

test('a remaining length over 127 takes two bytes, and a large publish reads back whole', () => {
  const payload = new TextEncoder().encode('岗'.repeat(100));
  const p = publish('jobhall/v1/h/public/signage/jobs/f1', payload, 1, true, 513);
  assert.ok(p[1]! & 0x80, 'continuation bit on the first length byte');
  const [got] = new PacketReader().push(p);
  assert.ok(got?.type === Type.PUBLISH);
  if (got?.type !== Type.PUBLISH) return;
  assert.is(got.topic, 'jobhall/v1/h/public/signage/jobs/f1');
  assert.is(got.id, 513);
  assert.is(got.qos, 1);
  assert.is(got.retain, true);
  assert.equal([...got.payload], [...payload]);
});

test('packets split across WebSocket messages, or several in one, are read whole and in order', () => {
  const a = publish('a', new Uint8Array([1, 2, 3]), 0, false, 0);
  const b = publish('b', new Uint8Array([4]), 0, false, 0);
  const both = new Uint8Array([...a, ...b]);
  const r = new PacketReader();
  const seen = [...r.push(both.subarray(0, 3)), ...r.push(both.subarray(3, 9)), ...r.push(both.subarray(9))];
  assert.equal(seen.map((p) => (p.type === Type.PUBLISH ? p.topic : '?')), ['a', 'b']);
});

test('SUBSCRIBE has the reserved flags 0010 [MQTT-3.8.1-1] and a SUBACK refusal reads as 0x80', () => {
  assert.is(subscribe(7, 'x/#', 1)[0], 0x82);
  const [ack] = new PacketReader().push(new Uint8Array([0x90, 3, 0, 7, 0x80]));
  assert.equal(ack, { type: Type.SUBACK, id: 7, granted: [0x80] });
});

test.run();
