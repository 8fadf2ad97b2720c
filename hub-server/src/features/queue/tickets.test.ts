import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Ticket } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { TicketStore } from './store.ts';
import { TicketService } from './tickets.ts';

let clock = new Date('2026-11-26T02:00:00Z'); // 10:00 in Shanghai
let hub: TestHub;

const take = (payload: unknown) => hub.app.inject({ method: 'POST', url: '/api/tickets', payload: payload as object });

test.before.each(async () => {
  clock = new Date('2026-11-26T02:00:00Z');
  hub = await startTestHub({ now: () => clock });
});
test.after.each(async () => {
  await hub.close();
});

test('POST /api/tickets returns 201 with a numbered ticket per queue line and day', async () => {
  const res = await take({ serviceId: '3.1.2' });
  assert.is(res.statusCode, 201);
  const t = Ticket.parse(res.json());
  assert.is(t.number, 'B001');
  assert.is(t.serviceId, '3.1.2');
  assert.is(t.status, 'waiting');
  assert.is(t.serviceDay, '2026-11-26');
  assert.ok(t.createdAt);
  assert.match(t.statusUrl, /^http:\/\/hall\.test\/s\/[A-Za-z0-9_-]{16,}$/);
  assert.is(t.print?.printerId, 'printer-1');
  const second = Ticket.parse((await take({ serviceId: '3.1.2' })).json());
  assert.is(second.number, 'B002');
  assert.is(second.peopleAhead, 1);
  assert.ok(second.estimatedWaitMinutes > 0);
  const other = Ticket.parse((await take({ serviceId: '1.1.1' })).json());
  assert.is(other.number, 'A001', 'another queue line has its own sequence');
});

