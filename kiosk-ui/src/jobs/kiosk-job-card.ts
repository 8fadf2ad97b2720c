import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { JobSummary } from '@jobhall/hub-server/contract';
import { t, tokens, type Lang } from '@jobhall/ui-kit';
import { payText } from './jobs-data.ts';
import { emit } from '../events.ts';

const BADGES = {
  meals: { zh: '包吃', en: 'Meals' },
  lodging: { zh: '包住', en: 'Lodging' },
  daily: { zh: '日结', en: 'Paid daily' },
  weekly: { zh: '周结', en: 'Paid weekly' },
};

/** One vacancy in a list: what people decide on first — the work, the pay, where, board and lodging. */
@customElement('kiosk-job-card')
export class KioskJobCard extends LitElement {
  @property({ attribute: false }) job!: JobSummary;
  @property() locale: Lang = 'zh';
  /** A big layout for the simple (migrant worker) mode. */
  @property({ type: Boolean }) large = false;

  static override styles = [tokens, css`
    :host { display: block; }
    button {
      width: 100%; text-align: left; display: grid; grid-template-columns: 1fr auto; gap: 4px 16px; padding: 16px 20px;
      border: 2px solid var(--jh-line); border-radius: var(--jh-radius); background: var(--jh-paper); color: var(--jh-ink); font: inherit; cursor: pointer;
    }
    .title { font-size: 28px; font-weight: 800; }
    .pay { font-size: 28px; font-weight: 800; color: var(--jh-accent); text-align: right; }
    .sub { color: var(--jh-ink-soft); font-size: 20px; }
    .badges { display: flex; gap: 8px; justify-content: flex-end; }
    .badge { background: var(--jh-warn-bg); color: var(--jh-warn-ink); font-weight: 700; border-radius: 8px; padding: 2px 10px; font-size: 20px; }
    :host([large]) .title, :host([large]) .pay { font-size: 36px; }
    :host([large]) .badge { font-size: 26px; }
  `];

  override render() {
    const j = this.job;
    const badges = [j.meals && BADGES.meals, j.lodging && BADGES.lodging, j.payPeriod === 'daily' && BADGES.daily, j.payPeriod === 'weekly' && BADGES.weekly].filter(Boolean) as Array<{ zh: string; en: string }>;
    return html`<button data-job=${j.id} @click=${() => emit(this, 'open-job', j.id)}>
      <span class="title">${j.title}</span>
      <span class="pay">${payText(j, this.locale)}</span>
      <span class="sub">${j.employerName} · ${j.districtName}</span>
      <span class="badges">${badges.length ? badges.map((b) => html`<span class="badge">${t(b, this.locale)}</span>`) : nothing}</span>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-job-card': KioskJobCard;
  }
}
