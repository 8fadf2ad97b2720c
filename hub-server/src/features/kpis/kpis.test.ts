import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CounterActionResult, KpiReport, Ticket } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

/**
 * A day at the hall through the real counter API, with the hub clock moved by hand, then the KPIs checked
 * against numbers worked out by hand. Placement's target is 20 minutes, consult's 10 (content/hall.json).
 */
let clock = new Date('2024-03-04T01:00:00.000Z'); // 09:00 in the hall (Asia/Shanghai)
let hub: TestHub;
let admin: Record<string, string>;
let clerk: Record<string, string>;

const at = (hhmm: string, day = '2024-03-04') => {
  // Shanghai is UTC+8 all year.
  clock = new Date(Date.parse(`${day}T${hhmm}:00.000+08:00`));
};
const login = async () => {
  admin = await hub.login();
  clerk = await hub.login('clerk', 'clerk-password');
};
const take = async (serviceId: string) =>
  Ticket.parse((await hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId } })).json());
const act = async (counterId: string, action: string, headers: Record<string, string>, payload?: object) => {
  const res = await hub.app.inject({ method: 'POST', url: `/api/counters/${counterId}/${action}`, headers, ...(payload ? { payload } : {}) });
  assert.is(res.statusCode, 200, `${action}: ${res.body}`);
  return CounterActionResult.parse(res.json());
};
const kpis = async (query: string, headers = admin) => {
  const res = await hub.app.inject({ method: 'GET', url: `/api/kpis?${query}`, headers });
  assert.is(res.statusCode, 200, res.body);
  return KpiReport.parse(res.json());
};
const row = (r: KpiReport, key: string | null) => {
  const found = r.rows.find((x) => x.key === key);
  assert.ok(found, `a row for ${key}`);
  return found!;
};
const MIN = 60;

test.before(async () => {
  hub = await startTestHub({ now: () => clock });
  await hub.app.staff.addStaff('clerk', '王芳', ['counter-staff'], 'clerk-password', clock);
  await login();
});
test.after(async () => {
  await hub.close();
});

test('a day at the counters', async () => {
  const [a, b, c] = [await take('3.1.2'), await take('3.1.2'), await take('3.1.2')];
  await act('counter-3', 'sign-in', admin);
  await act('counter-1', 'sign-in', clerk);

  at('09:05');
  assert.is((await act('counter-3', 'call-next', admin)).call?.ticketId, a.id); // A waited 5 min
  at('09:06');
  await act('counter-3', 'start', admin);
  at('09:14');
  await act('counter-3', 'finish', admin, { outcome: 'completed' }); // A served 8 min
  assert.is((await act('counter-3', 'call-next', admin)).call?.ticketId, b.id); // B waited 14 min
  at('09:16');
  await act('counter-3', 'recall', admin);
  at('09:18');
  await act('counter-3', 'no-show', admin); // B: no-show, the recall does not change the wait
  at('09:25');
  assert.is((await act('counter-3', 'call-next', admin)).call?.ticketId, c.id); // C waited 25 min: over the 20-minute target
  at('09:26');
  await act('counter-3', 'start', admin);
  at('09:28');
  await act('counter-3', 'transfer', admin, { queueId: 'consult' }); // C served 2 min here, then waits in consult
  at('09:30');
  assert.is((await act('counter-1', 'call-next', clerk)).call?.ticketId, c.id); // C waited 2 min in consult
  at('09:31');
  await act('counter-1', 'start', clerk);
  at('09:35');
  await act('counter-1', 'finish', clerk, { outcome: 'information-only' }); // C served 4 min in consult
});

test('just before midnight a visit starts; it ends after midnight', async () => {
  at('23:50');
  await login();
  const d = await take('3.1.2');
  at('23:55');
  assert.is((await act('counter-3', 'call-next', admin)).call?.ticketId, d.id); // D waited 5 min
  at('23:56');
  await act('counter-3', 'start', admin);
  const before = await kpis('from=2024-03-04&to=2024-03-04&groupBy=queue');
  assert.is(row(before, 'placement').outcomes.unfinished, 1, 'D is still at the window');
  at('00:10', '2024-03-05');
  await act('counter-3', 'finish', admin, {}); // D served 14 min, across midnight
  at('00:20', '2024-03-05');
  await take('3.1.2'); // E: the next service day
});