test('bad input is a 400 naming the field, and writes nothing', async () => {
  for (const [payload, field] of [
    [{}, 'body.serviceId'],
    [{ serviceId: 'x' }, 'body.serviceId'],
    [{ serviceId: '3.1.2', extra: true }, 'body.extra'],
    [{ serviceId: '3.1.2', priority: 'vip' }, 'body.priority'],
    [{ serviceId: '3.1.2', kioskId: 'Bad Id' }, 'body.kioskId'],
  ] as const) {
    const res = await take(payload);
    assert.is(res.statusCode, 400, JSON.stringify(payload));
    assert.ok(res.json().issues.some((i: { path: string }) => i.path === field), `${JSON.stringify(payload)} → ${res.body}`);
  }
  const bad = await hub.app.inject({ method: 'POST', url: '/api/tickets', headers: { 'content-type': 'application/json' }, payload: '{"serviceId":' });
  assert.is(bad.statusCode, 400);
  assert.is((hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n, 0);
  assert.is((hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM print_jobs').get() as { n: number }).n, 0);
});

test('a service without a window, an unknown service and an unknown kiosk are refused clearly', async () => {
  let res = await take({ serviceId: '1.1.2' });
  assert.is(res.statusCode, 422);
  assert.match(res.json().message, 'body.serviceId');
  res = await take({ serviceId: '7.9.9' });
  assert.is(res.statusCode, 404);
  res = await take({ serviceId: '3.1.2', kioskId: 'kiosk-99' });
  assert.is(res.statusCode, 422);
  assert.match(res.json().message, 'body.kioskId');
});

test('numbers restart at the hall\'s midnight', async () => {
  clock = new Date('2026-11-26T15:59:00Z'); // 23:59 in Shanghai
  assert.is(Ticket.parse((await take({ serviceId: '3.1.2' })).json()).number, 'B001');
  assert.is(Ticket.parse((await take({ serviceId: '3.1.2' })).json()).number, 'B002');
  clock = new Date('2026-11-26T16:00:30Z'); // 00:00:30 the next day
  const t = Ticket.parse((await take({ serviceId: '3.1.2' })).json());
  assert.is(t.number, 'B001');
  assert.is(t.serviceDay, '2026-11-27');
  assert.is(t.peopleAhead, 0, 'yesterday\'s waiting tickets are not ahead of today\'s');
});

test('a ticket and its event and print job survive a restart; numbering continues', async () => {
  const dataDir = hub.dataDir;
  const first = Ticket.parse((await take({ serviceId: '7.1.2' })).json());
  await hub.app.close();
  hub = await startTestHub({ now: () => clock, dataDir, keepData: true });
  const again = await hub.app.inject({ method: 'GET', url: `/api/tickets/${first.id}` });
  assert.is(again.statusCode, 200);
  assert.is(again.json().number, first.number);
  assert.is(Ticket.parse((await take({ serviceId: '7.1.2' })).json()).number, 'F002');
  const events = hub.app.hub.db.prepare('SELECT type FROM ticket_events WHERE ticket_id = ?').all(first.id);
  assert.equal(events, [{ type: 'issue' }]);
  await hub.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  hub = await startTestHub({ now: () => clock });
});

test('8 kiosks taking tickets at once never share or skip a number', async () => {
  const n = 200;
  const all = await Promise.all(
    Array.from({ length: n }, (_, i) => take({ serviceId: '3.1.2', kioskId: 'kiosk-1', priority: i % 10 ? 'normal' : 'elderly' })),
  );
  const numbers = all.map((r) => Ticket.parse(r.json()).seq).sort((a, b) => a - b);
  assert.equal(numbers, Array.from({ length: n }, (_, i) => i + 1));
});

test('a full day and a closed line are refused in both languages; refusals in a batch leave the others issued', async () => {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-content-'));
  fs.cpSync(path.resolve(import.meta.dirname, '../../../../content'), content, { recursive: true });
  const hall = JSON.parse(fs.readFileSync(path.join(content, 'hall.json'), 'utf8'));
  hall.queues.find((q: { id: string }) => q.id === 'placement').dailyQuota = 3;
  hall.queues.find((q: { id: string }) => q.id === 'subsidy').hours = '13:30-17:00';
  fs.writeFileSync(path.join(content, 'hall.json'), JSON.stringify(hall));
  await hub.close();
  hub = await startTestHub({ now: () => clock, env: { CONTENT_DIR: content } });
  // Five at once: they share one commit; the two past the quota are refused, the three others stand.
  const all = await Promise.all(Array.from({ length: 5 }, () => take({ serviceId: '3.1.2' })));
  assert.equal(all.map((r) => r.statusCode).sort(), [201, 201, 201, 409, 409]);
  const refused = all.find((r) => r.statusCode === 409)!.json();
  assert.is(refused.code, 'QUOTA_REACHED');
  assert.match(refused.text.zh, '今天的号已经取完了');
  assert.match(refused.text.en, 'tomorrow');
  assert.equal(all.filter((r) => r.statusCode === 201).map((r) => r.json().number).sort(), ['B001', 'B002', 'B003']);
  assert.is((hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n, 3);
  const closed = await take({ serviceId: '5.1.7' }); // 10:00 in the hall; the line opens at 13:30
  assert.is(closed.statusCode, 409);
  assert.is(closed.json().code, 'QUEUE_CLOSED');
  assert.match(closed.json().text.zh, '13:30-17:00');
  clock = new Date('2026-11-26T06:00:00Z'); // 14:00
  assert.is((await take({ serviceId: '5.1.7' })).statusCode, 201);
  fs.rmSync(content, { recursive: true, force: true });
});

test('people ahead of a new ticket stay the SQL count through calls and rolled-back issues', async () => {
  const store = new TicketStore(hub.app.hub.db);
  const tickets = new TicketService(hub.app.hub, store, hub.app.printing);
  const issue = (within?: () => void) => tickets.issue({ serviceId: '3.1.2', priority: 'normal', source: 'kiosk', kioskId: null, within });
  const counted = (t: { queueId: string; serviceDay: string; seq: number }) =>
    (hub.app.hub.db.prepare(`SELECT COUNT(*) AS n FROM tickets WHERE queue_id = ? AND service_day = ? AND status = 'waiting' AND seq < ?`)
      .get(t.queueId, t.serviceDay, t.seq) as { n: number }).n;
  const issued = [];
  for (let i = 0; i < 4; i++) issued.push(await issue());
  assert.equal(issued.map((t) => t.peopleAhead), [0, 1, 2, 3]);
  assert.ok(store.setStatus(issued[1]!.id, 'waiting', 'called', { counter_id: 'counter-1', called_at: clock.toISOString(), called: true }));
  let t = await issue();
  assert.is(t.peopleAhead, 3, 'the called ticket is no longer ahead');
  assert.is(t.peopleAhead, counted(t));
  // Refused after its row was written: the savepoint rolls it back, and it must not be counted.
  await issue(() => {
    throw new Error('appointment already checked in');
  }).then(() => assert.unreachable('should be refused'), () => {});
  t = await issue();
  assert.is(t.peopleAhead, 4);
  assert.is(t.peopleAhead, counted(t));
  // Several in one batch (one event-loop turn) count each other.
  const batch = await Promise.all([issue(), issue(), issue()]);
  assert.equal(batch.map((b) => b.peopleAhead), [5, 6, 7]);
  for (const b of batch) assert.is(b.peopleAhead, counted(b));
});

test('the ticket event log cannot be edited', async () => {
  const t = Ticket.parse((await take({ serviceId: '3.1.2' })).json());
  assert.throws(() => hub.app.hub.db.prepare("UPDATE ticket_events SET type = 'x' WHERE ticket_id = ?").run(t.id), /append-only/);
  assert.throws(() => hub.app.hub.db.prepare('DELETE FROM ticket_events WHERE ticket_id = ?').run(t.id), /append-only/);
});

test('the status page finds a ticket by its QR token and nothing else', async () => {
  const t = Ticket.parse((await take({ serviceId: '3.1.2' })).json());
  const token = t.statusUrl.split('/').pop()!;
  const res = await hub.app.inject({ method: 'GET', url: `/api/tickets/by-token/${token}` });
  assert.is(res.statusCode, 200);
  assert.is(res.json().number, t.number);
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/tickets/by-token/AAAAAAAAAAAAAAAAAAAAAA' })).statusCode, 404);
});

test('usage counts the tickets per service over the last 30 days, most first, and refreshes every ten minutes', async () => {
  clock = new Date('2026-10-20T02:00:00Z'); // five weeks back: outside the window
  for (let i = 0; i < 4; i++) await take({ serviceId: '7.1.2' });
  clock = new Date('2026-11-26T02:00:00Z');
  for (let i = 0; i < 3; i++) await take({ serviceId: '3.1.2' });
  await take({ serviceId: '1.1.1' });
  const usage = (await hub.app.inject({ method: 'GET', url: '/api/queue/usage' })).json();
  assert.equal(usage, { days: 30, services: [{ serviceId: '3.1.2', tickets: 3 }, { serviceId: '1.1.1', tickets: 1 }] });
  await take({ serviceId: '1.1.1' });
  await take({ serviceId: '1.1.1' });
  await take({ serviceId: '1.1.1' });
  clock = new Date(clock.getTime() + 11 * 60_000);
  const later = (await hub.app.inject({ method: 'GET', url: '/api/queue/usage' })).json();
  assert.equal(later.services[0], { serviceId: '1.1.1', tickets: 4 });
});

test.run();
