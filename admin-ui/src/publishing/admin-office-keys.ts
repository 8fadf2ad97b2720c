import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { CreatedOfficeKey, OfficeKey } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';
import { sectionStyles } from './styles.ts';

/** Office API keys (2.1.4): make one for a street or community office (shown once), revoke one at once. */
@customElement('admin-office-keys')
export class AdminOfficeKeys extends LitElement {
  @state() private keys: z.infer<typeof OfficeKey>[] = [];
  @state() private fresh: z.infer<typeof CreatedOfficeKey> | null = null;
  @state() private problem = '';

  static override styles = [tokens, buttons, sectionStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    this.keys = await api('/api/publishing/office-keys', z.array(OfficeKey));
  }

  private async create(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const f = new FormData(form);
    this.problem = '';
    try {
      this.fresh = await api('/api/publishing/office-keys', CreatedOfficeKey, {
        method: 'POST', body: { office: String(f.get('office') ?? '').trim(), perMinute: Number(f.get('perMinute') || 60) },
      });
      form.reset();
      await this.load();
    } catch (err) {
      this.problem = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  private async revoke(id: string) {
    await api(`/api/publishing/office-keys/${id}/revoke`, OfficeKey, { method: 'POST' });
    await this.load();
  }

  override render() {
    return html`<h2>街道、社区办事处 API 密钥 · Office API keys</h2>
      <form @submit=${this.create}>
        <label>办事处 Office<input name="office" id="office-name" required minlength="2" maxlength="60" /></label>
        <label>每分钟请求 Requests/min<input name="perMinute" type="number" min="1" max="600" value="60" /></label>
        <button class="btn" id="office-create">生成密钥 · Make key</button>
      </form>
      ${this.problem ? html`<p class="err" role="alert">${this.problem}</p>` : nothing}
      ${this.fresh ? html`<p>新密钥只显示这一次，请交给 ${this.fresh.office.office} · Shown only once:</p><p class="key" id="office-key">${this.fresh.key}</p>` : nothing}
      <table><thead><tr><th>办事处</th><th>密钥前缀</th><th>限额/分</th><th>创建</th><th>最近使用</th><th>状态</th><th></th></tr></thead>
      <tbody>${this.keys.map((k) => html`<tr data-key=${k.id}><td>${k.office}</td><td>${k.prefix}…</td><td>${k.perMinute}</td>
        <td>${k.createdAt.slice(0, 10)} ${k.createdBy}</td><td>${k.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? '—'}</td>
        <td>${k.revokedAt ? `已吊销 ${k.revokedAt.slice(0, 10)}` : '有效'}</td>
        <td>${k.revokedAt ? nothing : html`<button class="btn secondary" @click=${() => this.revoke(k.id)}>吊销 Revoke</button>`}</td></tr>`)}</tbody></table>
      <p class="muted">办事处用 <code>Authorization: Bearer &lt;密钥&gt;</code> 读取 /api/office/v1/vacancies、/notices、/fairs。</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-office-keys': AdminOfficeKeys;
  }
}
