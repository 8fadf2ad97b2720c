import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BookingFlow } from '../../contract/index.ts';
import { bookableDays, findSlot, slotsOn } from './schedule.ts';

const L = (zh: string, en: string) => ({ zh, en });
const flow = (extra: object = {}) => BookingFlow.parse({
  id: 'counsel', kind: 'booking', version: 1, functions: ['4.1.3'], label: L('预约', 'Book'), title: L('预约', 'Book'),
  resource: L('指导师', 'a counsellor'), where: L('2楼', '2nd floor'), daysAhead: 7,
  sessions: [
    { id: 'am', weekdays: [1, 3], hours: '09:00-11:00', slotMinutes: 45, capacity: 2 },
    { id: 'talk', topic: L('简历', 'CVs'), weekdays: [2], hours: '14:00-16:00', capacity: 20 },
  ],
  ...extra,
});
const TZ = 'Asia/Shanghai';

test('a session is cut into whole slots on its weekdays only; a session without slotMinutes is one slot', () => {
  // 2026-11-23 is a Monday.
  const mon = slotsOn(flow(), '2026-11-23', TZ);
  assert.equal(mon.map((s) => s.start.toISOString()), ['2026-11-23T01:00:00.000Z', '2026-11-23T01:45:00.000Z'], '09:00 and 09:45; 10:30 would end after 11:00');
  assert.equal(mon.map((s) => s.host), [null, null]);
  const tue = slotsOn(flow(), '2026-11-24', TZ);
  assert.is(tue.length, 1);
  assert.is(tue[0]!.end.getTime() - tue[0]!.start.getTime(), 2 * 3600_000);
  assert.equal(slotsOn(flow(), '2026-11-26', TZ), [], 'Thursday has no session');
});

test('with named hosts each host has the slot to themselves', () => {
  const f = flow({ hosts: [{ id: 'zhang', name: L('张', 'Zhang') }, { id: 'li', name: L('李', 'Li') }] });
  const mon = slotsOn(f, '2026-11-23', TZ);
  assert.equal(mon.map((s) => `${s.start.toISOString().slice(11, 16)} ${s.host}`), ['01:00 li', '01:00 zhang', '01:45 li', '01:45 zhang']);
  assert.ok(findSlot(f, '2026-11-23', 'am', new Date('2026-11-23T01:45:00Z'), 'zhang', TZ));
  assert.is(findSlot(f, '2026-11-23', 'am', new Date('2026-11-23T01:50:00Z'), 'zhang', TZ), null);
  assert.is(findSlot(f, '2026-11-23', 'talk', new Date('2026-11-23T01:45:00Z'), 'zhang', TZ), null, 'a slot of another session');
});

test('bookable days start today, end daysAhead later, and skip a day whose last slot is too soon', () => {
  const at = (iso: string) => bookableDays(flow(), '2026-11-23', new Date(iso), TZ);
  assert.equal(at('2026-11-23T00:00:00Z'), ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-30']);
  // 09:30 on Monday with an hour's notice: the 09:45 slot is too soon, so Monday is gone.
  assert.equal(at('2026-11-23T01:30:00Z')[0], '2026-11-24');
});

test('the meta-schema refuses a slot longer than its session and a party larger than the places', () => {
  const issues = (extra: object) => {
    const r = BookingFlow.safeParse({ ...flow(), ...extra });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  assert.equal(issues({ sessions: [{ id: 'a', weekdays: [1], hours: '09:00-09:30', slotMinutes: 45, capacity: 1 }] }), ['sessions.0.slotMinutes: longer than the session']);
  assert.equal(issues({ sessions: [{ id: 'a', weekdays: [1], hours: '10:00-09:00', capacity: 1 }] }), ['sessions.0.hours: ends before it starts']);
  assert.equal(issues({ places: 'people', ask: { party: { label: L('人数', 'People'), min: 5, max: 9 } }, sessions: [{ id: 'a', weekdays: [1], hours: '09:00-10:00', capacity: 4 }] }),
    ['sessions.0.capacity: smaller than the smallest party']);
});

test.run();
