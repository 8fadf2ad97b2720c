/**
 * A broker outage stops only what needs the broker. Counters go on calling, and an SMS reminder is decided and
 * logged at the call (a subscriber of the hub's ticket.called event, not of its own MQTT topic); the message,
 * the call screen's line and the board go out once the broker is back. The brokers are stopped for real: the
 * hub and every agent lose their connections and reconnect by themselves.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import mqtt from 'mqtt';
import { CallNextResult, Health, Ticket, TopicBus } from '@jobhall/hub-server/contract';
import { startTestHub } from '@jobhall/hub-server/testing';
import { startMosquitto } from '../scripts/mosquitto.ts';
import { eventually, startTestHall, type TestHall } from './hall.ts';

let hall: TestHall;
test.before(async () => {
  hall = await startTestHall('embedded');
});
test.after(async () => {
  await hall.close();
});

const smsRows = () => hall.hub.app.hub.db.prepare('SELECT state, to_masked FROM sms_messages').all() as Array<{ state: string; to_masked: string }>;

test('while the broker is away counters call and SMS reminders are decided; they reach the phone and the LED board when it is back', async () => {
  const { app } = hall.hub;
  const staff = await hall.hub.login();
  assert.is((await app.inject({ method: 'POST', url: '/api/counters/counter-6/sign-in', headers: staff })).statusCode, 200);
  const tickets: Ticket[] = [];
  for (let i = 0; i < 5; i++) tickets.push(Ticket.parse((await app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: '5.1.7' } })).json()));
  const last = tickets.at(-1)!;
  assert.is((await app.inject({ method: 'POST', url: `/api/tickets/${last.id}/sms`, payload: { phone: '13800138000' } })).statusCode, 200);

  await app.hub.broker.embedded!.stop();
  await eventually(() => !app.hub.mqtt.connected, 3000, 'the hub lost the broker');
  const res = await app.inject({ method: 'POST', url: '/api/counters/counter-6/call-next', headers: staff });
  assert.is(res.statusCode, 200, res.body);
  const { call } = CallNextResult.parse(res.json());
  assert.is(call?.ticketId, tickets[0]!.id);
  // Three are ahead of the last ticket now: the reminder is decided and logged at once, broker or not.
  assert.equal(smsRows(), [{ state: 'queued', to_masked: '138****8000' }]);
  assert.is(hall.sms.sent.length, 0);

  await app.hub.broker.embedded!.start();
  await eventually(() => hall.sms.sent.length === 1, 15_000, 'the SMS after the broker came back');
  assert.match(hall.sms.sent[0]!.text, `${last.number}号前面还有3人`);
  await eventually(() => smsRows()[0]?.state === 'sent', 5000, 'the agent\'s result');
  await eventually(() => hall.board.lines.get(6)?.text === call!.text.zh, 5000, 'the call on window 6\'s LED line');
});

test('a hub whose external broker is away starts anyway, and hears its devices once the broker is back', async () => {
  const mosquitto = await startMosquitto('demo-hall', ['printer-1']);
  await mosquitto.pause();
  const hub = await startTestHub({
    env: {
      MQTT_URL: mosquitto.url, MQTT_USERNAME: mosquitto.hubUser, MQTT_PASSWORD: mosquitto.hubPassword, MQTT_WS_URL: mosquitto.wsUrl,
      MQTT_DISPLAY_USERNAME: mosquitto.displayUser, MQTT_DISPLAY_PASSWORD: mosquitto.displayPassword,
    },
  });
  let device: mqtt.MqttClient | null = null;
  try {
    const health = async () => Health.parse((await hub.app.inject({ method: 'GET', url: '/api/health' })).json());
    assert.is((await health()).broker, 'down');
    // Inside the hub the work goes on: a ticket is issued and its paper waits.
    assert.is((await hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: '3.1.2' } })).statusCode, 201);

    await mosquitto.resume();
    await eventually(async () => (await health()).broker === 'ok', 10_000, 'the hub connected');
    // The subscriptions asked for at start-up are made now: the hub hears a device announce itself.
    device = await mqtt.connectAsync(mosquitto.url, { protocolVersion: 4, clientId: 'printer-1', username: 'printer-1', password: mosquitto.devices['printer-1']! });
    await new TopicBus(device, 'demo-hall').publish('devicePresence', { deviceId: 'printer-1' }, { state: 'online', kind: 'printer', id: 'printer-1', at: new Date().toISOString() });
    await eventually(() => hub.app.devices.health('printer-1')?.state === 'online', 5000, 'printer-1 online at the hub');
  } finally {
    await device?.endAsync(true);
    await hub.close();
    await mosquitto.stop();
  }
});

test.run();
