import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { filtersFromQuery, filtersToQuery, noFilters, relaxations, searchParams } from './jobs-data.ts';

test('filters survive the round trip through the kiosk address', () => {
  const f = { ...noFilters, q: '保安', districts: ['pudong', 'jiading'], payMin: 5000, lodging: true, quickPay: true };
  const query = filtersToQuery(f);
  assert.is(query.toString(), 'q=%E4%BF%9D%E5%AE%89&district=pudong%2Cjiading&payMin=5000&lodging=1&quickPay=1');
  assert.equal(filtersFromQuery(query, null), f);
});

test('no filter leaves the address bare; the preset comes from the flow and reaches the hub query', () => {
  assert.is(filtersToQuery(noFilters).toString(), '');
  const f = filtersFromQuery(new URLSearchParams('meals=1&q='), { programme: 'overseas' });
  assert.equal({ ...f, preset: null }, { ...noFilters, meals: true });
  assert.match(searchParams(f, 0), 'programme=overseas');
  assert.match(searchParams(f, 0), 'meals=true');
});

test('a hint to drop a filter names only filters on screen, never the kind of vacancy the service fixed', () => {
  const result = {
    items: [], total: 0, terms: [],
    help: { relaxed: [{ filter: 'label' as const, total: 40 }, { filter: 'meals' as const, total: 3 }, { filter: 'employmentType' as const, total: 2 }], suggestions: [], message: { zh: '去掉“岗位类别”', en: 'x' } },
  };
  const internships = { ...noFilters, meals: true, preset: { label: 'internship' as const } };
  assert.equal(relaxations(result, internships).map((r) => r.filter), ['meals', 'employmentType']);
  const dispatch = { ...noFilters, meals: true, preset: { employmentType: 'dispatch' as const } };
  assert.equal(relaxations(result, dispatch).map((r) => r.filter), ['meals']);
});

test.run();
