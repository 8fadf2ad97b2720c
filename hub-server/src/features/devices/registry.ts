import type { AgentHealth, CrashReport, DeviceHealth, DeviceKind, Presence, PrinterFault, PrinterState } from '../../contract/index.ts';

/** Agents beat every 15 s: three beats missed is offline, even before the broker notices a dead connection. */
export const STALE_MS = 45_000;
/** A crash shows as a fault for this long after it, even though the shell recovered within seconds. */
export const CRASH_FAULT_MS = 10 * 60_000;

interface Seen {
  kind: DeviceKind;
  presence: Presence['state'] | null;
  printer: PrinterState | null;
  heartbeat: AgentHealth | null;
  /** Seconds up, from the last beat of either kind (an agent's, or a lobby screen's player): null, never beat. */
  uptimeS: number | null;
  lastCrash: CrashReport | null;
  /** Hub clock (ms) when the crash report arrived. */
  crashAt: number | null;
  /** Hub clock (ms) when anything was last heard from the device. */
  heardAt: number | null;
  /** Device clock of the last thing heard, as reported (for staff: "last seen"). */
  lastSeen: string | null;
  state: DeviceHealth['state'];
  /** Hub clock (ms) of the last change of state. */
  since: number | null;
}

export interface RegistryHooks {
  /** Every changed health (the `device.changed` domain event). */
  changed(health: DeviceHealth): void;
  /** A device went offline, or came back: the fleet logs and announces it. */
  transition(id: string, state: 'online' | 'offline', reason: string): void;
  now(): Date;
}

/**
 * What the hub knows of each device's health: presence from its retained status and last will, printer faults
 * from its retained DLE EOT state, the heartbeat every agent publishes, and crash reports. Health is derived
 * from these, never stored beside them. The devices listed come from `list` (content, enrolment, signage),
 * so a device registered at run time is tracked from its first message.
 */
export class DeviceRegistry {
  private readonly seen = new Map<string, Seen>();

  constructor(
    private readonly list: () => ReadonlyArray<{ id: string; kind: DeviceKind }>,
    private readonly hooks: RegistryHooks,
  ) {}

  applyPresence(id: string, presence: Presence): void {
    const s = this.entry(id);
    if (!s) return;
    s.presence = presence.state;
    if (presence.state === 'online') this.heard(s, presence.at ?? null);
    this.update(id, s, presence.state === 'offline' ? 'last will or goodbye' : 'connected');
  }

  applyPrinterState(id: string, state: PrinterState): void {
    const s = this.entry(id);
    if (!s) return;
    s.printer = state;
    this.heard(s, state.at);
    this.update(id, s, 'printer state', true);
  }

  applyHeartbeat(id: string, hb: AgentHealth): void {
    const s = this.entry(id);
    if (!s) return;
    const crashBefore = s.heartbeat?.shell?.lastCrash?.at;
    s.heartbeat = hb;
    s.uptimeS = hb.uptimeS;
    if (hb.shell?.lastCrash && hb.shell.lastCrash.at !== crashBefore && hb.shell.lastCrash.at !== s.lastCrash?.at) this.crashed(s, hb.shell.lastCrash);
    this.heard(s, hb.at);
    this.update(id, s, 'heartbeat', true);
  }

  /**
   * A lobby screen's player beat (signage's heartbeat, every 15 s like an agent's): the fleet shows the screen's
   * uptime and last seen from it, and a screen whose page hangs with its connection still open turns offline.
   */
  applyScreenBeat(id: string, beat: { uptimeS: number; at: string }): void {
    const s = this.entry(id);
    if (!s) return;
    s.uptimeS = beat.uptimeS;
    this.heard(s, beat.at);
    this.update(id, s, 'heartbeat', true);
  }

  applyCrash(id: string, crash: CrashReport): void {
    const s = this.entry(id);
    if (!s) return;
    this.crashed(s, crash);
    this.update(id, s, 'crash', true);
  }

