import type { DeviceEntry, DeviceHealth, Presence, PrinterFault, PrinterState } from '../../contract/index.ts';

interface Known {
  entry: DeviceEntry;
  presence: Presence | null;
  printer: PrinterState | null;
  lastSeen: string | null;
}

/**
 * What the hub knows about each device in content/hall.json: presence from its retained status and last will,
 * printer faults from its retained DLE EOT state. Health is derived, never stored beside its sources.
 */
export class DeviceRegistry {
  private readonly devices = new Map<string, Known>();

  constructor(
    entries: DeviceEntry[],
    /** Told every changed health (the `device.changed` domain event). */
    private readonly changed: (health: DeviceHealth) => void,
  ) {
    for (const entry of entries) this.devices.set(entry.id, { entry, presence: null, printer: null, lastSeen: null });
  }

  applyPresence(id: string, presence: Presence, now: Date): void {
    const known = this.devices.get(id);
    if (!known) return;
    known.presence = presence;
    if (presence.state === 'online') known.lastSeen = presence.at ?? now.toISOString();
    this.changed(this.health(id)!);
  }

  applyPrinterState(id: string, state: PrinterState): void {
    const known = this.devices.get(id);
    if (!known) return;
    known.printer = state;
    known.lastSeen = state.at;
    this.changed(this.health(id)!);
  }

  health(id: string): DeviceHealth | null {
    const known = this.devices.get(id);
    if (!known) return null;
    const { entry, presence, printer } = known;
    const state = presence ? presence.state : 'unknown';
    const faults: string[] = [];
    const warnings: string[] = [];
    if (state === 'online' && printer) {
      faults.push(...printer.faults);
      if (printer.paperNearEnd) warnings.push('paper-near-end');
      if (!printer.statusKnown) warnings.push('status-unknown');
    }
    return { id, kind: entry.kind, state, faults, warnings, lastSeen: known.lastSeen };
  }

  all(): DeviceHealth[] {
    return [...this.devices.keys()].map((id) => this.health(id)!);
  }

  /** Why a printer cannot print now; empty when it can. A printer whose agent is away counts as offline. */
  printerFaults(id: string): PrinterFault[] {
    const h = this.health(id);
    if (!h || h.state !== 'online') return ['offline'];
    return this.devices.get(id)?.printer?.faults ?? [];
  }
}
