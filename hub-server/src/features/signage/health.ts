import type { FastifyBaseLogger } from 'fastify';
import type { Heartbeat, Presence, RevisionState, Screen, ScreenHealth, TopicBus } from '../../contract/index.ts';
import type { SignageAudit } from './audit.ts';

/** A screen beats every 15 s; three missed beats is offline. With the 5 s check it is flagged within 50 s. */
export const STALE_MS = 45_000;
const CHECK_MS = 5000;

interface Seen {
  presence: Presence['state'] | null;
  /** Hub clock when the presence or a heartbeat last arrived. */
  seenAt: number | null;
  heartbeat: Heartbeat | null;
  state: ScreenHealth['state'];
  since: number | null;
}

/** What a screen's state is now, from what was last heard and when (hub clock). Pure. */
export function deriveState(s: Pick<Seen, 'presence' | 'seenAt'>, now: number): ScreenHealth['state'] {
  if (s.presence === null || s.seenAt === null) return 'unknown';
  if (s.presence === 'offline') return 'offline';
  return now - s.seenAt > STALE_MS ? 'offline' : 'online';
}

export interface HealthDeps {
  bus: TopicBus;
  screens: () => readonly Screen[];
  desired: () => Map<string, { revision: number; state: RevisionState; attempts: number }>;
  audit: SignageAudit;
  now: () => Date;
  log: FastifyBaseLogger;
  /** A screen (or an LED board's agent) came back: what it missed is sent again. */
  cameOnline: (screen: Screen) => void;
}

/**
 * Screen health from two sources: the screen's retained presence with its last will (the broker says
 * "offline" when the connection dies) and its heartbeat (revision, slide, uptime, storage). Each change of
 * state is audited and published at once on the public health topic, where the admin shows it.
 */
export class ScreenHealthTracker {
  private readonly seen = new Map<string, Seen>();
  private readonly unsubscribe: Array<() => Promise<void>> = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly d: HealthDeps) {}

  async start(): Promise<void> {
    this.unsubscribe.push(
      await this.d.bus.subscribe('devicePresence', (p, { deviceId }) => this.presence(deviceId, p)),
      await this.d.bus.subscribe('signageHeartbeat', (hb, { deviceId }) => this.heartbeat(deviceId, hb)),
    );
    this.timer = setInterval(() => this.check(), CHECK_MS);
    this.timer.unref();
    this.publish();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.pending) clearTimeout(this.pending);
    await Promise.all(this.unsubscribe.map((u) => u().catch(() => {})));
  }

  /** Screens whose presence topic is this device: the LCD screen itself, or the LED boards an agent drives. */
  private screensOf(deviceId: string): Screen[] {
    return this.d.screens().filter((s) => (s.kind === 'lcd' ? s.id === deviceId : s.deviceId === deviceId));
  }

  private entry(id: string): Seen {
    let s = this.seen.get(id);
    if (!s) this.seen.set(id, (s = { presence: null, seenAt: null, heartbeat: null, state: 'unknown', since: null }));
    return s;
  }

  private presence(deviceId: string, p: Presence): void {
    for (const screen of this.screensOf(deviceId)) {
      const s = this.entry(screen.id);
      s.presence = p.state;
      s.seenAt = this.d.now().getTime();
      this.update(screen, s);
    }
  }

  private heartbeat(deviceId: string, hb: Heartbeat): void {
    const screen = this.d.screens().find((s) => s.id === deviceId && s.kind === 'lcd');
    if (!screen) return;
    const s = this.entry(screen.id);
    s.heartbeat = hb;
    s.seenAt = this.d.now().getTime();
    s.presence ??= 'online';
    this.update(screen, s, true);
  }

  /** Re-derives every screen's state: a screen that stopped beating turns offline here. */
  check(): void {
    for (const screen of this.d.screens()) this.update(screen, this.entry(screen.id));
  }

  private update(screen: Screen, s: Seen, beat = false): void {
    const now = this.d.now().getTime();
    const state = deriveState(s, now);
    if (state === s.state) {
      if (beat) this.publishSoon();
      return;
    }
    const was = s.state;
    s.state = state;
    s.since = now;
    if (state === 'offline') this.d.audit.record('system', 'screen.offline', screen.id, { lastSeen: s.seenAt ? new Date(s.seenAt).toISOString() : null });
    if (state === 'online') {
      this.d.audit.record('system', was === 'offline' ? 'screen.back-online' : 'screen.online', screen.id, { revision: s.heartbeat?.revision ?? null });
      this.d.cameOnline(screen);
    }
    this.publish();
  }

  all(): ScreenHealth[] {
    const desired = this.d.desired();
    return this.d.screens().map((screen) => {
      const s = this.entry(screen.id);
      const d = desired.get(screen.id);
      const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
      return {
        id: screen.id, kind: screen.kind, zoneId: screen.zoneId, state: s.state, since: iso(s.since), lastSeen: iso(s.seenAt), heartbeat: s.heartbeat,
        desired: d ? { revision: d.revision, state: d.state, attempts: d.attempts } : null,
      };
    });
  }

  isOnline(screenId: string): boolean {
    return this.seen.get(screenId)?.state === 'online';
  }

  private pending: NodeJS.Timeout | null = null;

  /** Heartbeats only refresh what admin shows: they are published together, at most once a second. */
  private publishSoon(): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.publish();
    }, 1000);
    this.pending.unref();
  }

  publish(): void {
    this.d.bus.publish('signageHealth', {}, { screens: this.all(), at: this.d.now().toISOString() })
      .catch((err: Error) => this.d.log.warn({ err: err.message }, 'signage health not published'));
  }
}
