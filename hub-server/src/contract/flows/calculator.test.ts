import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bracketIssues } from './calc-check.ts';
import { FlowDefinition } from './index.ts';

const L = (zh: string, en: string) => ({ zh, en });
const months = (bands: unknown) => ({
  id: 'monthsByYears', kind: 'brackets', label: L('领取期限', 'Months of benefit'), basis: L('失业保险条例 第十七条', 'Regulation art. 17'),
  over: L('缴费年限', 'Years paid'), overUnit: L('年', 'years'), values: [{ from: '1999-01-22', value: bands }],
});
const LAW = [{ from: 1, to: 5, value: 12 }, { from: 5, to: 10, value: 18 }, { from: 10, to: null, value: 24 }];

function calc(over: Record<string, unknown> = {}) {
  return {
    id: 'ui-test', kind: 'calculator', functions: ['7.1.3'], version: 1, label: L('算一算', 'Estimate'), title: L('失业保险金', 'Benefit'),
    caveat: L('以窗口核定为准', 'The window decides'),
    inputs: [
      { id: 'years', type: 'number', label: L('缴费年限', 'Years paid'), max: 50, unit: L('年', 'years') },
      { id: 'unclaimed', type: 'number', label: L('上次未领月数', 'Months left'), max: 24, unit: L('个月', 'months'), default: 0 },
    ],
    parameters: [months(LAW), { id: 'monthly', kind: 'number', format: 'amount', label: L('月标准', 'Monthly'), basis: L('市规定', 'City'), demo: true, values: [{ from: '2024-01-01', value: 2000 }] }],
    steps: [
      { type: 'check', id: 'paidAYear', label: L('缴满 1 年', 'Paid a year'), check: 'years >= 1', fail: L('缴费不满 1 年', 'Less than a year') },
      { type: 'value', id: 'maxMonths', label: L('最长月数', 'Most months'), expr: 'min(24, lookup(monthsByYears, years) + unclaimed)', how: L('缴费 {years} 年', '{years} years paid'), say: L('最多 {value} 个月', 'Up to {value} months') },
      { type: 'value', id: 'total', label: L('合计', 'Total'), expr: 'maxMonths * monthly', format: 'amount' },
    ],
    cases: [{ name: '7 years', asOf: '2024-06-01', inputs: { years: 7 }, expect: { eligible: true, maxMonths: 18, total: 36000 } }],
    ...over,
  };
}

function issues(def: unknown): string[] {
  const r = FlowDefinition.safeParse(def);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

test('the unemployment rule of 第十七条 as data is accepted', () => {
  assert.equal(issues(calc()), []);
});

test('bracket tables that overlap, leave a gap or end before they start are refused', () => {
  assert.equal(bracketIssues(LAW), []);
  assert.equal(bracketIssues([{ from: 1, to: 5, value: 12 }, { from: 4, to: null, value: 18 }]), ['bands 1 and 2 overlap: 4 is before 5']);
  assert.equal(bracketIssues([{ from: 1, to: 5, value: 12 }, { from: 6, to: null, value: 18 }]), ['bands 1 and 2 leave a gap from 5 to 6']);
  assert.equal(bracketIssues([{ from: 5, to: 5, value: 12 }]), ['band 1 ends (5) where or before it starts (5)']);
  assert.equal(bracketIssues([{ from: 1, to: null, value: 12 }, { from: 5, to: null, value: 18 }]), ['band 1 has no end but is not the last']);
  // In a definition, the check names the dated value that is wrong.
  const gap = calc({ parameters: [months([{ from: 1, to: 5, value: 12 }, { from: 6, to: null, value: 24 }])] });
  assert.ok(issues(gap).includes('parameters.0.values.0.value: bands 1 and 2 leave a gap from 5 to 6'), issues(gap).join('\n'));
});

test('a rule reading what does not exist yet, or of the wrong type, is refused at its path', () => {
  const later = calc({ steps: [{ type: 'value', id: 'a', label: L('甲', 'A'), expr: 'b + 1' }, { type: 'value', id: 'b', label: L('乙', 'B'), expr: '1' }] });
  assert.equal(issues(later).filter((i) => i.startsWith('steps')), ['steps.0.expr: b + 1: "b" is not an input, a parameter or an earlier step']);
  const notBool = calc({ steps: [{ type: 'check', id: 'c', label: L('甲', 'A'), check: 'years + 1', fail: L('不行', 'No') }] });
  assert.equal(issues(notBool).filter((i) => i.startsWith('steps')), ['steps.0.check: years + 1: must give a boolean']);
});

test('names are unique and not reserved; templates name what exists', () => {
  const twice = calc({ steps: [{ type: 'value', id: 'years', label: L('甲', 'A'), expr: '1' }] });
  assert.ok(issues(twice).includes('steps.0.id: "years" appears twice'));
  const reserved = calc({ steps: [{ type: 'value', id: 'eligible', label: L('甲', 'A'), expr: '1' }] });
  assert.ok(issues(reserved).includes('steps.0.id: "eligible" is reserved'));
  const unknown = calc({ steps: [{ type: 'value', id: 'a', label: L('甲', 'A'), expr: '1', how: L('{wage} 元', '{wage} yuan') }] });
  assert.ok(issues(unknown).includes('steps.0.how: {wage} names nothing known here'));
});

test('an input asked only sometimes says what it is when not asked, and defaults fit their inputs', () => {
  const noDefault = calc({ inputs: [calc().inputs[0], { id: 'x', type: 'yes-no', label: L('是否', 'Whether'), askIf: 'years > 1' }] });
  assert.ok(issues(noDefault).includes('inputs.1.otherwise: an input asked only sometimes needs a value for when it is not asked'));
  const wrongType = calc({ inputs: [calc().inputs[0], { id: 'x', type: 'yes-no', label: L('是否', 'Whether'), askIf: 'years > 1', otherwise: 0 }] });
  assert.ok(issues(wrongType).includes('inputs.1.otherwise: does not fit a yes-no input'));
  const outside = calc({ inputs: [{ ...calc().inputs[0], default: 99 }] });
  assert.ok(issues(outside).includes('inputs.0.default: outside min and max'));
});

test('cases must name real inputs with fitting values, and real steps', () => {
  const bad = calc({ cases: [{ name: 'x', asOf: '2024-06-01', inputs: { years: 'seven', wage: 1 }, expect: { months: 18 } }] });
  const found = issues(bad);
  assert.ok(found.includes('cases.0.inputs.years: does not fit the input years'), found.join('\n'));
  assert.ok(found.includes('cases.0.inputs.wage: no input "wage"'));
  assert.ok(found.includes('cases.0.expect.months: no value or check step "months"'));
  assert.ok(issues(calc({ cases: [] })).some((i) => i.startsWith('cases:')), 'a calculator without a case is refused');
});

test('dated values must be in order', () => {
  const p = { ...calc().parameters[1], values: [{ from: '2024-07-01', value: 1 }, { from: '2024-01-01', value: 2 }] };
  assert.ok(issues(calc({ parameters: [months(LAW), p] })).includes('parameters.1.values: dates must be strictly ascending'));
});

test('a table step sees its row number k and its earlier columns', () => {
  const table = { type: 'table', id: 'plan', label: L('还款', 'Plan'), rows: '4', columns: [
    { id: 'interest', label: L('利息', 'Interest'), expr: '100 * k', format: 'amount' },
    { id: 'payment', label: L('应还', 'Payment'), expr: 'interest + if(k == 4, 1000, 0)', format: 'amount' },
  ] };
  assert.equal(issues(calc({ steps: [...calc().steps, table] })), []);
});

test.run();
