/**
 * SMS subscriptions (2.3.2) through the real sms capability: the hub, the embedded broker, the SMS agent and
 * its simulated gateway. Codes and alerts are read from what the gateway "sent"; a 退订 reply is a message the
 * gateway "received". The hall clock is moved to cross the alert gap, quiet hours and code expiry.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { eventually, startTestHall, type TestHall } from './hall.ts';

let hall: TestHall;
let staff: Record<string, string>;
// 10:00 in Shanghai.
const clock = new Date('2031-06-02T02:00:00Z');
/** Moves the hall clock; staff sign in again, as a session does not outlive a jump of days. */
const setHallTime = async (iso: string) => {
  clock.setTime(Date.parse(iso));
  staff = await hall.hub.login();
};

test.before(async () => {
  hall = await startTestHall('embedded', { listen: false, now: () => clock });
  staff = await hall.hub.login();
});
test.after(async () => hall.close());

const inject = (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}) =>
  hall.hub.app.inject({ method, url, payload, headers });
const sentTo = (phone: string) => hall.sms.sent.filter((m) => m.to === phone);
const db = () => hall.hub.app.hub.db;
const rowsOf = (phone: string) => db().prepare('SELECT status FROM sms_subscriptions WHERE phone = ?').all(phone) as Array<{ status: string }>;

/** Asks for a subscription, reads the code off the phone, confirms; returns the subscription id. */
async function subscribe(phone: string, topics: object): Promise<string> {
  const before = sentTo(phone).length;
  const res = await inject('POST', '/api/subscriptions', { phone, topics });
  assert.is(res.statusCode, 201, res.body);
  const sms = await eventually(() => sentTo(phone).length > before && sentTo(phone).at(-1), 3000, 'the code SMS');
  const code = /验证码是 (\d{6})/.exec(sms.text)![1]!;
  const ok = await inject('POST', `/api/subscriptions/${res.json().subscriptionId}/confirm`, { code });
  assert.is(ok.statusCode, 200, ok.body);
  await eventually(() => sentTo(phone).length > before + 1, 3000, 'the confirmation SMS');
  return res.json().subscriptionId as string;
}

let vacancyNo = 0;
async function publishVacancy(district: string, occupationCode: string): Promise<number> {
  const body = {
    title: `测试岗位${++vacancyNo}`, employerName: '示例物业管理有限公司', description: '负责小区巡逻和门岗值守。', district, occupationCode,
    payMin: 4800, payMax: 6000, headcount: 2, contactPhone: '13900139000', contactName: '李主管',
  };
  const created = await inject('POST', '/api/vacancies', body, staff);
  assert.is(created.statusCode, 201, created.body);
  const id = created.json().id as number;
  const ok = await inject('POST', `/api/vacancies/${id}/approve`, {}, staff);
  assert.is(ok.statusCode, 200, ok.body);
  return id;
}

const quiet = async (phone: string, count: number, what: string) => {
  await new Promise((r) => setTimeout(r, 300));
  assert.is(sentTo(phone).length, count, what);
};

test('opt-in takes the code sent to the phone; a wrong code is refused naming the field; the number is masked in the log', async () => {
  const phone = '13700137001';
  const res = await inject('POST', '/api/subscriptions', { phone: '137 0013 7001', topics: { jobs: { occupations: ['4-07'], districts: ['pudong'] }, notices: true } });
  assert.is(res.statusCode, 201, res.body);
  assert.is(res.json().phoneMasked, '137****7001');
  const sms = await eventually(() => sentTo(phone)[0], 3000, 'the code');
  assert.match(sms.text, /验证码是 \d{6}，10分钟内有效/);
  const wrong = await inject('POST', `/api/subscriptions/${res.json().subscriptionId}/confirm`, { code: sms.text.includes('000000') ? '111111' : '000000' });
  assert.is(wrong.statusCode, 422);
  assert.equal(wrong.json().issues, [{ path: 'body.code', message: 'not the code that was sent' }]);
  assert.ok(wrong.json().text.zh);
  const code = /验证码是 (\d{6})/.exec(sms.text)![1]!;
  const ok = await inject('POST', `/api/subscriptions/${res.json().subscriptionId}/confirm`, { code });
  assert.is(ok.json().status, 'active');
  await eventually(() => sentTo(phone).some((m) => m.text.includes('您已订阅新岗位提醒和通知公告')), 3000, 'confirmation');
  const logged = db().prepare('SELECT to_masked FROM sms_messages').pluck().all() as string[];
  assert.ok(logged.includes('137****7001') && !logged.some((t) => t.includes('13700137001')));
  const bad = await inject('POST', '/api/subscriptions', { phone: '12345', topics: { jobs: null, notices: true } });
  assert.is(bad.statusCode, 400);
  assert.match(bad.json().message, 'body.phone');
  const none = await inject('POST', '/api/subscriptions', { phone, topics: { jobs: null, notices: false } });
  assert.is(none.statusCode, 400);
  assert.match(none.json().message, 'body.topics.notices');
});

