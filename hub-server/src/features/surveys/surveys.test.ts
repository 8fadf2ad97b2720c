import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { VISITOR_TOKEN_HEADER } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { creditCheckCharacter } from '../employers/credit-code.ts';

let hub: TestHub;
let staff: Record<string, string>;
let employer: Record<string, string>;
const clock = new Date('2026-11-26T02:00:00Z');
const count = () => (hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM demand_surveys').get() as { n: number }).n;

const forklift = { occupationCode: '4-02-06-04', headcount: 10, payMin: 6000, payMax: 8000, hardToFill: true, reasons: ['certificate-required'] };
const guard = { occupationCode: '4-07-05-01', headcount: 4, payMin: 4500, payMax: 5500 };
const post = (payload: object, headers: Record<string, string> = {}) => hub.app.inject({ method: 'POST', url: '/api/surveys/demand', headers, payload });

test.before(async () => {
  hub = await startTestHub({ now: () => clock });
  staff = await hub.login();
  const credit = `91310115MA1GT4040${creditCheckCharacter('91310115MA1GT4040')}`;
  const acc = await hub.app.inject({ method: 'POST', url: '/api/employers', headers: staff, payload: { name: '浦东调查测试制造有限公司', creditCode: credit, district: 'pudong' } });
  const signIn = await hub.app.inject({ method: 'POST', url: '/api/employers/sign-in', payload: { creditCode: credit, code: acc.json().signInCode } });
  employer = { [VISITOR_TOKEN_HEADER]: signIn.json().token };
});
test.after(async () => hub.close());

test('any employer answers at the kiosk without signing in; the answers are about next quarter', async () => {
  const res = await post({ employerName: '嘉定某仓储公司', district: 'jiading', size: '50-199', demand: [forklift, guard], trainingNeeds: ['safety', 'certificates'] });
  assert.is(res.statusCode, 201, res.body);
  assert.equal([res.json().quarter, res.json().replaced], ['2027-Q1', false]);
  assert.ok(res.json().message.zh.includes('2027-Q1'));
});

test('bad answers are refused by field and write nothing', async () => {
  const before = count();
  const cases: Array<[object, number, string]> = [
    [{ district: 'jiading', demand: [forklift] }, 400, 'body.employerName'],
    [{ employerName: '某公司', demand: [forklift] }, 400, 'body.district'],
    [{ employerName: '某公司', district: 'atlantis', demand: [forklift] }, 422, 'body.district'],
    [{ employerName: '某公司', district: 'jiading', demand: [] }, 400, 'body.demand'],
    [{ employerName: '某公司', district: 'jiading', demand: [{ ...forklift, payMax: 5000 }] }, 400, 'body.demand.0.payMax'],
    [{ employerName: '某公司', district: 'jiading', demand: [{ ...forklift, reasons: [] }] }, 400, 'body.demand.0.reasons'],
    [{ employerName: '某公司', district: 'jiading', demand: [guard, { ...guard, occupationCode: '9-99-99-99' }] }, 422, 'body.demand.1.occupationCode'],
    [{ employerName: '某公司', district: 'jiading', demand: [guard, { ...guard, headcount: 1 }] }, 400, 'body.demand.1.occupationCode'],
    [{ employerName: '某公司', district: 'jiading', demand: [{ ...guard, payMin: 1500 }] }, 422, 'body.demand.0.payMin'],
    [{ employerName: '某公司', district: 'jiading', demand: [{ ...guard, headcount: 0 }] }, 400, 'body.demand.0.headcount'],
    [{ employerName: '某公司', district: 'jiading', demand: [guard], contactName: '张三' }, 400, 'body.contactName'],
  ];
  for (const [payload, status, path] of cases) {
    const res = await post(payload);
    assert.is(res.statusCode, status, `${JSON.stringify(payload)}: ${res.body}`);
    assert.is(res.json().issues[0].path, path);
  }
  assert.ok((await post({ employerName: '某公司', district: 'jiading', demand: [{ ...guard, payMin: 1500 }] })).json().text.zh.includes('最低工资'));
  assert.is((await post({ demand: [guard] }, { [VISITOR_TOKEN_HEADER]: 'expired-or-made-up' })).statusCode, 401, 'a dead token is not an anonymous answer');
  assert.is(count(), before);
});

test('a signed-in employer answers under its account; answering again in the quarter replaces the first answer', async () => {
  const first = await post({ demand: [{ ...forklift, headcount: 20 }] }, employer);
  assert.is(first.statusCode, 201, first.body);
  const before = count();
  const second = await post({ demand: [{ ...forklift, headcount: 30, payMin: 7000, payMax: 9000 }], trainingNeeds: ['safety'] }, employer);
  assert.is(second.json().replaced, true);
  assert.is(count(), before);
  const row = hub.app.hub.db.prepare('SELECT employer_name, district FROM demand_surveys WHERE id = ?').get(second.json().id);
  assert.equal(row, { employer_name: '浦东调查测试制造有限公司', district: 'pudong' });
});

test('staff see the quarter added up by occupation and district, with reasons, pay and training', async () => {
  const res = await hub.app.inject({ method: 'GET', url: '/api/surveys/demand', headers: staff });
  assert.is(res.statusCode, 200, res.body);
  const r = res.json();
  assert.equal([r.quarter, r.quarters, r.responses, r.headcount], ['2027-Q1', ['2027-Q1'], 2, 44]);
  assert.equal(r.byOccupation[0], {
    occupationCode: '4-02-06-04', occupationName: '叉车司机', headcount: 40, employers: 2, hardToFill: 2, payMin: 6000, payMax: 9000, payMidAvg: 7750,
    reasons: [{ reason: 'certificate-required', count: 2 }],
  });
  assert.equal(r.byDistrict.map((d: { districtName: string; headcount: number }) => [d.districtName, d.headcount]), [['浦东新区', 30], ['嘉定区', 14]]);
  assert.equal(r.training, [{ need: 'safety', count: 2 }, { need: 'certificates', count: 1 }]);
  const other = await hub.app.inject({ method: 'GET', url: '/api/surveys/demand?quarter=2026-Q4', headers: staff });
  assert.equal([other.json().responses, other.json().byOccupation], [0, []]);
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/surveys/demand?quarter=2026-13', headers: staff })).statusCode, 400);
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/surveys/demand' })).statusCode, 401);
});

test('the CSV download: UTF-8 with BOM, a bilingual header, no employer names', async () => {
  const res = await hub.app.inject({ method: 'GET', url: '/api/surveys/demand.csv?quarter=2027-Q1', headers: staff });
  assert.is(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, 'text/csv; charset=utf-8');
  assert.match(res.headers['content-disposition'] as string, 'jobhall-demand-survey-2027-Q1.csv');
  assert.ok(res.body.startsWith('\uFEFF季度 Quarter,'));
  assert.match(res.body, '叉车司机,浦东新区,30,1,1,7000,9000,8000');
  assert.not.match(res.body, '嘉定某仓储公司');
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/surveys/demand.csv' })).statusCode, 401);
});

test.run();
