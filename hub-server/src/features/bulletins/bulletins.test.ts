import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Bulletin, BulletinList } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let staff: Record<string, string>;
const clock = new Date('2031-09-15T04:00:00Z');

test.before(async () => {
  hub = await startTestHub({ now: () => clock });
  staff = await hub.login();
});
test.after(async () => hub.close());

const generate = (body: object) => hub.app.inject({ method: 'POST', url: '/api/bulletins', headers: staff, payload: body });

test('an issue counts the vacancies published in its period, as the database has them', async () => {
  const res = await generate({ from: '2031-08-16', to: '2031-09-15' });
  assert.is(res.statusCode, 201, res.body);
  const b = Bulletin.parse(res.json());
  const start = '2031-08-15T16:00:00.000Z'; // 16 Aug 00:00 in Shanghai
  const end = '2031-09-15T16:00:00.000Z';
  const truth = hub.app.hub.db.prepare(`SELECT COUNT(*) AS n, COALESCE(SUM(headcount), 0) AS h FROM vacancies WHERE approved_at >= ? AND approved_at < ?`).get(start, end) as { n: number; h: number };
  assert.ok(truth.n > 0, 'the demo data has vacancies in the period');
  assert.is(b.figures.vacancies.published, truth.n);
  assert.is(b.figures.vacancies.headcount, truth.h);
  assert.ok(b.figures.vacancies.topOccupations.length > 0);
  assert.is(b.issueNo, 1);
  assert.is(b.url, `http://hall.test/bulletins/${b.id}`);
  const second = Bulletin.parse((await generate({ from: '2031-09-01', to: '2031-09-15', title: '九月上半月简报' })).json());
  assert.is(second.issueNo, 2);
  assert.is(second.title, '九月上半月简报');
  const list = BulletinList.parse((await hub.app.inject({ method: 'GET', url: '/api/bulletins', headers: staff })).json());
  assert.equal(list.map((x) => x.issueNo), [2, 1]);
});

test('the printable page has its charts as SVG, the figures, print CSS, and nothing personal', async () => {
  const b = Bulletin.parse((await generate({ from: '2031-08-16', to: '2031-09-15' })).json());
  const page = await hub.app.inject({ method: 'GET', url: `/bulletins/${b.id}` });
  assert.is(page.statusCode, 200);
  assert.match(page.headers['content-type'] as string, 'text/html');
  const body = page.body;
  assert.ok((body.match(/<svg class="chart"/g) ?? []).length >= 2, 'occupation and weekly charts');
  assert.match(body, '@page{size:A4');
  assert.match(body, `<dd>${b.figures.vacancies.published}</dd>`);
  assert.match(body, b.figures.vacancies.topOccupations[0]!.name);
  assert.not.match(body, /1[3-9]\d{9}/, 'no mobile number');
  assert.match((await hub.app.inject({ method: 'GET', url: '/bulletins' })).body, `第 ${b.issueNo} 期`);
});

test('a period in the future, longer than a year or upside down is refused naming the field; staff only', async () => {
  const future = await generate({ from: '2031-09-01', to: '2031-09-30' });
  assert.is(future.statusCode, 422);
  assert.match(future.json().message, 'body.to');
  const long = await generate({ from: '2029-01-01', to: '2031-09-01' });
  assert.is(long.statusCode, 422);
  const upside = await generate({ from: '2031-09-10', to: '2031-09-01' });
  assert.is(upside.statusCode, 400);
  assert.match(upside.json().message, 'body.to');
  assert.is((await hub.app.inject({ method: 'POST', url: '/api/bulletins', payload: { from: '2031-09-01', to: '2031-09-02' } })).statusCode, 401);
  assert.is((await hub.app.inject({ method: 'GET', url: '/bulletins/00000000-0000-4000-8000-000000000000' })).statusCode, 404);
});

test.run();
