import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { z } from 'zod';
import { Bulletin, BulletinList } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';
import { isoDay, sectionStyles } from './styles.ts';

/** The employment bulletin (2.3.1): generate an issue for a period; every issue opens as a printable page. */
@customElement('admin-bulletins')
export class AdminBulletins extends LitElement {
  @state() private issues: z.infer<typeof BulletinList> = [];
  @state() private problem = '';

  static override styles = [tokens, buttons, sectionStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    this.issues = await api('/api/bulletins', BulletinList);
  }

  private async generate(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const title = String(f.get('title') ?? '').trim();
    this.problem = '';
    try {
      await api('/api/bulletins', Bulletin, { method: 'POST', body: { from: String(f.get('from')), to: String(f.get('to')), ...(title && { title }) } });
      await this.load();
    } catch (err) {
      this.problem = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  override render() {
    return html`<h2>就业信息简报 · Employment bulletin</h2>
      <form @submit=${this.generate}>
        <label>从 From<input type="date" name="from" id="bulletin-from" .value=${isoDay(-30)} required /></label>
        <label>到 To<input type="date" name="to" id="bulletin-to" .value=${isoDay(0)} required /></label>
        <label>标题 Title<input name="title" maxlength="60" placeholder="就业信息简报" /></label>
        <button class="btn" id="bulletin-generate">生成本期 · Generate</button>
      </form>
      ${this.problem ? html`<p class="err" role="alert">${this.problem}</p>` : nothing}
      <table><thead><tr><th>期</th><th>标题</th><th>统计期</th><th>生成</th></tr></thead>
      <tbody id="bulletin-list">${this.issues.map((b) => html`<tr><td>第 ${b.issueNo} 期</td><td><a href="/bulletins/${b.id}" target="_blank">${b.title}</a></td>
        <td>${b.from} – ${b.to}</td><td>${b.generatedAt.slice(0, 16).replace('T', ' ')}</td></tr>`)}</tbody></table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-bulletins': AdminBulletins;
  }
}