test('a matching vacancy sends an alert; another district does not; a second within the gap waits for the digest', async () => {
  await setHallTime('2031-06-03T02:00:00Z');
  const phone = '13700137002';
  await subscribe(phone, { jobs: { occupations: ['4-07'], districts: ['pudong'] }, notices: false });
  const n = sentTo(phone).length;
  const first = await publishVacancy('pudong', '4-07-05-01');
  const alert = await eventually(() => sentTo(phone)[n], 3000, 'the alert');
  assert.match(alert.text, `编号${first}`);
  assert.match(alert.text, 'http://hall.test/vacancies?occupation=4-07&district=pudong');
  assert.ok(alert.text.endsWith('回复TD退订'));
  assert.not.match(alert.text, '13900139000', 'the employer contact stays out');
  await publishVacancy('jiading', '4-07-05-01');
  const second = await publishVacancy('pudong', '4-07-05-02');
  await quiet(phone, n + 1, 'no second message inside the 4-hour gap');
  await setHallTime('2031-06-03T06:30:00Z');
  const third = await publishVacancy('pudong', '4-07-05-01');
  const digest = await eventually(() => sentTo(phone)[n + 1], 3000, 'the digest');
  assert.match(digest.text, '新岗位2个');
  assert.match(digest.text, `编号${second}`);
  assert.match(digest.text, `编号${third}`);
});

test('nothing is sent in quiet hours: the vacancy waits for the morning; and at most 3 a day reach one number', async () => {
  await setHallTime('2031-06-04T14:00:00Z'); // 22:00 in the hall
  const phone = '13700137003';
  await subscribe(phone, { jobs: { occupations: [], districts: ['pudong'] }, notices: true });
  const n = sentTo(phone).length;
  const night = await publishVacancy('pudong', '4-07-05-01');
  await quiet(phone, n, 'nothing at 22:00');
  await setHallTime('2031-06-05T00:30:00Z'); // 08:30
  const notice = await inject('POST', '/api/notices', { title: { zh: '端午假期办事时间', en: 'Holiday hours' }, body: { zh: '假期照常开放。', en: 'Open as usual.' } }, staff);
  assert.is(notice.statusCode, 201);
  await eventually(() => sentTo(phone).length === n + 2, 3000, 'the notice and the morning alert');
  assert.ok(sentTo(phone).some((m) => m.text.includes(`编号${night}`)), 'the night vacancy came in the morning');
  assert.ok(sentTo(phone).some((m) => m.text.includes('通知：端午假期办事时间')));
  await inject('POST', '/api/notices', { title: { zh: '第二条通知', en: 'Second' }, body: { zh: '内容。', en: 'Text.' } }, staff);
  await eventually(() => sentTo(phone).length === n + 3, 3000, 'the third message of the day');
  await inject('POST', '/api/notices', { title: { zh: '第三条通知', en: 'Third' }, body: { zh: '内容。', en: 'Text.' } }, staff);
  await quiet(phone, n + 3, 'a fourth message in 24 hours is held');
});

