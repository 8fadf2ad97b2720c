import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { issuedLine, transactionsOf, type KpiEvent, type KpiTicket } from './transactions.ts';

/** 09:00 in the hall (Asia/Shanghai); times below are minutes after it. */
const T0 = Date.parse('2024-03-04T01:00:00.000Z');
const MIN = 60_000;
const at = (minute: number) => T0 + minute * MIN;
const ev = (type: string, minute: number, more: Partial<KpiEvent> = {}): KpiEvent => ({
  type, at: at(minute), counterId: type === 'issue' ? null : 'counter-3', staff: type === 'issue' ? null : 'alice', ...more,
});
const ticket = (over: Partial<KpiTicket> = {}): KpiTicket => ({ id: 't1', serviceId: '3.1.2', queueId: 'placement', serviceQueueId: 'placement', ...over });
const minutes = (ms: number | null) => (ms === null ? null : ms / MIN);

test('a plain visit: wait to the call, walk to the window, service from start to finish', () => {
  const [t, ...rest] = transactionsOf(ticket(), [ev('issue', 0), ev('call', 12), ev('start', 13), ev('finish', 21, { outcome: 'completed' })]);
  assert.is(rest.length, 0);
  assert.is(t!.queueId, 'placement');
  assert.is(t!.outcome, 'completed');
  assert.is(minutes(t!.waitMs), 12);
  assert.is(minutes(t!.walkMs), 1);
  assert.is(minutes(t!.serviceMs), 8);
  assert.is(t!.counterId, 'counter-3');
  assert.is(t!.staff, 'alice');
  assert.ok(t!.called);
  assert.is(t!.enteredAt, at(0));
  assert.is(t!.endedAt, at(21));
});

test('an appointment checked in early waits from its slot start; one called before its slot waited nothing', () => {
  const early = transactionsOf(ticket({ appointmentAt: at(30) }), [ev('issue', 10), ev('call', 36), ev('start', 37), ev('finish', 45, { outcome: 'completed' })]);
  assert.is(minutes(early[0]!.waitMs), 6, 'from the 09:30 slot, not the 09:10 check-in');
  assert.is(early[0]!.enteredAt, at(30));
  const late = transactionsOf(ticket({ appointmentAt: at(30) }), [ev('issue', 40), ev('call', 44)]);
  assert.is(minutes(late[0]!.waitMs), 4, 'checked in after the slot start: from the check-in');
  const ahead = transactionsOf(ticket({ appointmentAt: at(30) }), [ev('issue', 10), ev('call', 20)]);
  assert.is(minutes(ahead[0]!.waitMs), 0);
});

test('a recall does not move the wait: it counts from the first call; the walk includes the recalls', () => {
  const [t] = transactionsOf(ticket(), [ev('issue', 0), ev('call', 10), ev('recall', 12), ev('recall', 13), ev('start', 15), ev('finish', 20, { outcome: 'completed' })]);
  assert.is(minutes(t!.waitMs), 10);
  assert.is(minutes(t!.walkMs), 5);
  assert.is(minutes(t!.serviceMs), 5);
  assert.is(t!.lastCallAt, at(13));
});

test('a no-show after a recall: a wait, no service time, outcome no-show', () => {
  const [t] = transactionsOf(ticket(), [ev('issue', 0), ev('call', 30), ev('recall', 32), ev('no-show', 35)]);
  assert.is(t!.outcome, 'no-show');
  assert.is(minutes(t!.waitMs), 30);
  assert.is(t!.serviceMs, null);
  assert.is(t!.walkMs, null);
  assert.ok(t!.called);
});

test('finished without pressing start: service time runs from the last call', () => {
  const [t] = transactionsOf(ticket(), [ev('issue', 0), ev('call', 5), ev('recall', 6), ev('finish', 9, { outcome: 'information-only' })]);
  assert.is(t!.outcome, 'information-only');
  assert.is(minutes(t!.serviceMs), 3);
  assert.is(t!.walkMs, null);
});

test('park and resume: two transactions; the second waits from the resume', () => {
  const txs = transactionsOf(ticket(), [
    ev('issue', 0), ev('call', 10), ev('start', 11), ev('park', 15),
    ev('resume', 40), ev('call', 50, { counterId: 'counter-4', staff: 'bob' }), ev('start', 51), ev('finish', 60, { outcome: 'completed' }),
  ]);
  assert.equal(txs.map((t) => t.outcome), ['parked', 'completed']);
  assert.equal(txs.map((t) => minutes(t.waitMs)), [10, 10]);
  assert.equal(txs.map((t) => minutes(t.serviceMs)), [4, 9]);
  assert.is(txs[1]!.enteredAt, at(40));
  assert.is(txs[1]!.staff, 'bob');
  assert.is(txs[1]!.counterId, 'counter-4');
});

test('called straight back from the park pool: served again, but no wait is counted (the visitor was away by arrangement)', () => {
  const txs = transactionsOf(ticket(), [
    ev('issue', 0), ev('call', 10), ev('start', 11), ev('park', 14), ev('call', 30), ev('start', 31), ev('finish', 35, { outcome: 'needs-documents' }),
  ]);
  assert.equal(txs.map((t) => t.outcome), ['parked', 'needs-documents']);
  assert.equal(txs.map((t) => minutes(t.waitMs)), [10, null]);
  assert.equal(txs.map((t) => minutes(t.serviceMs)), [3, 4]);
  assert.ok(txs[1]!.called);
  assert.is(txs[1]!.enteredAt, at(30));
});

