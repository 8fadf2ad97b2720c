import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { VISITOR_TOKEN_HEADER, checkCharacter } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { serviceDay } from '../../infra/clock.ts';
import { creditCheckCharacter } from '../employers/credit-code.ts';

let hub: TestHub;
let staff: Record<string, string>;

async function employerToken(first17: string, name: string): Promise<string> {
  const created = (await hub.app.inject({ method: 'POST', url: '/api/employers', headers: staff, payload: { name, creditCode: first17 + creditCheckCharacter(first17) } })).json();
  return (await hub.app.inject({ method: 'POST', url: '/api/employers/sign-in', payload: { creditCode: created.employer.creditCode, code: created.signInCode } })).json().token;
}

test.before(async () => {
  hub = await startTestHub();
  staff = await hub.login();
});
test.after(async () => hub.close());

test('the calendar holds the demo fairs, today’s on-site recruitment first', async () => {
  const fairs = (await hub.app.inject({ method: 'GET', url: '/api/fairs' })).json();
  assert.ok(fairs.length >= 5);
  assert.is(fairs[0].theme, 'onsite');
  const migrant = await hub.app.inject({ method: 'GET', url: '/api/fairs?theme=migrant' });
  assert.equal(migrant.json().map((f: { theme: string }) => f.theme), ['migrant']);
});

test('employers book booths: one each, no double booking, a full fair says so', async () => {
  const fair = (await hub.app.inject({ method: 'POST', url: '/api/fairs', headers: staff, payload: {
    title: '小型测试招聘会', theme: 'general', day: serviceDay(hub.app.hub.now(), hub.app.hub.catalogue.hall.timezone), starts: '09:00', ends: '11:00', venue: '一楼', booths: 2,
  } })).json();
  const a = await employerToken('91310117MA1GT3001', '上海甲测试有限公司');
  const b = await employerToken('91310117MA1GT3002', '上海乙测试有限公司');
  const c = await employerToken('91310117MA1GT3003', '上海丙测试有限公司');
  const book = (token: string, payload: object = {}) =>
    hub.app.inject({ method: 'POST', url: `/api/fairs/${fair.id}/booths`, headers: { [VISITOR_TOKEN_HEADER]: token }, payload });
  assert.is((await book(a, { boothNo: 2 })).json().boothNo, 2);
  assert.is((await book(a)).json().code, 'ALREADY_BOOKED');
  assert.is((await book(b, { boothNo: 2 })).statusCode, 409);
  assert.is((await book(b)).json().boothNo, 1);
  assert.is((await book(c)).json().code, 'FAIR_FULL');

  // A vacancy of a booked employer shows on the booth map; a fair-only vacancy only in the fair's list.
  const v = await hub.app.inject({ method: 'POST', url: '/api/vacancies', headers: { [VISITOR_TOKEN_HEADER]: a }, payload: {
    title: '招聘会专场理货员', employerName: '甲公司', description: '负责货物分拣、打包和扫码入库。长白班，入职即缴纳五险。', district: 'minhang',
    payMin: 6000, payMax: 7000, headcount: 3, contactPhone: '021-54440000', fairId: fair.id,
  } });
  await hub.app.inject({ method: 'POST', url: `/api/vacancies/${v.json().id}/approve`, headers: staff, payload: {} });
  const detail = (await hub.app.inject({ method: 'GET', url: `/api/fairs/${fair.id}` })).json();
  assert.equal(detail.booths.map((x: { boothNo: number; employerName: string }) => [x.boothNo, x.employerName]), [[1, '上海乙测试有限公司'], [2, '上海甲测试有限公司']]);
  assert.equal(detail.vacancies.map((x: { title: string }) => x.title), ['招聘会专场理货员']);
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/jobs', query: { q: '招聘会专场理货员' } })).json().total, 0);
  const today = (await hub.app.inject({ method: 'GET', url: '/api/fairs/today' })).json();
  assert.ok(today.fairs.some((f: { fair: { id: string } }) => f.fair.id === fair.id));
});

test('seekers sign up once; a cancelled fair takes no more', async () => {
  const first17 = '31011019880808123';
  const s = (await hub.app.inject({ method: 'POST', url: '/api/seekers', payload: {
    idNumber: first17 + checkCharacter(first17), name: '周敏', phone: '13600004444', district: 'yangpu', wantedOccupations: ['4-07-02-03'], consentToRecommend: false,
  } })).json();
  const fair = (await hub.app.inject({ method: 'GET', url: '/api/fairs?theme=graduates' })).json()[0];
  const signUp = () => hub.app.inject({ method: 'POST', url: `/api/fairs/${fair.id}/signups`, headers: { [VISITOR_TOKEN_HEADER]: s.token } });
  assert.is((await signUp()).json().signups, 1);
  assert.is((await signUp()).json().signups, 1);
  await hub.app.inject({ method: 'POST', url: `/api/fairs/${fair.id}/cancel`, headers: staff, payload: {} });
  assert.is((await signUp()).statusCode, 409);
});

test.run();
