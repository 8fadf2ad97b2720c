import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CaseList, CasePublic, CaseRecord, CasesMine, SessionBooking, VISITOR_TOKEN_HEADER, checkCharacter } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let staff: Record<string, string>;
let clock: Date;

const idNumber = (first17: string) => first17 + checkCharacter(first17);
const inject = (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = staff) =>
  hub.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

test.before.each(async () => {
  clock = new Date('2026-11-23T01:00:00Z');
  hub = await startTestHub({ now: () => clock });
  staff = await hub.login();
});
test.after.each(async () => hub.close());

test('staff open a personnel file and log it in; the person finds it with ID number and mobile digits, masked', async () => {
  const ID = idNumber('31010419900101123');
  const opened = await inject('POST', '/api/cases', { flowId: 'personnel-file', idNumber: ID, name: '赵丽华', phoneLast4: '5678', ref: 'DJ-2026-118' });
  assert.is(opened.statusCode, 201, opened.body);
  const rec = CaseRecord.parse(opened.json());
  assert.is(rec.stage.id, 'awaiting');
  assert.is(rec.nameMasked, '赵**');
  assert.not.ok(opened.body.includes(ID));
  const moved = CaseRecord.parse((await inject('POST', `/api/cases/${rec.id}/entries`, { action: 'logIn', note: '原单位寄来，共 3 卷' })).json());
  assert.is(moved.stage.id, 'held');
  assert.is(moved.events.at(-1)!.note, '原单位寄来，共 3 卷', 'staff read their notes');

  const look = await inject('POST', '/api/cases/lookup', { flowId: 'personnel-file', idNumber: ID, phoneLast4: '5678' }, {});
  assert.is(look.statusCode, 200, look.body);
  const pub = CasePublic.parse(look.json());
  assert.is(pub.stage.label.zh, '在库保管');
  assert.equal(pub.stages.map((s) => `${s.id}:${s.reached ? 1 : 0}${s.current ? '*' : ''}`), ['awaiting:1', 'held:1*', 'lent:0', 'transferred:0', 'closed:0']);
  assert.not.ok(look.body.includes('3 卷'), 'the person sees no staff notes');
  const wrong = await inject('POST', '/api/cases/lookup', { flowId: 'personnel-file', idNumber: ID, phoneLast4: '5679' }, {});
  assert.is(wrong.statusCode, 404);
  assert.match(wrong.json().text.zh, '没有查到');
});

test('a stage not next from here is refused; one record per person and type; the ID number is checked at its field', async () => {
  const ID = idNumber('31010419900101124');
  const rec = CaseRecord.parse((await inject('POST', '/api/cases', { flowId: 'personnel-file', idNumber: ID, name: '钱伟', phoneLast4: '1111' })).json());
  const skip = await inject('POST', `/api/cases/${rec.id}/entries`, { to: 'transferred' });
  assert.is(skip.statusCode, 409);
  assert.match(skip.json().message, 'body.to');
  const again = await inject('POST', '/api/cases', { flowId: 'personnel-file', idNumber: ID, name: '钱伟' });
  assert.is(again.json().code, 'CASE_EXISTS');
  const bad = await inject('POST', '/api/cases', { flowId: 'personnel-file', idNumber: `${ID.slice(0, 17)}${ID[17] === '1' ? '2' : '1'}`, name: '钱伟' });
  assert.is(bad.statusCode, 422);
  assert.is(bad.json().issues[0].path, 'body.idNumber');
  assert.is((await inject('POST', `/api/cases/${rec.id}/entries`, { nextAt: '2026-12-01T01:00:00.000Z' })).statusCode, 422, 'an archive keeps no follow-up dates');
  assert.is((await inject('POST', '/api/cases', { flowId: 'personnel-file', idNumber: ID, name: '钱伟' }, {})).statusCode, 401);
});

