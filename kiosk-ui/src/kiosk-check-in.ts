import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Ticket } from '@jobhall/hub-server/contract';
import { api, t, type Lang } from '@jobhall/ui-kit';
import { emit, navigate } from './events.ts';
import { m } from './messages.ts';
import { aborted, problemOf } from './problem.ts';
import './kiosk-number-pad.ts';

/** 预约签到: a booking's six-digit code on the number pad turns the booking into a ticket, shown like any other. */
@customElement('kiosk-check-in')
export class KioskCheckIn extends LitElement {
  @property() locale: Lang = 'zh';
  @property() kioskId = '';
  @state() private busy = false;
  @state() private error = '';
  private work = new AbortController();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.work.abort();
    this.work = new AbortController();
  }

  private async checkIn(code: string) {
    this.busy = true;
    this.error = '';
    try {
      const ticket = await api('/api/appointments/check-in', Ticket, { method: 'POST', body: { code, kioskId: this.kioskId || undefined }, signal: this.work.signal });
      navigate(this, `tickets/${ticket.id}`, { fresh: true });
    } catch (err) {
      if (!aborted(err)) this.error = t(problemOf(err), this.locale);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<kiosk-number-pad .locale=${this.locale} .heading=${m.checkIn} .hint=${m.checkInHint} .digitsNeeded=${6}
      .busy=${this.busy} .error=${this.error}
      @number-entered=${(e: HTMLElementEventMap['number-entered']) => void this.checkIn(e.detail)}
      @pad-cancel=${() => emit(this, 'go-home')}></kiosk-number-pad>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-check-in': KioskCheckIn;
  }
}
