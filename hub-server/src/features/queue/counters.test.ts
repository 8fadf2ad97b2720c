import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CounterActionResult, Ticket, type CallEvent, type NowCalling } from '../../contract/index.ts';
import { eventually, startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let staff: Record<string, string>;
let clerk: Record<string, string>;

test.before(async () => {
  hub = await startTestHub();
  staff = await hub.login();
  await hub.app.staff.addStaff('clerk', '王芳', ['counter-staff'], 'clerk-password', new Date());
  clerk = await hub.login('clerk', 'clerk-password');
});
test.after(async () => {
  await hub.close();
});

const take = async (serviceId: string, priority = 'normal') =>
  Ticket.parse((await hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId, priority } })).json());
const post = (counterId: string, action: string, payload?: object, headers = staff) =>
  hub.app.inject({ method: 'POST', url: `/api/counters/${counterId}/${action}`, headers, ...(payload ? { payload } : {}) });
const act = async (counterId: string, action: string, payload?: object, headers = staff) => {
  const res = await post(counterId, action, payload, headers);
  assert.is(res.statusCode, 200, `${action}: ${res.body}`);
  return CounterActionResult.parse(res.json());
};
const status = async (id: string) => (await hub.app.inject({ method: 'GET', url: `/api/tickets/${id}` })).json().status as string;
const events = (id: string) =>
  (hub.app.hub.db.prepare('SELECT type FROM ticket_events WHERE ticket_id = ? ORDER BY id').all(id) as Array<{ type: string }>).map((e) => e.type);

test('calling needs a sign-in at that counter; sign-in picks the counter\'s lines', async () => {
  const res = await post('counter-3', 'call-next');
  assert.is(res.statusCode, 409);
  assert.is(res.json().code, 'NOT_SIGNED_IN');
  const signed = await act('counter-3', 'sign-in');
  assert.equal(signed.state.session?.queueIds, ['placement']);
  assert.is(signed.state.session?.staff, 'admin');
  // Another staff member cannot act at a counter someone else holds.
  assert.is((await post('counter-3', 'call-next', undefined, clerk)).json().code, 'NOT_SIGNED_IN');
  assert.is((await post('counter-3', 'sign-in', undefined, clerk)).json().code, 'COUNTER_TAKEN');
});

test('call next calls the counter\'s line and tells every screen', async () => {
  const calls: CallEvent[] = [];
  const boards: NowCalling[] = [];
  await hub.app.hub.bus.subscribe('calls', (c) => calls.push(c));
  await hub.app.hub.bus.subscribe('nowCalling', (b) => boards.push(b));
  const other = await take('1.1.1');
  const mine = await take('3.1.2');
  const res = await act('counter-3', 'call-next');
  assert.is(res.call?.number, mine.number);
  assert.is(res.call?.window, 3);
  assert.is(res.call?.text.zh, `请 ${mine.number} 号到 3 号窗口办理`);
  assert.is(res.state.current?.id, mine.id);
  await eventually(() => calls.find((c) => c.ticketId === mine.id), 2000, 'the call event');
  await eventually(() => boards.find((b) => b.current?.ticketId === mine.id), 2000, 'the retained board');
  assert.is(await status(other.id), 'waiting');
  const ticket = (await hub.app.inject({ method: 'GET', url: `/api/tickets/${mine.id}` })).json();
  assert.is(ticket.window, 3, 'the ticket knows its window (for the phone page)');
});

test('recall, start and finish with an outcome; each step is in the event log', async () => {
  const r = await act('counter-3', 'recall');
  assert.ok(r.call?.recall);
  const id = r.state.current!.id;
  assert.is(r.state.current?.callCount, 2);
  await act('counter-3', 'start');
  assert.is(await status(id), 'serving');
  assert.is((await post('counter-3', 'recall')).json().code, 'NOT_CALLED', 'a visitor already at the window is not called again');
  const done = await act('counter-3', 'finish', { outcome: 'needs-documents', note: '缺身份证复印件' });
  assert.is(done.state.current, null);
  assert.equal(events(id), ['issue', 'call', 'recall', 'start', 'finish']);
  const row = hub.app.hub.db.prepare('SELECT outcome FROM tickets WHERE id = ?').get(id) as { outcome: string };
  assert.is(row.outcome, 'needs-documents');
  assert.is((await post('counter-3', 'finish', { outcome: 'nonsense' })).statusCode, 400);
});

