/**
 * A broker outage stops only what needs the broker. Counters go on calling, and an SMS reminder is decided and
 * logged at the call (a subscriber of the hub's ticket.called event, not of its own MQTT topic); the message,
 * the call screen's line and the board go out once the broker is back. The embedded broker is stopped for
 * real: the hub and every agent lose their connections and reconnect by themselves.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CallNextResult, Ticket } from '@jobhall/hub-server/contract';
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

test.run();
