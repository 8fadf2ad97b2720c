import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { z } from 'zod';
import { Interview, InterviewDay, type InterviewStatus } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';

const STATUS: Record<InterviewStatus, string> = { booked: '已预约 Booked', done: '已面试 Held', 'no-show': '未到 No-show', cancelled: '已取消 Cancelled' };
const time = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * 远程面试 (3.2.4) for staff: a day's video interviews by time and booth, with the employer to call and the
 * seeker (masked) and the slip's reference; staff mark each held or no-show once it has begun, or cancel it.
 */
@customElement('admin-interviews')
export class AdminInterviews extends LitElement {
  @state() private data: z.infer<typeof InterviewDay> | null = null;
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    .bar { display: flex; gap: 12px; align-items: center; margin-bottom: 12px; }
    input { font: inherit; min-height: 44px; padding: 6px; border: 2px solid var(--jh-line); border-radius: 8px; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 14px; }
    table { border-collapse: collapse; width: 100%; font-size: 15px; }
    th, td { text-align: left; vertical-align: top; padding: 8px; border-bottom: 1px solid var(--jh-line); }
    th { background: var(--jh-wash); }
    tr.cancelled td { color: var(--jh-ink-soft); text-decoration: line-through; }
    .sub { color: var(--jh-ink-soft); font-size: 14px; }
    .msg { min-height: 24px; font-weight: 700; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(day?: string) {
    try {
      this.data = await api(`/api/interviews${day ? `?day=${day}` : ''}`, InterviewDay);
    } catch (err) {
      this.message = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  private async mark(i: Interview, status: Exclude<InterviewStatus, 'booked'>) {
    try {
      await api(`/api/interviews/${i.id}/status`, Interview, { method: 'POST', body: { status } });
      this.message = `${i.refNo}: ${STATUS[status]} ✓`;
      await this.load(this.data?.day);
    } catch (err) {
      this.message = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  override render() {
    const d = this.data;
    const begun = (i: Interview) => Date.parse(i.start) <= Date.now();
    return html`<h2>远程面试 · Remote interviews</h2>
      <div class="bar"><label>日期 Day <input type="date" id="interview-day" .value=${d?.day ?? ''} @change=${(e: Event) => void this.load((e.target as HTMLInputElement).value)} /></label>
        <span>${d ? `${d.items.filter((i) => i.status === 'booked').length} 场待面试 booked · ${d.booths.length} 间面试室 rooms` : ''}</span></div>
      <p class="msg" id="interviews-message" role="status">${this.message}</p>
      ${d && !d.items.length ? html`<p>这一天没有预约 Nothing booked this day</p>` : nothing}
      <table id="interviews"><tr><th>时间 Time</th><th>面试室 Room</th><th>岗位与单位 Job and employer</th><th>求职者 Seeker</th><th>状态 State</th><th></th></tr>
        ${d?.items.map((i) => html`<tr data-interview=${i.id} class=${i.status}>
          <td>${time(i.start)}–${time(i.end)}</td><td>${i.booth.name.zh}<div class="sub">${i.booth.location.zh}</div></td>
          <td>${i.vacancy.title}<div class="sub">${i.vacancy.employerName}</div></td><td>${i.seeker.nameMasked}<div class="sub">${i.seeker.idMasked} · ${i.refNo}</div></td>
          <td>${STATUS[i.status]}${i.note ? html`<div class="sub">${i.note}</div>` : nothing}</td>
          <td>${i.status === 'booked' ? html`
            <button class="btn" data-mark="done" ?disabled=${!begun(i)} @click=${() => this.mark(i, 'done')}>已面试 Held</button>
            <button class="btn secondary" data-mark="no-show" ?disabled=${!begun(i)} @click=${() => this.mark(i, 'no-show')}>未到 No-show</button>
            <button class="btn secondary" data-mark="cancelled" @click=${() => this.mark(i, 'cancelled')}>取消 Cancel</button>` : nothing}</td>
        </tr>`)}
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-interviews': AdminInterviews;
  }
}
