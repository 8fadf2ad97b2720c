import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DeviceCommandIssued, EnrolmentCode, FleetDevice, type ShellAction } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';
import { can } from '../session.ts';
import { emit } from '../events.ts';
import { ENROLMENT, FAULTS, KINDS, deviceStyles, duration } from './styles.ts';

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—');

/**
 * Every device of the hall in one table: where it stands, whether it is approved, online since when, last
 * seen, faults, uptime, last crash and the last screenshot; approve, revoke and new codes; commands to kiosk
 * shells (their answers appear in the command log).
 */
@customElement('admin-device-fleet')
export class AdminDeviceFleet extends LitElement {
  @property({ attribute: false }) fleet: FleetDevice[] = [];
  @state() private error = '';

  static override styles = [tokens, buttons, deviceStyles, css`
    img { width: 90px; border: 1px solid var(--jh-line); display: block; }
    td.actions { min-width: 220px; }
    .state { white-space: nowrap; }
  `];

  private async act(path: string, body?: unknown): Promise<unknown> {
    this.error = '';
    try {
      return await api(path, body === undefined ? FleetDevice : DeviceCommandIssued, { method: 'POST', body });
    } catch (err) {
      this.error = err instanceof ApiProblem ? (err.text?.zh ? `${err.text.zh} · ${err.text.en}` : err.message) : String(err);
      return null;
    } finally {
      emit(this, 'devices-changed');
    }
  }

  private async newCode(id: string): Promise<void> {
    try {
      const enrolment = await api(`/api/devices/${id}/enrolment-code`, EnrolmentCode, { method: 'POST' });
      emit(this, 'device-code', { deviceId: id, enrolment });
    } catch (err) {
      this.error = err instanceof ApiProblem ? err.message : String(err);
    }
    emit(this, 'devices-changed');
  }

  private revoke(d: FleetDevice): void {
    if (!confirm(`吊销 ${d.id}？它将立即断开，且凭证作废。\nRevoke ${d.id}? It is cut off at once and its credential refused.`)) return;
    void this.act(`/api/devices/${d.id}/revoke`);
  }

  private command(d: FleetDevice, action: ShellAction): void {
    let path: string | undefined;
    if (action === 'navigate') {
      const given = prompt('显示哪一页？ Which page? (/kiosk/…, /signage/…)', d.config.page ?? '/kiosk/');
      if (!given) return;
      path = given;
    }
    void this.act(`/api/devices/${d.id}/commands`, { action, ...(path && { path }) });
  }

  private actions(d: FleetDevice) {
    const live = d.enrolment === 'active' || d.enrolment === 'provisioned';
    return html`
      ${d.enrolment === 'pending' ? html`<button class="btn" data-approve=${d.id} @click=${() => void this.act(`/api/devices/${d.id}/approve`)}>批准 Approve</button>` : nothing}
      ${d.source !== 'signage' && d.enrolment !== 'revoked' ? html`<button class="btn secondary" data-revoke=${d.id} @click=${() => this.revoke(d)}>吊销 Revoke</button>` : nothing}
      ${d.source !== 'signage' ? html`<button class="btn secondary" data-code=${d.id} @click=${() => void this.newCode(d.id)}>新注册码 New code</button>` : nothing}
      ${d.kind === 'kiosk-shell' && live
        ? (['ping', 'reload', 'screenshot', 'navigate'] as const).map((a) => html`<button class="btn secondary" data-command=${`${d.id}:${a}`} @click=${() => this.command(d, a)}>${{ ping: '检查 Ping', reload: '刷新 Reload', screenshot: '截屏 Screenshot', navigate: '换页 Page' }[a]}</button>`)
        : nothing}`;
  }

  override render() {
    return html`<h2>设备一览 · Fleet</h2>
      ${this.error ? html`<p class="err" role="alert">${this.error}</p>` : nothing}
      <table id="fleet">
        <tr><th>设备 Device</th><th>区域 Zone</th><th>注册 Enrolment</th><th>状态 State</th><th>最近在线 Last seen</th><th>故障 Faults</th><th>运行 Uptime</th><th>截屏 Screen</th><th>操作 Actions</th></tr>
        ${this.fleet.map((d) => html`<tr data-device=${d.id}>
          <td><b>${d.name.zh}</b><br><span class="muted">${d.id} · ${KINDS[d.kind] ?? d.kind}</span>${d.config.page ? html`<br><span class="muted">${d.config.page.replace(/key=[^&]+/, 'key=…')}</span>` : nothing}</td>
          <td>${d.zone ?? '—'}</td>
          <td data-enrolment=${d.enrolment}>${ENROLMENT[d.enrolment]}</td>
          <td class="state ${d.state}" data-state=${d.state}>${d.state}${d.since ? html`<br><span class="muted">${time(d.since)}</span>` : nothing}</td>
          <td>${time(d.lastSeen)}</td>
          <td class=${d.faults.length ? 'fault' : ''} data-faults=${d.faults.join(' ')}>${[...d.faults, ...d.warnings].map((f) => FAULTS[f] ?? f).join('，') || '—'}
            ${d.lastCrash ? html`<br><span class="muted">${time(d.lastCrash.at)} ${d.lastCrash.reason}${d.lastCrash.recoveredMs !== null ? `，${(d.lastCrash.recoveredMs / 1000).toFixed(1)} s 恢复` : ''}</span>` : nothing}</td>
          <td>${d.uptimeS !== null ? duration(d.uptimeS) : '—'}</td>
          <td>${d.screenshotAt ? html`<a href=${`/api/devices/${d.id}/screenshot?at=${encodeURIComponent(d.screenshotAt)}`} target="_blank"><img alt=${`${d.id} 截屏`} src=${`/api/devices/${d.id}/screenshot?at=${encodeURIComponent(d.screenshotAt)}`}></a><span class="muted">${time(d.screenshotAt)}</span>` : '—'}</td>
          <td class="actions">${can('device.manage') ? this.actions(d) : nothing}</td>
        </tr>`)}
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-device-fleet': AdminDeviceFleet;
  }
}
