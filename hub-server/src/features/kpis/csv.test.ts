import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KpiOutcome, type KpiFigures, type KpiReport } from '../../contract/index.ts';
import { kpiCsv } from './csv.ts';

const figures = (over: Partial<KpiFigures> = {}): KpiFigures => ({
  transactions: 4, called: 4, served: 2, noShows: 1, waitCount: 4, waitAvgSec: 735, waitP90Sec: 1500, serviceCount: 3,
  serviceAvgSec: 480, serviceP90Sec: 840, walkAvgSec: 60, noShowRate: 0.25, withinTargetShare: 0.75,
  outcomes: Object.fromEntries(KpiOutcome.options.map((o) => [o, o === 'completed' ? 2 : 0])) as KpiFigures['outcomes'],
  ...over,
});
const report: KpiReport = {
  from: '2024-03-04', to: '2024-03-05', groupBy: 'staff', timezone: 'Asia/Shanghai', generatedAt: '2024-03-05T02:00:00.000Z', tickets: 5,
  rows: [
    { key: 'alice', label: { zh: '王芳, "组长" (alice)', en: '王芳, "组长" (alice)' }, targetMinutes: null, ...figures() },
    { key: 'eve', label: { zh: '=HYPERLINK("x")', en: '=HYPERLINK("x")' }, targetMinutes: null, ...figures({ waitAvgSec: null, noShowRate: null }) },
    { key: null, label: { zh: '未叫号', en: 'Not called' }, targetMinutes: null, ...figures({ transactions: 1, called: 0 }) },
  ],
  totals: figures({ transactions: 9 }),
};
const csv = kpiCsv(report);
const lines = csv.split('\r\n');

/** RFC 4180, enough for these tests: quoted cells with doubled quotes and commas inside. */
function parse(text: string): string[][] {
  return text.trimEnd().split('\r\n').map((line) => {
    const cells: string[] = [];
    for (let i = 0; i <= line.length; ) {
      if (line[i] === '"') {
        let v = '';
        for (i++; i < line.length; i++) {
          if (line[i] === '"' && line[i + 1] === '"') (v += '"'), i++;
          else if (line[i] === '"') break;
          else v += line[i];
        }
        cells.push(v);
        i += 2;
      } else {
        const end = line.indexOf(',', i) < 0 ? line.length : line.indexOf(',', i);
        cells.push(line.slice(i, end));
        i = end + 1;
      }
    }
    return cells;
  });
}
const table = parse(csv);

test('a header in Chinese and English, a row per group and a totals row, CRLF line ends', () => {
  assert.ok(csv.endsWith('\r\n'));
  assert.is(lines.length, 1 + 3 + 1 + 1, 'header, rows, totals, and the empty string after the last CRLF');
  assert.match(lines[0]!, /^工作人员 Staff,名称,Name,办理事务数 Transactions,/);
  assert.match(lines[0]!, '平均等候(分钟) Avg wait (min)');
  assert.match(lines[0]!, '未结束 Unfinished');
  assert.match(lines[4]!, /^合计 Total,2024-03-04 至 2024-03-05，共 5 张号,"2024-03-04 to 2024-03-05, 5 tickets",9,/);
  assert.not.ok(csv.startsWith('\uFEFF'), 'the route adds the BOM');
});

test('times in minutes with one decimal, rates in per cent, nothing measured left empty', () => {
  const [header, alice, eve, none] = table;
  assert.is(alice!.length, header!.length);
  const col = (row: string[], name: string) => row[header!.indexOf(name)];
  assert.equal(alice!.slice(0, 3), ['alice', '王芳, "组长" (alice)', '王芳, "组长" (alice)']);
  assert.is(col(alice!, '平均等候(分钟) Avg wait (min)'), '12.3');
  assert.is(col(alice!, 'P90等候(分钟) P90 wait (min)'), '25.0');
  assert.is(col(alice!, '平均办理(分钟) Avg service (min)'), '8.0');
  assert.is(col(alice!, '过号率 No-show rate (%)'), '25.0');
  assert.is(col(alice!, '等候达标率 Called within target (%)'), '75.0');
  assert.is(col(alice!, '目标(分钟) Target (min)'), '');
  assert.is(col(alice!, '办结 Completed'), '2');
  assert.is(col(eve!, '平均等候(分钟) Avg wait (min)'), '');
  assert.is(col(eve!, '过号率 No-show rate (%)'), '');
  assert.equal(none!.slice(0, 5), ['—', '未叫号', 'Not called', '1', '0']);
});

test('a name that a spreadsheet would run as a formula is defused', () => {
  assert.match(lines[2]!, /^eve,"'=HYPERLINK\(""x""\)",/);
  assert.is(table[2]![1], `'=HYPERLINK("x")`);
});

test.run();
