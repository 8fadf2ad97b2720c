import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { ItemView, Published } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { problemText } from '../placement/placement-labels.ts';
import { diffLines } from './diff.ts';
import { ITEM_KIND, when } from './labels.ts';
import './admin-signage-check.ts';
import './admin-signage-preview.ts';

/**
 * The approval queue (content.publish): each submission with what it changes against what is published, the
 * schedule check with the drafts applied, and the preview; approve (it goes to the screens as a new revision
 * at once) or reject with a comment the editor sees.
 */
@customElement('admin-signage-approvals')
export class AdminSignageApprovals extends LitElement {
  @state() private queue: ItemView[] = [];
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    article { border: 2px solid var(--jh-line); border-radius: 12px; padding: 12px 16px; margin-bottom: 16px; }
    h3 { margin: 0 0 6px; }
    pre { max-height: 320px; overflow: auto; background: var(--jh-wash); padding: 8px; font-size: 13px; margin: 8px 0; }
    .add { background: #dff3e4; display: block; }
    .del { background: #fde7e6; display: block; text-decoration: line-through; }
    .bar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 14px; }
    input { font: inherit; font-size: 15px; padding: 6px 8px; border: 2px solid var(--jh-line); border-radius: 8px; min-width: 280px; }
    .msg { font-weight: 700; min-height: 24px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    this.queue = await api('/api/signage/items?state=submitted', z.array(ItemView)).catch(() => []);
  }

  private async decide(item: ItemView, approve: boolean, comment: string) {
    try {
      if (approve) {
        const r = await api(`/api/signage/items/${item.kind}/${item.id}/approve`, Published, { method: 'POST', body: { comment } });
        this.message = `已发布，版本 ${r.revision} · Published as revision ${r.revision}`;
      } else {
        await api(`/api/signage/items/${item.kind}/${item.id}/reject`, ItemView, { method: 'POST', body: { comment } });
        this.message = '已退回 · Sent back';
      }
      await this.load();
      this.renderRoot.querySelector('admin-signage-check')?.run();
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private card(item: ItemView) {
    const before = item.published ? JSON.stringify(item.published, null, 2) : '';
    const after = item.removal ? '' : JSON.stringify(item.draft, null, 2);
    let comment = '';
    return html`<article data-item=${`${item.kind}/${item.id}`}>
      <h3>${ITEM_KIND[item.kind]} · ${item.id}${item.removal ? ' · 删除 removal' : ''}</h3>
      <div>提交人 By ${item.submittedBy ?? item.editedBy} · ${when(item.editedAt)}${item.note ? html` · 说明 Note: ${item.note}` : nothing}</div>
      <pre>${diffLines(before, after).map((l) => (l.op === 'same' ? `${l.text}\n` : html`<span class=${l.op}>${l.text}</span>`))}</pre>
      <div class="bar">
        <input placeholder="意见（退回时必填） Comment (needed to reject)" @input=${(e: Event) => (comment = (e.target as HTMLInputElement).value)} />
        <button class="btn approve" @click=${() => void this.decide(item, true, comment)}>批准发布 Approve</button>
        <button class="btn secondary reject" @click=${() => void this.decide(item, false, comment)}>退回 Reject</button>
      </div>
    </article>`;
  }

  override render() {
    return html`<p class="msg" role="status" id="approval-status">${this.message}</p>
      ${this.queue.length ? this.queue.map((i) => this.card(i)) : html`<p id="queue-empty">没有待审核的内容 · Nothing waiting for approval</p>`}
      <admin-signage-check drafts="all"></admin-signage-check>
      <admin-signage-preview></admin-signage-preview>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-signage-approvals': AdminSignageApprovals;
  }
}
