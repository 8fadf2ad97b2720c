import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LocalizedText } from '@jobhall/hub-server/contract';
import { tokens } from '@jobhall/ui-kit';

/**
 * The header: the hall's name and its clock, on the hall's time zone whatever the screen's computer is set
 * to; people in a queue look at it constantly. It says so when the screen has lost the hub (it plays on).
 */
@customElement('signage-clock')
export class SignageClock extends LitElement {
  @property({ attribute: false }) hallName: LocalizedText = { zh: '', en: '' };
  @property() timezone = 'Asia/Shanghai';
  @property({ type: Boolean }) online = true;
  @state() private now = Date.now();
  private timer: ReturnType<typeof setInterval> | null = null;

  static override styles = [tokens, css`
    :host { display: flex; justify-content: space-between; align-items: center; padding: 0 40px; background: #0a58a8; color: #fff; font-size: 32px; font-weight: 700; }
    .name { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .off { color: #ffd166; font-size: 22px; font-weight: 400; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => (this.now = Date.now()), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer) clearInterval(this.timer);
  }

  override render() {
    const time = new Date(this.now).toLocaleString('zh-CN', { timeZone: this.timezone, month: 'long', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    return html`<span class="name">${this.hallName.zh}</span>
      ${this.online ? nothing : html`<span class="off" id="offline">连接中断，内容照常播放 · offline, playing on</span>`}
      <span id="clock">${time}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-clock': SignageClock;
  }
}
