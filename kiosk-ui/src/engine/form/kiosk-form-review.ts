import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AnswerLine } from '@jobhall/hub-server/contract';
import { buttons, t, tokens, type Lang } from '@jobhall/ui-kit';
import { emit } from '../../events.ts';
import { fm } from './messages.ts';

/** The review before submitting: every question answered, with the answer (personal ones masked) and 修改. */
@customElement('kiosk-form-review')
export class KioskFormReview extends LitElement {
  @property({ attribute: false }) lines: AnswerLine[] = [];
  @property() locale: Lang = 'zh';

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    p { color: var(--jh-ink-soft); font-size: 22px; }
    dl { margin: 0; font-size: 24px; }
    dl > div { display: grid; grid-template-columns: minmax(8em, 1fr) 2fr auto; gap: 16px; align-items: center; padding: 6px 0; border-bottom: 1px solid var(--jh-line); }
    dt { color: var(--jh-ink-soft); }
    dd { margin: 0; font-weight: 700; overflow-wrap: anywhere; }
    .btn { min-height: 64px; font-size: 20px; }
    ul { margin: 4px 0 0; padding-left: 1.2em; font-weight: 400; font-size: 20px; }
  `];

  override render() {
    const L = this.locale;
    return html`<p>${t(fm.reviewHint, L)}</p>
      <dl id="review">${this.lines.map((l) => html`<div>
        <dt>${t(l.label, L)}</dt>
        <dd data-answer=${l.field}>${t(l.value, L)}
          ${l.entries ? html`<ul>${l.entries.map((e) => html`<li>${e.map((x) => t(x.value, L)).join(' · ')}</li>`)}</ul>` : nothing}</dd>
        <dd><button class="btn secondary" id="change-${l.field}" aria-label="${t(fm.change, L)} ${t(l.label, L)}" @click=${() => emit(this, 'form-edit', l.field)}>${t(fm.change, L)}</button></dd></div>`)}
      </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-form-review': KioskFormReview;
  }
}
