import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AlertMessage } from '@jobhall/hub-server/contract';
import { tokens } from '@jobhall/ui-kit';

/** Pictograms on a 24-unit grid, drawn in the text colour: read at once, in any language. */
const PICTOGRAMS: Record<AlertMessage['pictogram'], ReturnType<typeof svg>> = {
  fire: svg`<path d="M12 22c4 0 7-3 7-7 0-5-4-7-5-12-2 3-1 6-3 7-1-2-2-3-2-5-3 3-4 6-4 10 0 4 3 7 7 7z"/>`,
  evacuate: svg`<circle cx="14" cy="4" r="2"/><path d="M13 8l-4 3 1 5-3 6M13 8l3 4 4 1M12 14l4 3v5M3 12h4"/>`,
  earthquake: svg`<path d="M2 20h20M4 20V10l4-3 4 3v10M12 20v-6l4-3 4 3v6M2 6l3 2-2 3 3 2"/>`,
  weather: svg`<path d="M6 15a4 4 0 0 1 1-8 6 6 0 0 1 11 2 3 3 0 0 1 0 6zM8 18l-1 3M12 18l-1 3M16 18l-1 3"/>`,
  medical: svg`<rect x="3" y="3" width="18" height="18" rx="3"/><path d="M12 7v10M7 12h10"/>`,
  info: svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7v1"/>`,
};

const DRILL = {
  exercise: { zh: '演练 · 这不是真实警报', en: 'EXERCISE · This is not a real emergency' },
  test: { zh: '测试 · 这不是真实警报', en: 'TEST · This is not a real emergency' },
};

/**
 * The emergency takeover: the whole screen, readable from across the hall. A real alert is red; an exercise
 * or a test is striped blue-grey and says on both edges that it is not real, so a drill never looks real.
 */
@customElement('signage-alert')
export class SignageAlert extends LitElement {
  @property({ attribute: false }) alert!: AlertMessage;

  static override styles = [tokens, css`
    :host { position: fixed; inset: 0; z-index: 10; display: flex; flex-direction: column; color: #fff; }
    :host([status='actual']) { background: #b3261e; animation: pulse 2s ease-in-out infinite; }
    :host([status='exercise']), :host([status='test']) { background: repeating-linear-gradient(135deg, #23395b 0 60px, #2f4b72 60px 120px); }
    @keyframes pulse { 50% { background: #8c1d18; } }
    .drill { background: #ffd166; color: #1b1f24; font-size: 44px; font-weight: 800; text-align: center; padding: 14px; }
    main { flex: 1; display: grid; grid-template-columns: auto 1fr; gap: 48px; align-items: center; padding: 48px 72px; }
    svg { width: 300px; height: 300px; fill: none; stroke: currentColor; stroke-width: 1.6; stroke-linecap: round; stroke-linejoin: round; }
    h1 { margin: 0; font-size: 104px; line-height: 1.1; }
    .en-head { font-size: 56px; font-weight: 700; margin: 8px 0 36px; }
    .zh { font-size: 56px; line-height: 1.35; }
    .en { font-size: 38px; line-height: 1.3; opacity: 0.95; }
  `];

  override updated(): void {
    this.setAttribute('status', this.alert.status);
  }

  override render() {
    const a = this.alert;
    const drill = a.status === 'actual' ? null : DRILL[a.status];
    const banner = drill ? html`<div class="drill" role="note">${drill.zh} · <span lang="en">${drill.en}</span></div>` : nothing;
    return html`${banner}
      <main role="alert" aria-live="assertive" data-alert=${a.id}>
        <svg viewBox="0 0 24 24" aria-hidden="true">${PICTOGRAMS[a.pictogram]}</svg>
        <div>
          <h1 id="alert-headline">${a.headline.zh}</h1>
          <div class="en-head" lang="en">${a.headline.en}</div>
          <div class="zh" id="alert-instruction">${a.instruction.zh}</div>
          <div class="en" lang="en">${a.instruction.en}</div>
        </div>
      </main>
      ${banner}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-alert': SignageAlert;
  }
}
