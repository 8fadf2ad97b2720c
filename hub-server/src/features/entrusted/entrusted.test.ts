import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { VISITOR_TOKEN_HEADER, checkCharacter } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { creditCheckCharacter } from '../employers/credit-code.ts';

let hub: TestHub;
let staff: Record<string, string>;
let employer: Record<string, string>;
let vacancyId: number;
const seekers: Record<'a' | 'b' | 'private', { id: string; name: string }> = {} as never;
const clock = new Date('2026-11-26T02:00:00Z');

const as = (token: string) => ({ [VISITOR_TOKEN_HEADER]: token });
const count = (table: string) => (hub.app.hub.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

async function seeker(first17: string, name: string, consent: boolean) {
  const res = await hub.app.inject({ method: 'POST', url: '/api/seekers', payload: {
    idNumber: first17 + checkCharacter(first17), name, phone: '13500004444', district: 'jiading', wantedOccupations: ['4-02-06-04'],
    certificates: ['forklift'], skills: ['叉车驾驶'], consentToRecommend: consent,
  } });
  assert.is(res.statusCode, 201, res.body);
  return { id: res.json().seeker.id as string, name };
}

test.before(async () => {
  hub = await startTestHub({ now: () => clock });
  staff = await hub.login();
  const credit = `91310114MA1GT3030${creditCheckCharacter('91310114MA1GT3030')}`;
  const acc = await hub.app.inject({ method: 'POST', url: '/api/employers', headers: staff, payload: { name: '嘉定委托测试物流有限公司', creditCode: credit, district: 'jiading' } });
  const signIn = await hub.app.inject({ method: 'POST', url: '/api/employers/sign-in', payload: { creditCode: credit, code: acc.json().signInCode } });
  employer = as(signIn.json().token);
  const v = await hub.app.inject({ method: 'POST', url: '/api/vacancies', headers: employer, payload: {
    title: '叉车司机', employerName: '（账户名）', description: '仓库内驾驶叉车装卸货物，长白班，缴纳五险一金。', district: 'jiading',
    payMin: 7000, payMax: 9000, headcount: 3, contactPhone: '021-59990000', occupationCode: '4-02-06-04', certificates: ['forklift'],
  } });
  vacancyId = v.json().id;
  assert.is((await hub.app.inject({ method: 'POST', url: `/api/vacancies/${vacancyId}/approve`, headers: staff, payload: {} })).statusCode, 200);
  seekers.a = await seeker('31011419900101123', '周建国', true);
  seekers.b = await seeker('31011419910202123', '吴海涛', true);
  seekers.private = await seeker('31011419920303123', '郑小军', false);
});
test.after(async () => hub.close());

let requestId: string;

test('a signed-in employer entrusts its published vacancy: a WT reference, requested, no shortlist yet', async () => {
  const res = await hub.app.inject({ method: 'POST', url: '/api/entrusted', headers: employer, payload: { vacancyId, candidates: 3, dueBy: '2026-12-10', note: '需要有冷库经验' } });
  assert.is(res.statusCode, 201, res.body);
  const r = res.json();
  assert.match(r.refNo, /^WT20261126-\d{4}$/);
  assert.is(r.status, 'requested');
  assert.is(r.vacancy.id, vacancyId);
  assert.equal(r.shortlist, []);
  requestId = r.id;
  const mine = await hub.app.inject({ method: 'GET', url: '/api/employers/me/entrusted', headers: employer });
  assert.equal(mine.json().items.map((x: { id: string }) => x.id), [requestId]);
});

test('bad requests are refused by field and write nothing', async () => {
  const before = count('entrust_requests');
  const other = (hub.app.hub.db.prepare(`SELECT id FROM vacancies WHERE status = 'approved' AND employer_id IS NULL LIMIT 1`).get() as { id: number }).id;
  const cases: Array<[object, number, string]> = [
    [{ vacancyId, candidates: 3, dueBy: '2026-11-20' }, 422, 'body.dueBy'],
    [{ vacancyId, candidates: 3, dueBy: '2027-06-01' }, 422, 'body.dueBy'],
    [{ vacancyId, candidates: 0, dueBy: '2026-12-10' }, 400, 'body.candidates'],
    [{ vacancyId: 999999, candidates: 3, dueBy: '2026-12-10' }, 422, 'body.vacancyId'],
    [{ vacancyId: other, candidates: 3, dueBy: '2026-12-10' }, 403, 'body.vacancyId'],
    [{ vacancyId, candidates: 3, dueBy: '2026-12-10', note: '只招男性' }, 422, 'body.note'],
    [{ vacancyId, candidates: 3, dueBy: '2026-12-10', age: 30 }, 400, 'body.age'],
  ];
  for (const [payload, status, path] of cases) {
    const res = await hub.app.inject({ method: 'POST', url: '/api/entrusted', headers: employer, payload });
    assert.is(res.statusCode, status, `${JSON.stringify(payload)}: ${res.body}`);
    assert.is(res.json().issues[0].path, path);
  }
  const again = await hub.app.inject({ method: 'POST', url: '/api/entrusted', headers: employer, payload: { vacancyId, candidates: 2, dueBy: '2026-12-10' } });
  assert.is(again.statusCode, 409);
  assert.ok(again.json().text.zh.includes('已经委托'));
  assert.is(count('entrust_requests'), before);
});

test('staff shortlist ranked consenting seekers; refer=true creates a referral the follow-up tracks', async () => {
  const list = await hub.app.inject({ method: 'GET', url: '/api/entrusted', headers: staff });
  assert.is(list.json().items[0].id, requestId);
  const ranked = await hub.app.inject({ method: 'GET', url: `/api/vacancies/${vacancyId}/candidates`, headers: staff });
  const ids = ranked.json().items.map((c: { seeker: { id: string } }) => c.seeker.id);
  assert.ok(ids.includes(seekers.a.id) && !ids.includes(seekers.private.id));

  const add = await hub.app.inject({ method: 'POST', url: `/api/entrusted/${requestId}/shortlist`, headers: staff, payload: { seekerId: seekers.a.id, refer: true } });
  assert.is(add.statusCode, 201, add.body);
  assert.is(add.json().status, 'screening', 'the first candidate starts the screening');
  const entry = add.json().shortlist[0];
  assert.ok(entry.score > 0);
  assert.match(entry.referralRefNo, /^TJ20261126-\d{4}$/);
  const referral = await hub.app.inject({ method: 'GET', url: `/api/referrals/${entry.referralId}`, headers: staff });
  assert.equal([referral.json().status, referral.json().vacancy.id], ['referred', vacancyId]);
  assert.is((await hub.app.inject({ method: 'POST', url: `/api/entrusted/${requestId}/shortlist`, headers: staff, payload: { seekerId: seekers.b.id } })).statusCode, 201);
});

test('a seeker who did not consent, or one already listed, is refused by field; nothing half-written', async () => {
  const before = [count('entrust_shortlist'), count('referrals')];
  const priv = await hub.app.inject({ method: 'POST', url: `/api/entrusted/${requestId}/shortlist`, headers: staff, payload: { seekerId: seekers.private.id, refer: true } });
  assert.is(priv.statusCode, 422);
  assert.is(priv.json().issues[0].path, 'body.seekerId');
  const twice = await hub.app.inject({ method: 'POST', url: `/api/entrusted/${requestId}/shortlist`, headers: staff, payload: { seekerId: seekers.b.id, refer: true } });
  assert.is(twice.statusCode, 409);
  assert.is(twice.json().issues[0].path, 'body.seekerId');
  assert.equal([count('entrust_shortlist'), count('referrals')], before);
  assert.is((await hub.app.inject({ method: 'POST', url: `/api/entrusted/${requestId}/shortlist`, headers: employer, payload: { seekerId: seekers.b.id } })).statusCode, 401, 'employers do not build shortlists');
});

test('the employer sees the shortlist only once handed over, and then masked', async () => {
  const during = await hub.app.inject({ method: 'GET', url: `/api/entrusted/${requestId}`, headers: employer });
  assert.equal([during.json().status, during.json().shortlist.length], ['screening', 0]);
  const deliver = await hub.app.inject({ method: 'POST', url: `/api/entrusted/${requestId}/transition`, headers: staff, payload: { action: 'deliver' } });
  assert.is(deliver.json().status, 'shortlisted');
  const after = await hub.app.inject({ method: 'GET', url: '/api/employers/me/entrusted', headers: employer });
  const shown = after.json().items[0];
  assert.is(shown.shortlist.length, 2);
  assert.equal(shown.history, [], 'no staff history for the employer');
  assert.match(shown.shortlist[0].seeker.nameMasked, '*');
  assert.not.ok(after.body.includes(seekers.a.name) || after.body.includes(seekers.b.name), 'no names');
  const cancel = await hub.app.inject({ method: 'POST', url: `/api/entrusted/${requestId}/transition`, headers: employer, payload: { action: 'cancel' } });
  assert.is(cancel.statusCode, 409, 'handed over: it is closed, not cancelled');
});

test('results move forward only, carry the linked referral along, and the request closes with its hires', async () => {
  const result = (seekerId: string, r: string) => hub.app.inject({ method: 'POST', url: `/api/entrusted/${requestId}/shortlist/${seekerId}/result`, headers: staff, payload: { result: r } });
  assert.is((await result(seekers.a.id, 'interviewed')).statusCode, 200);
  const hired = await result(seekers.a.id, 'hired');
  assert.is(hired.json().hired, 1);
  assert.is((await result(seekers.a.id, 'rejected')).statusCode, 409);
  assert.is((await result(seekers.b.id, 'withdrawn')).json().shortlist[1].result, 'withdrawn');
  assert.is((await result(seekers.private.id, 'hired')).statusCode, 404);
  const referralId = hired.json().shortlist[0].referralId;
  const referral = await hub.app.inject({ method: 'GET', url: `/api/referrals/${referralId}`, headers: staff });
  assert.equal(referral.json().history.map((h: { to: string }) => h.to), ['referred', 'interviewed', 'hired']);
  const close = await hub.app.inject({ method: 'POST', url: `/api/entrusted/${requestId}/transition`, headers: staff, payload: { action: 'close', note: '招到 1 人' } });
  assert.is(close.json().status, 'closed');
  assert.ok(close.json().closedAt);
  assert.equal(close.json().history.map((h: { action: string }) => h.action), ['request', 'start', 'shortlist', 'shortlist', 'deliver', 'result:interviewed', 'result:hired', 'result:withdrawn', 'close']);
  assert.is((await result(seekers.b.id, 'hired')).statusCode, 409, 'closed: no more results');
});

test('a new request after the close; the employer may cancel it but not hand over, and an empty shortlist is not handed over', async () => {
  const res = await hub.app.inject({ method: 'POST', url: '/api/entrusted', headers: employer, payload: { vacancyId, candidates: 1, dueBy: '2026-11-30' } });
  assert.is(res.statusCode, 201, res.body);
  const id = res.json().id;
  const deliver = await hub.app.inject({ method: 'POST', url: `/api/entrusted/${id}/transition`, headers: employer, payload: { action: 'deliver' } });
  assert.is(deliver.statusCode, 403);
  assert.is(deliver.json().issues[0].path, 'body.action');
  await hub.app.inject({ method: 'POST', url: `/api/entrusted/${id}/transition`, headers: staff, payload: { action: 'start' } });
  const empty = await hub.app.inject({ method: 'POST', url: `/api/entrusted/${id}/transition`, headers: staff, payload: { action: 'deliver' } });
  assert.equal([empty.statusCode, empty.json().code], [409, 'EMPTY_SHORTLIST']);
  const cancel = await hub.app.inject({ method: 'POST', url: `/api/entrusted/${id}/transition`, headers: employer, payload: { action: 'cancel' } });
  assert.is(cancel.json().status, 'cancelled');
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/entrusted?status=cancelled', headers: staff })).json().total, 1);
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/entrusted' })).statusCode, 401);
});

test.run();
