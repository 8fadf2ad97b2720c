import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  CounterActionResult, CounterState, VisitOutcome,
  type Counter, type CounterTicket, type CounterTicketAction, type NowCalling, type QueueLine,
} from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';

const OUTCOMES: Record<string, string> = {
  completed: '办结 Completed', 'needs-documents': '材料不全 Needs documents', referred: '已转介 Referred',
  'information-only': '咨询解答 Information only', other: '其他 Other',
};
const PRIORITY: Record<string, string> = { normal: '', elderly: '老', disabled: '残', pregnant: '孕', veteran: '军' };

/**
 * The counter console: sign in to a window and its lines, then work the queue — call next, call a chosen
 * ticket, recall, start, no-show, park, transfer, finish with an outcome. Which of those a ticket allows is the
 * hub's word (each ticket's `actions`); the console only draws them.
 */
@customElement('admin-counter-console')
export class AdminCounterConsole extends LitElement {
  @property({ attribute: false }) counters: Counter[] = [];
  @property({ attribute: false }) queues: QueueLine[] = [];
  /** The hall's call board as the screens see it: when it moves, this counter's lines have moved too. */
  @property({ attribute: false }) board: NowCalling | null = null;
  @state() private counterId = localStorage.getItem('jobhall.counter') ?? '';
  @state() private view: CounterState | null = null;
  @state() private message = '';
  @state() private busy = false;
  /** The console's own choices, kept as they are made: lines to sign in with, where to transfer, the outcome. */
  @state() private lines: string[] | null = null;
  @state() private transferTo = '';
  @state() private outcome: VisitOutcome = 'completed';
  @state() private ledText = '';
  @state() private ledBrightness = 100;

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    h3 { margin: 20px 0 8px; font-size: 18px; }
    select { font: inherit; font-size: 18px; padding: 6px; min-height: 44px; }
    .row { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
    .btn { min-height: 48px; font-size: 17px; padding: 0 16px; }
    #call-next { font-size: 24px; min-height: 64px; }
    .current { margin-top: 16px; padding: 16px; border-radius: var(--jh-radius); background: var(--jh-wash); }
    .current strong { font-size: 52px; color: var(--jh-primary); margin-right: 16px; }
    ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 6px; }
    li { display: flex; gap: 12px; align-items: center; }
    li .num { font-weight: 800; min-width: 64px; font-size: 20px; }
    li .btn { min-height: 36px; font-size: 15px; }
    .tag { background: var(--jh-warn-bg); color: var(--jh-warn-ink); border-radius: 6px; padding: 0 6px; font-weight: 700; }
    .msg { margin-top: 12px; color: var(--jh-ink-soft); }
    .err { color: var(--jh-danger-ink); }
    label.line { display: inline-flex; gap: 6px; align-items: center; margin-right: 12px; }
    #led-text { font: inherit; padding: 8px; min-width: 320px; border: 2px solid var(--jh-line); border-radius: 8px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.counterId) void this.load();
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('board') && changed.get('board') !== undefined && this.counterId && !this.busy) void this.load();
  }

  private async load() {
    try {
      this.view = await api(`/api/counters/${this.counterId}`, CounterState);
    } catch (err) {
      this.message = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  private pick(e: Event) {
    this.counterId = (e.target as HTMLSelectElement).value;
    localStorage.setItem('jobhall.counter', this.counterId);
    this.view = null;
    this.message = '';
    this.lines = null;
    this.transferTo = '';
    if (this.counterId) void this.load();
  }

  private async act(action: string, body?: unknown) {
    if (!this.counterId || this.busy) return;
    this.busy = true;
    try {
      const res = await api(`/api/counters/${this.counterId}/${action}`, CounterActionResult, { method: 'POST', body });
      this.view = res.state;
      this.message = `${res.message.zh} · ${res.message.en}`;
    } catch (err) {
      this.message = err instanceof ApiProblem ? err.message : String(err);
    } finally {
      this.busy = false;
    }
  }

  /** The lines ticked for signing in: the hall's lines of this counter until staff change them. */
  private get chosenLines(): string[] {
    return this.lines ?? this.queues.filter((q) => q.counters.includes(this.counterId)).map((q) => q.id);
  }

  private tickLine(id: string, on: boolean) {
    const now = this.chosenLines.filter((x) => x !== id);
    this.lines = on ? [...now, id] : now;
  }

  private signIn() {
    const lines = this.chosenLines;
    void this.act('sign-in', lines.length ? { queueIds: lines } : undefined);
  }

  private transfer() {
    if (!this.transferTo) return;
    const [kind, id] = this.transferTo.split(':');
    void this.act('transfer', kind === 'queue' ? { queueId: id } : { counterId: id });
  }

  private setLed() {
    const text = this.ledText.trim();
    void this.act('led', { ...(text ? { text } : {}), brightness: this.ledBrightness });
  }

  /** A ticket's action button: on only when the hub lists the action for that ticket. */
  private button(t: CounterTicket, action: CounterTicketAction, label: string, run: () => void, id?: string) {
    return html`<button class="btn secondary" id=${id ?? nothing} data-action=${action} ?disabled=${this.busy || !t.actions.includes(action)} @click=${run}>${label}</button>`;
  }

  private ticketLine(t: CounterTicket, actions: unknown) {
    return html`<li data-ticket=${t.id}>
      <span class="num">${t.number}</span>${PRIORITY[t.priority] ? html`<span class="tag">${PRIORITY[t.priority]}</span>` : nothing}
      <span>${t.service.zh}</span>${actions}
    </li>`;
  }

  private renderSignIn() {
    const chosen = this.chosenLines;
    return html`<div class="row">
      ${this.queues.map((q) => html`<label class="line"><input type="checkbox" name="queue" value=${q.id} .checked=${chosen.includes(q.id)}
        @change=${(e: Event) => this.tickLine(q.id, (e.target as HTMLInputElement).checked)} />${q.prefix} ${q.name.zh}</label>`)}
    </div>
    <div class="row"><button class="btn" id="sign-in" ?disabled=${this.busy} @click=${this.signIn}>签到 · Sign in</button></div>`;
  }

  private renderWork(v: CounterState) {
    const c = v.current;
    return html`
      <div class="row">
        <span>${v.session!.staff} · ${v.session!.queueIds.map((id) => this.queues.find((q) => q.id === id)?.prefix ?? id).join(' ')}</span>
        <button class="btn secondary" id="sign-out" ?disabled=${this.busy} @click=${() => this.act('sign-out')}>签退 · Sign out</button>
        <button class="btn" id="call-next" ?disabled=${this.busy} @click=${() => this.act('call-next')}>叫下一位 · Call next</button>
      </div>
      ${c
        ? html`<div class="current" id="current-call">
            <div><strong>${c.number}</strong>${c.service.zh} · ${c.status === 'serving' ? '办理中 serving' : `已呼叫 ${c.callCount} 次 called`}</div>
            <div class="row">
              ${this.button(c, 'recall', '重呼 Recall', () => void this.act('recall'), 'recall')}
              ${this.button(c, 'start', '开始办理 Start', () => void this.act('start'), 'start')}
              ${this.button(c, 'no-show', '过号 No-show', () => void this.act('no-show'), 'no-show')}
              ${this.button(c, 'park', '暂挂 Park', () => void this.act('park'), 'park')}
            </div>
            <div class="row">
              <select id="transfer-to" aria-label="转移到 Transfer to" .value=${this.transferTo} @change=${(e: Event) => (this.transferTo = (e.target as HTMLSelectElement).value)}>
                <option value="">转移到… Transfer to…</option>
                ${this.queues.map((q) => html`<option value="queue:${q.id}">${q.prefix} ${q.name.zh}</option>`)}
                ${this.counters.filter((x) => x.id !== this.counterId).map((x) => html`<option value="counter:${x.id}">${x.name.zh}</option>`)}
              </select>
              ${this.button(c, 'transfer', '转移 Transfer', () => this.transfer(), 'transfer')}
              <select id="outcome" aria-label="办理结果 Outcome" .value=${this.outcome} @change=${(e: Event) => (this.outcome = VisitOutcome.parse((e.target as HTMLSelectElement).value))}>
                ${Object.entries(OUTCOMES).map(([k, label]) => html`<option value=${k}>${label}</option>`)}</select>
              <button class="btn" id="finish" data-action="finish" ?disabled=${this.busy || !c.actions.includes('finish')} @click=${() => void this.act('finish', { outcome: this.outcome })}>办结 Finish</button>
            </div>
          </div>`
        : nothing}
      <h3>窗口条屏 LED board</h3>
      <div class="row">
        <input id="led-text" maxlength="60" placeholder="例如：稍候片刻 Back in 5 min" aria-label="条屏文字 LED text"
          .value=${this.ledText} @input=${(e: Event) => (this.ledText = (e.target as HTMLInputElement).value)} />
        <label>亮度 Brightness <input id="led-brightness" type="range" min="0" max="100" step="10" .value=${String(this.ledBrightness)}
          @input=${(e: Event) => (this.ledBrightness = Number((e.target as HTMLInputElement).value))} /></label>
        <button class="btn secondary" id="led-set" ?disabled=${this.busy} @click=${this.setLed}>设置 Set</button>
      </div>
      <h3>等候 Waiting (${v.waitingCount})</h3>
      <ul id="waiting">${v.waiting.map((t) => this.ticketLine(t, this.button(t, 'call', '叫此号 Call', () => void this.act('call', { ticketId: t.id }))))}</ul>
      ${v.parked.length
        ? html`<h3>暂挂 Parked</h3><ul id="parked">${v.parked.map((t) => this.ticketLine(t, html`
            ${this.button(t, 'call', '叫回 Call back', () => void this.act('call', { ticketId: t.id }))}
            ${this.button(t, 'resume', '放回队列 Back to line', () => void this.act('resume', { ticketId: t.id }))}`))}</ul>`
        : nothing}
    `;
  }

  override render() {
    const v = this.view;
    return html`
      <h2>叫号 · Counter console</h2>
      <div class="row">
        <label>窗口 · Window
          <select id="counter" @change=${this.pick} .value=${this.counterId}>
            <option value="">— 请选择 · choose —</option>
            ${this.counters.map((c) => html`<option value=${c.id} ?selected=${c.id === this.counterId}>${c.name.zh} · ${c.name.en}</option>`)}
          </select>
        </label>
      </div>
      ${v ? (v.session ? this.renderWork(v) : this.renderSignIn()) : nothing}
      <div class="msg" id="call-message" role="status">${this.message}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-counter-console': AdminCounterConsole;
  }
}
