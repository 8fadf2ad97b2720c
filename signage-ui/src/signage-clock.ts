import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/**
 * The hall clock in the header; people in a queue look at it constantly. It shows the hall's time (the zone in
 * hall.json), not the display's: a player set to UTC must not tell a queue it is one in the morning.
 */
@customElement('signage-clock')
export class SignageClock extends LitElement {
  @property() timeZone = 'Asia/Shanghai';
  @state() private now = new Date();
  private timer: ReturnType<typeof setInterval> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => (this.now = new Date()), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer) clearInterval(this.timer);
  }

  override render() {
    return html`<time id="clock">${this.now.toLocaleString('zh-CN', { timeZone: this.timeZone, month: 'long', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}</time>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-clock': SignageClock;
  }
}