  /** Re-derives every device's state: one that stopped beating turns offline here. Run every few seconds. */
  check(): void {
    for (const { id } of this.list()) {
      const s = this.seen.get(id);
      if (s) this.update(id, s, 'no heartbeat');
    }
  }

  health(id: string): DeviceHealth | null {
    const listed = this.list().find((d) => d.id === id);
    if (!listed) return null;
    const s = this.seen.get(id);
    if (!s) return { id, kind: listed.kind, state: 'unknown', faults: [], warnings: [], lastSeen: null };
    const faults: string[] = [];
    const warnings: string[] = [];
    if (s.state === 'online' && s.printer) {
      faults.push(...s.printer.faults);
      if (s.printer.paperNearEnd) warnings.push('paper-near-end');
      if (!s.printer.statusKnown) warnings.push('status-unknown');
    }
    if (s.crashAt !== null && this.now() - s.crashAt < CRASH_FAULT_MS) faults.push('crashed');
    if (s.heartbeat?.shell && !s.heartbeat.shell.hubReachable && s.state === 'online') warnings.push('hub-unreachable');
    return { id, kind: listed.kind, state: s.state, faults, warnings, lastSeen: s.lastSeen };
  }

  all(): DeviceHealth[] {
    return this.list().map((d) => this.health(d.id)!);
  }

  /** What the fleet view shows beyond health: uptime, the shell's page and last crash, since when. */
  detail(id: string): { uptimeS: number | null; url: string | null; lastCrash: CrashReport | null; since: string | null } {
    const s = this.seen.get(id);
    const online = s?.state === 'online';
    return {
      uptimeS: online ? s.uptimeS : null,
      url: s?.heartbeat?.shell?.url ?? null,
      lastCrash: s?.lastCrash ?? null,
      since: s?.since ? new Date(s.since).toISOString() : null,
    };
  }

  /** Why a printer cannot print now; empty when it can. A printer whose agent is away counts as offline. */
  printerFaults(id: string): PrinterFault[] {
    const s = this.seen.get(id);
    if (!s || s.state !== 'online') return ['offline'];
    return s.printer?.faults ?? [];
  }

  private now(): number {
    return this.hooks.now().getTime();
  }

  private entry(id: string): Seen | null {
    const known = this.seen.get(id);
    if (known) return known;
    const listed = this.list().find((d) => d.id === id);
    if (!listed) return null;
    const s: Seen = {
      kind: listed.kind, presence: null, printer: null, heartbeat: null, uptimeS: null, lastCrash: null, crashAt: null, heardAt: null, lastSeen: null, state: 'unknown', since: null,
    };
    this.seen.set(id, s);
    return s;
  }

  private heard(s: Seen, at: string | null): void {
    s.heardAt = this.now();
    s.lastSeen = at ?? new Date(s.heardAt).toISOString();
  }

  private crashed(s: Seen, crash: CrashReport): void {
    s.lastCrash = crash;
    s.crashAt = this.now();
  }

  /** Derives the state; tells the hooks when it or (with `news`) anything else changed. */
  private update(id: string, s: Seen, reason: string, news = false): void {
    const state = this.derive(s);
    if (state !== s.state) {
      const was = s.state;
      s.state = state;
      s.since = this.now();
      if (state === 'offline' && was === 'online') this.hooks.transition(id, 'offline', reason);
      if (state === 'online' && was === 'offline') this.hooks.transition(id, 'online', reason);
    } else if (!news && reason === 'no heartbeat') return;
    this.hooks.changed(this.health(id)!);
  }

  private derive(s: Seen): DeviceHealth['state'] {
    const beats = s.uptimeS !== null;
    const stale = beats && s.heardAt !== null && this.now() - s.heardAt > STALE_MS;
    // Heard only by its beats (its retained presence not seen yet): the beats alone say whether it is there.
    if (s.presence === null) return !beats ? s.state : stale ? 'offline' : 'online';
    if (s.presence === 'offline') return 'offline';
    // Only a device that beats can miss beats: an agent of an older version is trusted to its last will.
    return stale ? 'offline' : 'online';
  }
}