test('no-show, park and call back, resume', async () => {
  const a = await take('3.1.2');
  const b = await take('3.1.2');
  await act('counter-3', 'call-next');
  await act('counter-3', 'no-show');
  assert.is(await status(a.id), 'no-show');
  await act('counter-3', 'call-next');
  const parked = await act('counter-3', 'park');
  assert.equal(parked.state.parked.map((t) => t.id), [b.id]);
  const back = await act('counter-3', 'call', { ticketId: b.id });
  assert.is(back.call?.ticketId, b.id);
  await act('counter-3', 'park');
  await act('counter-3', 'resume', { ticketId: b.id });
  assert.is(await status(b.id), 'waiting');
  await act('counter-3', 'call-next');
  await act('counter-3', 'finish', {});
});

test('transfer to another counter: it waits for that counter only, ahead of its line', async () => {
  const t = await take('3.1.2');
  await act('counter-3', 'call', { ticketId: t.id });
  assert.is((await post('counter-3', 'transfer', {})).statusCode, 400, 'a transfer needs a destination');
  await act('counter-3', 'transfer', { counterId: 'counter-4' });
  assert.is(await status(t.id), 'waiting');
  // counter-3 does not see it any more; counter-4 (the clerk) does, even though the line has others waiting.
  const waitingAt3 = (await hub.app.inject({ method: 'GET', url: '/api/counters/counter-3', headers: staff })).json();
  assert.not.ok(waitingAt3.waiting.some((w: { id: string }) => w.id === t.id));
  await take('3.1.2');
  await act('counter-4', 'sign-in', undefined, clerk);
  assert.is((await act('counter-4', 'call-next', undefined, clerk)).call?.ticketId, t.id);
  await act('counter-4', 'transfer', { queueId: 'consult' }, clerk);
  const row = hub.app.hub.db.prepare('SELECT queue_id, status FROM tickets WHERE id = ?').get(t.id);
  assert.equal(row, { queue_id: 'consult', status: 'waiting' });
  assert.equal(events(t.id), ['issue', 'call', 'transfer', 'call', 'transfer']);
});

test('a ticket transferred to a counter is told the people really ahead of it: none, though its line holds lower numbers', async () => {
  await act('counter-4', 'sign-in', undefined, clerk);
  while ((await act('counter-4', 'call-next', undefined, clerk)).call);
  // Three visitors wait in the placement line; the visitor transferred to counter-4 has a higher number.
  const waiting = [await take('3.1.2'), await take('3.1.2'), await take('3.1.2')];
  const moved = await take('3.1.2');
  await act('counter-3', 'call', { ticketId: moved.id });
  await act('counter-3', 'transfer', { counterId: 'counter-4' });
  const ticket = async (id: string) => Ticket.parse((await hub.app.inject({ method: 'GET', url: `/api/tickets/${id}` })).json());
  // It has waited once already, so the call order puts it first (PRIORITY_HEAD_START_MINUTES), not fourth.
  assert.is((await ticket(moved.id)).peopleAhead, 0);
  assert.is((await ticket(waiting[0]!.id)).peopleAhead, 1, 'the first of the three has the transferred visitor ahead');
  assert.is((await act('counter-4', 'call-next', undefined, clerk)).call?.ticketId, moved.id, 'and counter-4 calls it first');
  while ((await act('counter-4', 'call-next', undefined, clerk)).call);
  await act('counter-4', 'sign-out', undefined, clerk);
});

