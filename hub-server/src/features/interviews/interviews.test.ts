import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { VISITOR_TOKEN_HEADER, type PrintDocument, checkCharacter } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { creditCheckCharacter } from '../employers/credit-code.ts';

let hub: TestHub;
let staff: Record<string, string>;
let employer: Record<string, string>;
/** Thursday 26 November 2026, 10:00 in the hall. */
let clock = new Date('2026-11-26T02:00:00Z');
let ours: number;
/** Published vacancies of three other employers. */
let others: number[];
const seekers: Array<{ headers: Record<string, string>; name: string; idNumber: string }> = [];
/** Friday 09:00 and 09:30 in the hall. */
const FRI_0900 = '2026-11-27T01:00:00.000Z';
const FRI_0930 = '2026-11-27T01:30:00.000Z';

const count = () => (hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM interviews').get() as { n: number }).n;
const book = (who: number, vacancyId: number, slotStart: string, extra: object = {}) =>
  hub.app.inject({ method: 'POST', url: '/api/interviews', headers: seekers[who]!.headers, payload: { vacancyId, slotStart, ...extra } });
const slots = async (vacancyId: number, day: string) => (await hub.app.inject({ method: 'GET', url: `/api/interviews/slots?vacancyId=${vacancyId}&day=${day}` })).json();

test.before(async () => {
  hub = await startTestHub({ now: () => clock });
  staff = await hub.login();
  const credit = `91310116MA1GT5050${creditCheckCharacter('91310116MA1GT5050')}`;
  const acc = await hub.app.inject({ method: 'POST', url: '/api/employers', headers: staff, payload: { name: '金山远程面试测试有限公司', creditCode: credit } });
  employer = { [VISITOR_TOKEN_HEADER]: (await hub.app.inject({ method: 'POST', url: '/api/employers/sign-in', payload: { creditCode: credit, code: acc.json().signInCode } })).json().token };
  const v = await hub.app.inject({ method: 'POST', url: '/api/vacancies', headers: employer, payload: {
    title: '仓库理货员', employerName: '（账户名）', description: '负责仓库货物清点、上架和出库复核，长白班。', district: 'jinshan',
    payMin: 5500, payMax: 6500, headcount: 2, contactPhone: '021-57990000', occupationCode: '4-02-06-02',
  } });
  ours = v.json().id;
  await hub.app.inject({ method: 'POST', url: `/api/vacancies/${ours}/approve`, headers: staff, payload: {} });
  const rows = hub.app.hub.db.prepare(`SELECT id, employer_name FROM vacancies WHERE status = 'approved' AND employer_id IS NULL ORDER BY id`).all() as Array<{ id: number; employer_name: string }>;
  const seen = new Set<string>();
  others = rows.filter((r) => !seen.has(r.employer_name) && seen.add(r.employer_name)).slice(0, 6).map((r) => r.id);
  for (const [i, name] of ['孙丽华', '马志强', '胡晓燕', '林国栋'].entries()) {
    const first17 = `310116198805${10 + i}123`;
    const idNumber = first17 + checkCharacter(first17);
    const res = await hub.app.inject({ method: 'POST', url: '/api/seekers', payload: {
      idNumber, name, phone: `1390000000${i}`, district: 'jinshan', wantedOccupations: ['4-02-06-02'], consentToRecommend: true,
    } });
    seekers.push({ headers: { [VISITOR_TOKEN_HEADER]: res.json().token }, name, idNumber });
  }
});
test.after(async () => hub.close());

test('slots: weekdays only, today from an hour ahead, every booth free', async () => {
  const s = await slots(ours, '2026-11-26');
  assert.equal(s.days.slice(0, 3), ['2026-11-26', '2026-11-27', '2026-11-30']);
  const today = Object.fromEntries(s.slots.map((x: { start: string; available: boolean }) => [x.start, x.available]));
  assert.is(today['2026-11-26T02:30:00.000Z'], false, '10:30 is under an hour away');
  assert.is(today['2026-11-26T03:00:00.000Z'], true, '11:00 can be booked');
  const fri = await slots(ours, '2026-11-27');
  assert.is(fri.slots[0].start, FRI_0900);
  assert.is(fri.slots[0].boothsFree, 3);
  assert.equal((await slots(ours, '2026-11-28')).slots, [], 'Saturday');
});

test('a seeker books a slot: the first free booth, an MS reference and a slip with time and room', async () => {
  const res = await book(0, ours, FRI_0900, { kioskId: 'kiosk-1' });
  assert.is(res.statusCode, 201, res.body);
  const { interview, message } = res.json();
  assert.match(interview.refNo, /^MS20261126-\d{4}$/);
  assert.equal([interview.day, interview.start, interview.booth.id, interview.status], ['2026-11-27', FRI_0900, 'booth-a', 'booked']);
  assert.match(message.zh, '2026-11-27 09:00');
  assert.match(message.zh, '远程面试室 A');
  const row = hub.app.hub.db.prepare('SELECT document FROM print_jobs WHERE id = ?').get(interview.print.jobId) as { document: string };
  const text = (JSON.parse(row.document) as PrintDocument).blocks.map((b) => (b.type === 'text' ? b.text : b.type === 'qr' ? `QR:${b.data}` : '')).join('\n');
  for (const want of [interview.refNo, '2026-11-27 09:00–09:30', '远程面试室 A', '二楼 201', '金山远程面试测试有限公司', `QR:http://hall.test/jobs/${ours}`]) assert.match(text, want);
  assert.not.ok(text.includes(seekers[0]!.name) || text.includes(seekers[0]!.idNumber), 'masked on paper');
});

test('both sides see the time and room: the seeker on the kiosk, the employer on its account', async () => {
  const mine = await hub.app.inject({ method: 'GET', url: '/api/seekers/me/interviews', headers: seekers[0]!.headers });
  assert.equal(mine.json().items.map((i: { start: string }) => i.start), [FRI_0900]);
  const theirs = await hub.app.inject({ method: 'GET', url: '/api/employers/me/interviews', headers: employer });
  const item = theirs.json().items[0];
  assert.equal([item.start, item.booth.location.zh, item.vacancy.id], [FRI_0900, '二楼 201 室，出电梯右转', ours]);
  assert.match(item.seeker.nameMasked, '*');
  assert.not.match(theirs.body, seekers[0]!.name);
});

test('no double booking: the employer, the seeker and the vacancy each hold a slot once', async () => {
  const before = count();
  const employerBusy = await book(1, ours, FRI_0900);
  assert.equal([employerBusy.statusCode, employerBusy.json().code, employerBusy.json().issues[0].path], [409, 'EMPLOYER_BUSY', 'body.slotStart']);
  assert.ok(employerBusy.json().text.zh.includes('用人单位'));
  const seekerBusy = await book(0, others[0]!, FRI_0900);
  assert.equal([seekerBusy.statusCode, seekerBusy.json().code], [409, 'SEEKER_BUSY']);
  const sameJob = await book(0, ours, FRI_0930);
  assert.equal([sameJob.statusCode, sameJob.json().issues[0].path], [409, 'body.vacancyId']);
  assert.is(count(), before);
  const s = await slots(ours, '2026-11-27');
  assert.equal([s.slots[0].employerBusy, s.slots[0].boothsFree, s.slots[0].available], [true, 2, false]);
});

test('capacity: two seekers race for the last booth in one slot; exactly one gets it', async () => {
  assert.is((await book(1, others[0]!, FRI_0900)).json().interview.booth.id, 'booth-b');
  const [x, y] = await Promise.all([book(2, others[1]!, FRI_0900), book(3, others[2]!, FRI_0900)]);
  assert.equal([x.statusCode, y.statusCode].sort(), [201, 409]);
  assert.is((x.statusCode === 409 ? x : y).json().code, 'SLOT_FULL');
  const s = await slots(others[3]!, '2026-11-27');
  assert.equal([s.slots[0].boothsFree, s.slots[0].available], [0, false]);
});

test('bad bookings are refused by field and write nothing', async () => {
  const before = count();
  const cases: Array<[Promise<{ statusCode: number; json(): { issues?: Array<{ path: string }> } }>, number, string]> = [
    [book(3, others[3]!, '2026-11-27T01:10:00.000Z'), 422, 'body.slotStart'],
    [book(3, others[3]!, '2026-11-26T02:30:00.000Z'), 422, 'body.slotStart'],
    [book(3, others[3]!, '2026-11-28T01:00:00.000Z'), 422, 'body.slotStart'],
    [book(3, others[3]!, '2027-03-01T01:00:00.000Z'), 422, 'body.slotStart'],
    [book(3, 999999, FRI_0930), 422, 'body.vacancyId'],
    [book(3, others[3]!, FRI_0930, { kioskId: 'kiosk-99' }), 422, 'body.kioskId'],
    [book(3, others[3]!, 'tomorrow at nine'), 400, 'body.slotStart'],
  ];
  for (const [pending, status, path] of cases) {
    const res = await pending;
    assert.is(res.statusCode, status, JSON.stringify(res.json()));
    assert.is(res.json().issues![0]!.path, path);
  }
  const anonymous = await hub.app.inject({ method: 'POST', url: '/api/interviews', payload: { vacancyId: ours, slotStart: FRI_0930 } });
  assert.is(anonymous.statusCode, 401);
  assert.is(count(), before);
});

test('a seeker holds at most three booked interviews', async () => {
  assert.is((await book(0, others[3]!, FRI_0930)).statusCode, 201);
  assert.is((await book(0, others[4]!, '2026-11-27T02:00:00.000Z')).statusCode, 201);
  const fourth = await book(0, others[5]!, '2026-11-27T02:30:00.000Z');
  assert.equal([fourth.statusCode, fourth.json().code], [409, 'TOO_MANY_BOOKINGS']);
});

test('staff see the day; a side cancels before it begins and frees the booth; staff record held or no-show once begun', async () => {
  const day = await hub.app.inject({ method: 'GET', url: '/api/interviews?day=2026-11-27', headers: staff });
  assert.is(day.statusCode, 200);
  const items = day.json().items as Array<{ id: string; start: string; booth: { id: string }; vacancy: { id: number } }>;
  assert.equal(items.filter((i) => i.start === FRI_0900).map((i) => i.booth.id), ['booth-a', 'booth-b', 'booth-c']);
  assert.is(day.json().booths.length, 3);
  const ourInterview = items.find((i) => i.vacancy.id === ours)!;
  const status = (headers: Record<string, string>, body: object, id = ourInterview.id) => hub.app.inject({ method: 'POST', url: `/api/interviews/${id}/status`, headers, payload: body });

  assert.is((await status(seekers[1]!.headers, { status: 'cancelled' })).statusCode, 403, 'not theirs');
  const notStaff = await status(seekers[0]!.headers, { status: 'done' });
  assert.equal([notStaff.statusCode, notStaff.json().issues[0].path], [403, 'body.status']);
  assert.is((await status(staff, { status: 'done' })).statusCode, 409, 'not begun yet');
  const cancelled = await status(employer, { status: 'cancelled', note: '岗位已招满' });
  assert.equal([cancelled.statusCode, cancelled.json().status], [200, 'cancelled']);
  assert.is((await slots(others[5]!, '2026-11-27')).slots[0].boothsFree, 1, 'the booth is free again');

  clock = new Date('2026-11-27T01:05:00Z');
  staff = await hub.login(); // the visit sessions of the day before have expired
  const again = await hub.app.inject({ method: 'POST', url: '/api/seekers/sign-in', payload: { idNumber: seekers[1]!.idNumber, phoneLast4: '0001' } });
  const other = items.find((i) => i.vacancy.id === others[0])!;
  assert.is((await status({ [VISITOR_TOKEN_HEADER]: again.json().token }, { status: 'cancelled' }, other.id)).statusCode, 409, 'begun: too late for the seeker');
  const done = await status(staff, { status: 'done' }, other.id);
  assert.equal([done.statusCode, done.json().status], [200, 'done']);
  assert.is((await status(staff, { status: 'no-show' }, other.id)).statusCode, 409, 'final');
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/interviews' })).statusCode, 401);
});

test.run();
