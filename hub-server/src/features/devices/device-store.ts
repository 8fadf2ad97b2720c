import { DeviceConfig, type DeviceKind, type EnrolmentState, type LocalizedText } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';

/** A device staff added (or enrolled anew) in admin. */
export interface EnrolledDevice {
  id: string;
  kind: DeviceKind;
  name: LocalizedText;
  zone: string;
  config: DeviceConfig;
  state: Exclude<EnrolmentState, 'provisioned'>;
  secretSha256: string | null;
  createdAt: string;
}

interface Row {
  id: string;
  kind: DeviceKind;
  name_zh: string;
  name_en: string;
  zone: string;
  config: string;
  state: EnrolledDevice['state'];
  secret_sha256: string | null;
  created_at: string;
}

const toDevice = (r: Row): EnrolledDevice => ({
  id: r.id, kind: r.kind, name: { zh: r.name_zh, en: r.name_en }, zone: r.zone, config: DeviceConfig.parse(JSON.parse(r.config)),
  state: r.state, secretSha256: r.secret_sha256, createdAt: r.created_at,
});

/** The devices and device_enrolment_codes tables. */
export class DeviceStore {
  constructor(private readonly db: Db) {}

  all(): EnrolledDevice[] {
    return (this.db.prepare('SELECT * FROM devices ORDER BY id').all() as Row[]).map(toDevice);
  }

  get(id: string): EnrolledDevice | null {
    const row = this.db.prepare('SELECT * FROM devices WHERE id = ?').get(id) as Row | undefined;
    return row ? toDevice(row) : null;
  }

  insert(d: Omit<EnrolledDevice, 'secretSha256'>, by: string): void {
    this.db.prepare(`INSERT INTO devices (id, kind, name_zh, name_en, zone, config, state, created_by, created_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(d.id, d.kind, d.name.zh, d.name.en, d.zone, JSON.stringify(d.config), d.state, by, d.createdAt);
  }

  setState(id: string, state: EnrolledDevice['state'], by: string, at: string): void {
    this.db.prepare('UPDATE devices SET state = ?, decided_by = ?, decided_at = ? WHERE id = ?').run(state, by, at, id);
  }

  setSecret(id: string, sha256: string, state: EnrolledDevice['state'], at: string): void {
    this.db.prepare('UPDATE devices SET secret_sha256 = ?, state = ?, enrolled_at = ? WHERE id = ?').run(sha256, state, at, id);
  }

  /** A new code for a device; every earlier code of the device stops working. */
  addCode(deviceId: string, sha256: string, expiresAt: string, now: string): void {
    this.db.prepare('UPDATE device_enrolment_codes SET used_at = ? WHERE device_id = ? AND used_at IS NULL').run(now, deviceId);
    this.db.prepare('INSERT INTO device_enrolment_codes (code_sha256, device_id, expires_at) VALUES (?, ?, ?)').run(sha256, deviceId, expiresAt);
  }

  /**
   * Uses a code: the device it belongs to, or why not. Marked used in the same statement that checks it, so
   * two devices racing with one code cannot both win.
   */
  useCode(sha256: string, now: string): { deviceId: string } | { refused: 'unknown' | 'used' | 'expired' } {
    const row = this.db.prepare('SELECT device_id, expires_at, used_at FROM device_enrolment_codes WHERE code_sha256 = ?').get(sha256) as
      { device_id: string; expires_at: string; used_at: string | null } | undefined;
    if (!row) return { refused: 'unknown' };
    if (row.used_at) return { refused: 'used' };
    if (row.expires_at <= now) return { refused: 'expired' };
    const taken = this.db.prepare('UPDATE device_enrolment_codes SET used_at = ? WHERE code_sha256 = ? AND used_at IS NULL').run(now, sha256);
    return taken.changes === 1 ? { deviceId: row.device_id } : { refused: 'used' };
  }

  /** Codes not used yet nor expired: a revoked device's codes go with it. */
  dropCodes(deviceId: string, now: string): void {
    this.db.prepare('UPDATE device_enrolment_codes SET used_at = ? WHERE device_id = ? AND used_at IS NULL').run(now, deviceId);
  }
}
