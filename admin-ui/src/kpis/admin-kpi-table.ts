import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { KpiFigures, KpiOutcome, KpiReport } from '@jobhall/hub-server/contract';
import { tokens } from '@jobhall/ui-kit';

const OUTCOMES: Record<KpiOutcome, string> = {
  completed: '办结', 'needs-documents': '需补材料', referred: '转介', 'information-only': '仅咨询', other: '其他',
  'no-show': '过号', transferred: '转出', parked: '暂挂', cancelled: '取消', unfinished: '未结束',
};

const minutes = (sec: number | null) => (sec === null ? '—' : (sec / 60).toFixed(1));
const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);

/** The report as a table: one row per group, totals at the foot, every figure the charts draw and more. */
@customElement('admin-kpi-table')
export class AdminKpiTable extends LitElement {
  @property({ attribute: false }) report: KpiReport | null = null;

  static override styles = [tokens, css`
    :host { display: block; overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: 15px; }
    th, td { padding: 6px 8px; border-bottom: 1px solid var(--jh-line); text-align: right; white-space: nowrap; }
    th[scope='row'], thead th:first-child { text-align: left; white-space: normal; min-width: 11em; }
    thead th { background: var(--jh-wash); vertical-align: bottom; white-space: normal; font-size: 14px; }
    tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--jh-ink); }
    td.outcomes { text-align: left; white-space: normal; color: var(--jh-ink-soft); min-width: 16em; }
    thead th:last-child { text-align: left; }
    .miss { color: var(--jh-danger-ink); font-weight: 700; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  `];

  private cells(f: KpiFigures, target: number | null) {
    const outcomes = (Object.keys(OUTCOMES) as KpiOutcome[]).filter((o) => f.outcomes[o]).map((o) => `${OUTCOMES[o]} ${f.outcomes[o]}`);
    // Below 80 % called within target is what the hall's managers flag; the mark is text too, not colour only.
    const low = f.withinTargetShare !== null && f.withinTargetShare < 0.8;
    return html`
      <td>${f.transactions}</td><td>${f.called}</td><td>${f.served}</td><td>${f.noShows}</td><td>${percent(f.noShowRate)}</td>
      <td>${minutes(f.waitAvgSec)}</td><td>${minutes(f.waitP90Sec)}</td>
      <td>${minutes(f.serviceAvgSec)}</td><td>${minutes(f.serviceP90Sec)}</td><td>${minutes(f.walkAvgSec)}</td>
      <td class=${low ? 'miss' : ''}>${percent(f.withinTargetShare)}${low ? ' ▼' : ''}${target ? html` <small>(≤ ${target} 分 min)</small>` : nothing}</td>
      <td class="outcomes">${outcomes.join(' · ') || '—'}</td>`;
  }

  override render() {
    const r = this.report;
    if (!r) return nothing;
    return html`<table id="kpi-table">
      <caption class="sr-only">业务统计 Queue KPIs ${r.from} – ${r.to}</caption>
      <thead><tr>
        <th scope="col">分组<br />Group</th><th scope="col">事务<br />Trans.</th><th scope="col">叫号<br />Called</th><th scope="col">办结<br />Served</th>
        <th scope="col">过号<br />No-shows</th><th scope="col">过号率<br />No-show %</th>
        <th scope="col">平均等候<br />Avg wait (min)</th><th scope="col">P90 等候<br />P90 wait (min)</th>
        <th scope="col">平均办理<br />Avg service (min)</th><th scope="col">P90 办理<br />P90 service (min)</th><th scope="col">到窗<br />Walk (min)</th>
        <th scope="col">目标内叫号<br />Within target</th><th scope="col">结果<br />Outcomes</th>
      </tr></thead>
      <tbody>${r.rows.map((row) => html`<tr data-key=${row.key ?? ''}><th scope="row">${row.label.zh}${row.label.en !== row.label.zh ? html`<br /><small>${row.label.en}</small>` : nothing}</th>${this.cells(row, row.targetMinutes)}</tr>`)}</tbody>
      <tfoot><tr><th scope="row">合计 Total（${r.tickets} 张号 tickets）</th>${this.cells(r.totals, null)}</tr></tfoot>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-kpi-table': AdminKpiTable;
  }
}
