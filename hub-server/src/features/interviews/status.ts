import type { InterviewStatus } from '../../contract/index.ts';

export type InterviewActor = 'staff' | 'seeker' | 'employer';

/**
 * An interview booking: booked, then held (done), missed (no-show) or called off (cancelled). Staff record
 * what happened once the slot has begun; either side may cancel until it begins, staff at any time. A final state
 * frees nothing twice: the booth and the slot were released when it left `booked`.
 */
const NEXT: Record<InterviewStatus, readonly InterviewStatus[]> = {
  booked: ['done', 'no-show', 'cancelled'],
  done: [],
  'no-show': [],
  cancelled: [],
};

/** null when the move is allowed; otherwise why not, for the 409/403. */
export function refusal(from: InterviewStatus, to: InterviewStatus, actor: InterviewActor, now: Date, start: Date): string | null {
  if (!NEXT[from].includes(to)) return `the interview is ${from}; it cannot become ${to}`;
  const begun = now.getTime() >= start.getTime();
  // Staff may call one off at any point (the employer's line is down); a side may only before it begins.
  if (to === 'cancelled') return actor !== 'staff' && begun ? 'the interview has begun; staff record whether it was held' : null;
  if (actor !== 'staff') return 'only staff record whether an interview was held';
  return begun ? null : 'the interview has not begun yet';
}
