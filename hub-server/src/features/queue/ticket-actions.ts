import type { CounterTicketAction, TicketStatus } from '../../contract/index.ts';
import { allowedActions } from './ticket-machine.ts';

/** Actions on the visitor at the window (the counter's current ticket). */
const AT_WINDOW: readonly CounterTicketAction[] = ['recall', 'start', 'no-show', 'park', 'transfer', 'finish'];
/** Actions on a ticket waiting for the counter, or parked at it. */
const IN_LINE: readonly CounterTicketAction[] = ['call', 'resume'];

/**
 * What a counter may do to a ticket now: the console's buttons, read off the ticket state machine. A called or
 * served ticket is the visitor at the window; any other is in line. A counter with a visitor at its window
 * calls nobody else until that visit is finished, parked or transferred (one visitor per window).
 */
export function counterActions(status: TicketStatus, counterBusy: boolean): CounterTicketAction[] {
  const allowed = new Set<string>(allowedActions(status));
  const offered = status === 'called' || status === 'serving' ? AT_WINDOW : IN_LINE;
  return offered.filter((a) => allowed.has(a) && !(a === 'call' && counterBusy));
}
