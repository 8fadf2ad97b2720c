import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { PublicOutput } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import './admin-bulletins.ts';
import './admin-office-keys.ts';
import './admin-press-export.ts';
import './admin-subscriptions.ts';
import { sectionStyles } from './styles.ts';

const CHANNEL: Record<z.infer<typeof PublicOutput>['channel'], string> = {
  'phone-page': '手机页面', feed: '订阅源', poster: '海报', hotline: '12333 文本', press: '新闻通稿', bulletin: '简报', 'office-api': '办事处接口', showcase: '展示',
};

/** 信息发布 (module 2): every channel the hall publishes through, and the staff work behind them. */
@customElement('admin-publishing')
export class AdminPublishing extends LitElement {
  @state() private outputs: z.infer<typeof PublicOutput>[] = [];

  static override styles = [tokens, buttons, sectionStyles, css`
    :host { background: transparent; padding: 0; }
    section { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 20px 24px; margin-bottom: 16px; }
    ul { columns: 2; font-size: 15px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void api('/api/publishing/outputs', z.array(PublicOutput)).then((o) => (this.outputs = o));
  }

  override render() {
    const shown = this.outputs.filter((o) => o.audience === 'public' && !/\/[0-9a-f-]{36}$/.test(o.path));
    return html`<section><h2>对外发布一览 · What the hall publishes</h2>
        <ul id="outputs">${shown.map((o) => html`<li>${CHANNEL[o.channel]} · <a href=${o.path} target="_blank">${o.path}</a></li>`)}</ul>
        <form action="/posters/jobs" target="_blank">
          <label>区 District<input name="district" placeholder="pudong" pattern="[a-z][a-z0-9-]{1,30}" /></label>
          <label>职业或类别 Occupation<input name="occupation" placeholder="4-07" pattern="\d(-\d{2}){0,3}" /></label>
          <button class="btn">打印岗位海报 · Job poster (A4)</button>
        </form></section>
      <admin-bulletins></admin-bulletins>
      <admin-press-export></admin-press-export>
      <admin-office-keys></admin-office-keys>
      <admin-subscriptions></admin-subscriptions>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-publishing': AdminPublishing;
  }
}
