import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { z } from 'zod';
import { DeviceCommandSent, LedLineStatus, type CommandState, type DeviceHealth } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { can } from '../session.ts';

const LABELS: Record<string, string> = {
  offline: '离线 offline', 'paper-out': '缺纸 paper out', 'paper-near-end': '纸将用完 paper low', 'cover-open': '开盖 cover open',
  'cutter-error': '切刀故障 cutter', error: '故障 error', unreachable: '连不上 unreachable', 'status-unknown': '状态未知 status unknown',
};

const LED_STATES: Record<CommandState, string> = {
  queued: '待发送 queued', sent: '已发送 sent', acknowledged: '已显示 shown', unanswered: '无应答 no answer', expired: '已过期 expired',
};
/** The LED lines change with every call; staff looking at this tab see them within this many ms. */
const LED_REFRESH_MS = 3000;

/**
 * Every device's health, live; simulated printers get fault switches for drills. Below, the latest line of
 * each LED window and whether its board acknowledged it.
 */
@customElement('admin-devices')
export class AdminDevices extends LitElement {
  @property({ attribute: false }) devices: DeviceHealth[] = [];
  @state() private led: LedLineStatus[] = [];
  private ledTimer: ReturnType<typeof setInterval> | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2 { margin: 0 0 16px; }
    table + h2 { margin-top: 24px; }
    table { width: 100%; border-collapse: collapse; font-size: 17px; }
    th, td { text-align: left; padding: 8px; border-bottom: 1px solid var(--jh-line); }
    .online { color: var(--jh-ok); font-weight: 700; }
    .offline, .fault { color: var(--jh-danger-ink); font-weight: 700; }
    .btn { min-height: 40px; min-width: 40px; padding: 0 12px; font-size: 15px; }
  `];

  override connectedCallback() {
    super.connectedCallback();
    const load = () => void api('/api/devices/led-lines', z.array(LedLineStatus)).then((lines) => (this.led = lines), () => {});
    load();
    this.ledTimer = setInterval(load, LED_REFRESH_MS);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    if (this.ledTimer) clearInterval(this.ledTimer);
    this.ledTimer = null;
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
    return html`
      <h2>设备状态 · Devices</h2>
      <table id="devices">
        <tr><th>设备 Device</th><th>状态 State</th><th>故障 Faults</th><th>最近在线 Last seen</th>${can('device.manage') ? html`<th>演练 Drill (sim)</th>` : ''}</tr>
        ${this.devices.map(
          (d) => html`<tr data-device=${d.id}>
            <td>${d.id} (${d.kind})</td>
            <td class=${d.state}>${d.state}</td>
            <td class=${d.faults.length ? 'fault' : ''}>${[...d.faults, ...d.warnings].map((f) => LABELS[f] ?? f).join('，') || '—'}</td>
            <td>${d.lastSeen ? new Date(d.lastSeen).toLocaleTimeString('zh-CN') : '—'}</td>
            ${can('device.manage') ? html`<td>${d.kind === 'printer'
              ? html`<button class="btn secondary" @click=${() => this.inject(d.id, { paperOut: true })}>缺纸</button>
                  <button class="btn secondary" @click=${() => this.inject(d.id, { paperOut: false, coverOpen: false, offline: false })}>恢复</button>`
              : d.kind === 'card-reader'
                ? html`<button class="btn secondary" @click=${() => this.tap(d.id)}>模拟刷卡 Tap a demo card</button>`
                : ''}</td>` : ''}
          </tr>`,
        )}
      </table>
      <h2>窗口条屏 · LED lines</h2>
      <table id="led-lines">
        <tr><th>窗口 Window</th><th>内容 Text</th><th>确认 Acknowledged</th><th>发送次数 Sends</th><th>时间 Time</th></tr>
        ${this.led.map((l) => html`<tr data-led=${`${l.deviceId}/${l.window}`}>
          <td>${l.window} (${l.deviceId})</td>
          <td>${l.text}</td>
          <td class=${l.state === 'unanswered' || l.state === 'expired' ? 'fault' : l.state === 'acknowledged' ? 'online' : ''}>${LED_STATES[l.state]}</td>
          <td>${l.attempts}</td>
          <td>${new Date(l.updatedAt).toLocaleTimeString('zh-CN')}</td>
        </tr>`)}
      </table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-devices': AdminDevices;
  }
}
