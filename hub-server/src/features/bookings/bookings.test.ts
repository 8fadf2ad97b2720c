import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BookingCalendar, BookingDay, BookingSlots, SessionBooking } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let clock: Date;
let hub: TestHub;
const inject = (method: 'GET' | 'POST', url: string, payload?: object, headers?: Record<string, string>) =>
  hub.app.inject({ method, url, ...(payload ? { payload } : {}), ...(headers ? { headers } : {}) });

test.before.each(async () => {
  clock = new Date('2026-11-23T00:00:00Z'); // Monday 08:00 in the hall
  hub = await startTestHub({ now: () => clock });
});
test.after.each(async () => {
  await hub.close();
});

const slots = async (flow: string, day?: string) => BookingSlots.parse((await inject('GET', `/api/bookings/slots?flow=${flow}${day ? `&day=${day}` : ''}`)).json());
const person = (n: number) => ({ name: '王小明', phone: `139${String(n).padStart(8, '0')}` });

test('a counsellor\'s slots are the week\'s sessions in 45-minute pieces with places left; a non-booking flow is refused', async () => {
  const s = await slots('counsellor');
  assert.is(s.day, '2026-11-23');
  assert.is(s.slots[0]!.start, '2026-11-23T01:00:00.000Z', '09:00');
  assert.ok(s.slots.every((x) => x.capacity === 2 && x.left === 2 && x.open));
  assert.ok(!s.days.includes('2026-11-28'), 'no Saturday sessions');
  const wrong = await inject('GET', '/api/bookings/slots?flow=where');
  assert.is(wrong.statusCode, 422);
  assert.match(wrong.json().message, 'query.flow');
});

test('booking takes a place and prints a slip with the code; the name and mobile are masked everywhere', async () => {
  const slot = (await slots('counsellor')).slots[1]!;
  const res = await inject('POST', '/api/bookings', { flowId: 'counsellor', session: slot.session, slotStart: slot.start, topic: 'cv', kioskId: 'kiosk-1', ...person(1) });
  assert.is(res.statusCode, 201, res.body);
  const b = SessionBooking.parse(res.json());
  assert.match(b.code, /^\d{8}$/);
  assert.is(b.nameMasked, '王**');
  assert.is(b.phoneMasked, '139****0001');
  assert.is(b.topic?.zh, '简历和面试');
  assert.ok(b.print, 'a print job for the slip');
  const doc = (hub.app.hub.db.prepare('SELECT document FROM print_jobs WHERE id = ?').get(b.print!.jobId) as { document: string }).document;
  assert.ok(doc.includes(b.code));
  assert.ok(doc.includes('139****0001') && !doc.includes('13900000001'), 'the slip shows the mobile masked');
  assert.not.ok(hub.app.hub.db.prepare('SELECT 1 FROM session_bookings WHERE name_masked LIKE ? OR phone_masked = ?').get('王小明', '13900000001'));
  assert.is((await slots('counsellor')).slots[1]!.left, 1);
  const found = SessionBooking.parse((await inject('GET', `/api/bookings/code/${b.code}`)).json());
  assert.is(found.id, b.id);
});

