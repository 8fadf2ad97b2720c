import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CaseRecord, type CaseFlow } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';
import { emit } from '../events.ts';

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/**
 * One case record for staff: the person masked, where it stands, every entry with its note, and what can be
 * done next — move to one of the next stages, a named action such as completing a registration (with the
 * pre-application's reference), or a follow-up with its note and the next date.
 */
@customElement('admin-case-record')
export class AdminCaseRecord extends LitElement {
  @property({ attribute: false }) record!: CaseRecord;
  @property({ attribute: false }) flow!: CaseFlow;
  @state() private message = '';
  @state() private note = '';
  @state() private nextAt = '';
  @state() private ref = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; border: 2px solid var(--jh-line); border-radius: var(--jh-radius); padding: 16px; margin-top: 12px; }
    h3 { margin: 0 0 8px; } .sub { color: var(--jh-ink-soft); font-size: 14px; }
    .row { display: flex; gap: 10px; flex-wrap: wrap; align-items: center; margin: 8px 0; }
    input, textarea { font: inherit; min-height: 40px; padding: 6px; border: 2px solid var(--jh-line); border-radius: 8px; }
    textarea { width: 100%; min-height: 60px; }
    .btn { min-height: 40px; font-size: 15px; padding: 0 12px; }
    ol { padding-left: 1.2em; } li { margin: 4px 0; }
    .msg { font-weight: 700; min-height: 20px; }
  `];

  private async send(body: Record<string, unknown>) {
    try {
      const record = await api(`/api/cases/${this.record.id}/entries`, CaseRecord, { method: 'POST', body });
      emit(this, 'case-changed', record);
      this.note = '';
      this.ref = '';
      this.nextAt = '';
      this.message = '✓';
    } catch (err) {
      this.message = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  private extras(): Record<string, unknown> {
    return { ...(this.note ? { note: this.note } : {}), ...(this.ref ? { ref: this.ref } : {}), ...(this.nextAt ? { nextAt: new Date(this.nextAt).toISOString() } : {}) };
  }

  override render() {
    const r = this.record;
    const f = this.flow;
    const stage = f.stages.find((s) => s.id === r.stage.id)!;
    const label = (id: string | null) => f.stages.find((s) => s.id === id)?.label.zh ?? '';
    return html`<h3>${r.nameMasked} <span class="sub">${r.idMasked}</span> · ${r.stage.label.zh}</h3>
      <div class="sub">${r.owner ? `负责 Owner: ${r.owner} · ` : ''}${r.nextAt ? `下次 Next: ${when(r.nextAt)} · ` : ''}${r.seekerId ? '已登记求职者 registered seeker' : ''}</div>
      <ol>${r.events.map((e) => html`<li>${when(e.at)} · ${e.kind === 'opened' ? '建档' : e.kind === 'stage' ? `${label(e.from)} → ${label(e.to)}` : '回访'}
        ${e.ref ? html` · <code>${e.ref}</code>` : nothing}${e.note ? html` · ${e.note}` : nothing}${e.nextAt ? html` · 下次 ${when(e.nextAt)}` : nothing} <span class="sub">${e.by}</span></li>`)}</ol>
      <textarea id="case-note" placeholder="记录 Note (staff only)" .value=${this.note} @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}></textarea>
      <div class="row">
        ${f.followUps ? html`<label>下次回访 Next <input type="datetime-local" id="case-next" .value=${this.nextAt} @input=${(e: Event) => (this.nextAt = (e.target as HTMLInputElement).value)} /></label>` : nothing}
        <label>参考号 Ref <input id="case-ref" .value=${this.ref} @input=${(e: Event) => (this.ref = (e.target as HTMLInputElement).value.trim().toUpperCase())} /></label>
      </div>
      <div class="row">
        ${f.followUps ? html`<button class="btn" id="case-follow-up" @click=${() => this.send(this.extras())}>记录回访 Follow-up</button>` : nothing}
        ${stage.next.map((to) => html`<button class="btn secondary" data-to=${to} @click=${() => this.send({ to, ...this.extras() })}>→ ${label(to)}</button>`)}
        ${f.actions.filter((a) => stage.next.includes(a.to)).map((a) => html`<button class="btn" data-action=${a.id} @click=${() => this.send({ action: a.id, ...this.extras() })}>${a.label.zh}</button>`)}
      </div>
      <p class="msg" role="status">${this.message}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-case-record': AdminCaseRecord;
  }
}