test('completing registrations at the window moves the unemployment record, each with the pre-application it completes', async () => {
  const ID = idNumber('31010419850505123');
  const rec = CaseRecord.parse((await inject('POST', '/api/cases', { flowId: 'unemployment-record', idNumber: ID, name: '孙强', phoneLast4: '2222', ref: 'SY20261123-0001' })).json());
  assert.is(rec.stage.id, 'registered');
  const noRef = await inject('POST', `/api/cases/${rec.id}/entries`, { action: 'completeEmployment' });
  assert.is(noRef.statusCode, 422);
  assert.match(noRef.json().message, 'body.ref');
  const done = CaseRecord.parse((await inject('POST', `/api/cases/${rec.id}/entries`, { action: 'completeEmployment', ref: 'JY20261201-0003' })).json());
  assert.is(done.stage.id, 'employed');
  assert.equal(done.events.map((e) => [e.kind, e.to, e.ref]), [['opened', 'registered', 'SY20261123-0001'], ['stage', 'employed', 'JY20261201-0003']]);
  const list = CaseList.parse((await inject('GET', `/api/cases?idNumber=${ID}`)).json());
  assert.equal(list.items.map((i) => i.id), [rec.id]);
});

test('a signed-in client sees their follow-up record, their next session and the sessions held, and nothing of others', async () => {
  const ID = idNumber('31010419920202123');
  const reg = await hub.app.inject({
    method: 'POST', url: '/api/seekers',
    payload: {
      idNumber: ID, name: '周敏', phone: '13812340000', district: 'jiading', wantedOccupations: ['4-02-06-04'], skills: [], certificates: [],
      payMin: 5000, shifts: ['day'], avoidShifts: [], education: 'senior', experienceYears: 1, consentToRecommend: false,
    },
  });
  assert.is(reg.statusCode, 201, reg.body);
  const token = reg.json().token as string;
  const seeker = { [VISITOR_TOKEN_HEADER]: token };
  const rec = CaseRecord.parse((await inject('POST', '/api/cases', { flowId: 'guidance-follow-up', idNumber: ID, name: '周敏', owner: '张敏老师', nextAt: '2026-11-30T02:00:00.000Z' })).json());
  assert.is(rec.seekerId, reg.json().seeker.id, 'linked to the registered seeker by the ID number');
  await inject('POST', `/api/cases/${rec.id}/entries`, { to: 'following', note: '推荐了两个叉车岗位', nextAt: '2026-12-07T02:00:00.000Z' });
  const slots = (await hub.app.inject({ url: '/api/bookings/slots?flow=assistance-counsellor' })).json();
  const slot = slots.slots.find((s: { host: string; open: boolean }) => s.host === 'counsellor-zhang' && s.open);
  const booked = await hub.app.inject({
    method: 'POST', url: '/api/bookings', headers: seeker,
    payload: { flowId: 'assistance-counsellor', session: slot.session, slotStart: slot.start, host: 'counsellor-zhang', topic: 'follow-up', name: '周敏', phone: '13812340000' },
  });
  const booking = SessionBooking.parse(booked.json());
  const mine = CasesMine.parse((await hub.app.inject({ url: '/api/cases/mine', headers: seeker })).json());
  assert.equal(mine.cases.map((c) => [c.flowId, c.stage.id, c.owner, c.nextAt]), [['guidance-follow-up', 'following', '张敏老师', '2026-12-07T02:00:00.000Z']]);
  assert.equal(mine.upcoming.map((b) => b.code), [booking.code]);
  assert.equal(mine.cases[0]!.history.map((h) => h.kind), ['stage', 'opened']);
  assert.ok(!JSON.stringify(mine).includes('叉车岗位'), 'counsellors\' notes stay with staff');
  assert.is((await hub.app.inject({ url: '/api/cases/mine' })).statusCode, 401);
});

test('notes are sealed at rest: the database file never holds them, nor the ID number', async () => {
  const ID = idNumber('31010419930303123');
  await inject('POST', '/api/cases', { flowId: 'startup-follow-up', idNumber: ID, name: '吴芳', phoneLast4: '3333', note: '有慢性病，需要照顾身体' });
  hub.app.hub.db.pragma('wal_checkpoint(TRUNCATE)');
  for (const f of fs.readdirSync(hub.dataDir).filter((x) => x.startsWith('jobhall.sqlite'))) {
    const bytes = fs.readFileSync(path.join(hub.dataDir, f));
    for (const secret of [ID, '慢性病', '吴芳']) assert.is(bytes.indexOf(Buffer.from(secret)), -1, `${secret} in ${f}`);
  }
});

test.run();
