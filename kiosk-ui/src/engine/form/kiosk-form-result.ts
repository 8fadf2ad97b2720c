import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { FormReceipt } from '@jobhall/hub-server/contract';
import { buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import '@jobhall/ui-kit/jh-qr-code';
import { emit, navigate } from '../../events.ts';
import { fill, fm } from './messages.ts';

/**
 * After submitting: the reference and check code large, the QR of the status page, what happens next, what to
 * bring, which window, and that line's ticket when a window finishes the application.
 */
@customElement('kiosk-form-result')
export class KioskFormResult extends LitElement {
  @property({ attribute: false }) receipt!: FormReceipt;
  @property() locale: Lang = 'zh';

  static override styles = [tokens, buttons, css`
    :host { display: block; font-size: 24px; }
    .top { display: grid; grid-template-columns: 1fr auto; gap: 24px; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    .big { font-size: 52px; font-weight: 800; color: var(--jh-primary); letter-spacing: 3px; }
    h3 { margin: 20px 0 6px; font-size: 26px; color: var(--jh-primary); }
    ol, ul { margin: 0; padding-left: 1.4em; }
    .window { font-size: 28px; font-weight: 800; margin: 16px 0; }
    .actions { display: flex; gap: 16px; flex-wrap: wrap; margin-top: 20px; }
    .actions .btn { min-height: 88px; font-size: 30px; }
  `];

  override render() {
    const r = this.receipt;
    const L = this.locale;
    const w = r.window;
    return html`
      <div class="top" id="form-receipt">
        <div>
          <p role="status">${t(fm.received, L)} · ${t(r.print ? fm.keepSlip : fm.noSlip, L)}</p>
          <div>${t(fm.refNo, L)}</div><div class="big" id="receipt-ref">${r.refNo}</div>
          <div>${t(fm.checkCode, L)}</div><div class="big" id="receipt-code">${r.checkCode}</div>
          ${r.smsMasked ? html`<p>${t(fm.smsOn, L)} ${r.smsMasked}</p>` : nothing}
        </div>
        <jh-qr-code .data=${r.statusUrl} .label=${t(fm.scan, L)}></jh-qr-code>
      </div>
      <h3>${t(fm.nextSteps, L)}</h3>
      <ol>${r.nextSteps.map((s) => html`<li>${t(s, L)}</li>`)}</ol>
      ${r.bring.length ? html`<h3>${t(fm.bring, L)}</h3><ul>${r.bring.map((b) => html`<li>${t(b, L)}</li>`)}</ul>` : nothing}
      <h3>${t(fm.timeLimit, L)}</h3><div>${t(r.timeLimit, L)}</div>
      ${w ? html`<div class="window" id="receipt-window">${fill(t(fm.window, L), { windows: w.windows.join(L === 'zh' ? '、' : ', '), line: t(w.name, L), prefix: w.prefix })}</div>` : nothing}
      <div class="actions">
        ${w ? html`<button class="btn" id="receipt-ticket" @click=${() => navigate(this, `services/${w.ticketService}/ticket`)}>${t(fm.takeTicket, L)} (${w.prefix})</button>` : nothing}
        <button class="btn secondary" id="receipt-done" @click=${() => emit(this, 'go-home')}>${t(fm.done, L)}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-form-result': KioskFormResult;
  }
}
