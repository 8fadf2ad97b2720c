import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { LedBoardStatus, ScreenRegistered, SignageStructure, ItemView, type Layout, type ScreenHealth } from '@jobhall/hub-server/contract';
import { RealtimeController, api, apiBlob, buttons, tokens } from '@jobhall/ui-kit';
import { problemText } from '../placement/placement-labels.ts';
import { when } from './labels.ts';
import './admin-signage-led.ts';

const STATE: Record<ScreenHealth['state'], string> = { online: '在线 online', offline: '离线 offline', unknown: '未连接 never seen' };
/** The LED boards' views change with every call; looked at this often while the panel is open. */
const LED_REFRESH_MS = 2000;

/**
 * Zones, groups and screens: register a screen (an LCD screen gets its address with its own key, once), its
 * live health from the public health topic (flagged offline within a minute, and back), a screenshot on
 * demand, a roll-back to its previous revision, a new key; and the hall's LED boards as they show now.
 */
@customElement('admin-signage-screens')
export class AdminSignageScreens extends LitElement {
  @state() private structure: SignageStructure = { zones: [], groups: [], screens: [] };
  @state() private health = new Map<string, ScreenHealth>();
  @state() private layouts: Layout[] = [];
  @state() private led: Array<z.infer<typeof LedBoardStatus>> = [];
  @state() private shot: { id: string; url: string; at: string } | null = null;
  @state() private message = '';
  @state() private kind: 'lcd' | 'led' = 'lcd';
  private readonly realtime = new RealtimeController(this);
  private ledTimer: ReturnType<typeof setInterval> | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    table { width: 100%; border-collapse: collapse; font-size: 15px; }
    th, td { text-align: left; padding: 6px; border-bottom: 1px solid var(--jh-line); vertical-align: top; }
    .online { color: var(--jh-ok); font-weight: 700; }
    .offline { color: var(--jh-danger-ink); font-weight: 700; }
    .btn { min-height: 36px; font-size: 14px; padding: 0 10px; }
    form { display: flex; gap: 8px; flex-wrap: wrap; align-items: end; margin: 12px 0; }
    label { display: grid; gap: 2px; font-size: 14px; }
    input, select { font: inherit; font-size: 15px; padding: 6px 8px; border: 2px solid var(--jh-line); border-radius: 8px; }
    .msg { font-weight: 700; min-height: 24px; word-break: break-all; }
    .boards { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 12px; }
    img.shot { max-width: 960px; border: 2px solid var(--jh-line); display: block; margin-top: 8px; }
    h3 { margin: 18px 0 8px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    this.realtime.on('signageHealth', ({ screens }) => (this.health = new Map(screens.map((s) => [s.id, s]))));
    void this.load();
    const led = () => void api('/api/signage/led-boards', z.array(LedBoardStatus)).then((l) => (this.led = l), () => {});
    led();
    this.ledTimer = setInterval(led, LED_REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.ledTimer) clearInterval(this.ledTimer);
  }

  private async load() {
    this.structure = await api('/api/signage/structure', SignageStructure);
    const items = await api('/api/signage/items?kind=layout', z.array(ItemView)).catch(() => []);
    this.layouts = items.flatMap((i) => (i.published ? [i.published as Layout] : []));
  }

