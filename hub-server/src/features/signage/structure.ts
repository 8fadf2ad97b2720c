import crypto from 'node:crypto';
import type { Db } from '../../infra/db.ts';
import { fieldError } from '../../infra/errors.ts';
import type { Screen, ScreenBody, ScreenGroup, SignageStructure, Zone } from '../../contract/index.ts';

interface NamedRow {
  id: string;
  name_zh: string;
  name_en: string;
}
interface ZoneRow extends NamedRow {
  layout_id: string | null;
}
interface ScreenRow extends NamedRow {
  kind: 'lcd' | 'led';
  zone_id: string;
  group_ids: string;
  layout_id: string | null;
  device_id: string | null;
  key_hash: string | null;
  created_at: string;
}

const hashKey = (key: string) => crypto.createHash('sha256').update(key).digest('hex');

function screenOf(r: ScreenRow): Screen {
  return {
    id: r.id, name: { zh: r.name_zh, en: r.name_en }, kind: r.kind, zoneId: r.zone_id, groupIds: JSON.parse(r.group_ids) as string[],
    layoutId: r.layout_id, deviceId: r.device_id, createdAt: r.created_at,
  };
}

/**
 * Where the screens are: zones of the hall, groups across zones, and the screens themselves. Each LCD screen
 * has a key of its own, kept here only as a hash; LED boards are reached through their agent's device id.
 */
export class SignageStructureStore {
  private readonly all_screens;
  private readonly all_zones;
  /**
   * The screens, read once and kept until one changes: every heartbeat, presence and acknowledgement of 200
   * screens asks for them. Kept only when read outside a transaction, so a rolled-back change never lingers.
   */
  private cached: readonly Screen[] | null = null;

  constructor(private readonly db: Db) {
    this.all_screens = db.prepare('SELECT * FROM signage_screens ORDER BY zone_id, id');
    this.all_zones = db.prepare('SELECT * FROM signage_zones ORDER BY sort, id');
  }

  zones(): Zone[] {
    return (this.all_zones.all() as ZoneRow[]).map((r) => ({ id: r.id, name: { zh: r.name_zh, en: r.name_en }, layoutId: r.layout_id }));
  }

  groups(): ScreenGroup[] {
    return (this.db.prepare('SELECT * FROM signage_groups ORDER BY id').all() as NamedRow[]).map((r) => ({ id: r.id, name: { zh: r.name_zh, en: r.name_en } }));
  }

  screens(): readonly Screen[] {
    if (this.cached) return this.cached;
    const screens = Object.freeze((this.all_screens.all() as ScreenRow[]).map(screenOf));
    if (!this.db.inTransaction) this.cached = screens;
    return screens;
  }

  screen(id: string): Screen | undefined {
    const row = this.db.prepare('SELECT * FROM signage_screens WHERE id = ?').get(id) as ScreenRow | undefined;
    return row ? screenOf(row) : undefined;
  }

  all(): SignageStructure {
    return { zones: this.zones(), groups: this.groups(), screens: [...this.screens()] };
  }

  putZone(z: Zone): void {
    const sort = (this.db.prepare('SELECT COALESCE(MAX(sort), -1) + 1 AS n FROM signage_zones').get() as { n: number }).n;
    this.db
      .prepare(
        `INSERT INTO signage_zones (id, name_zh, name_en, layout_id, sort) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, layout_id = excluded.layout_id`,
      )
      .run(z.id, z.name.zh, z.name.en, z.layoutId, sort);
  }

  putGroup(g: ScreenGroup): void {
    this.db
      .prepare('INSERT INTO signage_groups (id, name_zh, name_en) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en')
      .run(g.id, g.name.zh, g.name.en);
  }

  removeZone(id: string): void {
    const used = this.db.prepare('SELECT id FROM signage_screens WHERE zone_id = ? LIMIT 1').get(id) as { id: string } | undefined;
    if (used) throw fieldError(409, 'params.id', `screen ${used.id} is in this zone; move it first`, 'ZONE_IN_USE');
    this.db.prepare('DELETE FROM signage_zones WHERE id = ?').run(id);
  }

  /** Checks a screen's zone and groups; `layoutExists` says whether a published layout has that id. */
  check(body: ScreenBody, layoutExists: (id: string) => boolean): void {
    if (!this.zones().some((z) => z.id === body.zoneId)) throw fieldError(422, 'body.zoneId', 'no such zone');
    const groups = new Set(this.groups().map((g) => g.id));
    body.groupIds.forEach((g, i) => {
      if (!groups.has(g)) throw fieldError(422, `body.groupIds.${i}`, 'no such group');
    });
    if (body.kind === 'lcd') {
      if (!body.layoutId) throw fieldError(422, 'body.layoutId', 'an LCD screen needs a layout');
      if (!layoutExists(body.layoutId)) throw fieldError(422, 'body.layoutId', 'no published layout with this id');
    } else if (!body.deviceId) throw fieldError(422, 'body.deviceId', 'an LED board needs the device id of its LED agent');
  }

  /** Adds or changes a screen. A new LCD screen gets a key, returned once; `key` given reuses one (the demo seed). */
  put(body: ScreenBody, at: Date, key?: string): { screen: Screen; key: string | null } {
    const existing = this.screen(body.id);
    const newKey = body.kind === 'lcd' && (!existing || existing.kind !== 'lcd') ? key ?? crypto.randomBytes(24).toString('base64url') : null;
    this.cached = null;
    this.db
      .prepare(
        `INSERT INTO signage_screens (id, name_zh, name_en, kind, zone_id, group_ids, layout_id, device_id, key_hash, created_at)
         VALUES (@id, @zh, @en, @kind, @zone, @groups, @layout, @device, @hash, @at)
         ON CONFLICT(id) DO UPDATE SET name_zh = @zh, name_en = @en, kind = @kind, zone_id = @zone, group_ids = @groups,
           layout_id = @layout, device_id = @device, key_hash = CASE WHEN @kind = 'led' THEN NULL ELSE COALESCE(@hash, key_hash) END`,
      )
      .run({
        id: body.id, zh: body.name.zh, en: body.name.en, kind: body.kind, zone: body.zoneId, groups: JSON.stringify(body.groupIds),
        layout: body.kind === 'lcd' ? body.layoutId : null, device: body.kind === 'led' ? body.deviceId : null,
        hash: newKey ? hashKey(newKey) : null, at: at.toISOString(),
      });
    return { screen: this.screen(body.id)!, key: newKey };
  }

  /** A new key for an LCD screen (lost, or leaked): the old one stops working at once. */
  rekey(id: string): string {
    const key = crypto.randomBytes(24).toString('base64url');
    this.db.prepare('UPDATE signage_screens SET key_hash = ? WHERE id = ?').run(hashKey(key), id);
    return key;
  }

  remove(id: string): void {
    this.cached = null;
    this.db.prepare('DELETE FROM signage_screens WHERE id = ?').run(id);
  }

  /** Is this the screen's key? Compared as hashes, in constant time. */
  keyMatches(id: string, key: string | undefined): boolean {
    if (!key) return false;
    const row = this.db.prepare('SELECT key_hash FROM signage_screens WHERE id = ?').get(id) as { key_hash: string | null } | undefined;
    if (!row?.key_hash) return false;
    return crypto.timingSafeEqual(Buffer.from(row.key_hash, 'hex'), Buffer.from(hashKey(key), 'hex'));
  }
}
