import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { AuditPage, type AuditEntry } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';

const PAGE = 100;

/**
 * The audit log, newest first: who did what, on what, when, from where, with what answer. Filter by person,
 * action, text and dates; page back; export what the filter finds as CSV (the hub builds the file).
 */
@customElement('admin-audit')
export class AdminAudit extends LitElement {
  @state() private items: AuditEntry[] = [];
  @state() private more = false;
  @state() private problem = '';
  private filter = new URLSearchParams();

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    form { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; margin-bottom: 16px; }
    label { display: grid; gap: 4px; font-size: 15px; }
    input { font: inherit; padding: 6px 10px; border: 2px solid var(--jh-line); border-radius: 6px; }
    table { border-collapse: collapse; width: 100%; font-size: 15px; }
    th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--jh-line); vertical-align: top; }
    td.refused { color: var(--jh-danger-ink); font-weight: 700; }
    .btn { min-height: 40px; font-size: 15px; padding: 0 12px; }
    a.btn { display: inline-flex; align-items: center; text-decoration: none; }
    code { word-break: break-all; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load(false);
  }

  private async load(older: boolean) {
    const query = new URLSearchParams(this.filter);
    query.set('limit', String(PAGE));
    if (older && this.items.length) query.set('before', String(this.items.at(-1)!.id));
    try {
      const page = await api(`/api/audit?${query}`, AuditPage);
      this.items = older ? [...this.items, ...page.items] : page.items;
      this.more = page.more;
      this.problem = '';
    } catch (err) {
      this.problem = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  private search(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const filter = new URLSearchParams();
    for (const key of ['actor', 'action', 'q']) {
      const v = String(f.get(key) ?? '').trim();
      if (v) filter.set(key, v);
    }
    // Dates are the hall's local days; the hub compares instants.
    const from = String(f.get('from') ?? '');
    const to = String(f.get('to') ?? '');
    if (from) filter.set('from', new Date(`${from}T00:00:00`).toISOString());
    if (to) filter.set('to', new Date(new Date(`${to}T00:00:00`).getTime() + 24 * 3600_000).toISOString());
    this.filter = filter;
    void this.load(false);
  }

  override render() {
    return html`
      <h2>审计日志 · Audit log</h2>
      <form id="audit-filter" @submit=${this.search}>
        <label>操作人 Actor<input name="actor" id="audit-actor" maxlength="64" /></label>
        <label>操作 Action<input name="action" id="audit-action" maxlength="100" placeholder="login.failed, approve…" /></label>
        <label>对象或说明 Target or detail<input name="q" id="audit-q" maxlength="100" /></label>
        <label>从 From<input name="from" type="date" id="audit-from" /></label>
        <label>到 To<input name="to" type="date" id="audit-to" /></label>
        <button class="btn" id="audit-search">查找 · Search</button>
        <a class="btn secondary" id="audit-export" href=${`/api/audit.csv?${this.filter}`} download>导出 CSV · Export</a>
      </form>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
      <table id="audit-entries">
        <tr><th>时间 Time</th><th>操作人 Actor</th><th>操作 Action</th><th>对象 Target</th><th>结果 Status</th><th>地址 Address</th><th>说明 Detail</th></tr>
        ${this.items.map((e) => html`<tr data-audit=${e.id}>
          <td>${new Date(e.at).toLocaleString('zh-CN', { hourCycle: 'h23' })}</td>
          <td>${e.actor}</td>
          <td><code>${e.action}</code></td>
          <td><code>${e.target ?? ''}</code></td>
          <td class=${e.status >= 400 ? 'refused' : ''}>${e.status || '—'}</td>
          <td>${e.ip ?? ''}</td>
          <td>${e.detail ?? ''}</td>
        </tr>`)}
      </table>
      ${this.more ? html`<p><button class="btn secondary" id="audit-older" @click=${() => void this.load(true)}>更早 · Older</button></p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-audit': AdminAudit;
  }
}
