import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { SeekerSession } from '@jobhall/hub-server/contract';
import { ApiProblem, api, t, type Lang } from '@jobhall/ui-kit';
import '../kiosk-number-pad.ts';
import { jm } from './messages.ts';

/**
 * Sign-in for a registered seeker: the ID number on the pad (masked as it is typed), then the last four digits
 * of the phone. Nothing typed survives this element.
 */
@customElement('kiosk-seeker-sign-in')
export class KioskSeekerSignIn extends LitElement {
  @property() locale: Lang = 'zh';
  @state() private idNumber = '';
  @state() private error = '';
  @state() private busy = false;

  private async submit(last4: string) {
    this.busy = true;
    try {
      const session = await api('/api/seekers/sign-in', SeekerSession, { method: 'POST', body: { idNumber: this.idNumber, phoneLast4: last4 } });
      this.dispatchEvent(new CustomEvent('seeker-signed-in', { detail: session, bubbles: true, composed: true }));
    } catch (err) {
      this.error = err instanceof ApiProblem && err.text ? t(err.text, this.locale) : err instanceof ApiProblem ? err.message : String(err);
      this.idNumber = '';
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const cancel = () => this.dispatchEvent(new CustomEvent('cancel-flow', { bubbles: true, composed: true }));
    return !this.idNumber
      ? html`<kiosk-number-pad .locale=${this.locale} .heading=${jm.idNumber} .hint=${jm.idNumberHint} .digitsNeeded=${18} allowX mask
          .error=${this.error} @number-entered=${(e: CustomEvent<string>) => ((this.idNumber = e.detail), (this.error = ''))} @cancel=${cancel}></kiosk-number-pad>`
      : html`<kiosk-number-pad .locale=${this.locale} .heading=${jm.phoneLast4} .hint=${jm.seekerSignInHint} .digitsNeeded=${4} .busy=${this.busy}
          @number-entered=${(e: CustomEvent<string>) => void this.submit(e.detail)} @cancel=${cancel}></kiosk-number-pad>${nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-seeker-sign-in': KioskSeekerSignIn;
  }
}
