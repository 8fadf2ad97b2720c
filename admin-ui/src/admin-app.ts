import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { Counter, DeviceHealth, QueueLine, SessionInfo, type StaffMember } from '@jobhall/hub-server/contract';
import { ApiProblem, RealtimeController, api, buttons, setCsrfToken, tokens } from '@jobhall/ui-kit';
import './admin-login.ts';
import './admin-counter-console.ts';
import './admin-notice-editor.ts';
import './admin-devices.ts';
import './admin-desk-ticket.ts';
import './admin-voice-pack.ts';
import './admin-queue-settings.ts';
import './admin-kpis.ts';
import './admin-vacancy-review.ts';
import './admin-vacancy-import.ts';
import './admin-referrals.ts';
import './admin-seekers.ts';
import './admin-placement-desk.ts';
import './admin-entrusted.ts';
import './admin-demand-survey.ts';
import './admin-interviews.ts';

/** The admin's sections; the hash in the address keeps the section across reloads. */
const TABS = [
  { id: 'counter', label: '叫号台 Counter' },
  { id: 'desk', label: '窗口取号 Desk tickets' },
  { id: 'notices', label: '公告 Notices' },
  { id: 'devices', label: '设备 Devices' },
  { id: 'voice', label: '语音 Voice pack' },
  { id: 'queues', label: '业务设置 Queue lines' },
  { id: 'kpis', label: '统计 KPIs' },
  { id: 'review', label: '岗位审核 Vacancy review' },
  { id: 'import', label: '批量导入 Import' },
  { id: 'referrals', label: '推荐跟踪 Referrals' },
  { id: 'seekers', label: '求职者 Seekers' },
  { id: 'desk-placement', label: '单位·招聘会·投诉 Employers, fairs, complaints' },
  { id: 'entrusted', label: '委托招聘 Entrusted' },
  { id: 'survey', label: '用工调查 Demand survey' },
  { id: 'interviews', label: '远程面试 Interviews' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** The staff page: login, then the counter console, notices and device health. */
@customElement('admin-app')
export class AdminApp extends LitElement {
  @state() private staff: StaffMember | null = null;
  @state() private checked = false;
  @state() private counters: Counter[] = [];
  @state() private queues: QueueLine[] = [];
  @state() private boardVersion = 0;
  @state() private tab: Tab = (TABS.find((t) => `#${t.id}` === location.hash)?.id ?? 'counter');
  @state() private devices = new Map<string, DeviceHealth>();
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
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.restore();
    this.realtime.on('deviceHealth', (h) => (this.devices = new Map(this.devices).set(h.id, h)));
    this.realtime.on('nowCalling', () => this.boardVersion++);
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
    this.staff = session.staff;
    void api('/api/hall', z.object({ counters: z.array(Counter), queues: z.array(QueueLine) }).loose()).then((h) => {
      this.counters = h.counters;
      this.queues = h.queues;
    });
    void api('/api/devices', z.array(DeviceHealth)).then((list) => {
      const map = new Map(this.devices);
      for (const d of list) if (!map.has(d.id)) map.set(d.id, d);
      this.devices = map;
    });
  }

  private async logout() {
    await api('/api/staff/logout', z.object({ ok: z.literal(true) }), { method: 'POST' }).catch(() => {});
    setCsrfToken(null);
    this.staff = null;
  }

  private renderTab() {
    switch (this.tab) {
      case 'counter':
        return html`<admin-counter-console .counters=${this.counters} .queues=${this.queues} .boardVersion=${this.boardVersion}></admin-counter-console>`;
      case 'desk':
        return html`<admin-desk-ticket></admin-desk-ticket>`;
      case 'notices':
        return html`<admin-notice-editor></admin-notice-editor>`;
      case 'devices':
        return html`<admin-devices .devices=${[...this.devices.values()]}></admin-devices>`;
      case 'voice':
        return html`<admin-voice-pack></admin-voice-pack>`;
      case 'queues':
        return html`<admin-queue-settings></admin-queue-settings>`;
      case 'kpis':
        return html`<admin-kpis></admin-kpis>`;
      case 'review':
        return html`<admin-vacancy-review></admin-vacancy-review>`;
      case 'import':
        return html`<admin-vacancy-import></admin-vacancy-import>`;
      case 'referrals':
        return html`<admin-referrals></admin-referrals>`;
      case 'seekers':
        return html`<admin-seekers></admin-seekers>`;
      case 'desk-placement':
        return html`<admin-placement-desk></admin-placement-desk>`;
      case 'entrusted':
        return html`<admin-entrusted></admin-entrusted>`;
      case 'survey':
        return html`<admin-demand-survey></admin-demand-survey>`;
      case 'interviews':
        return html`<admin-interviews></admin-interviews>`;
    }
  }

  override render() {
    if (!this.checked) return nothing;
    if (!this.staff) return html`<admin-login @logged-in=${(e: CustomEvent<SessionInfo>) => this.signedIn(e.detail)}></admin-login>`;
    return html`
      <header>
        <h1>JobHall 管理台 · Staff admin</h1>
        <span>${this.staff.displayName} <button class="btn secondary" id="logout" @click=${this.logout}>退出 · Log out</button></span>
      </header>
      <nav aria-label="管理台 Sections">
        ${TABS.map((t) => html`<a href="#${t.id}" id="tab-${t.id}" aria-current=${t.id === this.tab ? 'page' : 'false'} @click=${() => (this.tab = t.id)}>${t.label}</a>`)}
      </nav>
      <main>${this.renderTab()}</main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-app': AdminApp;
  }
}