test('a ticket transferred into a line that has its own ticket with the same sequence keeps its number', async () => {
  await act('counter-1', 'sign-in', undefined, clerk);
  while ((await act('counter-1', 'call-next', undefined, clerk)).call);
  await act('counter-1', 'sign-out', undefined, clerk);
  // Both lines have issued the same sequence number today (A00n and B00n).
  let consult = await take('1.1.1');
  let placement = await take('3.1.2');
  while (placement.seq < consult.seq) placement = await take('3.1.2');
  while (consult.seq < placement.seq) consult = await take('1.1.1');
  assert.is(consult.seq, placement.seq);
  await act('counter-3', 'call', { ticketId: placement.id });
  const moved = await post('counter-3', 'transfer', { queueId: 'consult' });
  assert.is(moved.statusCode, 200, moved.body);
  const row = hub.app.hub.db.prepare('SELECT queue_id, number FROM tickets WHERE id = ?').get(placement.id);
  assert.equal(row, { queue_id: 'consult', number: placement.number });
});

test('actions on nothing, or out of order, are refused with a reason', async () => {
  while ((await act('counter-3', 'call-next')).call);
  assert.is((await post('counter-3', 'start')).json().code, 'NO_CURRENT_VISITOR');
  const t = await take('3.1.2');
  await act('counter-3', 'call', { ticketId: t.id });
  assert.is((await post('counter-3', 'call', { ticketId: t.id })).json().code, 'VISIT_IN_PROGRESS');
  assert.is((await post('counter-3', 'sign-out')).json().code, 'VISIT_IN_PROGRESS');
  await act('counter-3', 'finish', {});
  const out = await act('counter-3', 'sign-out');
  assert.is(out.state.session, null);
});

test('the next call finishes the visit in progress; an empty line says so', async () => {
  await act('counter-1', 'sign-in');
  while ((await act('counter-1', 'call-next')).call);
  const t = await take('4.1.2');
  assert.is((await act('counter-1', 'call-next')).call?.ticketId, t.id);
  const second = await act('counter-1', 'call-next');
  assert.is(second.call, null);
  assert.match(second.message.zh, '没有人等候');
  assert.is(await status(t.id), 'done');
});

test('a green-channel ticket goes before normal tickets that came just before it; same-instant tickets keep order', async () => {
  await act('counter-5', 'sign-in');
  while ((await act('counter-5', 'call-next')).call);
  const normal = await take('3.1.1');
  const elderly = await take('3.1.1', 'elderly');
  assert.is((await act('counter-5', 'call-next')).call?.ticketId, elderly.id);
  assert.is((await act('counter-5', 'call-next')).call?.ticketId, normal.id);
  const taken = await Promise.all([take('6.1.2'), take('6.1.3'), take('6.1.4')]);
  assert.is((await post('counter-7', 'sign-in', { queueIds: ['agency'] })).json().code, 'VISIT_IN_PROGRESS', 'moving counters mid-visit');
  await act('counter-5', 'finish', {});
  await act('counter-7', 'sign-in', { queueIds: ['agency'] });
  const order = [...taken].sort((x, y) => x.seq - y.seq).map((x) => x.id);
  const called = [];
  for (let i = 0; i < 3; i++) called.push((await act('counter-7', 'call-next')).call?.ticketId);
  assert.equal(called, order);
});

test('staff session and CSRF token are required; unknown counters and lines are named', async () => {
  const url = '/api/counters/counter-1/call-next';
  assert.is((await hub.app.inject({ method: 'POST', url })).statusCode, 401);
  assert.is((await hub.app.inject({ method: 'POST', url, headers: { cookie: staff.cookie! } })).statusCode, 403);
  const res = await post('counter-99', 'call-next');
  assert.is(res.statusCode, 404);
  assert.match(res.json().message, 'params.counterId');
  const bad = await post('counter-2', 'sign-in', { queueIds: ['nope'] });
  assert.is(bad.statusCode, 422);
  assert.match(bad.json().message, 'body.queueIds.0');
});

test('desk tickets are issued by staff without paper', async () => {
  const res = await hub.app.inject({ method: 'POST', url: '/api/desk/tickets', headers: staff, payload: { serviceId: '7.1.1', source: 'phone' } });
  assert.is(res.statusCode, 201);
  const t = Ticket.parse(res.json());
  assert.is(t.source, 'phone');
  assert.is(t.print, null);
  assert.is((await hub.app.inject({ method: 'POST', url: '/api/desk/tickets', payload: { serviceId: '7.1.1' } })).statusCode, 401);
});

test.run();
