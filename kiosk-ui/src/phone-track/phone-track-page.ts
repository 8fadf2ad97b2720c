import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { HallView, TrackedItem } from '@jobhall/hub-server/contract';
import { api, buttons, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import { problemOf } from '../problem.ts';
import '../engine/status/kiosk-tracked-item.ts';

const pm = {
  title: { zh: '办理进度', en: 'Progress' },
  ref: { zh: '编号', en: 'Reference' },
  code: { zh: '查询码（6 位数字）', en: 'Check code (6 digits)' },
  look: { zh: '查询', en: 'Look it up' },
  hint: { zh: '编号和查询码在回执上。本页不显示任何个人信息。', en: 'Both are on your slip. This page shows nothing personal.' },
} satisfies Record<string, LocalizedText>;

/**
 * The page a slip's QR opens on a phone (/status/<ref>#<check code>): the submission's or complaint's status
 * and what the office said. The check code rides in the address's fragment, which never reaches a server;
 * without it the page asks for it.
 */
@customElement('phone-track-page')
export class PhoneTrackPage extends LitElement {
  @state() private ref = new URLSearchParams(location.search).get('ref') ?? '';
  @state() private code = /^#?(\d{6})$/.exec(location.hash)?.[1] ?? '';
  @state() private item: TrackedItem | null = null;
  @state() private problem: LocalizedText | null = null;
  @state() private timeZone = 'Asia/Shanghai';
  private readonly locale: Lang = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';

  static override styles = [tokens, buttons, css`
    :host { display: block; max-width: 560px; margin: 0 auto; padding: 20px; font-size: 18px; }
    h1 { font-size: 26px; }
    label { display: block; margin: 12px 0 4px; font-weight: 700; }
    input { box-sizing: border-box; width: 100%; font-size: 22px; padding: 10px; border: 2px solid var(--jh-line); border-radius: 8px; }
    .btn { margin-top: 16px; min-height: 48px; width: 100%; font-size: 20px; }
    .problem { color: var(--jh-danger-ink); font-weight: 700; }
    .muted { color: var(--jh-ink-soft); font-size: 15px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void api('/api/hall', HallView).then((h) => (this.timeZone = h.timezone), () => {});
    if (this.ref && this.code) void this.lookup();
  }

  private async lookup() {
    this.problem = null;
    try {
      this.item = await api('/api/status/lookup', TrackedItem, { method: 'POST', body: { refNo: this.ref, checkCode: this.code } });
    } catch (err) {
      this.item = null;
      this.problem = problemOf(err);
    }
  }

  override render() {
    const L = this.locale;
    return html`<h1>${t(pm.title, L)}</h1>
      ${this.item ? html`<kiosk-tracked-item .item=${this.item} .locale=${L} .timeZone=${this.timeZone}></kiosk-tracked-item>` : nothing}
      ${this.problem ? html`<p class="problem" role="alert">${t(this.problem, L)}</p>` : nothing}
      ${this.item ? nothing : html`<form @submit=${(e: Event) => (e.preventDefault(), void this.lookup())}>
        <label for="ref">${t(pm.ref, L)}</label>
        <input id="ref" autocomplete="off" autocapitalize="characters" .value=${this.ref} @input=${(e: Event) => (this.ref = (e.target as HTMLInputElement).value)} />
        <label for="code">${t(pm.code, L)}</label>
        <input id="code" inputmode="numeric" autocomplete="off" maxlength="6" .value=${this.code} @input=${(e: Event) => (this.code = (e.target as HTMLInputElement).value)} />
        <button class="btn" type="submit">${t(pm.look, L)}</button>
        <p class="muted">${t(pm.hint, L)}</p></form>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'phone-track-page': PhoneTrackPage;
  }
}
