import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { BlankFormList, PrintAccepted, type BlankFormSummary, type BlankFormsFlow } from '@jobhall/hub-server/contract';
import { api, buttons, t, tokens, type Lang, type Messages } from '@jobhall/ui-kit';
import '@jobhall/ui-kit/jh-qr-code';
import { emit } from '../../events.ts';
import { m } from '../../messages.ts';
import { aborted, problemOf } from '../../problem.ts';

const bf = {
  choose: { zh: '点选要的表格（可以选几张）', en: 'Tap the forms you want (you can choose several)' },
  print: { zh: '打印领取单', en: 'Print a pick-up slip' },
  printing: { zh: '领取单正在打印：请到 1楼总服务台领取表格', en: 'Your slip is printing: collect the forms at the 1st-floor front desk' },
  onPhone: { zh: '在手机上看表格', en: 'See the forms on a phone' },
} satisfies Messages<string>;

/**
 * 空白表格 (1.2.2): the hall's blank forms by name. The visitor ticks the ones wanted and prints a pick-up slip;
 * the A4 forms are printed at the front desk (a receipt roll is too narrow to write on and cannot be filed).
 */
@customElement('kiosk-blank-forms')
export class KioskBlankForms extends LitElement {
  @property({ attribute: false }) definition!: BlankFormsFlow;
  @property() locale: Lang = 'zh';
  @property() kioskId = '';
  @state() private list: BlankFormSummary[] | null = null;
  @state() private index = '';
  @state() private chosen: string[] = [];
  @state() private busy = false;
  private abort: AbortController | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 24px; }
    h2 { font-size: 36px; margin: 0 0 6px; } .intro { color: var(--jh-ink-soft); }
    .forms { display: grid; gap: 12px; margin: 12px 0; }
    @media (min-aspect-ratio: 4/3) { .forms { grid-template-columns: 1fr 1fr; } }
    .form { text-align: left; display: flex; flex-direction: column; align-items: flex-start; min-height: 96px; padding: 12px 20px; font-size: 26px; }
    .form small { font-weight: 400; font-size: 19px; }
    .form[aria-pressed='true'] { background: var(--jh-primary); color: var(--jh-primary-ink); }
    .go { display: flex; gap: 24px; align-items: center; flex-wrap: wrap; }
    .go .btn { min-height: 96px; font-size: 30px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private async load() {
    const abort = (this.abort = new AbortController());
    try {
      const all = await api('/api/blank-forms', BlankFormList, { signal: abort.signal });
      this.index = all.index;
      this.list = this.definition.sheets.flatMap((id) => all.items.filter((f) => f.id === id));
    } catch (err) {
      if (!aborted(err)) emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) });
    }
  }

  private toggle(id: string) {
    this.chosen = this.chosen.includes(id) ? this.chosen.filter((x) => x !== id) : [...this.chosen, id];
  }

  private async print() {
    if (this.busy) return;
    this.busy = true;
    try {
      await api('/api/blank-forms/slip', PrintAccepted, { method: 'POST', body: { kioskId: this.kioskId, ids: this.chosen } });
      emit(this, 'kiosk-message', { tone: 'ok', text: bf.printing });
      this.chosen = [];
    } catch (err) {
      emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) });
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const L = this.locale;
    const d = this.definition;
    return html`<h2>${t(d.title, L)}</h2>
      ${d.intro ? html`<p class="intro">${t(d.intro, L)}</p>` : nothing}
      ${!this.list ? html`<p>${t(m.loading, L)}</p>` : html`<p>${t(bf.choose, L)}</p>
        <div class="forms" role="group">${this.list.map((f) => html`<button class="btn secondary form" data-form=${f.id} aria-pressed=${this.chosen.includes(f.id) ? 'true' : 'false'}
          @click=${() => this.toggle(f.id)}>${t(f.title, L)}<small>${t(f.describe, L)}</small></button>`)}</div>
        <div class="go">${this.kioskId ? html`<button class="btn" id="print-forms" ?disabled=${!this.chosen.length || this.busy} @click=${() => void this.print()}>${t(bf.print, L)}${this.chosen.length ? ` (${this.chosen.length})` : ''}</button>` : nothing}
          <jh-qr-code .data=${this.index} .label=${t(bf.onPhone, L)}></jh-qr-code><span>${t(bf.onPhone, L)}</span></div>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-blank-forms': KioskBlankForms;
  }
}
