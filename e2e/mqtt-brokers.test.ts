/**
 * The MQTT paths of the hall, run twice: against the embedded aedes broker and against a real Mosquitto
 * configured as an external broker (password file + the ACL the hub writes). Same hub code, same agents.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import mqtt from 'mqtt';
import { CallNextResult, LedLineStatus, Ticket, topicPath, type CallEvent, type NowCalling, type Presence } from '@jobhall/hub-server/contract';
import { decodeEscPos } from '@jobhall/device-agents/escpos';
import { eventually, lastWill, startTestHall, stopOwnMosquitto, type BrokerKind, type TestHall } from './hall.ts';

const subscribeOnce = (client: mqtt.MqttClient, filter: string) =>
  client.subscribeAsync(filter, { qos: 1 }).then((g) => g[0]?.qos ?? 128, () => 128);

function brokerSuite(kind: BrokerKind) {
  const s = suite(`${kind} broker`);
  let hall: TestHall;

  s.before(async () => {
    hall = await startTestHall(kind);
  });
  s.after(async () => {
    await hall.close();
  });

  s('hub health shows the broker mode and every agent online', async () => {
    const h = (await hall.hub.app.inject({ method: 'GET', url: '/api/health' })).json();
    assert.is(h.brokerMode, kind === 'embedded' ? 'embedded' : 'external');
    assert.is(h.broker, 'ok');
    // The agents; the demo's lobby screens are listed too, with no browser showing them here.
    const agents = h.devices.filter((d: { kind: string }) => d.kind !== 'signage-screen');
    assert.ok(agents.length >= 4 && agents.every((d: { state: string }) => d.state === 'online'), JSON.stringify(h.devices));
  });

  s('a ticket goes to the printer agent over MQTT and comes out as GB18030 ESC/POS', async () => {
    const res = await hall.hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: '7.1.1' } });
    const ticket = Ticket.parse(res.json());
    await eventually(() => hall.hub.app.printing.get(ticket.print!.jobId)?.state === 'printed', 5000, 'printed');
    const job = decodeEscPos(hall.paper.emulator.printed.at(-1)!)[0]!;
    assert.ok(job.lines.some((l) => l.text === `${ticket.number} 号`));
  });

  s('a call reaches a browser-style display client over WebSocket, retained, and the LED board', async () => {
    const display = await hall.rawClient(hall.hub.app.hub.realtime.username, hall.hub.app.hub.realtime.password, { protocol: 'ws' });
    const calls: CallEvent[] = [];
    display.on('message', (topic, payload) => {
      if (topic.endsWith('/public/queue/calls')) calls.push(JSON.parse(String(payload)));
    });
    assert.is(await subscribeOnce(display, topicPath('demo-hall', 'calls', {})), 1);
    const ticket = Ticket.parse((await hall.hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: '3.1.2' } })).json());
    const staff = await hall.hub.login();
    await hall.hub.app.inject({ method: 'POST', url: '/api/counters/counter-4/sign-in', headers: staff });
    const call = CallNextResult.parse((await hall.hub.app.inject({ method: 'POST', url: '/api/counters/counter-4/call-next', headers: staff })).json()).call!;
    assert.is(call.ticketId, ticket.id);
    await eventually(() => calls.find((c) => c.ticketId === ticket.id), 3000, 'the call at the display');
    await eventually(() => hall.board.lines.get(4)?.text === `请 ${ticket.number} 号到 4 号窗口办理`, 3000, 'the LED line of window 4');
    // A screen that joins later gets the board from the retained message.
    const late = await hall.rawClient(hall.hub.app.hub.realtime.username, hall.hub.app.hub.realtime.password, { protocol: 'ws' });
    let board: NowCalling | null = null;
    late.on('message', (_t, p, packet) => {
      if (packet.retain) board = JSON.parse(String(p));
    });
    await subscribeOnce(late, topicPath('demo-hall', 'nowCalling', {}));
    await eventually(() => (board as NowCalling | null)?.current?.ticketId === ticket.id, 3000, 'retained now-calling');
  });

  s('a visitor who left a mobile number gets one SMS when three or fewer are ahead, and the number is then wiped', async () => {
    const staff = await hall.hub.login();
    await hall.hub.app.inject({ method: 'POST', url: '/api/counters/counter-4/finish', headers: staff, payload: {} }); // the last test's visitor
    const signIn = await hall.hub.app.inject({ method: 'POST', url: '/api/counters/counter-6/sign-in', headers: staff });
    assert.is(signIn.statusCode, 200, signIn.body);
    const tickets = [];
    for (let i = 0; i < 5; i++) tickets.push(Ticket.parse((await hall.hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: '5.1.7' } })).json()));
    const last = tickets.at(-1)!;
    const bad = await hall.hub.app.inject({ method: 'POST', url: `/api/tickets/${last.id}/sms`, payload: { phone: '12345' } });
    assert.is(bad.statusCode, 400);
    assert.match(bad.json().message, 'body.phone');
    const ok = await hall.hub.app.inject({ method: 'POST', url: `/api/tickets/${last.id}/sms`, payload: { phone: '138 0013 8000' } });
    assert.equal(ok.json(), { phoneMasked: '138****8000', notifyWhenAhead: 3 });
    const before = hall.sms.sent.length;
    await hall.hub.app.inject({ method: 'POST', url: '/api/counters/counter-6/call-next', headers: staff }); // 3 ahead now
    await eventually(() => hall.sms.sent.length === before + 1, 3000, 'the SMS');
    const sms = hall.sms.sent.at(-1)!;
    assert.is(sms.to, '13800138000');
    assert.match(sms.text, `${last.number}号前面还有3人`);
    await hall.hub.app.inject({ method: 'POST', url: '/api/counters/counter-6/call-next', headers: staff });
    await new Promise((r) => setTimeout(r, 200));
    assert.is(hall.sms.sent.length, before + 1, 'one message, not one per call');
    await eventually(() => (hall.hub.app.hub.db.prepare('SELECT state FROM sms_messages').get() as { state: string } | undefined)?.state === 'sent', 3000, 'sent');
    const logged = hall.hub.app.hub.db.prepare('SELECT to_masked FROM sms_messages').all();
    assert.equal(logged, [{ to_masked: '138****8000' }]);
    for (let i = 0; i < 4; i++) await hall.hub.app.inject({ method: 'POST', url: '/api/counters/counter-6/call-next', headers: staff });
    await hall.hub.app.inject({ method: 'POST', url: '/api/counters/counter-6/finish', headers: staff, payload: {} });
    await hall.hub.app.inject({ method: 'POST', url: '/api/counters/counter-6/call-next', headers: staff });
    await eventually(() => (hall.hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM ticket_contacts').get() as { n: number }).n === 0, 3000, 'number wiped');
  });

  s('staff set their window\'s LED text and brightness through the call-screen agent', async () => {
    const staff = await hall.hub.login();
    const res = await hall.hub.app.inject({ method: 'POST', url: '/api/counters/counter-6/led', headers: staff, payload: { text: '稍候片刻 Back in 5 min', brightness: 40 } });
    assert.is(res.statusCode, 200, res.body);
    await eventually(() => hall.board.lines.get(6)?.text === '稍候片刻 Back in 5 min' && hall.board.lines.get(6)?.brightness === 40, 3000, 'the LED line');
    const bad = await hall.hub.app.inject({ method: 'POST', url: '/api/counters/counter-6/led', headers: staff, payload: { brightness: 140 } });
    assert.is(bad.statusCode, 400);
    assert.match(bad.json().message, 'body.brightness');
  });

  s('the board\'s acknowledgement is matched to its line by correlation id; a board that does not answer is marked unanswered', async () => {
    const staff = await hall.hub.login();
    const lines = async () => (await hall.hub.app.inject({ method: 'GET', url: '/api/devices/led-lines', headers: staff })).json().map((l: unknown) => LedLineStatus.parse(l));
    const window6 = async () => (await lines()).find((l: LedLineStatus) => l.deviceId === 'callscreen-1' && l.window === 6) as LedLineStatus | undefined;
    await hall.hub.app.inject({ method: 'POST', url: '/api/counters/counter-6/led', headers: staff, payload: { text: '请稍候 One moment' } });
    const shown = await eventually(async () => {
      const l = await window6();
      return l?.text === '请稍候 One moment' && l.state === 'acknowledged' && l;
    }, 5000, 'the acknowledged line');
    assert.match(shown.correlationId, /^led:/);
    assert.is(shown.attempts, 1);

    await hall.callScreen.stop();
    await hall.hub.app.inject({ method: 'POST', url: '/api/counters/counter-6/led', headers: staff, payload: { text: '无人应答 Nobody home' } });
    // Three sends, 3 s apart, then it counts as unanswered.
    const lost = await eventually(async () => {
      const l = await window6();
      return l?.text === '无人应答 Nobody home' && l.state === 'unanswered' && l;
    }, 15_000, 'the unanswered line');
    assert.is(lost.attempts, 3);
    await hall.callScreen.start();
    await eventually(() => hall.hub.app.devices.health('callscreen-1')?.state === 'online', 5000, 'the call screen back');
  });

  s('the ACL: a device never receives another device\'s commands; a display never receives device topics', async () => {
    // aedes refuses such a subscription (SUBACK 0x80); Mosquitto grants it and then filters every message.
    // What matters is the same for both: nothing arrives.
    const received: string[] = [];
    const printer = await hall.rawClient('printer-1', hall.deviceSecret('printer-1'), { clientId: 'acl-test-printer' });
    const display = await hall.rawClient(hall.hub.app.hub.realtime.username, hall.hub.app.hub.realtime.password);
    const forbidden = (topic: string) => topic.includes('/devices/');
    printer.on('message', (topic) => forbidden(topic) && received.push(`printer got ${topic}`));
    display.on('message', (topic) => forbidden(topic) && received.push(`display got ${topic}`));
    await subscribeOnce(printer, topicPath('demo-hall', 'ledLine', { deviceId: 'callscreen-1' }));
    await subscribeOnce(display, topicPath('demo-hall', 'printJob', { deviceId: 'printer-1' }));
    assert.is(await subscribeOnce(printer, topicPath('demo-hall', 'alerts', {})), 1, 'public topics are open to devices');
    await hall.hub.app.hub.bus.publish('ledLine', { deviceId: 'callscreen-1' }, { window: 1, text: 'ACL 测试', brightness: null, correlationId: 'acl-test' });
    await hall.hub.app.hub.bus.publish('printJob', { deviceId: 'printer-1' }, {
      jobId: '00000000-0000-4000-8000-000000000001', correlationId: 'acl-test', issuedAt: new Date().toISOString(),
      ttlMs: 0, document: { kind: 'test', blocks: [{ type: 'rule' }] },
    });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(received, []);
  });

  s('a device cannot publish as another device', async () => {
    const seen: Presence[] = [];
    await hall.hub.app.hub.bus.subscribe('devicePresence', (p, { deviceId }) => deviceId === 'callscreen-1' && seen.push(p));
    const before = seen.length;
    const printer = await hall.rawClient('printer-1', hall.deviceSecret('printer-1'), { clientId: 'acl-test-forger' });
    // aedes drops the connection ([MQTT-3.3.5] 3.1.1 has no negative PUBACK); Mosquitto acks and discards.
    // Either way the publish may never settle, so give it a moment rather than await it.
    printer
      .publishAsync(topicPath('demo-hall', 'devicePresence', { deviceId: 'callscreen-1' }), JSON.stringify({ state: 'offline', kind: 'call-screen', id: 'callscreen-1' }), { qos: 1, retain: true })
      .catch(() => {});
    await new Promise((r) => setTimeout(r, 500));
    assert.is(seen.slice(before).filter((p) => p.state === 'offline').length, 0, 'the forged offline never reached the hub');
    assert.is(hall.hub.app.devices.health('callscreen-1')?.state, 'online');
  });

  s('wrong credentials are refused', async () => {
    const client = mqtt.connect(hall.brokerUrl, { protocolVersion: 4, username: 'printer-1', password: 'not-the-secret', reconnectPeriod: 0 });
    const err = await new Promise<Error>((resolve) => client.once('error', resolve));
    client.end(true);
    assert.match(err.message, /Bad username or password|Not authorized/);
  });

  s('a device that drops off without saying goodbye is marked offline by its last will', async () => {
    const will = lastWill('demo-hall', 'printer', 'printer-1');
    // A second connection as printer-1 with a will, then a cut cable: the broker publishes the will.
    await hall.printer.stop();
    await eventually(() => hall.hub.app.devices.health('printer-1')?.state === 'offline', 3000, 'offline after stop');
    const ghost = await hall.rawClient('printer-1', hall.deviceSecret('printer-1'), { clientId: 'printer-1', will, keepalive: 5 });
    await ghost.publishAsync(will.topic, JSON.stringify({ state: 'online', kind: 'printer', id: 'printer-1', at: new Date().toISOString() }), { qos: 1, retain: true });
    await eventually(() => hall.hub.app.devices.health('printer-1')?.state === 'online', 3000, 'online');
    ghost.stream.destroy();
    await eventually(() => hall.hub.app.devices.health('printer-1')?.state === 'offline', 5000, 'offline by last will');
    ghost.end(true);
    await hall.printer.start();
    await eventually(() => hall.hub.app.devices.health('printer-1')?.state === 'online', 5000, 'back online');
  });

  return s;
}

const embedded = brokerSuite('embedded');
const mosquitto = brokerSuite('mosquitto');
mosquitto.after(async () => {
  await stopOwnMosquitto();
});
embedded.run();
mosquitto.run();
