import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { SignageAuditEntry, PlaySummary } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { problemText } from '../placement/placement-labels.ts';
import { when } from './labels.ts';

const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Proof of play by screen and slide for a period, with every record as CSV; and the signage audit log. */
@customElement('admin-signage-plays')
export class AdminSignagePlays extends LitElement {
  @state() private from = day(new Date(Date.now() - 6 * 86_400_000));
  @state() private to = day(new Date());
  @state() private screen = '';
  @state() private summary: PlaySummary | null = null;
  @state() private audit: SignageAuditEntry[] = [];
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    form { display: flex; gap: 8px; align-items: end; flex-wrap: wrap; }
    label { display: grid; gap: 2px; font-size: 14px; }
    input { font: inherit; font-size: 15px; padding: 6px 8px; border: 2px solid var(--jh-line); border-radius: 8px; }
    .btn { min-height: 40px; font-size: 15px; padding: 0 12px; }
    table { width: 100%; border-collapse: collapse; font-size: 15px; margin-top: 12px; }
    th, td { text-align: left; padding: 5px; border-bottom: 1px solid var(--jh-line); }
    td.n { text-align: right; }
    a.btn { display: inline-flex; align-items: center; text-decoration: none; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private query() {
    return `from=${this.from}&to=${this.to}${this.screen ? `&screenId=${encodeURIComponent(this.screen)}` : ''}`;
  }

  private async load(e?: SubmitEvent) {
    e?.preventDefault();
    try {
      this.summary = await api(`/api/signage/plays?${this.query()}`, PlaySummary);
      this.audit = await api('/api/signage/audit?limit=100', z.array(SignageAuditEntry));
      this.message = '';
    } catch (err) {
      this.message = problemText(err);
    }
  }

  override render() {
    const s = this.summary;
    return html`<form @submit=${this.load}>
        <label>从 From<input type="date" .value=${this.from} @change=${(e: Event) => (this.from = (e.target as HTMLInputElement).value)} /></label>
        <label>到 To<input type="date" .value=${this.to} @change=${(e: Event) => (this.to = (e.target as HTMLInputElement).value)} /></label>
        <label>屏幕 Screen<input .value=${this.screen} placeholder="全部 all" @change=${(e: Event) => (this.screen = (e.target as HTMLInputElement).value.trim())} /></label>
        <button class="btn" id="plays-load">查询 Show</button>
        <a class="btn secondary" id="plays-csv" href=${`/api/signage/plays.csv?${this.query()}`} download>导出 CSV</a>
        <span>${this.message}</span>
      </form>
      ${s ? html`<p id="plays-total">共 ${s.total.plays} 次播放，${Math.round(s.total.seconds / 60)} 分钟 · ${s.total.plays} plays, ${Math.round(s.total.seconds / 60)} min</p>
        <table id="plays"><tr><th>屏幕 Screen</th><th>播放列表 Playlist</th><th>页 Slide</th><th>次数 Plays</th><th>秒 Seconds</th></tr>
          ${s.rows.map((r) => html`<tr><td>${r.screenId}</td><td>${r.playlistId}</td><td>${r.slideId}</td><td class="n">${r.plays}</td><td class="n">${r.seconds}</td></tr>`)}</table>` : ''}
      <h3>审计记录 · Audit log</h3>
      <table id="audit"><tr><th>时间 At</th><th>人 Who</th><th>动作 Action</th><th>对象 Subject</th></tr>
        ${this.audit.map((a) => html`<tr><td>${when(a.at)}</td><td>${a.actor}</td><td>${a.action}</td><td>${a.subject}</td></tr>`)}</table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-signage-plays': AdminSignagePlays;
  }
}
