import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { TrackedItem, VISITOR_TOKEN_HEADER } from '../../contract/index.ts';
import { eventually } from '../../testing/test-hub.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

const NOW = new Date('2026-11-26T02:00:00Z');
/** 解聘备案 from an employer, two people let go (content/flows/dismissal-filing.json). */
const filing = {
  serviceId: '7.1.5', version: 1, kioskId: 'kiosk-1', sms: '138 0013 8000',
  answers: {
    companyName: '宏达电子有限公司', creditCode: '91310115MA1K4ABC2X', contactName: '李敏', contactPhone: '13700001111',
    workers: [
      { name: '张三', idNumber: '11010519491231002X', endDate: '2026-11-20', reason: 'expired', compensated: true },
      { name: '赵六', idNumber: '110105198001010032', endDate: '2026-11-20', reason: 'agreed' },
    ],
  },
};
async function filed(hub: TestHub) {
  const res = await hub.app.inject({ method: 'POST', url: '/api/forms/dismissal-filing/submissions', payload: filing });
  assert.is(res.statusCode, 201, res.body);
  return res.json() as { id: string; refNo: string; checkCode: string; smsMasked: string };
}
const lookup = async (hub: TestHub, refNo: string, checkCode: string) =>
  hub.app.inject({ method: 'POST', url: '/api/status/lookup', payload: { refNo, checkCode } });
const sms = (hub: TestHub) => hub.app.hub.db.prepare('SELECT to_masked, text FROM sms_messages ORDER BY created_at, rowid').all() as Array<{ to_masked: string; text: string }>;

