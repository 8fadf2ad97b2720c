import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { payLabel, type JobSummary } from '@jobhall/hub-server/contract';
import { icon, t, tokens, type Lang, type Vocabulary } from '@jobhall/ui-kit';
import { districtName } from './names.ts';
import { emit } from '../events.ts';

const BADGES = {
  meals: { zh: '包吃', en: 'Meals', icon: 'meals' },
  lodging: { zh: '包住', en: 'Lodging', icon: 'bed' },
  daily: { zh: '日结', en: 'Paid daily', icon: 'coins' },
  weekly: { zh: '周结', en: 'Paid weekly', icon: 'coins' },
};

/** One vacancy in a list: what people decide on first — the work, the pay in its own unit, where, board and lodging. */
@customElement('kiosk-job-card')
export class KioskJobCard extends LitElement {
  @property({ attribute: false }) job!: JobSummary;
  @property() locale: Lang = 'zh';
  /** For the district's name in the visitor's language; the hub's Chinese name until it has loaded. */
  @property({ attribute: false }) vocab: Vocabulary | null = null;
  /** A big layout, with pictograms, for the simple (migrant worker) mode. */
  @property({ type: Boolean, reflect: true }) large = false;

  static override styles = [tokens, css`
    :host { display: block; }
    button {
      width: 100%; text-align: left; display: grid; grid-template-columns: 1fr auto; gap: 4px 16px; padding: 16px 20px;
      border: 2px solid var(--jh-line); border-radius: var(--jh-radius); background: var(--jh-paper); color: var(--jh-ink); font: inherit; cursor: pointer;
    }
    .title { font-size: 28px; font-weight: 800; }
    .pay { font-size: 28px; font-weight: 800; color: var(--jh-accent); text-align: right; }
    .sub { color: var(--jh-ink-soft); font-size: 20px; }
    .badges { display: flex; gap: 8px; justify-content: flex-end; flex-wrap: wrap; }
    .badge { display: inline-flex; align-items: center; gap: 4px; background: var(--jh-warn-bg); color: var(--jh-warn-ink); font-weight: 700; border-radius: 8px; padding: 2px 10px; font-size: 20px; }
    :host([large]) button { padding: 24px 28px; }
    :host([large]) .title, :host([large]) .pay { font-size: 44px; }
    :host([large]) .sub { font-size: 30px; }
    :host([large]) .badge { font-size: 32px; padding: 4px 14px; }
    @media (max-width: 600px) {
      button { grid-template-columns: 1fr; }
      .pay, .badges { text-align: left; justify-content: flex-start; }
      .title, .pay { font-size: 22px; }
    }
  `];

  override render() {
    const j = this.job;
    const L = this.locale;
    const badges = [j.meals && BADGES.meals, j.lodging && BADGES.lodging, j.payPeriod === 'daily' && BADGES.daily, j.payPeriod === 'weekly' && BADGES.weekly]
      .filter((b): b is (typeof BADGES)['meals'] => !!b);
    return html`<button data-job=${j.id} @click=${() => emit(this, 'open-job', j.id)}>
      <span class="title">${j.title}</span>
      <span class="pay">${payLabel(j, L)}</span>
      <span class="sub">${j.employerName} · ${districtName(this.vocab, j.district, L, j.districtName)}</span>
      <span class="badges">${badges.length
        ? badges.map((b) => html`<span class="badge">${this.large ? icon(b.icon, 36) : nothing}${t(b, L)}</span>`)
        : nothing}</span>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-job-card': KioskJobCard;
  }
}
