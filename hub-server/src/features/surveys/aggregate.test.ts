import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { DemandSurveyReport } from '../../contract/index.ts';
import { aggregate, type SurveyRecord } from './aggregate.ts';
import { demandCsv } from './csv.ts';
import { nextQuarter, quarterOf } from './quarter.ts';

const names = { occupation: (c: string) => ({ '4-02-06-04': '叉车司机', '4-07-05-01': '保安员' })[c] ?? c, district: (c: string) => ({ jiading: '嘉定区', pudong: '浦东新区' })[c] ?? c };

const records: SurveyRecord[] = [
  { district: 'jiading', trainingNeeds: ['safety', 'certificates'], lines: [
    { occupationCode: '4-02-06-04', headcount: 10, payMin: 6000, payMax: 8000, hardToFill: true, reasons: ['certificate-required', 'shift-or-hours'] },
    { occupationCode: '4-07-05-01', headcount: 2, payMin: 4500, payMax: 5000, hardToFill: false, reasons: [] },
  ] },
  { district: 'pudong', trainingNeeds: ['safety'], lines: [
    { occupationCode: '4-02-06-04', headcount: 30, payMin: 7000, payMax: 9000, hardToFill: true, reasons: ['certificate-required'] },
  ] },
  { district: 'jiading', trainingNeeds: [], lines: [
    { occupationCode: '4-02-06-04', headcount: 5, payMin: 6500, payMax: 7500, hardToFill: false, reasons: [] },
  ] },
];

test('the quarter asked about is the one after today\'s', () => {
  assert.is(quarterOf('2026-11-26'), '2026-Q4');
  assert.is(nextQuarter('2026-11-26'), '2027-Q1');
  assert.is(nextQuarter('2026-03-31'), '2026-Q2');
  assert.is(nextQuarter('2026-04-01'), '2026-Q3');
});

test('totals by occupation and district add up to the whole', () => {
  const r = aggregate(records, names);
  assert.is(r.responses, 3);
  assert.is(r.headcount, 47);
  assert.equal(r.byOccupation.map((o) => [o.occupationCode, o.headcount, o.employers, o.hardToFill]), [['4-02-06-04', 45, 3, 2], ['4-07-05-01', 2, 1, 0]]);
  assert.equal(r.byDistrict.map((d) => [d.districtName, d.headcount, d.employers]), [['浦东新区', 30, 1], ['嘉定区', 17, 2]]);
  assert.is(r.cells.reduce((n, c) => n + c.headcount, 0), r.headcount);
  assert.equal(r.cells.filter((c) => c.occupationCode === '4-02-06-04').map((c) => [c.district, c.headcount, c.employers]), [['pudong', 30, 1], ['jiading', 15, 2]]);
});

test('pay ranges span every answer; the average midpoint is weighted by headcount', () => {
  const forklift = aggregate(records, names).byOccupation[0]!;
  assert.equal([forklift.payMin, forklift.payMax], [6000, 9000]);
  // (7000×10 + 8000×30 + 7000×5) / 45 = 7666.7
  assert.is(forklift.payMidAvg, 7667);
});

test('hard-to-fill reasons count the posts naming them; training needs count employers', () => {
  const r = aggregate(records, names);
  assert.equal(r.reasons, [{ reason: 'certificate-required', count: 2 }, { reason: 'shift-or-hours', count: 1 }]);
  assert.equal(r.byOccupation[0]!.reasons, r.reasons);
  assert.equal(r.training, [{ need: 'safety', count: 2 }, { need: 'certificates', count: 1 }]);
});

test('no answers yet: zeros, not NaN or Infinity', () => {
  const r = aggregate([], names);
  assert.equal([r.responses, r.headcount, r.byOccupation.length, r.cells.length], [0, 0, 0, 0]);
});

test('the CSV has a bilingual header, a row per cell, per occupation with its reasons, and a total', () => {
  const report: DemandSurveyReport = { quarter: '2027-Q1', quarters: ['2027-Q1'], generatedAt: '2026-11-26T02:00:00.000Z', ...aggregate(records, names) };
  const lines = demandCsv(report, names).split('\r\n');
  assert.is(lines.at(-1), '', 'ends with CRLF');
  assert.match(lines[0]!, /^季度 Quarter,职业代码 Occupation code,职业 Occupation/);
  assert.is(lines.length, 1 + 3 + 2 + 1 + 1);
  assert.is(lines[1], '2027-Q1,4-02-06-04,叉车司机,浦东新区,30,1,1,7000,9000,8000,');
  assert.match(lines[4]!, /^2027-Q1,4-02-06-04,叉车司机,全市 All districts,45,3,2,6000,9000,7667,需要持证 Certificate required ×2; 倒班或工时长 Shifts or long hours ×1$/);
  assert.match(lines[6]!, /^2027-Q1,,合计 Total,全市 All districts,47,3,/);
});

test.run();
