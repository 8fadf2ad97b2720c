import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CallNextResult, Ticket, type CallEvent, type NowCalling } from '../../contract/index.ts';
import { eventually, startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let staff: Record<string, string>;

test.before(async () => {
  hub = await startTestHub();
  staff = await hub.login();
});
test.after(async () => {
  await hub.close();
});

const take = async (serviceId: string, priority = 'normal') =>
  Ticket.parse((await hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId, priority } })).json());
const callNext = async (counterId: string) => {
  const res = await hub.app.inject({ method: 'POST', url: `/api/counters/${counterId}/call-next`, headers: staff });
  assert.is(res.statusCode, 200, res.body);
  return CallNextResult.parse(res.json());
};

test('call next calls the waiting ticket of the counter\'s lines and tells every screen', async () => {
  const calls: CallEvent[] = [];
  const boards: NowCalling[] = [];
  await hub.app.hub.bus.subscribe('calls', (c) => calls.push(c));
  await hub.app.hub.bus.subscribe('nowCalling', (b) => boards.push(b));
  const a = await take('1.1.1');
  const b = await take('3.1.2');
  const res = await callNext('counter-3'); // window 3 serves the placement line (B)
  assert.is(res.call?.number, b.number);
  assert.is(res.call?.window, 3);
  assert.is(res.call?.text.zh, `请 ${b.number} 号到 3 号窗口办理`);
  await eventually(() => calls.find((c) => c.ticketId === b.id), 2000, 'the call event');
  await eventually(() => boards.find((x) => x.current?.ticketId === b.id), 2000, 'the retained board');
  const ticket = (await hub.app.inject({ method: 'GET', url: `/api/tickets/${b.id}` })).json();
  assert.is(ticket.status, 'called');
  assert.is((await hub.app.inject({ method: 'GET', url: `/api/tickets/${a.id}` })).json().status, 'waiting');
});

test('the next call finishes the visit in progress; an empty line says so', async () => {
  while ((await callNext('counter-1')).call); // empty the consultation line first
  const t = await take('4.1.2');
  const first = await callNext('counter-1');
  assert.is(first.call?.ticketId, t.id);
  const second = await callNext('counter-1');
  assert.is(second.call, null);
  assert.match(second.message.zh, '没有人等候');
  assert.is((await hub.app.inject({ method: 'GET', url: `/api/tickets/${t.id}` })).json().status, 'done');
  const events = hub.app.hub.db.prepare('SELECT type, from_status, to_status FROM ticket_events WHERE ticket_id = ? ORDER BY id').all(t.id);
  assert.equal(events, [
    { type: 'issue', from_status: null, to_status: 'waiting' },
    { type: 'call', from_status: 'waiting', to_status: 'called' },
    { type: 'finish', from_status: 'called', to_status: 'done' },
  ]);
});

test('tickets taken in the same instant are called in number order', async () => {
  while ((await callNext('counter-7')).call);
  const taken = await Promise.all([take('6.1.2'), take('6.1.3'), take('6.1.4')]);
  const bySeq = [...taken].sort((x, y) => x.seq - y.seq).map((x) => x.id);
  const called = [(await callNext('counter-7')).call?.ticketId, (await callNext('counter-7')).call?.ticketId, (await callNext('counter-7')).call?.ticketId];
  assert.equal(called, bySeq);
});

test('a green-channel ticket is called before normal tickets that came just before it', async () => {
  await callNext('counter-5'); // clear anything in progress
  const normal = await take('3.1.1');
  const elderly = await take('3.1.1', 'elderly');
  assert.is((await callNext('counter-5')).call?.ticketId, elderly.id);
  assert.is((await callNext('counter-5')).call?.ticketId, normal.id);
});

test('calling needs a staff session and the CSRF token; unknown counters are 404', async () => {
  const url = '/api/counters/counter-1/call-next';
  assert.is((await hub.app.inject({ method: 'POST', url })).statusCode, 401);
  assert.is((await hub.app.inject({ method: 'POST', url, headers: { cookie: staff.cookie! } })).statusCode, 403);
  assert.is((await hub.app.inject({ method: 'POST', url, headers: { ...staff, 'x-csrf-token': 'wrong' } })).statusCode, 403);
  const res = await hub.app.inject({ method: 'POST', url: '/api/counters/counter-99/call-next', headers: staff });
  assert.is(res.statusCode, 404);
  assert.match(res.json().message, 'params.counterId');
});

test.run();
