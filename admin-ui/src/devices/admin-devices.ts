import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { z } from 'zod';
import { DeviceCommandEntry, DeviceCommandSent, DeviceEvent, FleetDevice, LedLineStatus, type CommandState, type DeviceHealth, type EnrolmentCode } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { announcements } from './announce.ts';
import { deviceStyles } from './styles.ts';
import { can } from '../session.ts';
import './admin-device-add.ts';
import './admin-device-fleet.ts';
import './admin-device-log.ts';

const LED_STATES: Record<CommandState, string> = {
  queued: '待发送 queued', sent: '已发送 sent', acknowledged: '已显示 shown', unanswered: '无应答 no answer', expired: '已过期 expired',
};
/** The fleet, the LED lines and the logs are loaded again this often, and at once when a device's health changes. */
const REFRESH_MS = 5000;

/**
 * 设备: the fleet (every device with its state, faults, uptime, last crash and screenshot), adding a device
 * with a one-time code, the command log and what happened to each device, the windows' LED lines, and drills
 * for the simulated devices. A device going offline or coming back is announced in the live region.
 */
@customElement('admin-devices')
export class AdminDevices extends LitElement {
  /** Health, live over MQTT (admin-app). */
  @property({ attribute: false }) devices: DeviceHealth[] = [];
  @state() private fleet: FleetDevice[] = [];
  @state() private commands: DeviceCommandEntry[] = [];
  @state() private events: DeviceEvent[] = [];
  @state() private led: LedLineStatus[] = [];
  @state() private code: { deviceId: string; enrolment: EnrolmentCode } | null = null;
  @state() private said: string[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;

  static override styles = [tokens, buttons, deviceStyles, css`
    :host { background: transparent; padding: 0; }
    section { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 20px 24px; margin-bottom: 16px; }
    /* Always in the page (a live region must be there before it speaks); a card only while it says something. */
    #announcer { margin: 0; font-weight: 700; }
    #announcer.said { background: var(--jh-warn-bg); border-radius: var(--jh-radius); padding: 12px 24px; margin-bottom: 16px; }
  `];

  override connectedCallback() {
    super.connectedCallback();
    this.load();
    this.timer = setInterval(() => this.load(), REFRESH_MS);
    this.addEventListener('devices-changed', () => this.load());
    this.addEventListener('device-code', (e) => (this.code = e.detail));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (!changed.has('devices')) return;
    const before = (changed.get('devices') as DeviceHealth[] | undefined) ?? [];
    const news = announcements(before, this.devices);
    if (news.length) {
      this.said = [...news, ...this.said].slice(0, 5);
      this.load();
    }
  }

  private load(): void {
    void api('/api/devices/fleet', z.array(FleetDevice)).then((f) => (this.fleet = f), () => {});
    void api('/api/devices/commands?limit=50', z.array(DeviceCommandEntry)).then((c) => (this.commands = c), () => {});
    void api('/api/devices/events?limit=30', z.array(DeviceEvent)).then((e) => (this.events = e), () => {});
    void api('/api/devices/led-lines', z.array(LedLineStatus)).then((l) => (this.led = l), () => {});
  }

  private inject(id: string, control: Record<string, boolean>) {
    void api(`/api/devices/${id}/sim-printer`, DeviceCommandSent, { method: 'POST', body: control });
  }

  /** A demo card on a simulated reader: the GB 11643 sample number, so a real person's number is never used. */
  private tap(id: string) {
    void api(`/api/devices/${id}/sim-card`, DeviceCommandSent, {
      method: 'POST', body: { card: 'id-card', idNumber: '11010519491231002X', name: '演示用户' },
    });
  }

  override render() {
    const sims = this.fleet.filter((d) => d.source === 'hall' && (d.kind === 'printer' || d.kind === 'card-reader'));
    return html`
      <p id="announcer" class=${this.said.length ? 'said' : ''} role="status" aria-live="polite">${this.said[0] ?? ''}</p>
      <admin-device-fleet .fleet=${this.fleet}></admin-device-fleet>
      ${can('device.manage') ? html`<admin-device-add .shown=${this.code}></admin-device-add>` : nothing}
      <admin-device-log .commands=${this.commands} .events=${this.events}></admin-device-log>
      <section><h2>窗口条屏 · LED lines</h2>
        <table id="led-lines">
          <tr><th>窗口 Window</th><th>内容 Text</th><th>确认 Acknowledged</th><th>发送次数 Sends</th><th>时间 Time</th></tr>
          ${this.led.map((l) => html`<tr data-led=${`${l.deviceId}/${l.window}`}>
            <td>${l.window} (${l.deviceId})</td><td>${l.text}</td>
            <td class=${l.state === 'unanswered' || l.state === 'expired' ? 'fault' : l.state === 'acknowledged' ? 'online' : ''}>${LED_STATES[l.state]}</td>
            <td>${l.attempts}</td><td>${new Date(l.updatedAt).toLocaleTimeString('zh-CN')}</td></tr>`)}
        </table></section>
      ${can('device.manage') ? html`<section><h2>演练 · Drills (simulated devices)</h2>
        <table id="drills">
          ${sims.map((d) => html`<tr data-sim=${d.id}><td>${d.id}</td><td>${d.kind === 'printer'
            ? html`<button class="btn secondary" @click=${() => this.inject(d.id, { paperOut: true })}>缺纸</button>
                <button class="btn secondary" @click=${() => this.inject(d.id, { paperOut: false, coverOpen: false, offline: false })}>恢复</button>`
            : html`<button class="btn secondary" @click=${() => this.tap(d.id)}>模拟刷卡 Tap a demo card</button>`}</td></tr>`)}
        </table></section>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-devices': AdminDevices;
  }
}
