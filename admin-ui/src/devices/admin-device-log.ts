import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DeviceCommandEntry, DeviceEvent } from '@jobhall/hub-server/contract';
import { buttons, tokens } from '@jobhall/ui-kit';
import { deviceStyles } from './styles.ts';

const STATES: Record<string, string> = {
  queued: '待发送 queued', sent: '已发送 sent', acknowledged: '已应答 answered', unanswered: '无应答 no answer', expired: '已过期 expired',
  printed: '已打印 printed', 'waiting-printer': '等打印机 waiting', failed: '失败 failed',
};
const EVENTS: Record<DeviceEvent['type'], string> = {
  offline: '离线 offline', online: '恢复在线 back online', crash: '崩溃 crash', added: '添加 added', enrolled: '已注册 enrolled',
  approved: '已批准 approved', revoked: '已吊销 revoked', code: '新注册码 new code',
};
const time = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** Every command sent to a device and its answer (print jobs, LED lines, shell commands), and what happened to the devices. */
@customElement('admin-device-log')
export class AdminDeviceLog extends LitElement {
  @property({ attribute: false }) commands: DeviceCommandEntry[] = [];
  @property({ attribute: false }) events: DeviceEvent[] = [];

  static override styles = [tokens, buttons, deviceStyles];

  override render() {
    return html`<h2>设备记录 · What happened</h2>
      <table id="device-events">
        <tr><th>时间 Time</th><th>设备 Device</th><th>事件 Event</th><th>说明 Detail</th></tr>
        ${this.events.slice(0, 30).map((e) => html`<tr data-event=${e.type}><td>${time(e.at)}</td><td>${e.deviceId}</td>
          <td class=${e.type === 'offline' || e.type === 'crash' || e.type === 'revoked' ? 'fault' : e.type === 'online' ? 'ok' : ''}>${EVENTS[e.type]}</td><td>${e.detail ?? ''}</td></tr>`)}
      </table>
      <h2 style="margin-top: 20px">命令记录 · Commands sent</h2>
      <table id="device-commands">
        <tr><th>时间 Time</th><th>设备 Device</th><th>命令 Command</th><th>状态 State</th><th>发送 Sends</th><th>回答 Answer</th></tr>
        ${this.commands.map((c) => html`<tr data-command-log=${c.correlationId}><td>${time(c.issuedAt)}</td><td>${c.deviceId}</td><td>${c.kind}: ${c.summary}</td>
          <td class=${c.state === 'unanswered' || c.state === 'expired' || c.state === 'failed' ? 'fault' : c.state === 'acknowledged' || c.state === 'printed' ? 'ok' : ''}>${STATES[c.state] ?? c.state}</td>
          <td>${c.attempts}</td><td>${c.result ?? nothing}</td></tr>`)}
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-device-log': AdminDeviceLog;
  }
}
