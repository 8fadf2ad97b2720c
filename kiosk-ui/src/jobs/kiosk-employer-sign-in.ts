import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EmployerSession } from '@jobhall/hub-server/contract';
import { api, t, type Lang } from '@jobhall/ui-kit';
import { problemOf } from '../problem.ts';
import '../kiosk-keyboard.ts';
import '../kiosk-number-pad.ts';
import { jm } from './messages.ts';
import { emit } from '../events.ts';

/** 用人单位会员 (3.2.1): sign in with the credit code (keyboard) and the 8-digit code from the employer window. */
@customElement('kiosk-employer-sign-in')
export class KioskEmployerSignIn extends LitElement {
  @property() locale: Lang = 'zh';
  @state() private creditCode = '';
  @state() private error = '';
  @state() private busy = false;

  private async submit(code: string) {
    this.busy = true;
    try {
      const session = await api('/api/employers/sign-in', EmployerSession, { method: 'POST', body: { creditCode: this.creditCode, code } });
      emit(this, 'employer-signed-in', session);
    } catch (err) {
      this.error = t(problemOf(err), this.locale);
      this.creditCode = '';
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const cancel = () => emit(this, 'cancel-flow');
    return !this.creditCode
      ? html`<kiosk-keyboard .locale=${this.locale} .heading=${this.error ? { zh: this.error, en: this.error } : jm.creditCode} .maxLength=${18}
          @text-entered=${(e: CustomEvent<string>) => ((this.creditCode = e.detail.toUpperCase()), (this.error = ''))} @keyboard-cancel=${cancel}></kiosk-keyboard>`
      : html`<kiosk-number-pad .locale=${this.locale} .heading=${jm.employerCode} .hint=${jm.employerSignIn} .digitsNeeded=${8} .busy=${this.busy}
          @number-entered=${(e: CustomEvent<string>) => void this.submit(e.detail)} @pad-cancel=${cancel}></kiosk-number-pad>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-employer-sign-in': KioskEmployerSignIn;
  }
}
