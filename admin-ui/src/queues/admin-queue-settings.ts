import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { QueueSettingsView } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';

/** Queue lines' hours, daily quota and times; an admin changes them for the day without touching content. */
@customElement('admin-queue-settings')
export class AdminQueueSettings extends LitElement {
  @state() private lines: QueueSettingsView[] = [];
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: 8px; border-bottom: 1px solid var(--jh-line); }
    input { font: inherit; width: 8em; padding: 6px; border: 2px solid var(--jh-line); border-radius: 6px; }
    .btn { min-height: 40px; font-size: 15px; padding: 0 12px; }
    .changed { font-weight: 700; color: var(--jh-primary); }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    this.lines = await api('/api/queues', z.array(QueueSettingsView));
  }

  private async save(id: string) {
    const row = this.renderRoot.querySelector(`tr[data-queue="${id}"]`)!;
    const v = (name: string) => (row.querySelector(`input[name="${name}"]`) as HTMLInputElement).value.trim();
    const quota = v('dailyQuota');
    try {
      await api(`/api/queues/${id}`, QueueSettingsView, {
        method: 'PATCH',
        body: { hours: v('hours'), dailyQuota: quota ? Number(quota) : null, typicalServiceMinutes: Number(v('typical')), serviceLevelMinutes: Number(v('level')) },
      });
      this.message = `${id}: 已保存 · saved`;
      await this.load();
    } catch (err) {
      this.message = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  private async reset(id: string) {
    await api(`/api/queues/${id}/settings`, QueueSettingsView, { method: 'DELETE' });
    this.message = `${id}: 已恢复默认 · back to defaults`;
    await this.load();
  }

  override render() {
    return html`<h2>业务设置 · Queue lines</h2>
      <table>
        <tr><th>业务 Line</th><th>办理时间 Hours</th><th>每日限号 Daily quota</th><th>平均用时 Visit (min)</th><th>服务目标 Target (min)</th><th></th></tr>
        ${this.lines.map((q) => html`<tr data-queue=${q.queueId}>
          <td class=${q.changed ? 'changed' : ''}>${q.prefix} ${q.name.zh}${q.changed ? html`<br /><small>${q.updatedBy}</small>` : ''}</td>
          <td><input name="hours" .value=${q.hours} aria-label="${q.name.zh} 办理时间" /></td>
          <td><input name="dailyQuota" type="number" min="1" .value=${q.dailyQuota === null ? '' : String(q.dailyQuota)} placeholder="不限 none" aria-label="${q.name.zh} 每日限号" /></td>
          <td><input name="typical" type="number" min="1" .value=${String(q.typicalServiceMinutes)} aria-label="${q.name.zh} 平均用时" /></td>
          <td><input name="level" type="number" min="1" .value=${String(q.serviceLevelMinutes)} aria-label="${q.name.zh} 服务目标" /></td>
          <td><button class="btn" @click=${() => this.save(q.queueId)}>保存 Save</button>
            <button class="btn secondary" ?disabled=${!q.changed} @click=${() => this.reset(q.queueId)}>恢复默认 Reset</button></td>
        </tr>`)}
      </table>
      <p role="status">${this.message}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-queue-settings': AdminQueueSettings;
  }
}
