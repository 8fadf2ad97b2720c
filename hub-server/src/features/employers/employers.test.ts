import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { VISITOR_TOKEN_HEADER, checkCharacter } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { creditCheckCharacter } from './credit-code.ts';

let hub: TestHub;
let staff: Record<string, string>;
const code = (first17: string) => first17 + creditCheckCharacter(first17);
const CREDIT = code('91310114MA1GT2026');
let employer: { id: string };
let token: string;

const vacancy = {
  title: '叉车司机（嘉定仓）', employerName: '随便写的名字', description: '驾驶叉车装卸货物，做好叉车日常检查。长白班，入职即缴纳五险。', district: 'jiading',
  payMin: 7000, payMax: 9000, headcount: 2, contactPhone: '021-59993333', occupationCode: '4-02-06-04', certificates: ['forklift'],
};

test.before(async () => {
  hub = await startTestHub();
  staff = await hub.login();
});
test.after(async () => hub.close());

test('staff open an account; the sign-in code is shown once and works at the kiosk', async () => {
  const res = await hub.app.inject({ method: 'POST', url: '/api/employers', headers: staff, payload: { name: '上海嘉定测试物流有限公司', creditCode: CREDIT, district: 'jiading' } });
  assert.is(res.statusCode, 201, res.body);
  employer = res.json().employer;
  assert.match(res.json().signInCode, /^\d{8}$/);
  const row = hub.app.hub.db.prepare('SELECT sign_in_hash FROM employers WHERE id = ?').get(employer.id) as { sign_in_hash: string };
  assert.not.ok(row.sign_in_hash.includes(res.json().signInCode));
  const bad = await hub.app.inject({ method: 'POST', url: '/api/employers/sign-in', payload: { creditCode: CREDIT, code: '00000000' } });
  assert.is(bad.statusCode, 401);
  const ok = await hub.app.inject({ method: 'POST', url: '/api/employers/sign-in', payload: { creditCode: CREDIT.toLowerCase(), code: res.json().signInCode } });
  assert.is(ok.statusCode, 200, ok.body);
  token = ok.json().token;
});

test('a wrong credit-code checksum, a duplicate account and a dispatch agency without licence are refused by field', async () => {
  const wrong = CREDIT.slice(0, 17) + (CREDIT[17] === '1' ? '2' : '1');
  const cases: Array<[object, number, string]> = [
    [{ name: '某公司', creditCode: wrong }, 422, 'body.creditCode'],
    [{ name: '某公司', creditCode: CREDIT }, 409, 'body.creditCode'],
    [{ name: '某派遣公司', creditCode: code('91310115MA1GT2027'), kind: 'dispatch' }, 422, 'body.licenceNo'],
  ];
  for (const [payload, status, path] of cases) {
    const res = await hub.app.inject({ method: 'POST', url: '/api/employers', headers: staff, payload });
    assert.is(res.statusCode, status, res.body);
    assert.is(res.json().issues[0].path, path);
  }
});

test('a vacancy registered under the account carries its name; the dashboard lists it; only the owner withdraws it', async () => {
  const res = await hub.app.inject({ method: 'POST', url: '/api/vacancies', headers: { [VISITOR_TOKEN_HEADER]: token }, payload: vacancy });
  assert.is(res.statusCode, 201, res.body);
  const id = res.json().id;
  await hub.app.inject({ method: 'POST', url: `/api/vacancies/${id}/approve`, headers: staff, payload: {} });
  const me = await hub.app.inject({ method: 'GET', url: '/api/employers/me', headers: { [VISITOR_TOKEN_HEADER]: token } });
  assert.is(me.statusCode, 200, me.body);
  const mine = me.json().vacancies[0];
  assert.equal([mine.id, mine.employerName, mine.status], [id, '上海嘉定测试物流有限公司', 'approved']);

  const cand = await hub.app.inject({ method: 'GET', url: `/api/vacancies/${id}/candidates`, headers: { [VISITOR_TOKEN_HEADER]: token } });
  assert.is(cand.statusCode, 200);
  const other = (hub.app.hub.db.prepare(`SELECT id FROM vacancies WHERE status = 'approved' AND employer_id IS NULL LIMIT 1`).get() as { id: number }).id;
  assert.is((await hub.app.inject({ method: 'POST', url: `/api/vacancies/${other}/withdraw`, headers: { [VISITOR_TOKEN_HEADER]: token }, payload: {} })).statusCode, 403);
  assert.is((await hub.app.inject({ method: 'GET', url: `/api/vacancies/${other}/candidates`, headers: { [VISITOR_TOKEN_HEADER]: token } })).statusCode, 403);
});

test('the employer records the outcome of a referral to its vacancy, and of no other', async () => {
  const first17 = '31011419920202123';
  const s = await hub.app.inject({ method: 'POST', url: '/api/seekers', payload: {
    idNumber: first17 + checkCharacter(first17), name: '赵磊', phone: '13500003333', district: 'jiading', wantedOccupations: ['4-02-06-04'],
    certificates: ['forklift'], consentToRecommend: true,
  } });
  const vacancyId = (await hub.app.inject({ method: 'GET', url: '/api/employers/me', headers: { [VISITOR_TOKEN_HEADER]: token } })).json().vacancies[0].id;
  const other = (hub.app.hub.db.prepare(`SELECT id FROM vacancies WHERE status = 'approved' AND employer_id IS NULL LIMIT 1`).get() as { id: number }).id;
  const refs = await hub.app.inject({ method: 'POST', url: '/api/referrals', headers: { [VISITOR_TOKEN_HEADER]: s.json().token }, payload: { vacancyIds: [vacancyId, other] } });
  const [mine, theirs] = refs.json().items;
  const outcome = (id: string) => hub.app.inject({ method: 'POST', url: `/api/referrals/${id}/outcome`, headers: { [VISITOR_TOKEN_HEADER]: token }, payload: { outcome: 'interviewed' } });
  assert.is((await outcome(mine.id)).json().status, 'interviewed');
  assert.is((await outcome(theirs.id)).statusCode, 403);
});

test('an agency with an expired licence cannot have vacancies published, and shows as expired in the agency list', async () => {
  const res = await hub.app.inject({ method: 'POST', url: '/api/employers', headers: staff, payload: {
    name: '上海测试劳务派遣有限公司', creditCode: code('91310116MA1GT2028'), kind: 'dispatch', licenceNo: '沪人社派许字第0001号', licenceExpires: '2020-01-01',
  } });
  const agency = res.json();
  const signIn = await hub.app.inject({ method: 'POST', url: '/api/employers/sign-in', payload: { creditCode: agency.employer.creditCode, code: agency.signInCode } });
  const v = await hub.app.inject({ method: 'POST', url: '/api/vacancies', headers: { [VISITOR_TOKEN_HEADER]: signIn.json().token }, payload: { ...vacancy, employmentType: 'dispatch' } });
  const approve = await hub.app.inject({ method: 'POST', url: `/api/vacancies/${v.json().id}/approve`, headers: staff, payload: {} });
  assert.is(approve.statusCode, 409);
  assert.is(approve.json().code, 'LICENCE_EXPIRED');
  const list = await hub.app.inject({ method: 'GET', url: '/api/agencies?kind=dispatch' });
  // The demo hall's own agencies are listed too (content/jobs/agencies.json).
  assert.is(list.json().find((e: { creditCode: string }) => e.creditCode === agency.employer.creditCode).licence.status, 'expired');
});

test.run();
