import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AddDeviceResult, type EnrolmentCode } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';
import '@jobhall/ui-kit/jh-qr-code';
import { emit } from '../events.ts';
import { KINDS, deviceStyles } from './styles.ts';

const ADDABLE = ['kiosk-shell', 'printer', 'card-reader', 'call-screen', 'sms'] as const;

/**
 * Adding a device: what it is, where it stands, what it shows or prints to. The answer is a one-time code
 * with its QR code and expiry, shown here once; the device exchanges it (npm run agent -- <kind> --enrol …)
 * and then waits for approval in the fleet above.
 */
@customElement('admin-device-add')
export class AdminDeviceAdd extends LitElement {
  /** A code to show: one just made here, or a new code for a device of the fleet. */
  @property({ attribute: false }) shown: { deviceId: string; enrolment: EnrolmentCode } | null = null;
  @state() private kind: (typeof ADDABLE)[number] = 'kiosk-shell';
  @state() private error = '';
  @state() private now = Date.now();
  private ticker: ReturnType<typeof setInterval> | null = null;

  static override styles = [tokens, buttons, deviceStyles, css`
    .code { display: flex; gap: 24px; align-items: center; margin-top: 16px; padding: 16px; background: var(--jh-warn-bg); border-radius: 10px; }
    .code b { font-size: 36px; letter-spacing: 4px; font-family: monospace; }
    jh-qr-code { --qr-size: 180px; }
    code { word-break: break-all; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    // The expiry counts down on screen: a code read off after it expired only wastes a trip to the device.
    this.ticker = setInterval(() => (this.now = Date.now()), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.ticker) clearInterval(this.ticker);
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    // Kept before the await: once the handler has returned, the event no longer points at its form.
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const get = (k: string) => String(f.get(k) ?? '').trim();
    const config = this.kind === 'kiosk-shell' ? { page: get('page') } : this.kind === 'printer' && get('printer') ? { printer: get('printer') } : {};
    this.error = '';
    try {
      const res = await api('/api/devices', AddDeviceResult, {
        method: 'POST', body: { id: get('id'), kind: this.kind, name: { zh: get('nameZh'), en: get('nameEn') || get('nameZh') }, zone: get('zone'), config },
      });
      this.shown = { deviceId: res.device.id, enrolment: res.enrolment };
      form.reset();
      emit(this, 'devices-changed');
    } catch (err) {
      this.error = err instanceof ApiProblem ? (err.issues.map((i) => `${i.path}: ${i.message}`).join('；') || err.message) : String(err);
    }
  }

  private code() {
    const s = this.shown;
    if (!s) return nothing;
    const left = Math.max(0, Math.round((Date.parse(s.enrolment.expiresAt) - this.now) / 1000));
    return html`<div class="code" id="enrolment" role="status">
      <jh-qr-code .data=${s.enrolment.url} label=${`${s.deviceId} 注册码`}></jh-qr-code>
      <div>
        <p>${s.deviceId} 的一次性注册码 · one-time enrolment code</p>
        <b id="code">${s.enrolment.code}</b>
        <p class=${left ? '' : 'err'}>${left ? `${Math.floor(left / 60)} 分 ${left % 60} 秒后失效 · expires in ${Math.floor(left / 60)} min ${left % 60} s` : '已失效，请重新生成 · expired: make a new one'}</p>
        <p>在设备上 · on the device: <code>npm run agent -- &lt;kind&gt; --enrol ${s.enrolment.url}</code></p>
        <p class="muted">注册后在上表批准 · approve it in the table above once it has enrolled</p>
      </div></div>`;
  }

  override render() {
    return html`<h2>添加设备 · Add a device</h2>
      <form id="add-device" @submit=${(e: SubmitEvent) => void this.submit(e)}>
        <label>类型 Kind<select name="kind" @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value as (typeof ADDABLE)[number])}>
          ${ADDABLE.map((k) => html`<option value=${k} ?selected=${k === this.kind}>${KINDS[k]}</option>`)}</select></label>
        <label>编号 Id<input name="id" required pattern="[a-z0-9][a-z0-9\\-]{0,39}" placeholder="kiosk-2"></label>
        <label>名称 Name<input name="nameZh" required placeholder="二楼自助机"></label>
        <label>英文名 English<input name="nameEn" placeholder="Upstairs kiosk"></label>
        <label>区域 Zone<input name="zone" required pattern="[a-z0-9][a-z0-9\\-]{0,39}" placeholder="upstairs"></label>
        ${this.kind === 'kiosk-shell' ? html`<label>页面 Page<input name="page" required value="/kiosk/?kiosk=kiosk-1"></label>` : nothing}
        ${this.kind === 'printer' ? html`<label>打印机 Printer<input name="printer" placeholder="tcp://10.0.0.9:9100"></label>` : nothing}
        <button class="btn">添加并生成注册码 · Add and get a code</button>
      </form>
      ${this.error ? html`<p class="err" role="alert">${this.error}</p>` : nothing}
      ${this.code()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-device-add': AdminDeviceAdd;
  }
}
