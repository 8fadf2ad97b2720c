import type { FastifyBaseLogger } from 'fastify';
import type {
  AddDeviceBody, DeviceConfig, DeviceEntry, DeviceSelf, EnrolResult, EnrolmentCode, EnrolmentState,
} from '../../contract/index.ts';
import type { DeviceAccounts } from '../../infra/broker/accounts.ts';
import { newDeviceSecret, sameSecret, secretHash } from '../../infra/broker/credentials.ts';
import type { Db } from '../../infra/db.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { DeviceEvents } from './device-events.ts';
import type { DeviceStore, EnrolledDevice } from './device-store.ts';
import { codeHash, newEnrolmentCode } from './enrolment-code.ts';
import { brokerEnabled, nextEnrolment, type LifecycleEvent } from './lifecycle.ts';

export interface EnrolmentOptions {
  db: Db;
  store: DeviceStore;
  events: DeviceEvents;
  /** Null when the broker's accounts are kept outside JobHall: nothing can be enrolled then. */
  accounts: DeviceAccounts | null;
  /** Devices of content/hall.json: provisioned with a secret in the hub's file. */
  content: () => DeviceEntry[];
  hall: string;
  /** The broker address devices are given. */
  mqttUrl: string;
  /** The hub's public base URL: the QR code's address. */
  publicUrl: string;
  codeMs: number;
  /** The kiosk page's key, for a kiosk shell whose page is that kiosk (only that page may use its card reader). */
  kioskKey: (kioskId: string) => string | undefined;
  now(): Date;
  log: FastifyBaseLogger;
}

const codeRefused = (why: 'unknown' | 'used' | 'expired') =>
  new HttpError(why === 'unknown' ? 404 : 410, 'ENROLMENT_CODE', `body.code: ${why === 'unknown' ? 'no such enrolment code' : `the code was ${why === 'used' ? 'used already' : 'valid until a while ago'}`}`,
    [{ path: 'body.code', message: why === 'unknown' ? 'no such code' : why === 'used' ? 'used already' : 'expired' }],
    { zh: '注册码无效或已过期，请管理员重新生成', en: 'The enrolment code is not valid any more; ask staff for a new one' });

/**
 * Enrolment and revocation. Staff add a device and get a one-time code; the device exchanges it for its own
 * broker credential (kept by the hub only as a hash) and stays refused by the broker until staff approve it;
 * revoking removes its account, which cuts a live session at once. The registry (SQLite) is the truth; the
 * broker's accounts follow it, and are brought back in line at every start.
 */
export class Enrolment {
  constructor(private readonly o: EnrolmentOptions) {}

  /** A device's state: its row if staff ever touched it, else provisioned (content) or unknown (null). */
  state(id: string): EnrolmentState | null {
    const row = this.o.store.get(id);
    if (row) return row.state;
    return this.o.content().some((d) => d.id === id) ? 'provisioned' : null;
  }

  add(body: AddDeviceBody, by: string): { device: EnrolledDevice; enrolment: EnrolmentCode } {
    this.needAccounts();
    if (this.state(body.id)) throw fieldError(409, 'body.id', `a device ${body.id} exists already; give it a new code instead`, 'DEVICE_EXISTS');
    const now = this.o.now();
    const device: EnrolledDevice = { ...body, state: 'awaiting-enrolment', secretSha256: null, createdAt: now.toISOString() };
    const enrolment = this.o.db.transaction(() => {
      this.o.store.insert(device, by);
      this.o.events.record(device.id, 'added', `${device.kind} in ${device.zone} by ${by}`, now);
      return this.code(device.id);
    })();
    return { device, enrolment };
  }

  /** A new one-time code for a device (a new or repaired machine); earlier codes stop working. */
  newCode(id: string, by: string): EnrolmentCode {
    this.needAccounts();
    const state = this.state(id);
    if (!state) throw fieldError(404, 'params.deviceId', `no device ${id}`);
    const to = this.move(id, state, { type: 'code' });
    return this.o.db.transaction(() => {
      if (state === 'provisioned') this.adopt(id, to as EnrolledDevice['state'], by);
      else if (to !== state) this.o.store.setState(id, to as EnrolledDevice['state'], by, this.o.now().toISOString());
      this.o.events.record(id, 'code', `by ${by}`, this.o.now());
      return this.code(id);
    })();
  }

  /** A device exchanges its code for its credential and configuration; it waits for approval from here. */
  async enrol(code: string): Promise<EnrolResult> {
    const accounts = this.needAccounts();
    const now = this.o.now();
    const secret = newDeviceSecret();
    const device = this.o.db.transaction(() => {
      const used = this.o.store.useCode(codeHash(code), now.toISOString());
      if ('refused' in used) throw codeRefused(used.refused);
      const d = this.o.store.get(used.deviceId)!;
      const to = this.move(d.id, d.state, { type: 'enrol' }) as EnrolledDevice['state'];
      this.o.store.setSecret(d.id, secretHash(secret), to, now.toISOString());
      this.o.events.record(d.id, 'enrolled', null, now);
      return { ...d, state: to };
    })();
    try {
      await accounts.set(device.id, secret, { enabled: false });
    } catch (err) {
      this.o.log.error({ deviceId: device.id, err: (err as Error).message }, 'enrolled device has no broker account');
      throw new HttpError(503, 'BROKER_UNAVAILABLE', 'the broker did not take the device\'s account; ask staff for a new code', undefined,
        { zh: '消息服务器暂时无法登记此设备，请管理员重新生成注册码', en: 'The broker could not register this device; ask staff for a new code' });
    }
    return { deviceId: device.id, kind: device.kind, hall: this.o.hall, secret, mqttUrl: this.o.mqttUrl, state: device.state, config: this.config(device.config) };
  }

