import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { ServiceFunction, Ticket } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';

/** The front desk issues tickets for walk-ins who cannot use the kiosk, and for visits agreed by phone. */
@customElement('admin-desk-ticket')
export class AdminDeskTicket extends LitElement {
  @state() private services: z.infer<typeof ServiceFunction>[] = [];
  @state() private issued: Ticket | null = null;
  @state() private message = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; max-width: 760px; }
    form { display: grid; gap: 12px; }
    label { display: grid; gap: 4px; }
    select { font: inherit; padding: 8px; min-height: 44px; }
    .ticket { margin-top: 16px; font-size: 20px; }
    .ticket strong { font-size: 48px; color: var(--jh-primary); margin-right: 12px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void api('/api/services', z.array(ServiceFunction.loose())).then((list) => (this.services = list.filter((s) => s.queue)));
  }

  private async submit(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    try {
      this.issued = await api('/api/desk/tickets', Ticket, {
        method: 'POST', body: { serviceId: f.get('serviceId'), priority: f.get('priority'), source: f.get('source') },
      });
      this.message = '';
    } catch (err) {
      this.message = err instanceof ApiProblem ? (err.text?.zh ?? err.message) : String(err);
    }
  }

  override render() {
    return html`<h2>窗口取号 · Desk tickets</h2>
      <form @submit=${this.submit}>
        <label>业务 Service<select name="serviceId" id="desk-service" required>
          ${this.services.map((s) => html`<option value=${s.id}>${s.id} ${s.zh} · ${s.en}</option>`)}
        </select></label>
        <label>优先 Priority<select name="priority">
          <option value="normal">普通 Normal</option><option value="elderly">老年人 Senior</option><option value="disabled">残疾人 Disability</option>
          <option value="pregnant">孕妇 Pregnant</option><option value="veteran">军人 Veteran</option>
        </select></label>
        <label>来源 Source<select name="source"><option value="desk">现场 Walk-in</option><option value="phone">电话预约 Phone</option></select></label>
        <button class="btn" id="desk-issue">出号 Issue ticket</button>
      </form>
      ${this.issued ? html`<div class="ticket" id="desk-ticket"><strong>${this.issued.number}</strong>${this.issued.service.zh} · 前面 ${this.issued.peopleAhead} 人</div>` : nothing}
      ${this.message ? html`<p role="alert">${this.message}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-desk-ticket': AdminDeskTicket;
  }
}
