import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let staff: Record<string, string>;

const base = {
  title: '仓库理货员',
  employerName: '申通达物流（上海）有限公司',
  description: '负责仓库货物分拣、打包、扫码出入库，协助盘点。长白班，做六休一，入职即缴纳五险。',
  district: 'jiading',
  payMin: 6000,
  payMax: 7500,
  headcount: 5,
  contactPhone: '021-59990000',
};

const post = (payload: unknown, headers: Record<string, string> = {}) =>
  hub.app.inject({ method: 'POST', url: '/api/vacancies', payload: payload as object, headers });
const search = (q: string) => hub.app.inject({ method: 'GET', url: '/api/jobs', query: { q } });

test.before(async () => {
  hub = await startTestHub();
  staff = await hub.login();
});
test.after(async () => hub.close());

test('a kiosk registration is pending, with its inferred occupation, and not searchable until approved', async () => {
  const res = await post({ ...base, title: '急招理货员（做六休一）' });
  assert.is(res.statusCode, 201, res.body);
  const created = res.json();
  assert.is(created.status, 'pending');
  assert.equal(created.findings, []);
  assert.is(created.occupationCode, '4-02-06-02');
  assert.is((await hub.app.inject({ method: 'GET', url: `/api/jobs/${created.id}` })).statusCode, 404);
  assert.not.ok((await search('急招理货员')).json().items.some((i: { id: number }) => i.id === created.id));

  const approved = await hub.app.inject({ method: 'POST', url: `/api/vacancies/${created.id}/approve`, headers: staff, payload: {} });
  assert.is(approved.statusCode, 200, approved.body);
  assert.is(approved.json().status, 'approved');
  const found = (await search('急招理货员')).json();
  assert.ok(found.items.some((i: { id: number }) => i.id === created.id));
  const detail = await hub.app.inject({ method: 'GET', url: `/api/jobs/${created.id}` });
  assert.is(detail.statusCode, 200);
  assert.is(detail.json().url, `http://hall.test/jobs/${created.id}`);
});

