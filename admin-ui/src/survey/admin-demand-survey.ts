import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { DemandSurveyReport, HARD_TO_FILL_LABELS, TRAINING_LABELS } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';

const both = (x: { zh: string; en: string }) => `${x.zh} ${x.en}`;
const pay = (r: { payMin: number; payMax: number; payMidAvg: number }) => (r.payMax ? `${r.payMin}–${r.payMax}（均 avg ${r.payMidAvg}）` : '—');

/**
 * 用工调查 (3.1.7) for staff: a quarter's answers added up — planned headcount by occupation and by district,
 * the planned pay ranges, why posts are hard to fill, the training employers want — and the CSV download.
 */
@customElement('admin-demand-survey')
export class AdminDemandSurvey extends LitElement {
  @state() private report: DemandSurveyReport | null = null;
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    h3 { margin: 20px 0 8px; }
    .bar { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
    select { font: inherit; min-height: 44px; padding: 6px; border: 2px solid var(--jh-line); border-radius: 8px; }
    a.btn { display: inline-flex; align-items: center; min-height: 44px; font-size: 16px; padding: 0 14px; text-decoration: none; }
    .figures { display: flex; gap: 24px; font-size: 18px; margin: 12px 0; }
    .figures strong { font-size: 28px; display: block; }
    .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
    table { border-collapse: collapse; width: 100%; font-size: 15px; }
    th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--jh-line); }
    th { background: var(--jh-wash); }
    td.n { text-align: right; font-variant-numeric: tabular-nums; }
    .bar-cell { background: var(--jh-primary); height: 12px; border-radius: 4px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(quarter?: string) {
    try {
      this.report = await api(`/api/surveys/demand${quarter ? `?quarter=${quarter}` : ''}`, DemandSurveyReport);
      this.message = '';
    } catch (err) {
      this.message = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  /** A horizontal bar per row, scaled to the largest, so the shape reads before the numbers. */
  private barRows(rows: Array<{ label: string; value: number }>, id: string) {
    const max = Math.max(1, ...rows.map((r) => r.value));
    return html`<table id=${id}>${rows.map((r) => html`<tr><td>${r.label}</td><td class="n">${r.value}</td>
      <td style="width: 40%"><div class="bar-cell" style="width: ${(100 * r.value) / max}%"></div></td></tr>`)}</table>`;
  }

  override render() {
    const r = this.report;
    const quarters = r ? [...new Set([r.quarter, ...r.quarters])] : [];
    return html`<h2>用工调查 · Labour-demand survey</h2>
      <div class="bar">
        <label>季度 Quarter <select id="survey-quarter" @change=${(e: Event) => void this.load((e.target as HTMLSelectElement).value)}>
          ${quarters.map((q) => html`<option value=${q} ?selected=${q === r?.quarter}>${q}</option>`)}</select></label>
        ${r ? html`<a class="btn" id="survey-csv" href="/api/surveys/demand.csv?quarter=${r.quarter}" download>下载 CSV · Download CSV</a>` : nothing}
      </div>
      <p role="status">${this.message}</p>
      ${r ? html`
        <div class="figures" id="survey-figures"><span><strong>${r.responses}</strong>份答卷 answers</span><span><strong>${r.headcount}</strong>计划招用 planned hires</span>
          <span><strong>${r.byOccupation.length}</strong>个工种 occupations</span></div>
        <h3>按工种 By occupation</h3>
        <table id="survey-occupations"><tr><th>工种 Occupation</th><th>人数 Headcount</th><th>单位 Employers</th><th>难招 Hard to fill</th><th>计划月薪 Pay (yuan/month)</th><th>难招原因 Reasons</th></tr>
          ${r.byOccupation.map((o) => html`<tr data-occupation=${o.occupationCode}><td>${o.occupationName}<br /><small>${o.occupationCode}</small></td><td class="n">${o.headcount}</td>
            <td class="n">${o.employers}</td><td class="n">${o.hardToFill}</td><td>${pay(o)}</td>
            <td>${o.reasons.map((x) => `${HARD_TO_FILL_LABELS[x.reason].zh} ×${x.count}`).join('、')}</td></tr>`)}
        </table>
        <div class="grid">
          <div><h3>按区 By district</h3>${this.barRows(r.byDistrict.map((d) => ({ label: d.districtName, value: d.headcount })), 'survey-districts')}</div>
          <div><h3>难招原因 Why hard to fill</h3>${this.barRows(r.reasons.map((x) => ({ label: both(HARD_TO_FILL_LABELS[x.reason]), value: x.count })), 'survey-reasons')}
            <h3>培训需求 Training wanted</h3>${this.barRows(r.training.map((x) => ({ label: both(TRAINING_LABELS[x.need]), value: x.count })), 'survey-training')}</div>
        </div>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-demand-survey': AdminDemandSurvey;
  }
}
