import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { z } from 'zod';
import { SubscriptionOverview } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { sectionStyles } from './styles.ts';

/** SMS subscriptions (2.3.2) in numbers: who asked for what, what went out. No phone number is ever shown. */
@customElement('admin-subscriptions')
export class AdminSubscriptions extends LitElement {
  @state() private o: z.infer<typeof SubscriptionOverview> | null = null;

  static override styles = [tokens, buttons, sectionStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    void api('/api/subscriptions/overview', SubscriptionOverview).then((o) => (this.o = o));
  }

  override render() {
    const o = this.o;
    if (!o) return html`<h2>短信订阅 · SMS subscriptions</h2>`;
    return html`<h2>短信订阅 · SMS subscriptions</h2>
      <p id="subs-counts">已订阅 ${o.active} 个号码（岗位提醒 ${o.jobAlerts}，通知 ${o.notices}），待验证 ${o.pending} 个。</p>
      <p>近 7 天发出：验证码 ${o.sent.codes}，岗位提醒 ${o.sent.alerts}，通知 ${o.sent.notices}，退订确认 ${o.sent.stops}。</p>
      <table><thead><tr><th>职业</th><th>订阅数</th></tr></thead><tbody>${o.byOccupation.map((x) => html`<tr><td>${x.name}</td><td>${x.count}</td></tr>`)}</tbody></table>
      <table><thead><tr><th>区</th><th>订阅数</th></tr></thead><tbody>${o.byDistrict.map((x) => html`<tr><td>${x.name}</td><td>${x.count}</td></tr>`)}</tbody></table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-subscriptions': AdminSubscriptions;
  }
}
