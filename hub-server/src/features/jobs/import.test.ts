import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { strToU8, zipSync } from 'fflate';
import { eventually, startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { parseCsv } from './sheet-csv.ts';
import { readXlsx } from './sheet-xlsx.ts';

let hub: TestHub;
let staff: Record<string, string>;

const HEADER = '岗位名称,单位名称,岗位描述,区,最低月薪,最高月薪,招聘人数,联系电话,班次,包吃,包住,结算方式,证书';
const good = '夜班理货员（导入）,上海测试供应链有限公司,"负责夜间到货分拣与扫码入库，协助盘点。入职即缴纳五险。",嘉定区,6500,8000,10,021-59991111,夜班,是,是,周结,';
const upsideDown = '白班理货员,上海测试供应链有限公司,负责白天分拣与入库工作。,嘉定,7000,6000,3,021-59991111,长白班,否,否,月结,';
const blocked = '搬运工,上海测试供应链有限公司,负责装卸搬运，入职需交押金200元。,宝山区,6000,8000,5,021-59991111,长白班,是,否,日结,';
const badDistrict = '保安员,上海测试保安服务有限公司,小区门岗值守与巡逻，入职即缴纳五险。,火星区,5500,6500,2,021-59992222,两班倒,否,是,月结,保安员证';

const importCsv = (csv: string, publish = false) => hub.app.inject({
  method: 'POST', url: `/api/vacancies/import${publish ? '?publish=true' : ''}`, headers: { ...staff, 'content-type': 'text/csv' }, payload: csv,
});
const report = (id: string) => eventually(async () => {
  const r = (await hub.app.inject({ method: 'GET', url: `/api/vacancies/imports/${id}`, headers: staff })).json();
  return r.state === 'done' ? r : undefined;
});

test.before(async () => {
  hub = await startTestHub();
  staff = await hub.login();
});
test.after(async () => hub.close());

test('CSV: quoted commas, doubled quotes, line breaks in quotes, CRLF and the BOM', () => {
  assert.equal(parseCsv('\uFEFFa,"b,c","say ""hi"""\r\n"multi\nline",2,\n\n'), [['a', 'b,c', 'say "hi"'], ['multi\nline', '2', '']]);
});

test('XLSX: shared and inline strings, numbers, gaps between cells', () => {
  const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>区&amp;县</t></is></c></row>`
    + `<row r="2"><c r="A2"><v>6500</v></c><c r="B2" t="s"><v>1</v></c></row></sheetData></worksheet>`;
  const strings = '<sst><si><t>岗位名称</t></si><si><r><t>上海</t></r><r><t>测试</t></r></si></sst>';
  const xlsx = zipSync({ 'xl/worksheets/sheet1.xml': strToU8(sheet), 'xl/sharedStrings.xml': strToU8(strings) });
  assert.equal(readXlsx(xlsx), [['岗位名称', '', '区&县'], ['6500', '上海测试']]);
});

test('each row is checked like a kiosk registration; the report names row and field; good rows are created', async () => {
  const res = await importCsv([HEADER, good, upsideDown, blocked, badDistrict].join('\r\n'));
  assert.is(res.statusCode, 202, res.body);
  assert.is(res.json().rows, 4);
  const r = await report(res.json().importId);
  assert.is(r.created, 1);
  assert.is(r.published, 0);
  const byRow = (row: number) => r.errors.filter((e: { row: number }) => e.row === row);
  assert.equal(byRow(3).map((e: { field: string }) => e.field), ['payMax']);
  assert.is(byRow(4)[0].field, 'findings');
  assert.is(byRow(4)[0].findings[0].rule, 'FEES_DEPOSIT');
  assert.equal(byRow(5).map((e: { field: string }) => e.field), ['district']);
  const pending = await hub.app.inject({ method: 'GET', url: '/api/vacancies?status=pending&limit=200', headers: staff });
  const mine = pending.json().items.find((v: { title: string }) => v.title === '夜班理货员（导入）');
  assert.ok(mine);
  assert.equal([mine.shifts, mine.meals, mine.lodging, mine.payPeriod, mine.source], [['night'], true, true, 'weekly', 'import']);
});

test('publish=true publishes rows without any finding at once; blocked wording is never published', async () => {
  const csv = [HEADER, good.replace('夜班理货员（导入）', '夜班理货员（直接发布）'), blocked].join('\n');
  const r = await report((await importCsv(csv, true)).json().importId);
  assert.is(r.published, 1);
  const found = await hub.app.inject({ method: 'GET', url: '/api/jobs', query: { q: '直接发布' } });
  assert.is(found.json().total, 1);
  assert.is((hub.app.hub.db.prepare(`SELECT COUNT(*) AS n FROM vacancies WHERE description LIKE '%押金%'`).get() as { n: number }).n, 0);
});

test('a column the form does not have refuses the whole sheet', async () => {
  const res = await importCsv([`${HEADER},性别`, `${good},男`].join('\n'));
  assert.is(res.statusCode, 400);
  assert.is(res.json().code, 'UNKNOWN_COLUMN');
  assert.ok(res.json().message.includes('性别'));
});

test('imports are staff-only', async () => {
  const res = await hub.app.inject({ method: 'POST', url: '/api/vacancies/import', headers: { 'content-type': 'text/csv' }, payload: HEADER });
  assert.is(res.statusCode, 401);
});

test.run();
