import type { ActiveAlerts, AlertCommand, AlertMessage, AlertSeverity } from '@jobhall/hub-server/contract';

/**
 * The alerts a screen holds, and which one covers it. Pure. An alert arrives as a command to this screen (with
 * the rest of its life as a duration, counted on the screen's own clock) or on the public list every page reads
 * (with its absolute expiry). It leaves by a clear command, by a newer public list without it, by an update
 * replacing it, or when its life runs out here — whatever the hub does or cannot do.
 */
export interface HeldAlert {
  alert: AlertMessage;
  /** Local clock (ms) when it clears itself. */
  deadline: number;
}

export type HeldAlerts = readonly HeldAlert[];

const without = (held: HeldAlerts, ids: ReadonlyArray<string | null>) => held.filter((h) => !ids.includes(h.alert.id));

export function fromCommand(held: HeldAlerts, cmd: AlertCommand, receivedAt: number): HeldAlerts {
  if (cmd.action === 'clear') return without(held, [cmd.alert.id]);
  return [...without(held, [cmd.alert.id, cmd.alert.replaces]), { alert: cmd.alert, deadline: receivedAt + cmd.ttlMs }];
}

export function fromPublic(held: HeldAlerts, list: ActiveAlerts): HeldAlerts {
  const listed = new Set(list.alerts.map((a) => a.id));
  const asOf = Date.parse(list.at);
  // Gone from a list made after it was sent: cancelled, replaced or expired at the hub.
  const kept = held.filter((h) => listed.has(h.alert.id) || Date.parse(h.alert.sent) > asOf);
  const known = new Set(kept.map((h) => h.alert.id));
  const added = list.alerts.filter((a) => !known.has(a.id)).map((alert) => ({ alert, deadline: Date.parse(alert.expires) }));
  return [...without(kept, added.map((a) => a.alert.replaces)), ...added];
}

const RANK: Record<AlertSeverity, number> = { extreme: 4, severe: 3, moderate: 2, minor: 1 };

/** The alert covering a screen of this zone now: the most severe, then the newest. */
export function covering(held: HeldAlerts, zoneId: string, now: number): AlertMessage | null {
  const live = held.filter((h) => h.deadline > now && (!h.alert.zones.length || h.alert.zones.includes(zoneId)));
  live.sort((a, b) => RANK[b.alert.severity] - RANK[a.alert.severity] || Date.parse(b.alert.sent) - Date.parse(a.alert.sent));
  return live[0]?.alert ?? null;
}

/** Drops what has run out; the next deadline tells the driver when to look again. */
export function prune(held: HeldAlerts, now: number): { held: HeldAlerts; next: number | null } {
  const live = held.filter((h) => h.deadline > now);
  return { held: live, next: live.length ? Math.min(...live.map((h) => h.deadline)) : null };
}
