import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { KpiGroupBy, QueueLine } from '../../contract/index.ts';
import { KpiGrouping, type KpiHall } from './grouping.ts';
import type { KpiFacts } from './transactions.ts';

const MIN = 60_000;
const line = (id: string, zh: string, serviceLevelMinutes: number): QueueLine => ({
  id, prefix: id[0]!.toUpperCase(), name: { zh, en: id }, counters: ['counter-1'], hours: '00:00-24:00', dailyQuota: null, typicalServiceMinutes: 6, serviceLevelMinutes,
});
const hall: KpiHall = {
  timezone: 'Asia/Shanghai',
  queues: [line('placement', '职业介绍', 20), line('consult', '综合咨询', 10)],
  counters: [
    { id: 'counter-10', window: 10, name: { zh: '10 号窗口', en: 'Window 10' } },
    { id: 'counter-2', window: 2, name: { zh: '2 号窗口', en: 'Window 2' } },
  ],
  services: [
    { id: '1.2.10', zh: '十', en: 'Ten' },
    { id: '1.2.9', zh: '九', en: 'Nine' },
  ],
  staffNames: new Map([['alice', '王芳']]),
};
const nine = Date.parse('2024-03-04T01:05:00Z'); // 09:05 in the hall
const fact = (over: Partial<KpiFacts>): KpiFacts => ({
  queueId: 'placement', serviceId: '1.2.9', counterId: 'counter-2', staff: 'alice', enteredAt: nine, called: true,
  outcome: 'completed', waitMs: 12 * MIN, serviceMs: 5 * MIN, walkMs: null, ...over,
});
const FACTS: KpiFacts[] = [
  fact({}),
  fact({ queueId: 'consult', serviceId: '1.2.10', counterId: 'counter-10', staff: 'bob', waitMs: 12 * MIN }),
  fact({ enteredAt: Date.parse('2024-03-04T15:50:00Z'), waitMs: 30 * MIN, outcome: 'no-show', serviceMs: null }),
  fact({ queueId: 'consult', called: false, counterId: null, staff: null, waitMs: null, serviceMs: null, outcome: 'cancelled' }),
];
const group = (by: KpiGroupBy, facts = FACTS) => {
  const g = new KpiGrouping(by, hall);
  facts.forEach((f) => g.add(f));
  return g;
};

test('by line: in hall order, named, with the line\'s target; each wait judged against its own line', () => {
  const g = group('queue');
  const rows = g.rows();
  assert.equal(rows.map((r) => r.key), ['placement', 'consult']);
  assert.equal(rows[0]!.label, { zh: '职业介绍', en: 'placement' });
  assert.equal(rows.map((r) => r.targetMinutes), [20, 10]);
  assert.equal(rows.map((r) => r.withinTargetShare), [0.5, 0], '12 min is within 20 but not within 10');
  assert.equal(rows.map((r) => r.transactions), [2, 2]);
  assert.is(g.totals().withinTargetShare, 0.3333, '1 of the 3 measured waits');
});

test('by hour of the hall\'s day: a visitor who joined at 23:50 local is in the 23 row, targets still per line', () => {
  const rows = group('hour').rows();
  assert.equal(rows.map((r) => r.key), ['09', '23']);
  assert.equal(rows.map((r) => r.label.zh), ['09:00–10:00', '23:00–24:00']);
  assert.equal(rows.map((r) => r.withinTargetShare), [0.5, 0]);
  assert.equal(rows.map((r) => r.targetMinutes), [null, null]);
});

test('by counter and by staff: in window order and by name; the never-called transactions last, as "not called"', () => {
  const counters = group('counter').rows();
  assert.equal(counters.map((r) => r.key), ['counter-2', 'counter-10', null]);
  assert.equal(counters[2]!.label, { zh: '未叫号', en: 'Not called' });
  assert.is(counters[2]!.outcomes.cancelled, 1);
  const staff = group('staff').rows();
  assert.equal(staff.map((r) => r.key), ['alice', 'bob', null]);
  assert.is(staff[0]!.label.zh, '王芳 (alice)');
  assert.is(staff[1]!.label.zh, 'bob', 'no display name known: the username');
});

test('by service: handbook ids in number order, named with the function', () => {
  const rows = group('service').rows();
  assert.equal(rows.map((r) => r.key), ['1.2.9', '1.2.10']);
  assert.equal(rows[1]!.label, { zh: '1.2.10 十', en: '1.2.10 Ten' });
});

test('totals are the same whatever the grouping, and the rows add up to them', () => {
  const totals = group('queue').totals();
  for (const by of ['service', 'counter', 'staff', 'hour'] as const) {
    const g = group(by);
    assert.equal(g.totals(), totals, by);
    const rows = g.rows();
    assert.is(rows.reduce((n, r) => n + r.transactions, 0), totals.transactions, by);
    assert.is(rows.reduce((n, r) => n + r.waitCount, 0), totals.waitCount, by);
  }
});

test('a line no longer in hall.json keeps its rows under its id, with the default 15-minute target', () => {
  const g = group('queue', [fact({ queueId: 'old-line', waitMs: 15 * MIN })]);
  const [row] = g.rows();
  assert.equal([row!.key, row!.label.zh, row!.targetMinutes, row!.withinTargetShare], ['old-line', 'old-line', null, 1]);
});

test.run();
