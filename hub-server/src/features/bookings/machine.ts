import type { BookingStatus } from '../../contract/index.ts';

export type BookingActor = 'visitor' | 'staff';

/**
 * A session booking: booked, then attended, missed (no-show) or called off (cancelled). The holder may
 * cancel until the session starts; staff record attendance once it has started and may cancel at any time
 * (the counsellor is ill). A final state never moves again.
 */
const NEXT: Record<BookingStatus, readonly BookingStatus[]> = {
  booked: ['attended', 'no-show', 'cancelled'],
  attended: [],
  'no-show': [],
  cancelled: [],
};

/** null when the move is allowed, otherwise why not (for the 409). */
export function bookingRefusal(from: BookingStatus, to: BookingStatus, actor: BookingActor, now: Date, start: Date): string | null {
  if (!NEXT[from].includes(to)) return `the booking is ${from}; it cannot become ${to}`;
  const begun = now.getTime() >= start.getTime();
  if (to === 'cancelled') return actor === 'visitor' && begun ? 'the session has begun; ask staff' : null;
  if (actor !== 'staff') return 'only staff record attendance';
  return begun ? null : 'the session has not begun yet';
}

/** States in which a booking holds its place. */
export const HOLDS_PLACE: readonly BookingStatus[] = ['booked', 'attended', 'no-show'];
