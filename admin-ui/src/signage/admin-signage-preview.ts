import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { SignageStructure } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';

/**
 * The preview: the real screen page, in a frame, playing the manifest a chosen screen or zone would get if
 * every pending draft were approved, at a chosen time. The same player, the same layout, the same slides:
 * what is seen here is what the screen will show.
 */
@customElement('admin-signage-preview')
export class AdminSignagePreview extends LitElement {
  @state() private structure: SignageStructure | null = null;
  @state() private target = '';
  @state() private at = '';
  @state() private speed = 1;
  @state() private src = '';

  static override styles = [tokens, buttons, css`
    :host { display: block; margin-top: 16px; }
    .bar { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
    .btn { min-height: 40px; font-size: 15px; padding: 0 12px; }
    select, input { font: inherit; font-size: 15px; padding: 6px 8px; border: 2px solid var(--jh-line); border-radius: 8px; }
    .frame { width: 960px; height: 540px; overflow: hidden; border: 2px solid var(--jh-line); margin-top: 8px; }
    iframe { width: 1920px; height: 1080px; border: 0; transform: scale(0.5); transform-origin: 0 0; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void api('/api/signage/structure', SignageStructure).then((s) => {
      this.structure = s;
      this.target ||= `zone:${s.zones[0]?.id ?? 'lobby'}`;
    });
  }

  private show() {
    const at = this.at ? `&at=${encodeURIComponent(new Date(this.at).toISOString())}` : '';
    this.src = `/signage/?preview=${encodeURIComponent(this.target)}${at}&speed=${this.speed}&voice=off&t=${Date.now()}`;
  }

  override render() {
    const s = this.structure;
    return html`<div class="bar">
        <strong>预览 Preview</strong>
        <select id="preview-target" @change=${(e: Event) => (this.target = (e.target as HTMLSelectElement).value)}>
          ${s?.zones.map((z) => html`<option value=${`zone:${z.id}`} ?selected=${this.target === `zone:${z.id}`}>区域 ${z.name.zh}</option>`)}
          ${s?.screens.filter((x) => x.kind === 'lcd').map((x) => html`<option value=${`screen:${x.id}`} ?selected=${this.target === `screen:${x.id}`}>屏幕 ${x.name.zh}</option>`)}
        </select>
        <label>时间 At <input type="datetime-local" id="preview-at" .value=${this.at} @change=${(e: Event) => (this.at = (e.target as HTMLInputElement).value)} /></label>
        <label>速度 Speed <select id="preview-speed" @change=${(e: Event) => (this.speed = Number((e.target as HTMLSelectElement).value))}>
          ${[1, 60, 600].map((n) => html`<option value=${n} ?selected=${n === this.speed}>${n}×</option>`)}</select></label>
        <button class="btn secondary" id="show-preview" @click=${this.show}>显示预览 Show</button>
      </div>
      ${this.src ? html`<div class="frame"><iframe id="preview-frame" src=${this.src} title="预览 Preview"></iframe></div>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-signage-preview': AdminSignagePreview;
  }
}
