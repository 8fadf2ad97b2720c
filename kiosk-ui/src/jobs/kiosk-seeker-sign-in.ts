import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CardAwaitResult, KIOSK_KEY_HEADER, SeekerSession } from '@jobhall/hub-server/contract';
import { idProblem } from './register-steps.ts';
import { api, buttons, icon, t, tokens, type Lang } from '@jobhall/ui-kit';
import { problemOf } from '../problem.ts';
import '../kiosk-number-pad.ts';
import { jm } from './messages.ts';
import { emit } from '../events.ts';

/**
 * Sign-in for a seeker. With a card reader (一卡通, 3.3.3) the card on the reader does it; otherwise, or by
 * choice, the ID number on the pad (masked as it is typed), then the last four digits of the phone. Nothing
 * typed survives this element, and a card's number never reaches it.
 */
@customElement('kiosk-seeker-sign-in')
export class KioskSeekerSignIn extends LitElement {
  @property() locale: Lang = 'zh';
  /** Set when this kiosk has a reader and its page was opened with the kiosk's key. */
  @property() kioskId = '';
  @property() kioskKey = '';
  @state() private idNumber = '';
  /** The number as typed, kept when a sign-in fails so one wrong digit is corrected, not all eighteen. */
  @state() private typed = '';
  @state() private error = '';
  @state() private busy = false;
  @state() private typing = false;
  private waiting: AbortController | null = null;

  static override styles = [tokens, buttons, css`
    .card { position: fixed; inset: 0; background: rgb(0 0 0 / 0.6); display: grid; place-items: center; z-index: 9; zoom: var(--jh-overlay-zoom, 1); }
    .box { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 40px; width: 640px; text-align: center; font-size: 26px; }
    .box h2 { font-size: 34px; }
    .box .btn { min-height: 80px; font-size: 26px; margin: 8px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
  `];

  private get usesCard(): boolean {
    return !!(this.kioskId && this.kioskKey) && !this.typing;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.usesCard) void this.awaitCard();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.waiting?.abort();
  }

  /** Long-polls the hub for a card on this kiosk's reader until one is read or the visitor types instead. */
  private async awaitCard() {
    this.waiting?.abort();
    const ctl = new AbortController();
    this.waiting = ctl;
    while (!ctl.signal.aborted && this.usesCard) {
      try {
        const r = await api(`/api/kiosks/${this.kioskId}/card/await?waitMs=25000`, CardAwaitResult, { method: 'POST', headers: { [KIOSK_KEY_HEADER]: this.kioskKey }, signal: ctl.signal });
        if (r.result === 'signed-in') {
          emit(this, 'seeker-signed-in', { token: r.token, expiresAt: r.expiresAt, seeker: r.seeker });
          return;
        }
        if (r.result === 'unregistered') {
          emit(this, 'card-unregistered', r);
          return;
        }
      } catch (err) {
        if ((err as Error).name === 'AbortError') return;
        this.error = t(problemOf(err), this.locale);
        await new Promise((r) => setTimeout(r, 3000));
      }
    }
  }

  private async submit(last4: string) {
    this.busy = true;
    try {
      const session = await api('/api/seekers/sign-in', SeekerSession, { method: 'POST', body: { idNumber: this.idNumber, phoneLast4: last4 } });
      emit(this, 'seeker-signed-in', session);
    } catch (err) {
      this.error = t(problemOf(err), this.locale);
      this.typed = this.idNumber;
      this.idNumber = '';
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const cancel = () => emit(this, 'cancel-flow');
    if (this.usesCard) {
      return html`<div class="card"><div class="box" role="dialog" aria-modal="true" aria-labelledby="card-title">
        ${icon('id-card', 96)}
        <h2 id="card-title">${t(jm.tapCard, this.locale)}</h2>
        <p>${t(jm.tapCardHint, this.locale)}</p>
        ${this.error ? html`<p class="err" role="alert">${this.error}</p>` : nothing}
        <button class="btn secondary" id="type-id" @click=${() => ((this.typing = true), this.waiting?.abort())}>${t(jm.typeIdInstead, this.locale)}</button>
        <button class="btn secondary" id="card-cancel" @click=${cancel}>${t({ zh: '取消', en: 'Cancel' }, this.locale)}</button>
      </div></div>`;
    }
    return !this.idNumber
      ? html`<kiosk-number-pad .locale=${this.locale} .heading=${jm.idNumber} .hint=${jm.idNumberHint} .digitsNeeded=${18} allowX mask
          .value=${this.typed} .validate=${idProblem} .error=${this.error}
          @number-entered=${(e: CustomEvent<string>) => ((this.idNumber = e.detail), (this.error = ''))} @pad-cancel=${cancel}></kiosk-number-pad>`
      : html`<kiosk-number-pad .locale=${this.locale} .heading=${jm.phoneLast4} .hint=${jm.seekerSignInHint} .digitsNeeded=${4} .busy=${this.busy}
          @number-entered=${(e: CustomEvent<string>) => void this.submit(e.detail)} @pad-cancel=${cancel}></kiosk-number-pad>${nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-seeker-sign-in': KioskSeekerSignIn;
  }
}
