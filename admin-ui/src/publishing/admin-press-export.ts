import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';
import { isoDay, sectionStyles } from './styles.ts';

const Preview = z.array(z.strictObject({ file: z.string(), kind: z.enum(['notice', 'fair']), headline: z.string(), lead: z.string() }));

/** The press export (2.2.1): what a period's releases say, and the zip of plain-text releases to send. */
@customElement('admin-press-export')
export class AdminPressExport extends LitElement {
  @state() private from = isoDay(-30);
  @state() private to = isoDay(30);
  @state() private releases: z.infer<typeof Preview> | null = null;
  @state() private problem = '';

  static override styles = [tokens, buttons, sectionStyles];

  private async preview(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    this.from = String(f.get('from'));
    this.to = String(f.get('to'));
    this.problem = '';
    try {
      this.releases = await api(`/api/publishing/press/releases?from=${this.from}&to=${this.to}`, Preview);
    } catch (err) {
      this.problem = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  override render() {
    return html`<h2>新闻通稿导出 · Press export</h2>
      <form @submit=${this.preview}>
        <label>从 From<input type="date" name="from" .value=${this.from} required /></label>
        <label>到 To<input type="date" name="to" .value=${this.to} required /></label>
        <button class="btn secondary" id="press-preview">查看 · Preview</button>
        <a class="btn" id="press-download" href="/api/publishing/press?from=${this.from}&to=${this.to}" download>下载通稿 (zip) · Download</a>
      </form>
      ${this.problem ? html`<p class="err" role="alert">${this.problem}</p>` : nothing}
      ${this.releases ? html`<table><thead><tr><th>文件</th><th>标题</th><th>导语</th></tr></thead><tbody id="press-list">
        ${this.releases.map((r) => html`<tr><td>${r.file}</td><td>${r.headline}</td><td>${r.lead}</td></tr>`)}</tbody></table>
        ${this.releases.length ? nothing : html`<p>这段时间没有通知或招聘会。</p>`}` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-press-export': AdminPressExport;
  }
}
