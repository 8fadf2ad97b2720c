/**
 * Bad input from devices: every device of the hall, signed in with its own credentials, publishes generated
 * payloads on every topic its ACL lets it publish to (its presence, its state, its events, and event and state
 * topics nobody defined): not JSON, binary, empty, huge, wrong shapes, and near-valid payloads built from the
 * contract's schemas that reach the hub's handlers (results for jobs that do not exist, cards read at kiosks
 * that do not exist). The hub drops what is invalid, does not crash or lose its broker, its HTTP side still
 * answers without a 5xx, and a good message afterwards is still understood.
 *
 *   FUZZ_SEED=123 FUZZ_PAYLOADS=20000 node --import tsx e2e/fuzz/mqtt-fuzz.test.ts
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import mqtt from 'mqtt';
import { z } from 'zod';
import { Health, hallRoot, topics, type TopicName } from '@jobhall/hub-server/contract';
import { eventually, startTestHub } from '@jobhall/hub-server/testing';
import { Rng, badValue, bodyText, mutate, validish, type Schema } from './generate.ts';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const PAYLOADS = Number(process.env.FUZZ_PAYLOADS ?? 10_000);

/** The topics a device publishes on (devices/<id>/status, /state/…, /evt/…): those its ACL allows. */
const DEVICE_TOPICS = (Object.keys(topics) as TopicName[]).filter((name) => /^devices\/\{deviceId\}\/(status|state\/|evt\/)/.test(topics[name].pattern));
/** Topics under the same ACL that no spec defines: the hub must ignore them. */
const UNDEFINED_TOPICS = ['evt/unknown', 'state/printer/extra', 'evt/print-result/x', 'state/数据', 'evt/' + 'x'.repeat(200)];

function payload(rng: Rng, schema: Schema | undefined): Buffer {
  switch (rng.int(8)) {
    case 0: return Buffer.alloc(0);
    case 1: return Buffer.from(Array.from({ length: 1 + rng.int(64) }, () => rng.int(256)));
    case 2: return Buffer.from('x'.repeat(rng.pick([10_000, 300_000])));
    case 3: return Buffer.from(bodyText(rng, badValue(rng)));
    case 4: return Buffer.from(JSON.stringify(validish(rng, schema)) ?? 'null');
    default: return Buffer.from(bodyText(rng, mutate(rng, validish(rng, schema), schema)));
  }
}

test(`${PAYLOADS} malformed device payloads on every device topic: dropped, the hub stays up and still understands good ones (seed ${SEED})`, async () => {
  const hub = await startTestHub();
  const clients: mqtt.MqttClient[] = [];
  try {
    const { app } = hub;
    const { hall, broker } = app.hub;
    const schemas = Object.fromEntries(DEVICE_TOPICS.map((name) => [name, z.toJSONSchema(topics[name].schema, { io: 'input', unrepresentable: 'any' }) as Schema]));
    const devices = Object.keys(broker.credentials!.devices);
    assert.ok(devices.length >= 4 && DEVICE_TOPICS.length >= 6, `${devices.length} devices, ${DEVICE_TOPICS.length} device topics`);
    for (const id of devices) {
      const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${broker.port}`, {
        protocolVersion: 4, clientId: `${id}-fuzz`, username: id, password: broker.credentials!.devices[id]!, reconnectPeriod: 0,
      });
      clients.push(client);
    }
    const rng = new Rng(SEED);
    const started = Date.now();
    const sent: Record<string, number> = {};
    // How many were good enough to reach a handler: the rest the bus drops at its schema.
    let passedSchema = 0;
    const valid = (name: TopicName, body: Buffer) => {
      try {
        return topics[name].schema.safeParse(JSON.parse(body.toString('utf8'))).success;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < PAYLOADS; i++) {
      const d = i % devices.length;
      const own = `${hallRoot(hall)}/devices/${devices[d]}`;
      const name = rng.chance(0.9) ? rng.pick(DEVICE_TOPICS) : null;
      const topic = name ? `${hallRoot(hall)}/${topics[name].pattern.replace('{deviceId}', devices[d]!)}` : `${own}/${rng.pick(UNDEFINED_TOPICS)}`;
      const body = payload(rng, name ? schemas[name] : undefined);
      await clients[d]!.publishAsync(topic, body, { qos: 1, retain: rng.chance(0.1) });
      if (name && valid(name, body)) passedSchema++;
      sent[name ?? 'undefined'] = (sent[name ?? 'undefined'] ?? 0) + 1;
      if (!clients[d]!.connected) assert.unreachable(`the broker closed ${devices[d]}'s connection after #${i} on ${topic} (FUZZ_SEED=${SEED})`);
    }
    console.log(`  seed ${SEED}: ${PAYLOADS} payloads from ${devices.length} devices in ${((Date.now() - started) / 1000).toFixed(1)} s, ${passedSchema} valid enough to reach a handler; by topic ${JSON.stringify(sent)}`);

    assert.ok(app.hub.mqtt.connected, 'the hub kept its broker connection');
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    assert.is(health.statusCode, 200, health.body);
    const h = Health.parse(health.json());
    assert.is(h.broker, 'ok');
    for (const url of ['/api/services', '/api/queues', '/api/devices', '/api/devices/led-lines', '/api/queue/now-calling']) {
      const res = await app.inject({ method: 'GET', url, headers: await hub.login() });
      assert.is(res.statusCode, 200, `${url}: ${res.statusCode} ${res.body.slice(0, 200)} (FUZZ_SEED=${SEED})`);
    }
    // A good presence after all that is still understood.
    const printer = clients[devices.indexOf('printer-1')]!;
    await printer.publishAsync(`${hallRoot(hall)}/devices/printer-1/status`, JSON.stringify({ state: 'offline', kind: 'printer', id: 'printer-1' }), { qos: 1, retain: true });
    await eventually(() => app.devices.health('printer-1')?.state === 'offline', 5000, 'printer-1 offline');
    await printer.publishAsync(`${hallRoot(hall)}/devices/printer-1/status`, JSON.stringify({ state: 'online', kind: 'printer', id: 'printer-1' }), { qos: 1, retain: true });
    await eventually(() => app.devices.health('printer-1')?.state === 'online', 5000, 'printer-1 online again');
  } finally {
    for (const c of clients) await c.endAsync(true).catch(() => {});
    await hub.close();
  }
});

test.run();
