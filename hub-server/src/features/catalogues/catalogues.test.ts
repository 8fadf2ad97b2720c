import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CatalogueResult, CatalogueSource, ProjectList, StartupProject } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { FACETS } from './entries.ts';

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
