import type { KpiFigures, KpiGroupBy, KpiOutcome, KpiReport } from '../../contract/index.ts';

/** Excel reads a CSV as the local code page (GBK on Chinese Windows) unless it starts with the UTF-8 BOM. */
export const BOM = '\uFEFF';

const GROUP_HEADER: Record<KpiGroupBy, string> = {
  queue: '队列 Queue line', service: '事项 Service', counter: '窗口 Counter', staff: '工作人员 Staff', hour: '时段 Hour',
};

const OUTCOME_HEADER: Record<KpiOutcome, string> = {
  completed: '办结 Completed', 'needs-documents': '需补材料 Needs documents', referred: '转介 Referred',
  'information-only': '仅咨询 Information only', other: '其他 Other', 'no-show': '过号 No-show', transferred: '转出 Transferred',
  parked: '暂挂 Parked', cancelled: '取消 Cancelled', unfinished: '未结束 Unfinished',
};

const min = (sec: number | null) => (sec === null ? '' : (sec / 60).toFixed(1));
const pct = (share: number | null) => (share === null ? '' : (share * 100).toFixed(1));

/**
 * One cell, RFC 4180-quoted. Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe: staff display names are typed by people and end up here.
 */
function cell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function figures(f: KpiFigures, targetMinutes: number | null, outcomes: readonly KpiOutcome[]): Array<string | number> {
  return [
    f.transactions, f.called, f.served, f.noShows, pct(f.noShowRate),
    f.waitCount, min(f.waitAvgSec), min(f.waitP90Sec), min(f.serviceAvgSec), min(f.serviceP90Sec), min(f.walkAvgSec),
    pct(f.withinTargetShare), targetMinutes ?? '',
    ...outcomes.map((o) => f.outcomes[o]),
  ];
}

/**
 * The report as a spreadsheet: one header row in Chinese and English, a row per group, a totals row. Times in
 * minutes and rates in per cent (what a manager types into a summary), CRLF line ends (RFC 4180), no BOM:
 * the route adds it.
 */
export function kpiCsv(report: KpiReport): string {
  const outcomes = Object.keys(OUTCOME_HEADER) as KpiOutcome[];
  const header = [
    GROUP_HEADER[report.groupBy], '名称', 'Name', '办理事务数 Transactions', '叫号数 Called', '办结数 Served', '过号数 No-shows',
    '过号率 No-show rate (%)', '等候样本 Measured waits', '平均等候(分钟) Avg wait (min)', 'P90等候(分钟) P90 wait (min)',
    '平均办理(分钟) Avg service (min)', 'P90办理(分钟) P90 service (min)', '平均到窗(分钟) Avg walk to window (min)',
    '等候达标率 Called within target (%)', '目标(分钟) Target (min)', ...outcomes.map((o) => OUTCOME_HEADER[o]),
  ];
  const lines = [
    header,
    ...report.rows.map((r) => [r.key ?? '—', r.label.zh, r.label.en, ...figures(r, r.targetMinutes, outcomes)]),
    [
      '合计 Total', `${report.from} 至 ${report.to}，共 ${report.tickets} 张号`, `${report.from} to ${report.to}, ${report.tickets} tickets`,
      ...figures(report.totals, null, outcomes),
    ],
  ];
  return lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}