test('blocked wording answers 422 with the findings in details and writes nothing', async () => {
  const before = (hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM vacancies').get() as { n: number }).n;
  const res = await post({ ...base, description: '招聘仓库理货员，限男性，入职需交押金300元，身体健康。' });
  assert.is(res.statusCode, 422, res.body);
  const body = res.json();
  assert.is(body.code, 'BLOCKED_WORDING');
  assert.equal([...new Set(body.details.findings.map((f: { rule: string }) => f.rule))].sort(), ['FEES_DEPOSIT', 'GENDER_ONLY', 'HEALTH_VAGUE']);
  for (const f of body.details.findings) {
    assert.ok(f.fix.zh && f.basis.length, 'each finding has a fix and a legal basis');
  }
  assert.is((hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM vacancies').get() as { n: number }).n, before);
});

test('the check endpoint reports findings before submit without storing anything', async () => {
  const res = await hub.app.inject({ method: 'POST', url: '/api/vacancies/check', payload: { description: '35岁以下，形象气质佳' } });
  assert.is(res.statusCode, 200);
  assert.equal(res.json().blocked, false);
  assert.equal(res.json().needsReview, true);
  assert.equal(res.json().findings.map((f: { rule: string }) => f.rule), ['AGE_LIMIT', 'APPEARANCE']);
});

test('fields the form must not have are refused by name: gender, age, hukou', async () => {
  for (const field of ['gender', 'age', 'hukou', 'ethnicity', 'maritalStatus', 'height', 'health']) {
    const res = await post({ ...base, [field]: 'x' });
    assert.is(res.statusCode, 400, field);
    assert.ok(res.json().issues.some((i: { path: string }) => i.path === `body.${field}`), res.body);
  }
});

test('bad input is a 4xx naming the field', async () => {
  const cases: Array<[object, string, number]> = [
    [{ payMin: 8000, payMax: 6000 }, 'body.payMax', 400],
    [{ occupationCode: '9-99-99-99' }, 'body.occupationCode', 422],
    [{ district: 'atlantis' }, 'body.district', 422],
    [{ certificates: ['forklift', 'wizard'] }, 'body.certificates.1', 422],
    [{ description: '很'.repeat(2001) }, 'body.description', 400],
    [{ contactPhone: '12345' }, 'body.contactPhone', 400],
    [{ closesOn: '2000-01-01' }, 'body.closesOn', 422],
  ];
  for (const [patch, path, status] of cases) {
    const res = await post({ ...base, ...patch });
    assert.is(res.statusCode, status, `${path}: ${res.body}`);
    assert.ok(res.json().issues?.some((i: { path: string }) => i.path === path), `${path}: ${res.body}`);
  }
});

test('full-time pay below the minimum wage is blocked', async () => {
  const res = await post({ ...base, payMin: 1800, payMax: 2200 });
  assert.is(res.statusCode, 422);
  assert.is(res.json().details.findings[0].rule, 'PAY_BELOW_MINIMUM');
});

test('review findings need a reason to approve; the reason is in the history', async () => {
  const id = (await post({ ...base, description: '酒店前台接待，形象气质佳，会简单英语，做五休二，入职即缴纳五险。' })).json().id;
  const bare = await hub.app.inject({ method: 'POST', url: `/api/vacancies/${id}/approve`, headers: staff, payload: {} });
  assert.is(bare.statusCode, 422);
  assert.is(bare.json().issues[0].path, 'body.reviewReason');
  const ok = await hub.app.inject({ method: 'POST', url: `/api/vacancies/${id}/approve`, headers: staff, payload: { reviewReason: 'JOB_REQUIREMENT', note: '涉外接待' } });
  assert.is(ok.statusCode, 200, ok.body);
  const approve = ok.json().history.find((h: { action: string }) => h.action === 'approve');
  assert.is(approve.by, 'admin');
  assert.is(approve.note, 'JOB_REQUIREMENT: 涉外接待');
});

test('a staff edit that adds blocked wording is refused; an allowed edit unpublishes until approved again', async () => {
  const id = (await post({ ...base, title: '夜班保安员', description: '小区夜间巡逻，负责门岗值守和监控，持保安员证优先，入职即缴纳五险。' })).json().id;
  await hub.app.inject({ method: 'POST', url: `/api/vacancies/${id}/approve`, headers: staff, payload: {} });
  const bad = await hub.app.inject({ method: 'PATCH', url: `/api/vacancies/${id}`, headers: staff, payload: { description: '小区夜间巡逻，限本市户口，入职即缴纳五险。' } });
  assert.is(bad.statusCode, 422);
  assert.is(bad.json().details.findings[0].rule, 'HUKOU_REGION');
  assert.ok((await search('夜班保安员')).json().items.some((i: { id: number }) => i.id === id), 'still published after the refused edit');

  const good = await hub.app.inject({ method: 'PATCH', url: `/api/vacancies/${id}`, headers: staff, payload: { payMax: 8000 } });
  assert.is(good.statusCode, 200, good.body);
  assert.is(good.json().status, 'pending');
  assert.not.ok((await search('夜班保安员')).json().items.some((i: { id: number }) => i.id === id));
});

test('approve is staff-only and needs the CSRF token; reject records the reason code', async () => {
  const id = (await post(base)).json().id;
  assert.is((await hub.app.inject({ method: 'POST', url: `/api/vacancies/${id}/approve`, payload: {} })).statusCode, 401);
  assert.is((await hub.app.inject({ method: 'POST', url: `/api/vacancies/${id}/approve`, headers: { cookie: staff.cookie! }, payload: {} })).statusCode, 403);
  const rej = await hub.app.inject({ method: 'POST', url: `/api/vacancies/${id}/reject`, headers: staff, payload: { reason: 'DUPLICATE' } });
  assert.is(rej.json().status, 'rejected');
  assert.is(rej.json().rejectReason, 'DUPLICATE');
  const again = await hub.app.inject({ method: 'POST', url: `/api/vacancies/${id}/approve`, headers: staff, payload: {} });
  assert.is(again.statusCode, 409);
});

test('a withdrawn vacancy leaves the search at once', async () => {
  const id = (await post({ ...base, title: '叉车司机（持证）' })).json().id;
  await hub.app.inject({ method: 'POST', url: `/api/vacancies/${id}/approve`, headers: staff, payload: {} });
  assert.ok((await search('叉车司机').then((r) => r.json())).items.some((i: { id: number }) => i.id === id));
  const w = await hub.app.inject({ method: 'POST', url: `/api/vacancies/${id}/withdraw`, headers: staff, payload: {} });
  assert.is(w.json().status, 'withdrawn');
  assert.not.ok((await search('叉车司机').then((r) => r.json())).items.some((i: { id: number }) => i.id === id));
});

test('registered at a kiosk, the pre-filled slip prints there in the same step; a wrong kiosk stores nothing', async () => {
  const count = () => (hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM vacancies').get() as { n: number }).n;
  const before = count();
  const wrong = await hub.app.inject({ method: 'POST', url: '/api/vacancies?kioskId=kiosk-99', payload: { ...base, title: '叉车工（凭条）' } });
  assert.is(wrong.statusCode, 422);
  assert.is(wrong.json().issues[0].path, 'query.kioskId');
  assert.is(count(), before, 'nothing half-written');
  const res = await hub.app.inject({ method: 'POST', url: '/api/vacancies?kioskId=kiosk-1', payload: { ...base, title: '叉车工（凭条）' } });
  assert.is(res.statusCode, 201, res.body);
  assert.ok(res.json().slip && hub.app.printing.get(res.json().slip.jobId));
  assert.is((await post({ ...base, title: '叉车工（无凭条）' })).json().slip, null);
});

test.run();
