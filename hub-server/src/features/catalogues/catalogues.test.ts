import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CatalogueResult, CatalogueSource, ProjectList, StartupProject } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { FACETS } from './entries.ts';
import { guideEntry } from './guide-entry.ts';

const content = path.resolve(import.meta.dirname, '../../../../content');
let hub: TestHub;

test.before(async () => {
  hub = await startTestHub();
});
test.after(async () => hub.close());

const entries = async (url: string) => CatalogueResult.parse((await hub.app.inject({ url })).json()).entries;

test('every catalogue has real entries, in both languages, whose facets are the ones its flows filter on', async () => {
  for (const source of CatalogueSource.options) {
    const list = await entries(`/api/catalogues/${source}`);
    assert.ok(list.length >= 5, `${source}: ${list.length} entries`);
    for (const e of list) {
      for (const k of Object.keys(e.facets)) assert.ok(FACETS[source].includes(k), `${source} ${e.id}: facet ${k}`);
      const texts = [e.title, e.summary, ...e.facts.flatMap((f) => [f.label, f.value]), ...e.sections.flatMap((s) => [s.title, ...s.items])];
      for (const t of texts) assert.ok(t.zh && t.en, `${source} ${e.id}: a text without both languages`);
    }
  }
});

test('courses list the subsidised first; presets and filters narrow them; orientation courses are held in the hall', async () => {
  const courses = await entries('/api/catalogues/courses?kind=skills');
  const firstPaid = courses.findIndex((c) => c.facets.subsidised![0] === 'no');
  assert.ok(firstPaid > 0 && courses.slice(firstPaid).every((c) => c.facets.subsidised![0] === 'no'), 'subsidised first');
  const orientation = await entries('/api/catalogues/courses?kind=orientation');
  assert.ok(orientation.length >= 3 && orientation.every((c) => c.area === 'f3-classrooms' && c.facets.fee![0] === 'free'));
  assert.equal((await entries('/api/catalogues/courses?kind=orientation&fee=paid')), []);
});

test('licensed agencies come from the employer accounts, valid licences first and an expired one flagged', async () => {
  const agencies = await entries('/api/catalogues/agencies');
  const expired = agencies.filter((a) => a.facets.licence![0] === 'expired');
  assert.ok(expired.length >= 1);
  assert.ok(agencies.indexOf(expired[0]!) > agencies.findIndex((a) => a.facets.licence![0] === 'valid'));
  assert.match(expired[0]!.sections[0]!.items[0]!.zh, '许可证已过期');
  const dispatch = (await hub.app.inject({ url: '/api/agencies?kind=dispatch' })).json() as unknown[];
  assert.is(dispatch.length, (await entries('/api/catalogues/agencies?kind=dispatch')).length, 'the same accounts the dispatch job search lists');
});

test('a policy summary prints at the kiosk with the finder\'s reason and a QR to its phone page', async () => {
  const res = await hub.app.inject({
    method: 'POST', url: '/api/catalogues/policies/print',
    payload: { kioskId: 'kiosk-1', ids: ['unemployment-insurance', 'public-welfare-posts'], because: { 'unemployment-insurance': { zh: '交过失业保险', en: 'Paid insurance' } } },
  });
  assert.is(res.statusCode, 202, res.body);
  const doc = (hub.app.hub.db.prepare('SELECT document FROM print_jobs WHERE id = ?').get(res.json().jobId) as { document: string }).document;
  assert.ok(doc.includes('失业保险金') && doc.includes('公益性岗位安置') && doc.includes('为什么适合您：交过失业保险'));
  assert.ok(doc.includes('http://hall.test/policies/unemployment-insurance'));
  const missing = await hub.app.inject({ method: 'POST', url: '/api/catalogues/policies/print', payload: { kioskId: 'kiosk-1', ids: ['no-such-policy'] } });
  assert.is(missing.statusCode, 404);
  assert.is(missing.json().issues[0].path, 'body.ids.0');
});