test('by line: waits, p90, service times, no-shows and the service level, worked out by hand', async () => {
  const r = await kpis('from=2024-03-04&to=2024-03-04&groupBy=queue');
  assert.is(r.tickets, 4, 'A, B, C and D; E belongs to the next day');
  assert.is(r.timezone, 'Asia/Shanghai');
  assert.equal(r.rows.map((x) => x.key), ['consult', 'placement']);
  const placement = row(r, 'placement');
  assert.is(placement.targetMinutes, 20);
  assert.is(placement.transactions, 4, 'A, B, C before its transfer, D');
  assert.is(placement.called, 4);
  assert.is(placement.served, 2, 'A and D');
  assert.is(placement.noShows, 1);
  assert.is(placement.noShowRate, 0.25);
  assert.is(placement.waitAvgSec, 12.25 * MIN, 'waits 5, 14, 25, 5');
  assert.is(placement.waitP90Sec, 25 * MIN);
  assert.is(placement.withinTargetShare, 0.75);
  assert.is(placement.serviceAvgSec, 8 * MIN, 'service 8, 2 and 14 (D across midnight)');
  assert.is(placement.serviceP90Sec, 14 * MIN);
  assert.is(placement.walkAvgSec, 1 * MIN);
  assert.equal([placement.outcomes.completed, placement.outcomes['no-show'], placement.outcomes.transferred], [2, 1, 1]);
  const consult = row(r, 'consult');
  assert.equal([consult.transactions, consult.waitAvgSec, consult.serviceAvgSec, consult.withinTargetShare, consult.targetMinutes], [1, 2 * MIN, 4 * MIN, 1, 10]);
  assert.is(consult.outcomes['information-only'], 1);
  assert.equal(
    [r.totals.transactions, r.totals.waitAvgSec, r.totals.waitP90Sec, r.totals.serviceAvgSec, r.totals.withinTargetShare, r.totals.noShowRate],
    [5, 10.2 * MIN, 25 * MIN, 7 * MIN, 0.8, 0.2],
  );
});

test('by staff, counter, service and hour of the hall\'s day', async () => {
  const staff = await kpis('from=2024-03-04&to=2024-03-04&groupBy=staff');
  assert.equal(staff.rows.map((x) => [x.key, x.label.zh, x.transactions]), [['admin', '管理员 Administrator (admin)', 4], ['clerk', '王芳 (clerk)', 1]]);
  const counters = await kpis('from=2024-03-04&to=2024-03-04&groupBy=counter');
  assert.equal(counters.rows.map((x) => [x.key, x.label.zh, x.transactions]), [['counter-1', '1 号窗口', 1], ['counter-3', '3 号窗口', 4]]);
  const services = await kpis('from=2024-03-04&to=2024-03-04&groupBy=service');
  assert.equal(services.rows.map((x) => [x.key, x.transactions]), [['3.1.2', 5]]);
  const hours = await kpis('from=2024-03-04&to=2024-03-04&groupBy=hour');
  assert.equal(hours.rows.map((x) => [x.key, x.transactions]), [['09', 4], ['23', 1]], 'D joined the line at 23:50 local');
  assert.equal(hours.totals, staff.totals);
});

test('the range is of service days, both ends included; the figures follow the log at once', async () => {
  const both = await kpis('from=2024-03-04&to=2024-03-05');
  assert.is(both.tickets, 5);
  assert.is(both.totals.outcomes.unfinished, 1, 'E is waiting');
  at('00:30', '2024-03-05');
  await act('counter-3', 'call-next', admin);
  at('00:33', '2024-03-05');
  await act('counter-3', 'finish', admin, {});
  const next = await kpis('from=2024-03-05&to=2024-03-05');
  assert.equal([next.tickets, next.totals.outcomes.unfinished, next.totals.outcomes.completed, next.totals.waitAvgSec], [1, 0, 1, 10 * MIN]);
  const empty = await kpis('from=2023-01-01&to=2023-12-31&groupBy=staff');
  assert.equal([empty.tickets, empty.rows, empty.totals.waitAvgSec], [0, [], null]);
});

test('CSV: UTF-8 with a BOM, a header in Chinese and English, the same numbers', async () => {
  const res = await hub.app.inject({ method: 'GET', url: '/api/kpis.csv?from=2024-03-04&to=2024-03-04&groupBy=queue', headers: admin });
  assert.is(res.statusCode, 200, res.body);
  assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
  assert.match(String(res.headers['content-disposition']), 'attachment; filename="jobhall-kpis-2024-03-04-2024-03-04-queue.csv"');
  assert.equal([...res.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = res.body.slice(1).split('\r\n');
  assert.match(lines[0]!, /^队列 Queue line,名称,Name,办理事务数 Transactions,/);
  assert.match(lines[2]!, /^placement,求职登记与职业介绍,Job seekers and placement,4,4,2,1,25\.0,4,12\.3,25\.0,8\.0,14\.0,1\.0,75\.0,20,2,/);
  assert.match(lines[3]!, /^合计 Total,/);
});

test('staff only; bad query values are a 400 naming the field', async () => {
  const anon = await hub.app.inject({ method: 'GET', url: '/api/kpis?from=2024-03-04&to=2024-03-04' });
  assert.is(anon.statusCode, 401);
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/kpis.csv?from=2024-03-04&to=2024-03-04' })).statusCode, 401);
  const bad = async (query: string, path: string) => {
    for (const url of [`/api/kpis?${query}`, `/api/kpis.csv?${query}`]) {
      const res = await hub.app.inject({ method: 'GET', url, headers: admin });
      assert.is(res.statusCode, 400, `${url}: ${res.body}`);
      assert.ok(res.json().issues.some((i: { path: string }) => i.path === path), `${url} names ${path}: ${res.body}`);
    }
  };
  await bad('from=2024-13-01&to=2024-03-04', 'querystring.from');
  await bad('to=2024-03-04', 'querystring.from');
  await bad('from=2024-03-04&to=2024-03-01', 'querystring.to');
  await bad('from=2023-01-01&to=2024-03-04', 'querystring.to');
  await bad('from=2024-03-04&to=2024-03-04&groupBy=window', 'querystring.groupBy');
  await bad('from=2024-03-04&to=2024-03-04&extra=1', 'querystring.extra');
});

test.run();
