import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import { m } from './messages.ts';
import { emit } from './events.ts';

/** The warning before the kiosk resets: a countdown and one big "more time" button. */
@customElement('kiosk-idle-warning')
export class KioskIdleWarning extends LitElement {
  @property({ type: Number }) secondsLeft = 20;
  @property() locale: Lang = 'zh';

  static override styles = [tokens, buttons, css`
    :host { position: fixed; inset: 0; background: rgb(0 0 0 / 0.6); display: grid; place-items: center; z-index: 10; }
    .box { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 40px 56px; text-align: center; font-size: 30px; max-width: 900px; }
    h2 { font-size: 44px; margin: 0 0 16px; }
    .count { font-size: 96px; font-weight: 800; color: var(--jh-accent); }
    .btn { margin-top: 24px; min-height: 110px; min-width: 420px; font-size: 40px; }
  `];

  override render() {
    return html`<div class="box" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
      <h2 id="idle-title">${t(m.idleTitle, this.locale)}</h2>
      <div class="count" aria-live="assertive" data-say-skip>${this.secondsLeft}</div>
      <p id="idle-body" data-say>${t(m.idleBody, this.locale)}</p>
      <button class="btn" id="more-time" @click=${() => emit(this, 'more-time')}>
        ${t(m.moreTime, this.locale)}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-idle-warning': KioskIdleWarning;
  }
}