test('staff find a submission in the queue, take it, ask for documents, then approve: each step an event, each decision one SMS', async () => {
  const hub = await startTestHub({ now: () => NOW });
  try {
    const staff = await hub.login();
    const f = await filed(hub);
    assert.is(f.smsMasked, '138****8000');
    const queue = (await hub.app.inject({ url: '/api/forms/submissions?flow=dismissal-filing&status=submitted', headers: staff })).json();
    assert.equal(queue.map((s: { refNo: string }) => s.refNo), [f.refNo]);
    assert.is(queue[0].title.zh, '解除（终止）劳动合同备案');
    assert.is((await hub.app.inject({ url: '/api/forms/submissions', headers: {} })).statusCode, 401);

    const act = (body: object) => hub.app.inject({ method: 'POST', url: `/api/forms/submissions/${f.id}/actions`, headers: staff, payload: body });
    assert.is((await act({ action: 'assign', to: 'admin' })).json().status, 'in-review');
    assert.is((await act({ action: 'comment', note: '名单与社保记录一致' })).json().status, 'in-review');
    const asked = (await act({ action: 'request-documents', note: '请补充两人的解除劳动合同证明' })).json();
    assert.is(asked.status, 'more-documents');
    assert.is((await act({ action: 'approve' })).statusCode, 409, 'not approved while documents are missing');
    assert.is((await act({ action: 'documents-received' })).json().status, 'in-review');
    const done = (await act({ action: 'approve', note: '已备案' })).json();
    assert.is(done.status, 'approved');
    assert.equal(done.events.map((e: { action: string }) => e.action), ['submit', 'assign', 'comment', 'request-documents', 'documents-received', 'approve']);
    assert.equal(done.events.map((e: { public: boolean }) => e.public), [true, false, false, true, false, true]);
    assert.is((await act({ action: 'refuse', reason: '改主意了' })).statusCode, 409, 'a decision is final');
    assert.is(done.smsFollow, false, 'the number is gone when the case ends');

    // The detail masks everyone in the group; the list never carried them.
    const text = JSON.stringify(done.answers);
    for (const secret of ['11010519491231002X', '张三', '13700001111']) assert.not.ok(text.includes(secret), secret);
    assert.ok(text.includes('1101**********002X') && text.includes('张*'));

    // One SMS per decision told to the applicant: documents asked for, then approved. None for staff notes.
    const sent = sms(hub);
    assert.is(sent.length, 2);
    assert.ok(sent.every((m) => m.to_masked === '138****8000' && m.text.includes(f.refNo)));
    assert.match(sent[0]!.text, /需要补充材料：请补充两人的解除劳动合同证明/);
    assert.match(sent[1]!.text, /已通过/);
    assert.is((hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM decision_contacts').get() as { n: number }).n, 0);
  } finally {
    await hub.close();
  }
});

test('the applicant follows it with the reference and check code: status and what the office said, nothing personal', async () => {
  const hub = await startTestHub({ now: () => NOW });
  try {
    const staff = await hub.login();
    const f = await filed(hub);
    assert.is((await lookup(hub, f.refNo, f.checkCode === '000000' ? '111111' : '000000')).statusCode, 404);
    const first = TrackedItem.parse((await lookup(hub, f.refNo.replace('-', '').toLowerCase(), f.checkCode)).json());
    assert.is(first.status, 'submitted');
    await hub.app.inject({ method: 'POST', url: `/api/forms/submissions/${f.id}/actions`, headers: staff, payload: { action: 'comment', note: '内部：核对社保' } });
    await hub.app.inject({ method: 'POST', url: `/api/forms/submissions/${f.id}/actions`, headers: staff, payload: { action: 'refuse', reason: '名单中有人未参保，请先补缴' } });
    const item = TrackedItem.parse((await lookup(hub, f.refNo, f.checkCode)).json());
    assert.equal([item.source, item.status, item.final, item.statusText.zh], ['form', 'refused', true, '未通过']);
    assert.equal(item.history.map((h) => h.note), [null, '名单中有人未参保，请先补缴']);
    const raw = JSON.stringify(item);
    for (const secret of ['内部', '张三', '11010519491231002X', '宏达', '13700001111']) assert.not.ok(raw.includes(secret), secret);
    const refuse = await hub.app.inject({ method: 'POST', url: `/api/forms/submissions/${f.id}/actions`, headers: staff, payload: { action: 'refuse', reason: '' } });
    assert.is(refuse.statusCode, 400);
    assert.is(refuse.json().issues[0].path, 'body.reason');
  } finally {
    await hub.close();
  }
});

test('a complaint is followed by the same lookup, and the receipt\'s QR opens the phone status page', async () => {
  const hub = await startTestHub({ now: () => NOW });
  try {
    const c = (await hub.app.inject({ method: 'POST', url: '/api/complaints', payload: {
      kind: 'wage-arrears', employerName: '某某建筑劳务有限公司', description: '工地完工后拖欠三个月工资。', anonymous: true,
    } })).json();
    assert.is(c.statusUrl, `http://hall.test/status/${c.refNo}#${c.checkCode}`);
    const item = TrackedItem.parse((await lookup(hub, c.refNo, c.checkCode)).json());
    assert.equal([item.source, item.status, item.title.zh], ['complaint', 'received', '投诉：拖欠工资']);
    const page = await hub.app.inject({ url: `/status/${c.refNo}` });
    assert.is(page.statusCode, 302);
    assert.is(page.headers.location, `/kiosk/track.html?ref=${c.refNo}`);
    assert.is((await hub.app.inject({ url: `/complaints/${c.refNo}` })).headers.location, `/status/${c.refNo}`);
  } finally {
    await hub.close();
  }
});

test('an assignee must be a staff member; the queue filters by assignee', async () => {
  const hub = await startTestHub({ now: () => NOW });
  try {
    const staff = await hub.login();
    const f = await filed(hub);
    const bad = await hub.app.inject({ method: 'POST', url: `/api/forms/submissions/${f.id}/actions`, headers: staff, payload: { action: 'assign', to: 'nobody' } });
    assert.is(bad.statusCode, 422);
    assert.is(bad.json().issues[0].path, 'body.to');
    assert.is((await hub.app.inject({ url: '/api/forms/submissions?assignee=none', headers: staff })).json().length, 1);
    await hub.app.inject({ method: 'POST', url: `/api/forms/submissions/${f.id}/actions`, headers: staff, payload: { action: 'assign', to: 'admin' } });
    assert.is((await hub.app.inject({ url: '/api/forms/submissions?assignee=none', headers: staff })).json().length, 0);
    assert.is((await hub.app.inject({ url: '/api/forms/submissions?assignee=admin', headers: staff })).json().length, 1);
  } finally {
    await hub.close();
  }
});

test('a 退订 reply from the phone drops its decision texts; no message goes out for the decision after', async () => {
  const hub = await startTestHub({ now: () => NOW });
  try {
    const staff = await hub.login();
    const f = await filed(hub);
    assert.ok(hub.app.sms.followsDecisions(`form:${f.id}`));
    await hub.app.hub.bus.publish('smsReceived', { deviceId: 'sms-1' }, { messageId: 'in-1', from: '13800138000', text: '退订', at: NOW.toISOString() });
    await eventually(() => !hub.app.sms.followsDecisions(`form:${f.id}`), 3000, 'the opt-in dropped');
    await hub.app.inject({ method: 'POST', url: `/api/forms/submissions/${f.id}/actions`, headers: staff, payload: { action: 'approve' } });
    assert.is(sms(hub).filter((m) => m.text.includes(f.refNo)).length, 0);
  } finally {
    await hub.close();
  }
});

test('a job seeker signed in at the kiosk finds their own submissions without the slip; nobody else does', async () => {
  const hub = await startTestHub({ now: () => NOW });
  try {
    const seeker = (await hub.app.inject({ method: 'POST', url: '/api/seekers', payload: {
      idNumber: '11010519491231002X', name: '王芳', phone: '13900001234', district: 'jiading', wantedOccupations: ['4-02-06-04'], consentToRecommend: true,
    } })).json();
    assert.ok(seeker.token, JSON.stringify(seeker));
    const mine = { [VISITOR_TOKEN_HEADER]: seeker.token };
    const answers = { name: '王芳', idNumber: '11010519491231002X', phone: '13900001234', workedBefore: false, wantsWork: true };
    const sent = await hub.app.inject({ method: 'POST', url: '/api/forms/unemployment-registration/submissions', headers: mine, payload: { serviceId: '7.1.2', version: 1, answers } });
    assert.is(sent.statusCode, 201, sent.body);
    await hub.app.inject({ method: 'POST', url: '/api/forms/unemployment-registration/submissions', payload: { serviceId: '7.1.2', version: 1, answers } });
    const list = (await hub.app.inject({ url: '/api/status/mine', headers: mine })).json();
    assert.equal(list.map((i: { refNo: string }) => i.refNo), [sent.json().refNo]);
    assert.is((await hub.app.inject({ url: '/api/status/mine' })).statusCode, 401);
  } finally {
    await hub.close();
  }
});

test.run();