test('the guides library lists all 89 functions in the handbook\'s order, by module, each opening its service', async () => {
  const services = hub.app.hub.catalogue.services;
  const guides = await entries('/api/catalogues/guides');
  assert.equal(guides.map((g) => g.id), services.map((s) => s.id));
  for (const g of guides) {
    const s = services.find((x) => x.id === g.id)!;
    assert.equal([g.title, g.service, g.facets.module], [{ zh: s.zh, en: s.en }, s.id, [s.id.split('.')[0]]]);
    assert.equal(g.summary, hub.app.services.guide(s.id)!.summary);
    assert.equal(g.facts.map((f) => f.label.zh), ['在哪里办', '办理时间', '收费', '办理时限']);
  }
  const module4 = await entries('/api/catalogues/guides?module=4');
  assert.equal(module4.map((g) => g.id), services.filter((s) => s.id.startsWith('4.')).map((s) => s.id));
  // 4.1.4's booking is at the kiosk, so its steps name the button, as its service page does.
  const steps = module4.find((g) => g.id === '4.1.4')!.sections.find((x) => x.title.en === 'Steps')!.items.map((i) => i.zh);
  assert.ok(steps.some((st) => st.includes('“报名小组活动”')), steps.join(' / '));
});

test('a guide step done with a kiosk flow the function lacks reads as its window route', () => {
  const service = hub.app.hub.catalogue.service('1.1.2')!;
  const guide = { ...hub.app.services.guide('1.1.2')!, steps: [
    { zh: '在自助机点“甲”', en: 'Tap “A”', kiosk: 'flow-a', otherwise: { zh: '到 1 号窗口问', en: 'Ask at window 1' } },
    { zh: '取号', en: 'Take a ticket' },
  ] };
  const stepsOf = (flows: string[]) => guideEntry(service, guide, new Set(flows)).sections.at(-1)!.items.map((i) => i.zh);
  assert.equal(stepsOf(['flow-a']), ['在自助机点“甲”', '取号']);
  assert.equal(stepsOf([]), ['到 1 号窗口问', '取号']);
});

test('a guide entry prints as its service\'s guide slip at the kiosk', async () => {
  const entry = (await entries('/api/catalogues/guides?module=7')).find((g) => g.id === '7.1.2')!;
  const res = await hub.app.inject({ method: 'POST', url: `/api/services/${entry.service}/guide/print`, payload: { kioskId: 'kiosk-1' } });
  assert.is(res.statusCode, 202, res.body);
  const doc = (hub.app.hub.db.prepare('SELECT document FROM print_jobs WHERE id = ?').get(res.json().jobId) as { document: string }).document;
  assert.ok(doc.includes('办事指南') && doc.includes(`7.1.2 ${entry.title.zh}`), doc);
});

test('staff take an approved submission into the project bank once, and choose what the kiosk and the screens show', async () => {
  const staff = await hub.login();
  const body = {
    title: { zh: '社区洗衣房', en: 'Community laundry' }, summary: { zh: '自助洗衣和代洗', en: 'Self-service and drop-off laundry' }, sector: 'services',
    district: 'hongkou', investmentYuan: 90000, jobs: 3, support: { zh: '可申请创业担保贷款', en: 'Eligible for a guaranteed loan' }, officePhone: '021-63210066',
    submissionRef: 'CY7K3MPQ',
  };
  const added = await hub.app.inject({ method: 'POST', url: '/api/project-bank', headers: staff, payload: body });
  assert.is(added.statusCode, 201, added.body);
  const p = StartupProject.parse(added.json());
  assert.ok((await entries('/api/catalogues/projects')).some((e) => e.id === p.id));
  assert.is((await hub.app.inject({ method: 'POST', url: '/api/project-bank', headers: staff, payload: body })).json().code, 'ALREADY_IN_BANK');
  await hub.app.inject({ method: 'POST', url: `/api/project-bank/${p.id}/shown`, headers: staff, payload: { shown: false } });
  assert.not.ok((await entries('/api/catalogues/projects')).some((e) => e.id === p.id), 'taken down');
  assert.ok(ProjectList.parse((await hub.app.inject({ url: '/api/project-bank', headers: staff })).json()).items.some((x) => x.id === p.id && !x.shown));
  assert.is((await hub.app.inject({ method: 'POST', url: '/api/project-bank', payload: body })).statusCode, 401);
});

test('a course whose provider is not in providers.json stops start-up, naming the file and the course', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-content-'));
  try {
    for (const entry of fs.readdirSync(content)) if (entry !== 'courses.json') fs.symlinkSync(path.join(content, entry), path.join(dir, entry));
    const courses = JSON.parse(fs.readFileSync(path.join(content, 'courses.json'), 'utf8'));
    courses.courses[2].provider = '不存在的学校';
    fs.writeFileSync(path.join(dir, 'courses.json'), JSON.stringify(courses));
    const err = await startTestHub({ env: { CONTENT_DIR: dir } }).then((h) => h.close(), (e: Error) => e);
    assert.match(String(err), /courses\.json: courses\.2\.provider: "不存在的学校" is not in catalogues\/providers\.json/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