test('a 退订 reply ends the subscription and deletes the number, and forgets the same number on a queue ticket', async () => {
  await setHallTime('2031-06-06T02:00:00Z');
  const phone = '13700137004';
  await subscribe(phone, { jobs: null, notices: true });
  const ticket = (await inject('POST', '/api/tickets', { serviceId: '5.1.7' })).json() as { id: string };
  assert.is((await inject('POST', `/api/tickets/${ticket.id}/sms`, { phone })).statusCode, 200);
  assert.is(rowsOf(phone).length, 1);
  await new Promise((r) => setTimeout(r, 300)); // the queue reminder may go at once: few are waiting
  const n = sentTo(phone).length;
  hall.sms.receive(phone, ' 退订 ');
  await eventually(() => rowsOf(phone).length === 0, 3000, 'the subscription row gone');
  const stopped = await eventually(() => sentTo(phone)[n], 3000, 'the stop confirmation');
  assert.match(stopped.text, '您已退订全部短信，您的手机号已删除');
  assert.is((db().prepare('SELECT COUNT(*) AS n FROM ticket_contacts WHERE phone = ?').get(phone) as { n: number }).n, 0);
  await inject('POST', '/api/notices', { title: { zh: '退订后的通知', en: 'After' }, body: { zh: '内容。', en: 'Text.' } }, staff);
  await quiet(phone, n + 1, 'nothing after stopping');
  hall.sms.receive('13700137099', 'STOP');
  await quiet('13700137099', 0, 'a stop from a number with nothing gets no answer');
});

test('opt-out at the kiosk gives the same answer whether or not the number subscribed, and deletes it', async () => {
  const phone = '13700137005';
  await subscribe(phone, { jobs: { occupations: ['4-10'], districts: [] }, notices: false });
  const n = sentTo(phone).length;
  const res = await inject('POST', '/api/subscriptions/stop', { phone });
  assert.equal(res.json(), { phoneMasked: '137****7005' });
  assert.is(rowsOf(phone).length, 0);
  await eventually(() => sentTo(phone).length === n + 1, 3000, 'the stop confirmation');
  const stranger = await inject('POST', '/api/subscriptions/stop', { phone: '13700137098' });
  assert.equal(stranger.json(), { phoneMasked: '137****7098' });
  await quiet('13700137098', 0, 'no message to a number that had nothing');
});

test('codes are limited per number; an expired code ends the request and its number', async () => {
  await setHallTime('2031-06-07T02:00:00Z');
  const phone = '13700137006';
  const topics = { jobs: null, notices: true };
  let last = '';
  for (let i = 0; i < 3; i++) {
    const r = await inject('POST', '/api/subscriptions', { phone, topics });
    assert.is(r.statusCode, 201);
    last = r.json().subscriptionId;
  }
  assert.is(rowsOf(phone).length, 1, 'a new request replaces the unconfirmed one');
  const limited = await inject('POST', '/api/subscriptions', { phone, topics });
  assert.is(limited.statusCode, 429);
  assert.match(limited.json().message, 'try again in 15 min');
  assert.equal(limited.json().issues, [{ path: 'body.phone', message: 'too many requests' }]);
  await setHallTime('2031-06-07T02:11:00Z');
  const expired = await inject('POST', `/api/subscriptions/${last}/confirm`, { code: '123456' });
  assert.is(expired.statusCode, 410);
  assert.is(expired.json().code, 'CODE_EXPIRED');
  assert.is(rowsOf(phone).length, 0, 'the number went with the expired request');
});

test('five wrong codes drop the request; staff see counts only, never a number', async () => {
  await setHallTime('2031-06-08T02:00:00Z');
  const phone = '13700137007';
  const r = await inject('POST', '/api/subscriptions', { phone, topics: { jobs: null, notices: true } });
  const id = r.json().subscriptionId as string;
  const code = /验证码是 (\d{6})/.exec((await eventually(() => sentTo(phone)[0], 3000, 'code')).text)![1]!;
  const wrongCode = code === '000000' ? '000001' : '000000';
  const codes: number[] = [];
  for (let i = 0; i < 5; i++) codes.push((await inject('POST', `/api/subscriptions/${id}/confirm`, { code: wrongCode })).statusCode);
  assert.equal(codes, [422, 422, 422, 422, 410]);
  assert.is((await inject('POST', `/api/subscriptions/${id}/confirm`, { code })).statusCode, 404, 'the right code is too late');
  const overview = await inject('GET', '/api/subscriptions/overview', undefined, staff);
  assert.is(overview.statusCode, 200);
  const o = overview.json();
  assert.ok(o.active >= 2 && o.sent.codes > 0 && o.sent.alerts > 0 && o.sent.stops >= 2, JSON.stringify(o));
  assert.ok(o.byDistrict.some((d: { code: string; name: string }) => d.code === 'pudong' && d.name === '浦东新区'));
  assert.not.match(overview.body, /1[3-9]\d{9}/);
  assert.is((await inject('GET', '/api/subscriptions/overview')).statusCode, 401);
});

test.run();
