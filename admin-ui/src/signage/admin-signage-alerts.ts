import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { AlertCreated, AlertTemplate, AlertView, SignageStructure, type AlertStatus } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { problemText } from '../placement/placement-labels.ts';
import { when } from './labels.ts';

/** While an alert is on, its acknowledgements are looked at this often. */
const REFRESH_MS = 1000;
const STATUS: Record<AlertStatus, string> = { actual: '真实 Actual', exercise: '演练 Exercise', test: '测试 Test' };

/**
 * Emergency takeover, one action: choose real or drill and the zones (every zone unless narrowed), then press
 * a template — it is on every screen and LED board of those zones at once, no approval step. Below, each alert
 * with how many screens acknowledged it and which have not, and the button that ends it.
 */
@customElement('admin-signage-alerts')
export class AdminSignageAlerts extends LitElement {
  @state() private templates: AlertTemplate[] = [];
  @state() private structure: SignageStructure = { zones: [], groups: [], screens: [] };
  @state() private alerts: AlertView[] = [];
  @state() private status: AlertStatus = 'actual';
  @state() private zones: string[] = [];
  @state() private message = '';
  private timer: ReturnType<typeof setInterval> | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 12px; }
    .choice { display: flex; gap: 16px; flex-wrap: wrap; align-items: center; margin-bottom: 12px; font-size: 17px; }
    .templates { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; }
    .templates .btn { min-height: 88px; font-size: 20px; background: #b3261e; border-color: #b3261e; }
    .templates.drill .btn { background: #2f4b72; border-color: #2f4b72; }
    .btn { min-height: 44px; font-size: 16px; }
    table { width: 100%; border-collapse: collapse; font-size: 15px; margin-top: 16px; }
    th, td { text-align: left; padding: 6px; border-bottom: 1px solid var(--jh-line); vertical-align: top; }
    .active { color: var(--jh-danger-ink); font-weight: 700; }
    .msg { font-weight: 700; min-height: 24px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void api('/api/signage/alert-templates', z.array(AlertTemplate)).then((t) => (this.templates = t));
    void api('/api/signage/structure', SignageStructure).then((s) => (this.structure = s));
    void this.load();
    this.timer = setInterval(() => {
      if (this.alerts.some((a) => a.state === 'active')) void this.load();
    }, REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer) clearInterval(this.timer);
  }

  private async load() {
    this.alerts = await api('/api/signage/alerts', z.array(AlertView)).catch(() => this.alerts);
  }

  private async send(t: AlertTemplate) {
    try {
      await api('/api/signage/alerts', AlertCreated, {
        method: 'POST',
        body: {
          status: this.status, msgType: 'alert', severity: t.severity, urgency: t.urgency, headline: t.headline, instruction: t.instruction,
          expires: new Date(Date.now() + t.minutes * 60_000).toISOString(), zones: this.zones, template: t.id,
        },
      });
      this.message = `已发出 · Sent: ${t.headline.zh}`;
      await this.load();
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private async cancel(id: string) {
    try {
      await api(`/api/signage/alerts/${id}/cancel`, AlertView, { method: 'POST' });
      await this.load();
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private row(a: AlertView) {
    const lcd = a.acks.filter((x) => x.kind === 'lcd');
    const led = a.acks.filter((x) => x.kind === 'led');
    const missing = a.acks.filter((x) => x.state !== 'acknowledged');
    return html`<tr data-alert=${a.id}>
      <td class=${a.state}>${a.state === 'active' ? '进行中 on' : a.state}<br /><small>${STATUS[a.status]}</small></td>
      <td>${a.headline.zh}<br /><small>${a.headline.en}</small></td>
      <td>${a.zones.length ? a.zones.join(', ') : '全部 all'}</td>
      <td>${when(a.sent)} → ${when(a.expires)}</td>
      <td class="acks">屏 ${lcd.filter((x) => x.state === 'acknowledged').length}/${lcd.length} · LED ${led.filter((x) => x.state === 'acknowledged').length}/${led.length}
        ${missing.length ? html`<br /><small>未确认 not yet: ${missing.map((x) => x.screenId).join(', ')}</small>` : nothing}</td>
      <td>${a.state === 'active' ? html`<button class="btn secondary cancel" @click=${() => void this.cancel(a.id)}>解除 End it</button>` : a.endedBy ?? ''}</td>
    </tr>`;
  }

  override render() {
    return html`<h2>紧急信息 · Emergency takeover</h2>
      <div class="choice">
        ${(['actual', 'exercise', 'test'] as const).map((s) => html`<label><input type="radio" name="status" value=${s} .checked=${this.status === s} @change=${() => (this.status = s)} /> ${STATUS[s]}</label>`)}
        <span>区域 Zones（不选 = 全部 none = all）:</span>
        ${this.structure.zones.map((z) => html`<label><input type="checkbox" name="zone" value=${z.id} .checked=${this.zones.includes(z.id)}
          @change=${(e: Event) => (this.zones = (e.target as HTMLInputElement).checked ? [...this.zones, z.id] : this.zones.filter((x) => x !== z.id))} /> ${z.name.zh}</label>`)}
      </div>
      <div class="templates ${this.status === 'actual' ? '' : 'drill'}">${this.templates.map((t) => html`<button class="btn" data-template=${t.id} @click=${() => void this.send(t)}>
        ${this.status === 'actual' ? '' : `【${STATUS[this.status]}】`}${t.name.zh}<br /><small>${t.name.en}</small></button>`)}</div>
      <p class="msg" role="status" id="alert-status">${this.message}</p>
      <table id="alerts"><tr><th>状态 State</th><th>标题 Headline</th><th>区域 Zones</th><th>时间 Time</th><th>确认 Acknowledged</th><th></th></tr>
        ${this.alerts.map((a) => this.row(a))}</table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-signage-alerts': AdminSignageAlerts;
  }
}
