import type { Priority } from '../../contract/index.ts';
import type { TicketRow } from './store.ts';

export interface Candidate {
  id: string;
  priority: Priority;
  createdAt: string;
  /** Issue order within the line; breaks ties between tickets issued in the same millisecond. */
  seq: number;
  /**
   * Goes ahead by PRIORITY_HEAD_START_MINUTES: green-channel tickets, and tickets another counter transferred
   * here (they have waited once already). Defaults to "priority is not normal".
   */
  headStart?: boolean;
  /** For a ticket from an appointment, the slot start: it counts its wait from then, with its own head start. */
  appointmentAt?: string | null;
}

/**
 * From its slot start a checked-in appointment goes before every walk-in: that is what booking promises.
 * Walk-ins are not starved because each slot takes only a few bookings per line (AppointmentRules.perSlot).
 * Before its slot it waits like anyone else from check-in, so an early visitor is served early when the
 * line is empty.
 */
const ON_TIME = 100_000;

/**
 * A green-channel ticket counts as if it had waited this much longer. Because a normal ticket's wait keeps
 * growing, it overtakes any priority ticket that arrived more than this much later: nobody is starved.
 */
export const PRIORITY_HEAD_START_MINUTES = 20;

export function effectiveWaitMinutes(c: Candidate, now: Date): number {
  if (c.appointmentAt && now.getTime() >= Date.parse(c.appointmentAt)) {
    return ON_TIME + (now.getTime() - Date.parse(c.appointmentAt)) / 60_000;
  }
  const waited = (now.getTime() - Date.parse(c.createdAt)) / 60_000;
  const ahead = c.headStart ?? c.priority !== 'normal';
  return waited + (ahead ? PRIORITY_HEAD_START_MINUTES : 0);
}

/** The ticket to call next: the longest effective wait, then the lowest number. */
export function pickNext<C extends Candidate>(candidates: C[], now: Date): C | null {
  let best: C | null = null;
  let bestWait = -Infinity;
  for (const c of candidates) {
    const wait = effectiveWaitMinutes(c, now);
    if (wait > bestWait || (wait === bestWait && best && c.seq < best.seq)) {
      best = c;
      bestWait = wait;
    }
  }
  return best;
}

/** A waiting ticket as the call order sees it: transferred tickets have waited once already. */
export const candidateOf = (r: TicketRow) => ({
  ...r, createdAt: r.created_at, appointmentAt: r.appointment_at, headStart: r.priority !== 'normal' || r.target_counter_id !== null,
});

/**
 * How many of `others` the call order puts before `c` now: the same rule as pickNext (longest effective wait,
 * then lowest number), so a green-channel, transferred or appointment ticket is told the people really ahead
 * of it, not those with a lower number.
 */
export function placeInOrder(c: Candidate, others: readonly Candidate[], now: Date): number {
  const mine = effectiveWaitMinutes(c, now);
  let ahead = 0;
  for (const o of others) {
    const wait = effectiveWaitMinutes(o, now);
    if (wait > mine || (wait === mine && o.seq < c.seq)) ahead++;
  }
  return ahead;
}