test('bad answers are refused at their fields in both languages, and nothing is written', async () => {
  const slot = (await slots('school-visits', undefined)).slots[0]!;
  const res = await inject('POST', '/api/bookings', { flowId: 'school-visits', session: slot.session, slotStart: slot.start, name: 'x', phone: '12345', partySize: 200 });
  assert.is(res.statusCode, 422);
  const fields = res.json().details.fields as Array<{ path: string; text: { zh: string; en: string } }>;
  assert.equal(fields.map((f) => f.path), ['body.name', 'body.phone', 'body.topic', 'body.partySize', 'body.organisation']);
  assert.match(fields[1]!.text.zh, '11 位手机号码');
  assert.match(fields[3]!.text.en, 'from 10 to 50');
  assert.is((hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM session_bookings').get() as { n: number }).n, 0);
  const off = await inject('POST', '/api/bookings', { flowId: 'counsellor', session: 'morning', slotStart: '2026-11-23T01:10:00.000Z', topic: 'cv', ...person(2) });
  assert.is(off.statusCode, 422);
  assert.match(off.json().message, 'body.slotStart');
});

test('a full slot, the same mobile twice, and one mobile in two places at once are all refused', async () => {
  const slot = (await slots('counsellor', '2026-11-25')).slots[2]!; // Wednesday 10:30
  const book = (p: object, s = slot) => inject('POST', '/api/bookings', { flowId: 'counsellor', session: s.session, slotStart: s.start, topic: 'cv', ...p });
  assert.is((await book(person(1))).statusCode, 201);
  const twice = await book(person(1));
  assert.is(twice.statusCode, 409);
  assert.is(twice.json().code, 'ALREADY_BOOKED');
  assert.is((await book(person(2))).statusCode, 201);
  const full = await book(person(3));
  assert.is(full.json().code, 'SLOT_FULL');
  assert.match(full.json().text.zh, '约满');
  // Someone booked with a counsellor at 10:30 cannot also sit in the 10:00–11:00 HR session that day.
  const hr = (await slots('hr-consulting', '2026-11-25')).slots.find((s) => s.start === '2026-11-25T02:00:00.000Z')!;
  const clash = await inject('POST', '/api/bookings', { flowId: 'hr-consulting', session: hr.session, slotStart: hr.start, topic: 'pay', organisation: '示例公司', ...person(1) });
  assert.is(clash.json().code, 'OVERLAPS');
});

test('the holder cancels with the code and the mobile\'s last digits, which frees the place', async () => {
  const slot = (await slots('counsellor')).slots[0]!;
  const b = SessionBooking.parse((await inject('POST', '/api/bookings', { flowId: 'counsellor', session: slot.session, slotStart: slot.start, topic: 'cv', ...person(7) })).json());
  const wrong = await inject('POST', `/api/bookings/code/${b.code}/cancel`, { phoneLast4: '9999' });
  assert.is(wrong.statusCode, 404);
  assert.match(wrong.json().text.zh, '对不上');
  const ok = SessionBooking.parse((await inject('POST', `/api/bookings/code/${b.code}/cancel`, { phoneLast4: '0007' })).json());
  assert.is(ok.status, 'cancelled');
  assert.is((await slots('counsellor')).slots[0]!.left, 2);
  assert.is((await inject('POST', `/api/bookings/code/${b.code}/cancel`, { phoneLast4: '0007' })).statusCode, 404, 'once only');
  assert.not.ok((hub.app.hub.db.prepare('SELECT phone_sealed FROM session_bookings WHERE id = ?').get(b.id) as { phone_sealed: string | null }).phone_sealed, 'the sealed mobile goes when the booking ends');
});

test('staff see the day by flow and slot, masked, and record attendance once the session has begun', async () => {
  const slot = (await slots('assistance-counsellor')).slots.find((s) => s.host === 'counsellor-liu')!;
  const b = SessionBooking.parse((await inject('POST', '/api/bookings', { flowId: 'assistance-counsellor', session: slot.session, slotStart: slot.start, host: 'counsellor-liu', topic: 'follow-up', ...person(4) })).json());
  assert.is(b.host?.name.zh, '刘建国老师');
  assert.is((await inject('GET', '/api/bookings/day')).statusCode, 401);
  const staff = await hub.login();
  const day = BookingDay.parse((await inject('GET', '/api/bookings/day?flow=assistance-counsellor', undefined, staff)).json());
  const row = day.flows[0]!.slots.find((s) => s.start === slot.start && s.host === 'counsellor-liu')!;
  assert.equal(row.bookings.map((x) => x.phoneMasked), ['139****0004']);
  assert.is(row.left, 0);
  const early = await inject('POST', `/api/bookings/${b.id}/status`, { status: 'attended' }, staff);
  assert.is(early.statusCode, 409);
  clock = new Date(Date.parse(slot.start) + 5 * 60_000);
  const done = SessionBooking.parse((await inject('POST', `/api/bookings/${b.id}/status`, { status: 'attended' }, staff)).json());
  assert.is(done.status, 'attended');
});

test('a session staff call off is texted to its holder, masked in the log; a holder\'s own cancel sends nothing', async () => {
  const slot = (await slots('counsellor')).slots[3]!;
  const book = (n: number) => inject('POST', '/api/bookings', { flowId: 'counsellor', session: slot.session, slotStart: slot.start, topic: 'cv', ...person(n) });
  const mine = SessionBooking.parse((await book(5)).json());
  const theirs = SessionBooking.parse((await book(6)).json());
  await inject('POST', `/api/bookings/code/${mine.code}/cancel`, { phoneLast4: '0005' });
  const staff = await hub.login();
  await inject('POST', `/api/bookings/${theirs.id}/status`, { status: 'cancelled' }, staff);
  const texts = hub.app.hub.db.prepare('SELECT to_masked, text FROM sms_messages').all() as Array<{ to_masked: string; text: string }>;
  assert.equal(texts.map((t) => t.to_masked), ['139****0006']);
  assert.match(texts[0]!.text, '因故取消');
  assert.match(texts[0]!.text, theirs.code);
});

test('the calendar lists group sessions ahead with their topics and places, for the lobby screens', async () => {
  const cal = BookingCalendar.parse((await inject('GET', '/api/bookings/calendar?days=7')).json());
  const topics = new Set(cal.items.map((i) => i.topic.zh));
  assert.ok(topics.has('简历写作工作坊') && topics.has('劳动合同、工资和权益'), [...topics].join(','));
  assert.ok(cal.items.every((i, k) => k === 0 || cal.items[k - 1]!.start <= i.start), 'in time order');
  assert.ok(cal.items.every((i) => i.left === i.capacity));
});

test.run();
