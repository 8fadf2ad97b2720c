import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TrackedItem } from '@jobhall/hub-server/contract';
import { t, tokens, type Lang } from '@jobhall/ui-kit';

/**
 * One thing a visitor follows — a submission, a complaint, a referral — as the public may see it: where it
 * stands, and each step with what the office said. Shared by the kiosk and the phone page.
 */
@customElement('kiosk-tracked-item')
export class KioskTrackedItem extends LitElement {
  @property({ attribute: false }) item!: TrackedItem;
  @property() locale: Lang = 'zh';
  /** The hall's time zone, for the times of the steps. */
  @property() timeZone = 'Asia/Shanghai';

  static override styles = [tokens, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 20px 24px; margin: 0 0 16px; }
    h3 { margin: 0 0 4px; font-size: 1.2em; }
    .ref { color: var(--jh-ink-soft); }
    .status { font-size: 1.4em; font-weight: 800; margin: 8px 0; color: var(--jh-primary); }
    .status.final { color: var(--jh-ok); }
    ol { margin: 8px 0 0; padding-left: 1.4em; }
    li { margin: 6px 0; }
    .when { color: var(--jh-ink-soft); font-size: 0.85em; }
    .note { display: block; font-weight: 700; }
  `];

  private when(at: string): string {
    return new Date(at).toLocaleString(this.locale === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: this.timeZone, dateStyle: 'medium', timeStyle: 'short' });
  }

  override render() {
    const i = this.item;
    const L = this.locale;
    return html`<h3>${t(i.title, L)}</h3><div class="ref">${i.refNo}</div>
      <div class="status ${i.final ? 'final' : ''}" data-status=${i.status}>${t(i.statusText, L)}</div>
      <ol>${i.history.map((h) => html`<li><span class="when">${this.when(h.at)}</span> ${t(h.statusText, L)}
        ${h.note ? html`<span class="note">${h.note}</span>` : nothing}</li>`)}</ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-tracked-item': KioskTrackedItem;
  }
}
