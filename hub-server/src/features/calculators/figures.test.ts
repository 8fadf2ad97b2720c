import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { CalcFigure, CalcParameter } from '../../contract/index.ts';
import { inForce, timeline } from './figures.ts';

const L = (zh: string, en: string) => ({ zh, en });
const wage: CalcParameter = {
  id: 'minimumWage', kind: 'number', format: 'amount', label: L('最低工资', 'Minimum wage'), basis: L('演示值', 'demo value'), demo: true,
  values: [{ from: '2023-07-01', value: 2690 }, { from: '2025-07-01', value: 2740 }],
};
const figure = (id: number, from: string, value: number | null, decidedAt: string): CalcFigure => ({
  id, flowId: 'x', parameterId: 'minimumWage', from, value, note: 'n', state: 'approved', proposedBy: 'a', proposedAt: decidedAt, decidedBy: 'b', decidedAt, reason: null,
});

test('the value in force is the latest on or before the day; none before the first', () => {
  const t = timeline(wage, []);
  assert.is(inForce(t, '2023-06-30'), null);
  assert.is(inForce(t, '2023-07-01')!.value, 2690);
  assert.is(inForce(t, '2025-06-30')!.value, 2690);
  assert.is(inForce(t, '2025-07-01')!.value, 2740);
  assert.is(inForce(t, '2030-01-01')!.demo, true);
});

test('an approved figure starts on its day; for a day already set, the later approval counts', () => {
  const t = timeline(wage, [
    figure(2, '2025-07-01', 2750, '2025-06-02T00:00:00Z'),
    figure(1, '2025-07-01', 2745, '2025-06-01T00:00:00Z'),
    figure(3, '2026-01-01', null, '2025-06-03T00:00:00Z'),
  ]);
  assert.equal(t.map((v) => [v.from, v.value]), [['2023-07-01', 2690], ['2025-07-01', 2750], ['2026-01-01', null]]);
  assert.equal(inForce(t, '2025-08-01')!.source, { figureId: 2 });
  assert.is(inForce(t, '2025-08-01')!.demo, false);
  assert.is(inForce(t, '2026-02-01')!.value, null);
});

test('figures of another parameter do not count', () => {
  assert.is(timeline(wage, [{ ...figure(1, '2024-01-01', 1, '2024-01-01T00:00:00Z'), parameterId: 'other' }]).length, 2);
});

test.run();
