import type { DeviceEvent } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';

/** A year of what happened to the hall's devices; older rows are deleted. */
const KEEP_MS = 365 * 24 * 3600_000;

/** The device_events table: offline, back online, crashed, added, enrolled, approved, revoked. */
export class DeviceEvents {
  constructor(private readonly db: Db) {}

  record(deviceId: string, type: DeviceEvent['type'], detail: string | null, at: Date): void {
    this.db.prepare('INSERT INTO device_events (device_id, type, detail, at) VALUES (?, ?, ?, ?)').run(deviceId, type, detail, at.toISOString());
  }

  recent(limit: number, deviceId?: string): DeviceEvent[] {
    const rows = deviceId
      ? this.db.prepare('SELECT device_id, type, detail, at FROM device_events WHERE device_id = ? ORDER BY id DESC LIMIT ?').all(deviceId, limit)
      : this.db.prepare('SELECT device_id, type, detail, at FROM device_events ORDER BY id DESC LIMIT ?').all(limit);
    return (rows as Array<{ device_id: string; type: DeviceEvent['type']; detail: string | null; at: string }>)
      .map((r) => ({ deviceId: r.device_id, type: r.type, detail: r.detail, at: r.at }));
  }

  prune(now: Date): number {
    return this.db.prepare('DELETE FROM device_events WHERE at < ?').run(new Date(now.getTime() - KEEP_MS).toISOString()).changes;
  }
}
