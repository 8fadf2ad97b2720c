import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
type Item = { id: number; title: string; district: string; payMax: number; meals: boolean; lodging: boolean; payPeriod: string; shifts: string[]; postedAt: string };

const search = async (query: Record<string, string>) => {
  const res = await hub.app.inject({ method: 'GET', url: '/api/jobs', query });
  assert.is(res.statusCode, 200, res.body);
  return res.json() as { items: Item[]; total: number; terms: Array<{ term: string; synonyms: string[] }>; help: null | { relaxed: Array<{ filter: string; total: number }>; suggestions: string[] } };
};
/** Every published id, paging through the whole result. */
const allIds = async (query: Record<string, string>) => {
  const ids: number[] = [];
  for (let offset = 0; ; offset += 50) {
    const r = await search({ ...query, limit: '50', offset: String(offset) });
    ids.push(...r.items.map((i) => i.id));
    if (r.items.length < 50) return { ids, total: r.total };
  }
};
const truth = (q: string, where = '1 = 1', ...params: unknown[]) =>
  (hub.app.hub.db.prepare(
    `SELECT id FROM vacancies WHERE status = 'approved' AND fair_id IS NULL AND ${where}
       AND (instr(title, ?) > 0 OR instr(description, ?) > 0 OR instr(employer_name, ?) > 0)`,
  ).all(...params, q, q, q) as Array<{ id: number }>).map((r) => r.id);

test.before(async () => {
  hub = await startTestHub();
});
test.after(async () => hub.close());

test('2-character queries find every published vacancy containing them (recall 100 % against instr)', async () => {
  for (const q of ['保安', '普工', '司机', '保洁', '厨师', '快递', '客服', '电工', '叉车', '月嫂', '包住', '日结', '五险', '嘉定']) {
    const expected = truth(q);
    const { ids, total } = await allIds({ q });
    const got = new Set(ids);
    assert.equal(expected.filter((id) => !got.has(id)), [], `missed for ${q}`);
    assert.is(total, ids.length, `total for ${q}`);
  }
});

test('with filters too: district and pay floor; synonyms may add more, never fewer, and every hit passes the filters', async () => {
  for (const [q, district] of [['保安', 'pudong'], ['普工', 'songjiang'], ['仓库', 'jiading'], ['厨师', 'jingan']] as const) {
    const expected = truth(q, 'district = ? AND pay_max >= ?', district, 6000);
    const { ids } = await allIds({ q, district, payMin: '6000' });
    const got = new Set(ids);
    assert.equal(expected.filter((id) => !got.has(id)), [], `${q} in ${district}`);
    for (const id of ids) {
      const row = hub.app.hub.db.prepare('SELECT district, pay_max FROM vacancies WHERE id = ?').get(id) as { district: string; pay_max: number };
      assert.ok(row.district === district && row.pay_max >= 6000);
    }
  }
});

test('a colloquial word finds the occupation (保姆 → 家政服务员), and the synonyms used are reported', async () => {
  const r = await search({ q: '保姆' });
  assert.ok(r.terms[0]!.synonyms.includes('家政服务员'));
  const coded = (hub.app.hub.db.prepare(`SELECT COUNT(*) AS n FROM vacancies WHERE status = 'approved' AND occupation_code = '4-10-01-06'`).get() as { n: number }).n;
  assert.ok(r.total >= coded, `${r.total} ≥ ${coded}`);
});

test('a single character falls back to a substring scan', async () => {
  const expected = truth('厨');
  const { ids } = await allIds({ q: '厨' });
  assert.equal([...ids].sort((a, b) => a - b), expected.sort((a, b) => a - b));
});

test('migrant-worker filters: board and lodging, daily or weekly pay, no nights', async () => {
  const r = await search({ meals: 'true', lodging: 'true', payPeriod: 'daily,weekly', avoidShift: 'night', limit: '50' });
  assert.ok(r.total > 0);
  for (const i of r.items) {
    assert.ok(i.meals && i.lodging);
    assert.ok(['daily', 'weekly'].includes(i.payPeriod));
    assert.not.ok(i.shifts.includes('night'));
  }
});

test('pages are disjoint and ordered; newest first without a query, best paid first on request', async () => {
  const a = await search({ limit: '10', offset: '0' });
  const b = await search({ limit: '10', offset: '10' });
  assert.is(a.total, b.total);
  assert.equal(a.items.filter((x) => b.items.some((y) => y.id === x.id)), []);
  const posted = [...a.items, ...b.items].map((i) => i.postedAt);
  assert.equal(posted, [...posted].sort().reverse());
  const pay = (await search({ sort: 'pay', limit: '20' })).items.map((i) => i.payMax);
  assert.equal(pay, [...pay].sort((x, y) => y - x));
});

test('zero results come with help: which filter to drop and occupations to try', async () => {
  const r = await search({ q: '叉车', district: 'chongming', meals: 'true' });
  if (r.total === 0) {
    assert.ok(r.help);
    assert.ok(r.help.relaxed.some((x) => x.filter === 'district'));
  }
  const none = await search({ q: '保镖' });
  assert.is(none.total, 0);
  assert.ok(none.help!.suggestions.includes('保安员'));
});

test('bad query parameters are a 400 naming the parameter', async () => {
  for (const [query, path] of [[{ district: 'Pu Dong' }, 'querystring.district'], [{ limit: '500' }, 'querystring.limit'], [{ shift: 'lunch' }, 'querystring.shift']] as const) {
    const res = await hub.app.inject({ method: 'GET', url: '/api/jobs', query });
    assert.is(res.statusCode, 400);
    assert.ok(res.json().issues.some((i: { path: string }) => i.path === path), res.body);
  }
});

test('typeahead finds occupations by name and by synonym', async () => {
  const res = await hub.app.inject({ method: 'GET', url: '/api/jobs/suggest', query: { q: '保姆' } });
  assert.equal(res.json()[0], { kind: 'occupation', label: '家政服务员', value: '4-10-01-06', via: '保姆' });
});

test.run();