  async approve(id: string, by: string): Promise<EnrolledDevice> {
    return this.decide(id, { type: 'approve' }, by, 'approved');
  }

  async revoke(id: string, by: string): Promise<EnrolledDevice> {
    return this.decide(id, { type: 'revoke' }, by, 'revoked');
  }

  /** What a device may ask with its own credential: its state and configuration. Null when the secret is wrong. */
  self(id: string, secret: string): DeviceSelf | null {
    const d = this.o.store.get(id);
    if (!d?.secretSha256 || !sameSecret(secretHash(secret), d.secretSha256)) return null;
    return { deviceId: d.id, kind: d.kind, state: d.state, config: this.config(d.config) };
  }

  /** Brings the broker's accounts in line with the registry (run at start, and after a failed broker call). */
  async reconcile(): Promise<void> {
    const accounts = this.o.accounts;
    if (!accounts) return;
    const held = new Map((await accounts.list()).map((a) => [a.deviceId, a.enabled]));
    for (const d of this.o.store.all()) {
      const enabled = held.get(d.id);
      if (d.state === 'revoked' && enabled !== undefined) await accounts.remove(d.id);
      else if (d.state === 'active' && enabled === false) await accounts.enable(d.id);
      else if (d.state === 'pending' && enabled === true) await accounts.disable(d.id);
    }
  }

  /** The configuration a device is given: a kiosk page carries its kiosk's key, so it may use its card reader. */
  config(config: DeviceConfig): DeviceConfig {
    if (!config.page) return config;
    const url = new URL(config.page, 'http://hub');
    const kiosk = url.pathname.startsWith('/kiosk/') ? url.searchParams.get('kiosk') : null;
    const key = kiosk ? this.o.kioskKey(kiosk) : undefined;
    if (key && !url.searchParams.has('key')) url.searchParams.set('key', key);
    return { ...config, page: `${url.pathname}${url.search}` };
  }

  private async decide(id: string, event: LifecycleEvent, by: string, type: 'approved' | 'revoked'): Promise<EnrolledDevice> {
    const state = this.state(id);
    if (!state) throw fieldError(404, 'params.deviceId', `no device ${id}`);
    const to = this.move(id, state, event) as EnrolledDevice['state'];
    const now = this.o.now();
    this.o.db.transaction(() => {
      if (state === 'provisioned') this.adopt(id, to, by);
      else this.o.store.setState(id, to, by, now.toISOString());
      if (to === 'revoked') this.o.store.dropCodes(id, now.toISOString());
      this.o.events.record(id, type, `by ${by}`, now);
    })();
    // The registry has decided; the broker follows. A broker that does not answer now is put right by the
    // reconcile that runs when it is back.
    const accounts = this.needAccounts();
    try {
      if (to === 'revoked') await accounts.remove(id);
      else if (brokerEnabled(to)) await accounts.enable(id);
    } catch (err) {
      this.o.log.error({ deviceId: id, err: (err as Error).message }, `device ${type} at the hub but not yet at the broker`);
      throw new HttpError(503, 'BROKER_UNAVAILABLE', `the device is ${type} in the registry; the broker did not answer and is brought in line when it does`);
    }
    return this.o.store.get(id)!;
  }

  private move(id: string, state: EnrolmentState, event: LifecycleEvent): EnrolmentState {
    const to = nextEnrolment(state, event);
    if (!to) throw new HttpError(409, 'DEVICE_STATE', `device ${id} is ${state}: cannot ${event.type}`);
    return to;
  }

  /** A content device staff act on gets a row of its own, copied from content. */
  private adopt(id: string, state: EnrolledDevice['state'], by: string): void {
    const entry = this.o.content().find((d) => d.id === id)!;
    this.o.store.insert({ id, kind: entry.kind, name: entry.name, zone: 'hall', config: {}, state, createdAt: this.o.now().toISOString() }, by);
  }

  private code(deviceId: string): EnrolmentCode {
    const code = newEnrolmentCode();
    const now = this.o.now();
    const expiresAt = new Date(now.getTime() + this.o.codeMs).toISOString();
    this.o.store.addCode(deviceId, codeHash(code), expiresAt, now.toISOString());
    return { code, expiresAt, url: `${this.o.publicUrl}/enrol?code=${code}` };
  }

  private needAccounts(): DeviceAccounts {
    if (!this.o.accounts) {
      throw new HttpError(409, 'ACCOUNTS_EXTERNAL', 'this hall\'s broker accounts are kept outside JobHall (MQTT_ACCOUNTS=file); enrol devices there', undefined,
        { zh: '本大厅的消息服务器账号在系统外管理，无法在此登记设备', en: 'This hall\'s broker accounts are managed outside JobHall' });
    }
    return this.o.accounts;
  }
}
