import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Appointment, CounterActionResult, SlotsResult, Ticket } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let clock: Date;
let hub: TestHub;
const inject = (method: 'GET' | 'POST', url: string, payload?: object) => hub.app.inject({ method, url, ...(payload ? { payload } : {}) });

test.before.each(async () => {
  clock = new Date('2026-11-26T01:10:00Z'); // 09:10 in the hall
  hub = await startTestHub({ now: () => clock });
});
test.after.each(async () => {
  await hub.close();
});

const slots = async (date?: string) => SlotsResult.parse((await inject('GET', `/api/appointments/slots?serviceId=7.1.2${date ? `&date=${date}` : ''}`)).json());

test('slots are the line\'s opening hours in 30-minute pieces, future ones only, two places each', async () => {
  const s = await slots();
  assert.is(s.date, '2026-11-26');
  assert.is(s.days.length, 8);
  assert.is(s.slots[0]!.start, '2026-11-26T01:30:00.000Z', 'the 09:00 slot has begun; 09:30 is the first');
  assert.ok(s.slots.every((x) => x.capacity === 2 && x.available === 2));
  assert.is((await inject('GET', '/api/appointments/slots?serviceId=7.1.2&date=2027-01-01')).statusCode, 422);
  const res = await inject('GET', '/api/appointments/slots?serviceId=1.1.2');
  assert.is(res.statusCode, 422);
  assert.match(res.json().message, 'query.serviceId');
});

test('late in the day the slots open on the next day with a place left; today, asked for, is empty', async () => {
  clock = new Date('2026-11-26T15:40:00Z'); // 23:40 in the hall: the 23:30 slot has begun, none is left today
  const s = await slots();
  assert.is(s.date, '2026-11-27', 'tomorrow is offered, not an empty today');
  assert.is(s.slots[0]!.start, '2026-11-26T16:00:00.000Z', 'from its first slot, 00:00 in the hall');
  assert.equal((await slots('2026-11-26')).slots, []);
});

test('booking takes a place, gives a six-digit code and prints a slip at a kiosk; a full slot is refused', async () => {
  const slot = (await slots()).slots[2]!;
  const a = Appointment.parse((await inject('POST', '/api/appointments', { serviceId: '7.1.2', slotStart: slot.start, kioskId: 'kiosk-1' })).json());
  assert.match(a.code, /^\d{6}$/);
  assert.is(a.status, 'booked');
  const slip = hub.app.hub.db.prepare("SELECT document FROM print_jobs WHERE ticket_id IS NULL").get() as { document: string };
  assert.ok(slip.document.includes(a.code), 'the slip carries the code');
  assert.is((await inject('POST', '/api/appointments', { serviceId: '7.1.2', slotStart: slot.start })).statusCode, 201);
  const full = await inject('POST', '/api/appointments', { serviceId: '7.1.2', slotStart: slot.start });
  assert.is(full.statusCode, 409);
  assert.match(full.json().text.zh, '约满');
  assert.is((await slots()).slots[2]!.available, 0);
  const off = await inject('POST', '/api/appointments', { serviceId: '7.1.2', slotStart: '2026-11-26T02:07:00.000Z' });
  assert.is(off.statusCode, 422);
  assert.match(off.json().message, 'body.slotStart');
  // Cancelling frees the place.
  assert.is(Appointment.parse((await inject('POST', `/api/appointments/${a.code}/cancel`)).json()).status, 'cancelled');
  assert.is((await slots()).slots[2]!.available, 1);
});

test('check-in opens 30 minutes before the slot, closes 15 after, and the ticket is called at the slot time first', async () => {
  const slot = (await slots()).slots.find((s) => s.start === '2026-11-26T03:00:00.000Z')!; // 11:00
  const a = Appointment.parse((await inject('POST', '/api/appointments', { serviceId: '7.1.2', slotStart: slot.start })).json());
  const early = await inject('POST', '/api/appointments/check-in', { code: a.code });
  assert.is(early.statusCode, 409);
  assert.is(early.json().code, 'TOO_EARLY');
  assert.match(early.json().text.zh, '10:30');
  // A walk-in comes at 10:35; the booked visitor checks in at 10:40.
  clock = new Date('2026-11-26T02:35:00Z');
  const walkIn = Ticket.parse((await inject('POST', '/api/tickets', { serviceId: '7.1.2' })).json());
  clock = new Date('2026-11-26T02:40:00Z');
  const res = await inject('POST', '/api/appointments/check-in', { code: a.code });
  assert.is(res.statusCode, 201, res.body);
  const t = Ticket.parse(res.json());
  assert.is(t.source, 'appointment');
  assert.is((await inject('POST', '/api/appointments/check-in', { code: a.code })).json().code, 'ALREADY_CHECKED_IN');
  const staff = await hub.login();
  await hub.app.inject({ method: 'POST', url: '/api/counters/counter-9/sign-in', headers: staff });
  // 10:50: before the slot, the walk-in who came first is called first …
  clock = new Date('2026-11-26T02:50:00Z');
  let call = CounterActionResult.parse((await hub.app.inject({ method: 'POST', url: '/api/counters/counter-9/call-next', headers: staff })).json()).call;
  assert.is(call?.ticketId, walkIn.id);
  // … but with another walk-in waiting, at 11:00 the booked visitor goes first.
  const later = Ticket.parse((await inject('POST', '/api/tickets', { serviceId: '7.1.2' })).json());
  clock = new Date('2026-11-26T03:00:00Z');
  call = CounterActionResult.parse((await hub.app.inject({ method: 'POST', url: '/api/counters/counter-9/call-next', headers: staff })).json()).call;
  assert.is(call?.ticketId, t.id);
  assert.ok(later.id);
  assert.is(Appointment.parse((await inject('GET', `/api/appointments/${a.code}`)).json()).ticketId, t.id);
  // The queue's log gives the KPIs the slot start, so the booked visitor's wait counts from 11:00, not the 10:40 check-in.
  const logged: Array<{ id: string; appointmentAt?: number | null }> = [];
  hub.app.queue.log.forEachTicket(t.queueId, t.serviceDay, () => null, (ticket) => logged.push(ticket));
  assert.is(logged.find((x) => x.id === t.id)?.appointmentAt, Date.parse('2026-11-26T03:00:00Z'));
});

test('too late, or a wrong code, gets a plain answer; a malformed code is a 400', async () => {
  const slot = (await slots()).slots[0]!; // 09:30
  const a = Appointment.parse((await inject('POST', '/api/appointments', { serviceId: '7.1.2', slotStart: slot.start })).json());
  clock = new Date('2026-11-26T01:46:00Z'); // 09:46
  assert.is((await inject('POST', '/api/appointments/check-in', { code: a.code })).json().code, 'TOO_LATE');
  const wrong = await inject('POST', '/api/appointments/check-in', { code: a.code === '000000' ? '000001' : '000000' });
  assert.is(wrong.json().code, 'NO_BOOKING');
  const bad = await inject('POST', '/api/appointments/check-in', { code: '12ab' });
  assert.is(bad.statusCode, 400);
  assert.match(bad.json().message, 'body.code');
});

test.run();
