import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { VISITOR_TOKEN_HEADER, checkCharacter } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let staff: Record<string, string>;
let seq = 100;

async function registerSeeker(patch: object = {}) {
  const first17 = `31011519900101${String(seq++).padStart(3, '0')}`;
  const res = await hub.app.inject({
    method: 'POST', url: '/api/seekers',
    payload: {
      idNumber: first17 + checkCharacter(first17), name: '王强', phone: '13800001234', district: 'jiading',
      wantedOccupations: ['4-02-06-04'], skills: ['叉车驾驶'], certificates: ['forklift'], payMin: 6000, shifts: ['day'],
      education: 'senior', experienceYears: 3, consentToRecommend: true, ...patch,
    },
  });
  assert.is(res.statusCode, 201, res.body);
  return res.json() as { token: string; seeker: { id: string } };
}

async function publish(patch: object = {}) {
  const res = await hub.app.inject({
    method: 'POST', url: '/api/vacancies',
    payload: {
      title: '叉车司机（嘉定新仓）', employerName: '上海测试物流有限公司', description: '驾驶叉车完成装卸，做好叉车日常检查。长白班，入职即缴纳五险。',
      district: 'jiading', payMin: 7000, payMax: 9000, headcount: 2, contactPhone: '021-59990001', occupationCode: '4-02-06-04',
      shifts: ['day'], certificates: ['forklift'], skills: ['叉车驾驶'], ...patch,
    },
  });
  const id = res.json().id as number;
  await hub.app.inject({ method: 'POST', url: `/api/vacancies/${id}/approve`, headers: staff, payload: {} });
  return id;
}

const matches = async (token: string) =>
  (await hub.app.inject({ method: 'GET', url: '/api/seekers/me/matches?limit=20', headers: { [VISITOR_TOKEN_HEADER]: token } })).json();

test.before(async () => {
  hub = await startTestHub();
  staff = await hub.login();
});
test.after(async () => hub.close());

test('a seeker gets ranked vacancies with reasons, gaps and parts that add up', async () => {
  const { token } = await registerSeeker();
  const r = await matches(token);
  assert.ok(r.items.length >= 10, `${r.items.length} items`);
  assert.ok(r.considered > 300);
  for (const m of r.items) {
    assert.ok(m.reasons.length >= 2);
    assert.ok(Math.abs(m.parts.reduce((a: number, p: { points: number }) => a + p.points, 0) - m.score) < 1e-9);
  }
  assert.is(r.items[0].job.occupationCode, '4-02-06-04');
});

test('an approved vacancy is matched at once; a withdrawn one is gone at once', async () => {
  const { token } = await registerSeeker();
  const id = await publish();
  const first = await matches(token);
  assert.is(first.items[0].job.id, id, 'the new, perfectly fitting vacancy comes first');
  await hub.app.inject({ method: 'POST', url: `/api/vacancies/${id}/withdraw`, headers: staff, payload: {} });
  assert.not.ok((await matches(token)).items.some((m: { job: { id: number } }) => m.job.id === id));
});

test('the fit of one vacancy is explained on request', async () => {
  const { token } = await registerSeeker();
  const id = await publish({ title: '叉车司机（夜班）', shifts: ['night'] });
  const res = await hub.app.inject({ method: 'GET', url: `/api/jobs/${id}/fit`, headers: { [VISITOR_TOKEN_HEADER]: token } });
  assert.is(res.statusCode, 200, res.body);
  assert.ok(res.json().gaps.some((g: { kind: string }) => g.kind === 'shift'));
});

test('a seeker who will not work nights gets no night or rotating-shift vacancies', async () => {
  const { token } = await registerSeeker({ avoidShifts: ['night'], shifts: [] });
  const r = await matches(token);
  for (const m of r.items) assert.ok(!m.job.shifts.length || m.job.shifts.some((s: string) => s === 'day' || s === 'hourly' || s === 'weekend'), m.job.shifts.join());
});

test('candidates for a vacancy: consenting seekers only, masked, best mutual score first; staff or the owner only', async () => {
  const willing = await registerSeeker();
  const unwilling = await registerSeeker({ consentToRecommend: false });
  const id = await publish({ title: '叉车司机（候选测试）' });
  const res = await hub.app.inject({ method: 'GET', url: `/api/vacancies/${id}/candidates`, headers: staff });
  assert.is(res.statusCode, 200, res.body);
  const ids = res.json().items.map((c: { seeker: { id: string } }) => c.seeker.id);
  assert.ok(ids.includes(willing.seeker.id));
  assert.not.ok(ids.includes(unwilling.seeker.id));
  const items = res.json().items as Array<{ mutualScore: number; seeker: Record<string, unknown> }>;
  for (let k = 1; k < items.length; k++) assert.ok(items[k - 1]!.mutualScore >= items[k]!.mutualScore - 0.001);
  for (const c of items) {
    assert.is(c.seeker.nameMasked, '王*');
    for (const key of ['idMasked', 'phoneMasked', 'name', 'phone', 'idNumber']) assert.not.ok(key in c.seeker, key);
  }
  assert.is((await hub.app.inject({ method: 'GET', url: `/api/vacancies/${id}/candidates` })).statusCode, 401);
  assert.is((await hub.app.inject({ method: 'GET', url: `/api/vacancies/${id}/candidates`, headers: { [VISITOR_TOKEN_HEADER]: willing.token } })).statusCode, 401);
});

type Explained = { job: { district: string; id: number }; reasons: Array<{ factor: string; text: { zh: string; en: string } }>; gaps: Array<{ kind: string; text: { zh: string; en: string } }> };

test('reasons and gaps read in English with English names and punctuation, and a distance is a reason or a gap, never both', async () => {
  const { token } = await registerSeeker({ district: 'huangpu', wantedOccupations: ['4-07-05-01'], skills: ['巡逻'], certificates: [], payMin: 0, shifts: [] });
  const r = await matches(token);
  assert.ok(r.items.length >= 5, `${r.items.length} items`);
  const han = /[\p{Script=Han}：；（），、]/u;
  for (const m of r.items as Explained[]) {
    for (const x of [...m.reasons, ...m.gaps]) assert.not.match(x.text.en, han, `Chinese left in "${x.text.en}"`);
    const near = m.reasons.some((x) => x.factor === 'geo');
    const far = m.gaps.some((g) => g.kind === 'distance');
    assert.not.ok(near && far, `job ${m.job.id}: distance both a reason and a gap`);
  }
  const occ = (r.items as Explained[]).flatMap((m) => m.reasons).find((x) => x.factor === 'occ');
  assert.ok(occ && /Security guard/.test(occ.text.en), occ?.text.en);
});

test('a seeker who named the districts they will work in gets vacancies there only; none named is anywhere', async () => {
  const only = await registerSeeker({ workDistricts: ['jiading', 'baoshan'] });
  const here = (await matches(only.token)).items as Explained[];
  assert.ok(here.length > 0);
  for (const m of here) assert.ok(['jiading', 'baoshan'].includes(m.job.district), m.job.district);
  const anywhere = (await matches((await registerSeeker({ workDistricts: [] })).token)).items as Explained[];
  assert.ok(anywhere.some((m) => !['jiading', 'baoshan'].includes(m.job.district)), 'without a choice, other districts too');
  const bad = await hub.app.inject({ method: 'PATCH', url: '/api/seekers/me', headers: { [VISITOR_TOKEN_HEADER]: only.token }, payload: { workDistricts: ['atlantis'] } });
  assert.is(bad.statusCode, 422, 'an unknown district is refused, naming the field');
  assert.is(bad.json().issues[0].path, 'body.workDistricts.0');
});

test.run();
