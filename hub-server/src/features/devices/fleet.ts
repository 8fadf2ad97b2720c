import type { DeviceConfig, DeviceEntry, DeviceKind, FleetDevice, LocalizedText } from '../../contract/index.ts';
import type { DeviceStore } from './device-store.ts';
import type { DeviceRegistry } from './registry.ts';

/** A device registered by another capability (signage's lobby screens), listed in the fleet beside the rest. */
export interface SourceDevice {
  id: string;
  kind: DeviceKind;
  name: LocalizedText;
  zone: string | null;
  config: DeviceConfig;
}

export interface FleetSources {
  content: () => DeviceEntry[];
  store: DeviceStore;
  /** Other capabilities' devices, by source name. */
  others: Map<'signage', () => SourceDevice[]>;
}

/**
 * The one device registry: the hall's content devices, the devices enrolled in admin, and the devices other
 * capabilities register (lobby screens). Each id appears once; an enrolled row overrides the content entry of
 * the same id (a content device staff re-enrolled or revoked).
 */
export function listDevices(s: FleetSources): Array<SourceDevice & { source: FleetDevice['source'] }> {
  const rows = new Map(s.store.all().map((d) => [d.id, d]));
  const out = new Map<string, SourceDevice & { source: FleetDevice['source'] }>();
  for (const d of s.content()) {
    const row = rows.get(d.id);
    out.set(d.id, { id: d.id, kind: d.kind, name: d.name, zone: row?.zone ?? null, config: row?.config ?? {}, source: 'hall' });
  }
  for (const d of rows.values()) if (!out.has(d.id)) out.set(d.id, { id: d.id, kind: d.kind, name: d.name, zone: d.zone, config: d.config, source: 'enrolled' });
  for (const [source, list] of s.others) for (const d of list()) if (!out.has(d.id)) out.set(d.id, { ...d, source });
  return [...out.values()];
}

/**
 * The list, kept for a second: health is derived on every device message, and the list is read each time.
 * Changes made here (add, enrol, revoke) drop it at once; another capability's changes show within a second.
 */
export class DeviceList {
  private cached: { at: number; list: Array<SourceDevice & { source: FleetDevice['source'] }> } | null = null;

  constructor(private readonly s: FleetSources) {}

  all(): Array<SourceDevice & { source: FleetDevice['source'] }> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > 1000) this.cached = { at: now, list: listDevices(this.s) };
    return this.cached.list;
  }

  invalidate(): void {
    this.cached = null;
  }
}

/** Every device as the fleet view shows it. */
export function fleet(
  list: DeviceList,
  registry: DeviceRegistry,
  enrolment: (id: string) => FleetDevice['enrolment'],
  screenshotAt: (id: string) => string | null,
): FleetDevice[] {
  return list.all().map((d) => {
    const health = registry.health(d.id)!;
    const detail = registry.detail(d.id);
    const faults = health.state === 'offline' ? ['offline', ...health.faults] : health.faults;
    return {
      id: d.id, kind: d.kind, name: d.name, zone: d.zone, config: d.config, source: d.source, enrolment: enrolment(d.id),
      state: health.state, since: detail.since, lastSeen: health.lastSeen, faults, warnings: health.warnings,
      uptimeS: detail.uptimeS, url: detail.url, lastCrash: detail.lastCrash, screenshotAt: screenshotAt(d.id),
    };
  });
}
