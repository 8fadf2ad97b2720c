import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CallNextResult, type CallEvent, type Counter } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';

/** The counter console: pick the window you sit at, then call the next visitor. */
@customElement('admin-counter-console')
export class AdminCounterConsole extends LitElement {
  @property({ attribute: false }) counters: Counter[] = [];
  @state() private counterId = localStorage.getItem('jobhall.counter') ?? '';
  @state() private current: CallEvent | null = null;
  @state() private message = '';
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    select { font: inherit; font-size: 20px; padding: 8px; min-height: 48px; }
    .row { display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
    #call-next { font-size: 26px; min-height: 72px; }
    .current { margin-top: 20px; font-size: 22px; }
    .current strong { font-size: 56px; color: var(--jh-primary); margin-right: 16px; }
    .msg { margin-top: 12px; color: var(--jh-ink-soft); }
  `];

  private pick(e: Event) {
    this.counterId = (e.target as HTMLSelectElement).value;
    localStorage.setItem('jobhall.counter', this.counterId);
    this.current = null;
  }

  private async callNext() {
    if (!this.counterId) return;
    this.busy = true;
    try {
      const res = await api(`/api/counters/${this.counterId}/call-next`, CallNextResult, { method: 'POST' });
      this.current = res.call;
      this.message = `${res.message.zh} · ${res.message.en}`;
    } catch (err) {
      this.message = err instanceof ApiProblem ? err.message : String(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`
      <h2>叫号 · Counter console</h2>
      <div class="row">
        <label>窗口 · Window
          <select id="counter" @change=${this.pick} .value=${this.counterId}>
            <option value="">— 请选择 · choose —</option>
            ${this.counters.map((c) => html`<option value=${c.id} ?selected=${c.id === this.counterId}>${c.name.zh} · ${c.name.en}</option>`)}
          </select>
        </label>
        <button class="btn" id="call-next" ?disabled=${!this.counterId || this.busy} @click=${this.callNext}>叫下一位 · Call next</button>
      </div>
      ${this.current
        ? html`<div class="current" id="current-call"><strong>${this.current.number}</strong>${this.current.queue.zh} · ${this.current.queue.en}</div>`
        : nothing}
      <div class="msg" id="call-message" role="status">${this.message}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-counter-console': AdminCounterConsole;
  }
}
