import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiError, CSRF_HEADER, ImportReport, ImportStarted, SessionInfo } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';
import { problemText } from '../placement/placement-labels.ts';
import '../placement/admin-vacancy-findings.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The hub answers the upload at once and works in slices; this often is smooth enough for the bar. */
const POLL_MS = 300;
/** The hub's limit (import-routes.ts): refused here first so a big file is not sent for nothing. */
const MAX_BYTES = 5 * 1024 * 1024;
/** A sheet to start from: the required columns, in the Chinese the hub reads, with one example row. */
const TEMPLATE = '\uFEFF岗位名称,单位名称,岗位描述,区,最低月薪,最高月薪,招聘人数,联系电话,包吃,包住,结算方式\n'
  + '仓库理货员,上海示例物流有限公司,负责货物分拣、上架和盘点，两班倒，入职即缴纳五险。,浦东新区,5000,6500,5,021-12345678,是,否,月结\n';

/**
 * Bulk import of vacancies from a CSV or XLSX sheet (3.1.1, staff). Each row is checked like a kiosk
 * registration; the report lists every refused row with the field and, for wording, the findings. With
 * "publish clean rows" rows the checker found nothing in are published at once; the rest wait in review.
 */
@customElement('admin-vacancy-import')
export class AdminVacancyImport extends LitElement {
  @state() private file: File | null = null;
  @state() private publish = false;
  @state() private report: ImportReport | null = null;
  @state() private problem = '';
  @state() private busy = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    form { display: flex; gap: 16px; flex-wrap: wrap; align-items: center; }
    input[type='file'] { font: inherit; font-size: 16px; min-height: 44px; }
    label.check { display: inline-flex; gap: 8px; align-items: center; min-height: 44px; }
    label.check input { width: 22px; height: 22px; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 16px; display: inline-flex; align-items: center; text-decoration: none; }
    .hint { color: var(--jh-ink-soft); font-size: 15px; }
    progress { width: 100%; height: 28px; margin: 16px 0 4px; }
    .summary { font-size: 18px; font-weight: 700; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
    table { border-collapse: collapse; width: 100%; margin-top: 12px; font-size: 15px; }
    th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--jh-line); }
    th { background: var(--jh-wash); }
    td.findings { padding: 0 0 8px 24px; }
  `];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private pick(e: Event) {
    this.file = (e.target as HTMLInputElement).files?.[0] ?? null;
    this.problem = '';
  }

  /**
   * The sheet goes up as itself (text/csv or the xlsx type), not as JSON, so `api()` cannot send it; the CSRF
   * token it keeps is not readable, and the session hands it out again.
   */
  private async upload(e: SubmitEvent) {
    e.preventDefault();
    const file = this.file;
    if (!file || this.busy) return;
    if (file.size > MAX_BYTES) {
      this.problem = `文件太大（最多 5 MB），请分成几个表 · The file is over 5 MB; split the sheet`;
      return;
    }
    const xlsx = /\.xlsx$/i.test(file.name);
    this.busy = true;
    this.problem = '';
    this.report = null;
    try {
      const { csrfToken } = await api('/api/staff/me', SessionInfo);
      const res = await fetch(`/api/vacancies/import?publish=${this.publish}`, {
        method: 'POST', credentials: 'same-origin', body: file,
        headers: { 'content-type': xlsx ? XLSX : 'text/csv', [CSRF_HEADER]: csrfToken },
      });
      const json: unknown = await res.json().catch(() => null);
      if (!res.ok) {
        const err = ApiError.safeParse(json);
        throw new ApiProblem(res.status, err.success ? err.data.message : res.statusText, err.data?.code, err.data?.text, err.data?.issues ?? []);
      }
      await this.follow(ImportStarted.parse(json).importId);
    } catch (err) {
      this.problem = problemText(err);
      this.busy = false;
    }
  }

  private async follow(importId: string) {
    try {
      this.report = await api(`/api/vacancies/imports/${importId}`, ImportReport);
    } catch (err) {
      this.problem = problemText(err);
      this.busy = false;
      return;
    }
    if (this.report.state === 'running') this.timer = setTimeout(() => void this.follow(importId), POLL_MS);
    else this.busy = false;
  }

  private renderReport(r: ImportReport) {
    const rows = [...new Set(r.errors.map((e) => e.row))].length;
    return html`
      <progress id="import-progress" max=${Math.max(1, r.rows)} .value=${r.processed} aria-label="导入进度 Import progress"></progress>
      <div class="summary" id="import-summary" role="status">
        ${r.state === 'running' ? '正在导入… Importing…' : '导入完成 · Import done'}
        ${r.processed} / ${r.rows} 行 rows · 新建 created ${r.created} · 已发布 published ${r.published} · 有错误 rows with errors ${rows}
      </div>
      ${r.errors.length
        ? html`<table id="import-errors">
            <thead><tr><th scope="col">行 Row</th><th scope="col">字段 Field</th><th scope="col">问题 Problem</th></tr></thead>
            <tbody>
              ${r.errors.map((e) => html`
                <tr class="row-error" data-row=${e.row}><td>${e.row}</td><td>${e.field}</td><td>${e.message}</td></tr>
                ${e.findings?.length ? html`<tr><td class="findings" colspan="3"><admin-vacancy-findings .findings=${e.findings}></admin-vacancy-findings></td></tr>` : nothing}`)}
            </tbody>
          </table>`
        : nothing}
    `;
  }

  override render() {
    return html`
      <h2>批量导入岗位 · Import vacancies</h2>
      <p class="hint">CSV（UTF-8）或 Excel .xlsx，第一行为列名；每行按窗口登记同样的规则检查。 · CSV (UTF-8) or .xlsx with a header row; every row is checked like a kiosk registration.</p>
      <form @submit=${this.upload}>
        <label>选择文件 Choose a file <input type="file" id="import-file" accept=".csv,.xlsx,text/csv,${XLSX}" @change=${this.pick} /></label>
        <label class="check"><input type="checkbox" id="import-publish" .checked=${this.publish} @change=${(e: Event) => (this.publish = (e.target as HTMLInputElement).checked)} />
          无问题的行直接发布 · Publish clean rows</label>
        <button class="btn" id="import-upload" ?disabled=${!this.file || this.busy}>上传导入 · Upload</button>
        <a class="btn secondary" id="import-template" href="data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}" download="岗位导入模板.csv">下载模板 · Template</a>
      </form>
      ${this.problem ? html`<p class="err" id="import-problem" role="alert">${this.problem}</p>` : nothing}
      ${this.report ? this.renderReport(this.report) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-vacancy-import': AdminVacancyImport;
  }
}