  private async register(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const v = (k: string) => String(f.get(k) ?? '').trim();
    try {
      const r = await api(`/api/signage/screens/${encodeURIComponent(v('id'))}`, ScreenRegistered, {
        method: 'PUT',
        body: {
          name: { zh: v('nameZh'), en: v('nameEn') }, kind: this.kind, zoneId: v('zone'), groupIds: f.getAll('group').map(String),
          layoutId: this.kind === 'lcd' ? v('layout') : null, deviceId: this.kind === 'led' ? v('device') : null,
        },
      });
      this.message = r.url ? `已登记。此屏幕的地址（只显示这一次）· Registered; this screen's address (shown once): ${location.origin}${r.url}` : '已保存 · Saved';
      await this.load();
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private async screenshot(id: string) {
    this.message = '正在截图… · Asking the screen…';
    try {
      const { blob, headers } = await apiBlob(`/api/signage/screens/${id}/screenshot`, { method: 'POST' });
      if (this.shot) URL.revokeObjectURL(this.shot.url);
      this.shot = { id, url: URL.createObjectURL(blob), at: headers.get('x-screenshot-at') ?? '' };
      this.message = '';
    } catch (err) {
      this.message = `截图失败 · No screenshot: ${problemText(err)}`;
    }
  }

  private async post(path: string, body: unknown, done: (r: unknown) => string) {
    try {
      const r = await api(path, z.unknown(), { method: 'POST', body });
      this.message = done(r);
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private row(s: SignageStructure['screens'][number]) {
    const h = this.health.get(s.id);
    const hb = h?.heartbeat;
    return html`<tr data-screen=${s.id}>
      <td>${s.name.zh}<br /><small>${s.id} · ${s.kind.toUpperCase()}</small></td>
      <td>${this.structure.zones.find((z) => z.id === s.zoneId)?.name.zh ?? s.zoneId}</td>
      <td class=${h?.state ?? 'unknown'}><span class="state">${STATE[h?.state ?? 'unknown']}</span><br /><small>${when(h?.lastSeen ?? null)}</small></td>
      <td>${h?.desired ? `${h.desired.revision} · ${h.desired.state}` : '—'}${hb ? html`<br /><small>在播 playing ${hb.revision}</small>` : nothing}</td>
      <td>${hb?.slide ? `${hb.slide.region}: ${hb.slide.playlistId}/${hb.slide.slideId}` : '—'}${hb?.alertId ? html`<br /><strong>⚠ 警报 alert</strong>` : nothing}</td>
      <td>${hb ? html`${Math.round(hb.uptimeS / 60)} 分钟 min<br /><small>${(hb.storage.usedBytes / 1e6).toFixed(1)} MB · 待传 ${hb.unsentPlays}</small>` : '—'}</td>
      <td>${s.kind === 'lcd' ? html`
        <button class="btn secondary shoot" @click=${() => void this.screenshot(s.id)}>截图 Screenshot</button>
        <button class="btn secondary" @click=${() => void this.post(`/api/signage/screens/${s.id}/rollback`, {}, (r) => `已要求回退到版本 ${(r as { revision: number }).revision} · Rolling back`)}>回退 Roll back</button>
        <button class="btn secondary" @click=${() => void this.post(`/api/signage/screens/${s.id}/key`, undefined, (r) => `新地址（只显示这一次）· New address, shown once: ${location.origin}${(r as { url: string }).url}`)}>换密钥 New key</button>` : nothing}</td>
    </tr>`;
  }

  override render() {
    const st = this.structure;
    return html`
      <p class="msg" role="status" id="screens-status">${this.message}</p>
      <table id="screens"><tr><th>屏幕 Screen</th><th>区域 Zone</th><th>状态 State</th><th>版本 Revision</th><th>正在播放 Now</th><th>运行 Uptime</th><th></th></tr>
        ${st.screens.map((s) => this.row(s))}</table>
      ${this.shot ? html`<div><strong>${this.shot.id}</strong> ${when(this.shot.at)}<img class="shot" id="screenshot" src=${this.shot.url} alt="截图 Screenshot" /></div>` : nothing}
      <h3>登记屏幕 Register a screen</h3>
      <form @submit=${this.register}>
        <label>编号 Id<input name="id" required pattern="[a-z0-9][a-z0-9\\-]*" /></label>
        <label>名称 Name<input name="nameZh" required /></label>
        <label>Name<input name="nameEn" required /></label>
        <label>类型 Kind<select name="kind" @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value as 'lcd' | 'led')}>
          <option value="lcd">LCD 屏 screen</option><option value="led">LED 条屏 board</option></select></label>
        <label>区域 Zone<select name="zone">${st.zones.map((z) => html`<option value=${z.id}>${z.name.zh}</option>`)}</select></label>
        ${this.kind === 'lcd'
          ? html`<label>版式 Layout<select name="layout">${this.layouts.map((l) => html`<option value=${l.id}>${l.name.zh}</option>`)}</select></label>`
          : html`<label>LED 代理设备 Agent device<input name="device" value="callscreen-1" /></label>`}
        ${st.groups.map((g) => html`<label><span><input type="checkbox" name="group" value=${g.id} /> ${g.name.zh}</span></label>`)}
        <button class="btn" id="register">登记 Register</button>
      </form>
      <h3>LED 条屏 · LED boards</h3>
      <div class="boards">${this.led.map((b) => html`<admin-signage-led .deviceId=${b.deviceId} .view=${b.view}></admin-signage-led>`)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-signage-screens': AdminSignageScreens;
  }
}
