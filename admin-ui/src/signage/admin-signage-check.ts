import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ScheduleCheck } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { problemText } from '../placement/placement-labels.ts';
import { when } from './labels.ts';

const KIND: Record<string, string> = {
  gap: '空档 Gap', 'layout-conflict': '版式冲突 Layout conflict', 'never-plays': '不会播放 Never plays', missing: '引用缺失 Missing',
};

/**
 * Conflicts and gaps before anything is published: the schedule with every pending draft applied (or as it
 * is), over the next days, for each screen and each zone's plain pages.
 */
@customElement('admin-signage-check')
export class AdminSignageCheck extends LitElement {
  @property() drafts: 'all' | 'none' = 'all';
  @state() private check: ScheduleCheck | null = null;
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    .btn { min-height: 40px; font-size: 15px; padding: 0 12px; }
    table { width: 100%; border-collapse: collapse; font-size: 15px; margin-top: 8px; }
    th, td { text-align: left; padding: 6px; border-bottom: 1px solid var(--jh-line); vertical-align: top; }
    .gap, .layout-conflict, .missing { color: var(--jh-danger-ink); font-weight: 700; }
    .ok { color: var(--jh-ok); font-weight: 700; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.run();
  }

  async run() {
    try {
      this.check = await api(`/api/signage/schedule/check?days=7&drafts=${this.drafts}`, ScheduleCheck);
      this.message = '';
    } catch (err) {
      this.message = problemText(err);
    }
  }

  override render() {
    const c = this.check;
    return html`<div><strong>排期检查（未来 7 天${this.drafts === 'all' ? '，含待审草稿' : ''}） · Schedule check, next 7 days</strong>
        <button class="btn secondary" id="run-check" @click=${() => void this.run()}>重新检查 Check again</button> ${this.message}</div>
      ${!c ? nothing : !c.issues.length ? html`<p class="ok" id="check-ok">没有空档或冲突 · No gaps or conflicts</p>` : html`<table id="schedule-issues">
        <tr><th>问题 Issue</th><th>对象 For</th><th>区域 Region</th><th>时间 When</th><th>说明 Detail</th></tr>
        ${c.issues.map((i) => html`<tr data-kind=${i.kind}><td class=${i.kind}>${KIND[i.kind]}</td><td>${i.audience}</td><td>${i.region ?? '—'}</td>
          <td>${when(i.from)} – ${when(i.to)}</td><td>${i.message.zh}<br /><span lang="en">${i.message.en}</span></td></tr>`)}</table>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-signage-check': AdminSignageCheck;
  }
}
