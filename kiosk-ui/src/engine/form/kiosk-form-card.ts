import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CardAwaitResult, KIOSK_KEY_HEADER } from '@jobhall/hub-server/contract';
import { api, buttons, icon, t, tokens, type Lang } from '@jobhall/ui-kit';
import { emit } from '../../events.ts';
import { problemOf } from '../../problem.ts';
import { fm } from './messages.ts';

/**
 * Waits for an ID card on this kiosk's reader to fill a form's name and ID number (一卡通). The hub keeps the
 * card's details; this element only learns them masked, and a read id the submission hands back.
 */
@customElement('kiosk-form-card')
export class KioskFormCard extends LitElement {
  @property() kioskId = '';
  @property() kioskKey = '';
  @property() locale: Lang = 'zh';
  @state() private problem = '';
  private waiting: AbortController | null = null;

  static override styles = [tokens, buttons, css`
    :host { position: fixed; inset: 0; background: rgb(0 0 0 / 0.6); display: grid; place-items: center; z-index: 9; zoom: var(--jh-overlay-zoom, 1); }
    .box { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 40px; width: min(640px, 90vw); text-align: center; font-size: 26px; }
    .btn { min-height: 80px; font-size: 26px; margin-top: 16px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.wait();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.waiting?.abort();
  }

  private async wait() {
    const ctl = (this.waiting = new AbortController());
    while (!ctl.signal.aborted) {
      try {
        const r = await api(`/api/kiosks/${this.kioskId}/card/await?waitMs=25000&purpose=form`, CardAwaitResult,
          { method: 'POST', headers: { [KIOSK_KEY_HEADER]: this.kioskKey }, signal: ctl.signal });
        if (r.result === 'read') return emit(this, 'form-card-read', { readId: r.readId, nameMasked: r.nameMasked, idMasked: r.idMasked });
      } catch (err) {
        if ((err as Error).name === 'AbortError') return;
        this.problem = t(problemOf(err), this.locale);
        await new Promise((r) => setTimeout(r, 3000));
      }
    }
  }

  override render() {
    return html`<div class="box" role="dialog" aria-modal="true" aria-labelledby="form-card-title">
      ${icon('id-card', 96)}
      <h2 id="form-card-title">${t(fm.cardWaiting, this.locale)}</h2>
      ${this.problem ? html`<p class="err" role="alert">${this.problem}</p>` : nothing}
      <button class="btn secondary" id="form-card-cancel" @click=${() => emit(this, 'form-card-cancel')}>${t(fm.cardCancel, this.locale)}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-form-card': KioskFormCard;
  }
}
