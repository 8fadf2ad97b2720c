import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';

/** The hall clock in the header; people in a queue look at it constantly. */
@customElement('signage-clock')
export class SignageClock extends LitElement {
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
    return html`${this.now.toLocaleString('zh-CN', { month: 'long', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-clock': SignageClock;
  }
}
