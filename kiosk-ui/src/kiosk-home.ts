import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Module } from '@jobhall/hub-server/contract';
import { icon, t, tokens, type Lang } from '@jobhall/ui-kit';
import { m } from './messages.ts';
import { navigate } from './events.ts';
import { jm } from './jobs/messages.ts';

/** The 7 modules of the handbook as big tiles with pictograms, and "take a ticket" first. */
@customElement('kiosk-home')
export class KioskHome extends LitElement {
  @property({ attribute: false }) modules: Module[] = [];
  @property() locale: Lang = 'zh';

  // The tiles share out the whole screen below the top bar: four columns on a landscape kiosk, three on a
  // portrait one, whose rows then grow to fill its height instead of leaving the lower half empty.
  static override styles = [tokens, css`
    :host { display: flex; flex-direction: column; box-sizing: border-box; padding: 24px 32px; }
    h2 { font-size: 36px; margin: 8px 0 24px; }
    .grid { flex: 1; display: grid; grid-template-columns: repeat(4, 1fr); grid-auto-rows: minmax(200px, 1fr); gap: 20px; }
    @media (orientation: portrait) {
      h2 { font-size: 44px; }
      .grid { grid-template-columns: repeat(3, 1fr); gap: 24px; }
      button { font-size: 36px; }
    }
    button {
      display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 12px;
      min-height: 200px; padding: 16px; border: 2px solid var(--jh-line); border-radius: var(--jh-radius);
      background: var(--jh-paper); color: var(--jh-ink); font: inherit; font-size: 30px; font-weight: 700; cursor: pointer;
    }
    button .sub { font-size: 20px; font-weight: 400; color: var(--jh-ink-soft); }
    button.ticket { background: var(--jh-primary); border-color: var(--jh-primary); color: #fff; }
    button.ticket .sub { color: #fff; }
  `];

  override render() {
    const other: Lang = this.locale === 'zh' ? 'en' : 'zh';
    return html`
      <h2>${t(m.welcome, this.locale)}</h2>
      <div class="grid">
        <button class="ticket" id="take-ticket" @click=${() => navigate(this, 'ticket')}>
          ${icon('ticket', 72)}<span>${t(m.takeTicket, this.locale)}</span><span class="sub">${t(m.takeTicketHint, this.locale)}</span>
        </button>
        <button class="ticket" id="find-job" @click=${() => navigate(this, 'jobs')}>
          ${icon('briefcase', 72)}<span>${t(jm.findJob, this.locale)}</span><span class="sub">${t(jm.findJobHint, this.locale)}</span>
        </button>
        <button id="simple-search" @click=${() => navigate(this, 'jobs?simple=1')}>
          ${icon('search', 72)}<span>${t(jm.simpleMode, this.locale)}</span><span class="sub">${t(jm.simpleHint, this.locale)}</span>
        </button>
        <button id="check-in" @click=${() => navigate(this, 'check-in')}>
          ${icon('id-card', 72)}<span>${t(m.checkIn, this.locale)}</span><span class="sub">${t(m.checkInHint, this.locale)}</span>
        </button>
        ${this.modules.map(
          (mod) => html`<button data-module=${mod.id} @click=${() => navigate(this, `modules/${mod.id}`)}>
            ${icon(mod.icon, 72)}<span>${t(mod, this.locale)}</span><span class="sub" lang=${other === 'zh' ? 'zh-CN' : 'en'}>${t(mod, other)}</span>
          </button>`,
        )}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-home': KioskHome;
  }
}
