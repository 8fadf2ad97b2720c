import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { InterviewBoothsFile } from '../../contract/index.ts';
import { isoWeekday } from '../../infra/clock.ts';
import { bookableDays, findSlot, loadBooths, slotsOn } from './schedule.ts';
import { refusal } from './status.ts';

const TZ = 'Asia/Shanghai';
const cfg: InterviewBoothsFile = {
  note: '', slotMinutes: 30, sessions: ['13:30-15:00', '09:00-10:15'], weekdays: [1, 2, 3, 4, 5], daysAhead: 7, minNoticeMinutes: 60, maxOpenPerSeeker: 3,
  booths: [{ id: 'a', name: { zh: 'A', en: 'A' }, location: { zh: '二楼', en: '2F' } }],
};
const local = (d: Date) => d.toLocaleTimeString('en-GB', { timeZone: TZ, hour: '2-digit', minute: '2-digit' });

test('sessions are cut into whole slots in hall time, in order; a short remainder is not offered', () => {
  const slots = slotsOn('2026-11-26', cfg, TZ);
  assert.equal(slots.map((s) => local(s.start)), ['09:00', '09:30', '13:30', '14:00', '14:30']);
  assert.is(slots[0]!.start.toISOString(), '2026-11-26T01:00:00.000Z');
  assert.is(slots[0]!.end.getTime() - slots[0]!.start.getTime(), 30 * 60_000);
});

test('no slots on a day the booths are not staffed', () => {
  assert.is(isoWeekday('2026-11-29'), 7);
  assert.equal(slotsOn('2026-11-29', cfg, TZ), []);
});

test('bookable days skip weekends and a today with no slot left far enough ahead', () => {
  // Thursday 14:10 in the hall: the last slot, 14:30, is under an hour away.
  const now = new Date('2026-11-26T06:10:00Z');
  assert.equal(bookableDays('2026-11-26', now, cfg, TZ), ['2026-11-27', '2026-11-30', '2026-12-01', '2026-12-02']);
  const morning = new Date('2026-11-26T01:00:00Z');
  assert.is(bookableDays('2026-11-26', morning, cfg, TZ)[0], '2026-11-26');
});

test('a slot is found only by its exact start on a bookable day', () => {
  const days = ['2026-11-27'];
  assert.is(findSlot(new Date('2026-11-27T05:30:00Z'), days, cfg, TZ)?.day, '2026-11-27');
  assert.is(findSlot(new Date('2026-11-27T05:45:00Z'), days, cfg, TZ), null, 'not a slot start');
  assert.is(findSlot(new Date('2026-11-30T05:30:00Z'), days, cfg, TZ), null, 'not a bookable day');
});

test('booth content that overlaps or repeats a booth stops start-up, naming the file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-booths-'));
  fs.mkdirSync(path.join(dir, 'jobs'));
  const write = (c: object) => fs.writeFileSync(path.join(dir, 'jobs', 'interview-booths.json'), JSON.stringify(c));
  try {
    write({ ...cfg, sessions: ['09:00-11:00', '10:30-12:00'] });
    assert.throws(() => loadBooths(dir), /interview-booths\.json: sessions: .* overlap/);
    write({ ...cfg, booths: [cfg.booths[0], cfg.booths[0]] });
    assert.throws(() => loadBooths(dir), /booths\.1\.id: "a" appears twice/);
    write({ ...cfg, sessions: ['11:00-10:00'] });
    assert.throws(() => loadBooths(dir), /sessions\.0/);
    write(cfg);
    assert.is(loadBooths(dir).booths.length, 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the shipped booth file parses', () => {
  const shipped = loadBooths(path.resolve(import.meta.dirname, '../../../../content'));
  assert.ok(shipped.booths.length >= 1);
});

test('a booking is held, missed or cancelled; sides may only cancel, and only before it begins', () => {
  const start = new Date('2026-11-27T01:00:00Z');
  const before = new Date('2026-11-27T00:00:00Z');
  const after = new Date('2026-11-27T01:10:00Z');
  assert.is(refusal('booked', 'cancelled', 'seeker', before, start), null);
  assert.match(refusal('booked', 'cancelled', 'employer', after, start)!, 'has begun');
  assert.is(refusal('booked', 'cancelled', 'staff', after, start), null);
  assert.match(refusal('booked', 'done', 'staff', before, start)!, 'not begun');
  assert.is(refusal('booked', 'done', 'staff', after, start), null);
  assert.is(refusal('booked', 'no-show', 'staff', after, start), null);
  assert.match(refusal('booked', 'done', 'seeker', after, start)!, 'only staff');
  assert.match(refusal('done', 'cancelled', 'staff', after, start)!, 'is done');
  assert.match(refusal('cancelled', 'done', 'staff', after, start)!, 'is cancelled');
});

test.run();
