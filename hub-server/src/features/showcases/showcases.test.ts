import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ShowcaseDetail, ShowcaseList } from '../../contract/index.ts';
import { ContentError } from '../../infra/content.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { loadShowcases } from './plugin.ts';

let hub: TestHub;
test.before(async () => {
  hub = await startTestHub();
});
test.after(async () => hub.close());

test('the list has occupation profiles and the three kinds of guidance, each with points a slide can show', async () => {
  const all = ShowcaseList.parse((await hub.app.inject({ method: 'GET', url: '/api/showcases' })).json()).items;
  const kinds = new Set(all.map((s) => s.kind));
  assert.equal([...kinds].sort(), ['hiring-practice', 'job-search-tip', 'occupation', 'service-promise']);
  assert.ok(all.every((s) => s.points.length >= 1 && s.points.length <= 6));
  const tips = ShowcaseList.parse((await hub.app.inject({ method: 'GET', url: '/api/showcases?kind=job-search-tip' })).json()).items;
  assert.ok(tips.length >= 3 && tips.every((s) => s.kind === 'job-search-tip'));
  const bad = await hub.app.inject({ method: 'GET', url: '/api/showcases?kind=gossip' });
  assert.is(bad.statusCode, 400);
  assert.match(bad.json().message, 'querystring.kind');
});

test('an occupation profile comes with its open vacancies and the courses that lead to it', async () => {
  const d = ShowcaseDetail.parse((await hub.app.inject({ method: 'GET', url: '/api/showcases/electrician' })).json());
  assert.is(d.showcase.kind, 'occupation');
  assert.ok(d.courses.some((c) => c.id === 'electrician-low-voltage'));
  const { total } = (await hub.app.inject({ method: 'GET', url: '/api/jobs?occupation=6-31-01-03&limit=1' })).json() as { total: number };
  assert.is(d.openVacancies, total);
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/showcases/nope' })).statusCode, 404);
});

test('content naming an occupation the vocabulary does not have stops the start with the file named', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showcases-'));
  fs.mkdirSync(path.join(dir, 'showcases'));
  const src = path.resolve(import.meta.dirname, '../../../../content/showcases');
  fs.copyFileSync(path.join(src, 'guidance.json'), path.join(dir, 'showcases/guidance.json'));
  fs.copyFileSync(path.join(src, 'occupations.json'), path.join(dir, 'showcases/occupations.json'));
  try {
    assert.throws(() => loadShowcases(dir, (code) => code !== '6-31-01-03'), (e: Error) => e instanceof ContentError && /electrician.+6-31-01-03/.test(e.message));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