test('a parked visit that was only called (never started) has no service time', () => {
  const [t] = transactionsOf(ticket(), [ev('issue', 0), ev('call', 10), ev('park', 12)]);
  assert.is(t!.outcome, 'parked');
  assert.is(t!.serviceMs, null);
});

test('transfer to another line: each wait is counted in the line where it was spent', () => {
  const tk = ticket({ queueId: 'consult', serviceQueueId: 'placement' });
  const txs = transactionsOf(tk, [
    ev('issue', 0), ev('call', 5), ev('start', 6), ev('transfer', 8, { toQueue: 'consult' }),
    ev('call', 20, { counterId: 'counter-1', staff: 'bob' }), ev('start', 21), ev('finish', 30, { outcome: 'referred' }),
  ]);
  assert.equal(txs.map((t) => t.queueId), ['placement', 'consult']);
  assert.equal(txs.map((t) => t.outcome), ['transferred', 'referred']);
  assert.equal(txs.map((t) => minutes(t.waitMs)), [5, 12]);
  assert.equal(txs.map((t) => minutes(t.serviceMs)), [2, 9]);
  assert.equal(txs.map((t) => t.staff), ['alice', 'bob']);
  assert.is(txs[1]!.enteredAt, at(8));
});

test('transfer to a counter keeps the line; a transfer while waiting ends a transaction that was never called', () => {
  const toCounter = transactionsOf(ticket(), [
    ev('issue', 0), ev('call', 5), ev('transfer', 7, { toQueue: null }), ev('call', 9, { counterId: 'counter-4' }), ev('finish', 12, { outcome: 'completed' }),
  ]);
  assert.equal(toCounter.map((t) => t.queueId), ['placement', 'placement']);
  assert.equal(toCounter.map((t) => minutes(t.serviceMs)), [null, 3]);
  const whileWaiting = transactionsOf(ticket({ queueId: 'agency' }), [ev('issue', 0), ev('transfer', 3, { toQueue: 'agency', counterId: null, staff: 'desk' }), ev('call', 10)]);
  assert.equal(whileWaiting.map((t) => [t.queueId, t.outcome, t.called, minutes(t.waitMs)]), [
    ['placement', 'transferred', false, null],
    ['agency', 'unfinished', true, 7],
  ]);
  assert.is(whileWaiting[0]!.staff, 'desk', 'never called: the staff member of the event that ended it');
});

test('cancelled while waiting, cancelled from the park pool, and still open at the end of the log', () => {
  const [cancelled] = transactionsOf(ticket(), [ev('issue', 0), ev('cancel', 20)]);
  assert.equal([cancelled!.outcome, cancelled!.called, cancelled!.waitMs], ['cancelled', false, null]);
  const parked = transactionsOf(ticket(), [ev('issue', 0), ev('call', 1), ev('park', 2), ev('cancel', 50)]);
  assert.equal(parked.map((t) => t.outcome), ['parked'], 'the park already ended the transaction');
  const open = transactionsOf(ticket(), [ev('issue', 0), ev('call', 5), ev('start', 6)]);
  assert.equal([open[0]!.outcome, open[0]!.endedAt, open[0]!.serviceMs, minutes(open[0]!.waitMs)], ['unfinished', null, null, 5]);
  const waiting = transactionsOf(ticket(), [ev('issue', 0)]);
  assert.equal([waiting[0]!.outcome, waiting[0]!.called, waiting[0]!.waitMs], ['unfinished', false, null]);
});

test('across midnight: a visit issued at 23:50 and finished at 00:10 keeps its times', () => {
  const late = Date.parse('2024-03-04T15:50:00.000Z'); // 23:50 in the hall
  const e = (type: string, m: number, more: Partial<KpiEvent> = {}): KpiEvent => ({ type, at: late + m * MIN, counterId: 'counter-3', staff: 'alice', ...more });
  const [t] = transactionsOf(ticket(), [e('issue', 0), e('call', 5), e('start', 6), e('finish', 20, { outcome: 'completed' })]);
  assert.is(minutes(t!.waitMs), 5);
  assert.is(minutes(t!.serviceMs), 14);
  assert.is(t!.enteredAt, late);
});

test('a finish without a known outcome counts as "other"; event types this version does not know are skipped', () => {
  const [t] = transactionsOf(ticket(), [ev('issue', 0), ev('sms-sent', 1), ev('call', 2), ev('finish', 4, { outcome: 'mystery' })]);
  assert.is(t!.outcome, 'other');
  assert.is(minutes(t!.waitMs), 2);
  const [u] = transactionsOf(ticket(), [ev('issue', 0), ev('call', 2), ev('finish', 4)]);
  assert.is(u!.outcome, 'other');
});

test('the line at issue: the line now, unless a transfer moved it, then the line of its service', () => {
  assert.is(issuedLine(ticket({ queueId: 'placement', serviceQueueId: 'consult' }), [ev('issue', 0), ev('transfer', 3, { toQueue: null })]), 'placement');
  assert.is(issuedLine(ticket({ queueId: 'agency', serviceQueueId: 'consult' }), [ev('issue', 0), ev('transfer', 3, { toQueue: 'agency' })]), 'consult');
  assert.is(issuedLine(ticket({ queueId: 'agency', serviceQueueId: null }), [ev('issue', 0), ev('transfer', 3, { toQueue: 'agency' })]), 'agency');
});

test.run();
