import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { DeviceHealth, HallView, LoggedOut, ROLES, SessionInfo, type NowCalling, type ScreenHealth, type StaffMember } from '@jobhall/hub-server/contract';
import { ApiProblem, RealtimeController, api, buttons, setCsrfToken, tokens } from '@jobhall/ui-kit';
import { panelOf, panelsFor, type AdminData, type Panel } from './panels.ts';
import { can, setSignedIn } from './session.ts';
import { announcements, type Announcement } from './signage/announce.ts';
import './admin-login.ts';
import './admin-hub-health.ts';

/** How long a screen's coming or going stays on top of the admin. */
const NEWS_MS = 60_000;

/**
 * The staff page: login, then the panels the member's roles allow as tabs (panels.ts). The app holds what
 * several panels share — the hall's counters and lines, device health and the call board, kept live over
 * MQTT — and hands it down; each panel loads its own data and its code when its tab first opens.
 */
@customElement('admin-app')
export class AdminApp extends LitElement {
  @state() private staff: StaffMember | null = null;
  @state() private checked = false;
  @state() private data: AdminData = { counters: [], queues: [], devices: [], board: null };
  /** The tabs this member may open, the one asked for, and the one on screen once its code has loaded. */
  @state() private visible: Panel[] = [];
  @state() private tab: Panel | null = null;
  @state() private shown: Panel | null = null;
  @state() private panelFailed = false;
  /** Screens that just went offline or came back: shown on every tab for a while. */
  @state() private news: Array<Announcement & { at: number }> = [];
  private screenStates: Map<string, ScreenHealth['state']> | null = null;
  private readonly realtime = new RealtimeController(this);

  static override styles = [tokens, buttons, css`
    :host { display: block; font-size: 18px; }
    header { display: flex; justify-content: space-between; align-items: center; padding: 12px 24px; background: var(--jh-primary); color: #fff; }
    header h1 { margin: 0; font-size: 22px; }
    header .btn { min-height: 44px; background: #fff; color: var(--jh-primary); border-color: #fff; font-size: 16px; }
    nav { display: flex; gap: 4px; padding: 0 24px; background: #e3e9f1; flex-wrap: wrap; }
    nav a { padding: 12px 16px; color: var(--jh-ink); text-decoration: none; font-weight: 700; border-bottom: 4px solid transparent; }
    nav a[aria-current='page'] { border-bottom-color: var(--jh-primary); color: var(--jh-primary); }
    main { padding: 20px 24px; max-width: 1400px; }
    .news { margin: 0; padding: 8px 24px; list-style: none; background: var(--jh-warn-bg); color: var(--jh-warn-ink); font-weight: 700; }
    .news .online { color: var(--jh-ok); }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.restore();
    this.realtime.on('deviceHealth', (h) => {
      const known = this.data.devices.some((d) => d.id === h.id);
      this.share({ devices: known ? this.data.devices.map((d) => (d.id === h.id ? h : d)) : [...this.data.devices, h] });
    });
    this.realtime.on('nowCalling', (board: NowCalling) => this.share({ board }));
    this.realtime.on('signageHealth', ({ screens }) => {
      const fresh = announcements(this.screenStates, screens).map((a) => ({ ...a, at: Date.now() }));
      this.screenStates = new Map(screens.map((x) => [x.id, x.state]));
      if (!fresh.length) return;
      this.news = [...fresh, ...this.news].slice(0, 6);
      setTimeout(() => (this.news = this.news.filter((n) => Date.now() - n.at < NEWS_MS)), NEWS_MS + 100);
    });
  }

  private share(patch: Partial<AdminData>) {
    this.data = { ...this.data, ...patch };
  }

  /** A reload keeps the session: the cookie is still there, and /me hands back the CSRF token. */
  private async restore() {
    try {
      this.signedIn(await api('/api/staff/me', SessionInfo));
    } catch (err) {
      if (!(err instanceof ApiProblem) || err.status !== 401) console.warn(err);
    } finally {
      this.checked = true;
    }
  }

  private signedIn(session: SessionInfo) {
    setCsrfToken(session.csrfToken);
    setSignedIn(session.staff);
    this.staff = session.staff;
    this.visible = panelsFor(session.staff.permissions);
    const first = panelOf(location.hash, this.visible);
    if (first) void this.open(first);
    void api('/api/hall', HallView).then((h) => this.share({ counters: h.counters, queues: h.queues }));
    if (!can('device.read')) return;
    void api('/api/devices', z.array(DeviceHealth)).then((list) => {
      // Live health that arrived first is newer than the list.
      const live = new Set(this.data.devices.map((d) => d.id));
      this.share({ devices: [...this.data.devices, ...list.filter((d) => !live.has(d.id))] });
    });
  }

  /** Opens a tab: its panel stays off screen until its code has loaded, so the last panel stays till then. */
  private async open(panel: Panel) {
    this.tab = panel;
    try {
      await panel.load();
      this.panelFailed = false;
    } catch {
      this.panelFailed = true;
    }
    if (this.tab === panel) this.shown = panel;
  }

  private async logout() {
    await api('/api/staff/logout', LoggedOut, { method: 'POST' }).catch(() => {});
    setCsrfToken(null);
    setSignedIn(null);
    this.staff = null;
    this.visible = [];
    this.tab = this.shown = null;
  }

  override render() {
    if (!this.checked) return nothing;
    if (!this.staff) return html`<admin-login @logged-in=${(e: HTMLElementEventMap['logged-in']) => this.signedIn(e.detail)}></admin-login>`;
    return html`
      <header>
        <h1>JobHall 管理台 · Staff admin</h1>
        <span><span id="who">${this.staff.displayName} · ${this.staff.roles.map((r) => ROLES[r].name.zh).join('、')}</span> <button class="btn secondary" id="logout" @click=${this.logout}>退出 · Log out</button></span>
      </header>
      <admin-hub-health></admin-hub-health>
      <nav aria-label="管理台 Sections">
        ${this.visible.map((p) => html`<a href="#${p.id}" id="tab-${p.id}" aria-current=${p.id === this.tab?.id ? 'page' : 'false'} @click=${() => void this.open(p)}>${p.label}</a>`)}
      </nav>
      ${this.news.length ? html`<ul class="news" id="screen-news" role="status">${this.news.map((n) => html`<li class=${n.state}>${n.zh} · ${n.en}</li>`)}</ul>` : nothing}
      <main>${this.visible.length === 0
        ? html`<p id="no-panels" role="status">您的角色暂无可用功能，请联系系统管理员 · Your roles open no section here; ask an administrator</p>`
        : this.panelFailed ? html`<p role="alert">加载失败，请刷新 · Could not load this panel; reload the page</p>` : this.shown?.render(this.data) ?? nothing}</main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-app': AdminApp;
  }
}
