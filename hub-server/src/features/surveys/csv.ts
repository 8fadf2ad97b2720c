import { HARD_TO_FILL_LABELS, type DemandSurveyReport } from '../../contract/index.ts';
import type { Names } from './aggregate.ts';

/** Excel reads a CSV as the local code page (GBK on Chinese Windows) unless it starts with the UTF-8 BOM. */
export const BOM = '\uFEFF';

/** RFC 4180 quoting; text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe. */
function cell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const HEADER = [
  '季度 Quarter', '职业代码 Occupation code', '职业 Occupation', '区 District', '计划招用人数 Headcount', '填报单位数 Employers',
  '认为难招的单位数 Hard to fill (employers)', '最低月薪(元) Pay from (yuan/month)', '最高月薪(元) Pay up to (yuan/month)',
  '平均中位月薪(元) Average midpoint (yuan/month)', '难招原因(单位数) Hard-to-fill reasons (employers)',
];

/**
 * The report as a spreadsheet: a row per occupation × district, then a total row per occupation with its
 * hard-to-fill reasons, and a grand total. Only figures, no employer names. CRLF line ends (RFC 4180); the route adds the BOM.
 */
export function demandCsv(r: DemandSurveyReport, names: Names): string {
  const rows: Array<Array<string | number>> = [HEADER];
  for (const c of r.cells) {
    rows.push([r.quarter, c.occupationCode, names.occupation(c.occupationCode), names.district(c.district), c.headcount, c.employers, c.hardToFill, c.payMin, c.payMax, c.payMidAvg, '']);
  }
  for (const o of r.byOccupation) {
    rows.push([r.quarter, o.occupationCode, o.occupationName, '全市 All districts', o.headcount, o.employers, o.hardToFill, o.payMin, o.payMax, o.payMidAvg,
      o.reasons.map((x) => `${HARD_TO_FILL_LABELS[x.reason].zh} ${HARD_TO_FILL_LABELS[x.reason].en} ×${x.count}`).join('; ')]);
  }
  rows.push([r.quarter, '', '合计 Total', '全市 All districts', r.headcount, r.responses, '', '', '', '',
    r.reasons.map((x) => `${HARD_TO_FILL_LABELS[x.reason].zh} ${HARD_TO_FILL_LABELS[x.reason].en} ×${x.count}`).join('; ')]);
  return rows.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}
