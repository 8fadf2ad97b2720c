/**
 * ui-kit's small MQTT-over-WebSocket client (what lobby screens, kiosks and the admin use) against both
 * brokers the hall may run: the embedded aedes and a real Mosquitto. Same client, same checks.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import WebSocket from 'ws';
import { TopicBus, topicPath, type Heartbeat, type LedLine, type Presence } from '@jobhall/hub-server/contract';
import { MqttLite, type WebSocketLike } from '@jobhall/ui-kit/mqtt/mqtt-lite';
import { eventually, lastWill, startTestHall, stopOwnMosquitto, type BrokerKind, type TestHall } from './hall.ts';

function liteSuite(kind: BrokerKind) {
  const s = suite(`MQTT lite client, ${kind} broker`);
  let hall: TestHall;
  const clients: MqttLite[] = [];

  const connect = async (username: string, password: string, extra: Partial<ConstructorParameters<typeof MqttLite>[0]> = {}) => {
    const c = new MqttLite({ url: hall.wsUrl, clientId: `${username}-lite-${clients.length}`, username, password, WebSocket: WebSocket as unknown as WebSocketLike, reconnectMs: 100, ...extra }).start();
    clients.push(c);
    await new Promise<void>((resolve) => c.on('connect', resolve));
    return c;
  };

  s.before(async () => {
    hall = await startTestHall(kind);
  });
  s.after(async () => {
    for (const c of clients) c.end();
    await hall.close();
  });

  s('a display reads retained public state through the typed bus', async () => {
    const rt = hall.hub.app.hub.realtime;
    const bus = new TopicBus(await connect(rt.username, rt.password), 'demo-hall').start();
    const got: Array<{ retained: boolean }> = [];
    await bus.subscribe('nowCalling', (_board, _p, d) => void got.push({ retained: d.retained }));
    await eventually(() => got.length > 0, 3000, 'the retained board');
    assert.is(got[0]!.retained, true);
  });

  s('a device publishes QoS 1 (acknowledged) and receives its own commands', async () => {
    const c = await connect('printer-1', hall.deviceSecret('printer-1'));
    const bus = new TopicBus(c, 'demo-hall').start();
    const beats: Heartbeat[] = [];
    const off = await hall.hub.app.hub.bus.subscribe('signageHeartbeat', (hb) => void beats.push(hb), { deviceId: 'printer-1' });
    const hb: Heartbeat = { revision: 7, slide: null, alertId: null, uptimeS: 1, storage: { usedBytes: 0, quotaBytes: 0 }, unsentPlays: 0, at: new Date().toISOString() };
    await bus.publish('signageHeartbeat', { deviceId: 'printer-1' }, hb);
    await eventually(() => beats.some((b) => b.revision === 7), 3000, 'the hub got it');
    await off();
    await c.publishAsync(topicPath('demo-hall', 'signageHeartbeat', { deviceId: 'printer-1' }), '', { qos: 1, retain: true });
  });

  s('a subscription outside the ACL brings nothing; a wrong password is refused', async () => {
    const rt = hall.hub.app.hub.realtime;
    const display = await connect(rt.username, rt.password);
    const seen: string[] = [];
    display.on('message', (topic) => void seen.push(topic));
    const [granted] = await display.subscribeAsync(topicPath('demo-hall', 'ledLine', { deviceId: 'callscreen-1' }), { qos: 1 });
    if (kind === 'embedded') assert.is(granted!.qos, 128, 'aedes refuses it in the SUBACK');
    await hall.hub.app.hub.bus.publish('ledLine', { deviceId: 'callscreen-1' }, { window: 9, text: 'ACL', brightness: null, correlationId: 'lite-acl' });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(seen, []);
    const refused: number[] = [];
    const bad = new MqttLite({ url: hall.wsUrl, clientId: 'lite-bad', username: 'printer-1', password: 'wrong wrong wrong', WebSocket: WebSocket as unknown as WebSocketLike, reconnectMs: 5000 });
    clients.push(bad);
    bad.on('refused', (code) => void refused.push(code)).start();
    await eventually(() => refused.length > 0, 3000, 'CONNACK refused');
    assert.ok([4, 5].includes(refused[0]!), `return code ${refused[0]}`);
    assert.is(bad.connected, false);
  });

  s('a dropped connection fires the will, comes back by itself, resubscribes and sends what was published meanwhile', async () => {
    const will = lastWill('demo-hall', 'call-screen', 'sms-1');
    const c = await connect('sms-1', hall.deviceSecret('sms-1'), { will: { topic: will.topic, payload: will.payload, qos: 1, retain: true }, clientId: 'sms-1-lite' });
    const bus = new TopicBus(c, 'demo-hall').start();
    const lines: LedLine[] = [];
    await bus.subscribe('ledLine', (l) => void lines.push(l), { deviceId: 'sms-1' });
    const presence: Presence[] = [];
    const off = await hall.hub.app.hub.bus.subscribe('devicePresence', (p) => void presence.push(p), { deviceId: 'sms-1' });
    // The network goes: the socket closes with no DISCONNECT, as when a cable is pulled.
    (c as unknown as { ws: { close(): void } }).ws.close();
    await eventually(() => presence.some((p) => p.state === 'offline' && p.at === undefined), 5000, 'the will, published by the broker');
    const beat = bus.publish('signageHeartbeat', { deviceId: 'sms-1' }, { revision: 9, slide: null, alertId: null, uptimeS: 1, storage: { usedBytes: 0, quotaBytes: 0 }, unsentPlays: 0, at: new Date().toISOString() });
    await eventually(() => c.connected, 5000, 'reconnected');
    await beat;
    await hall.hub.app.hub.bus.publish('ledLine', { deviceId: 'sms-1' }, { window: 1, text: '重连后', brightness: null, correlationId: 'lite-re' });
    await eventually(() => lines.some((l) => l.correlationId === 'lite-re'), 3000, 'the subscription survived the reconnect');
    await off();
  });

  return s;
}

liteSuite('embedded').run();
const mosquitto = liteSuite('mosquitto');
mosquitto.after(async () => {
  await stopOwnMosquitto();
});
mosquitto.run();
