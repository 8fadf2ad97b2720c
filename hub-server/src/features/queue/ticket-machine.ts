import type { TicketStatus } from '../../contract/index.ts';

/** What can happen to a ticket. */
export type TicketAction =
  | 'call' // a counter calls it (from waiting or parked)
  | 'recall' // called again, re-announced
  | 'start' // the visitor arrived at the counter
  | 'finish' // the visit is over
  | 'no-show' // called, never came
  | 'park' // set aside: the visitor fetches a document and comes back
  | 'resume' // back from parked into the line
  | 'transfer' // sent to another queue line; waits there
  | 'cancel'; // withdrawn before being served

/**
 * The ticket lifecycle as a table: every allowed (state, action) pair and where it leads. Anything not listed
 * is refused, so a double tap on "call" or a stale console cannot move a finished ticket.
 */
const TABLE: Record<TicketStatus, Partial<Record<TicketAction, TicketStatus>>> = {
  waiting: { call: 'called', transfer: 'waiting', cancel: 'cancelled' },
  called: { recall: 'called', start: 'serving', finish: 'done', 'no-show': 'no-show', park: 'parked', transfer: 'waiting' },
  serving: { finish: 'done', park: 'parked', transfer: 'waiting' },
  parked: { call: 'called', resume: 'waiting', transfer: 'waiting', cancel: 'cancelled' },
  done: {},
  'no-show': {},
  cancelled: {},
};

export type Transition = { ok: true; to: TicketStatus } | { ok: false; reason: string };

export function transition(from: TicketStatus, action: TicketAction): Transition {
  const to = TABLE[from][action];
  return to ? { ok: true, to } : { ok: false, reason: `a ${from} ticket cannot be ${action === 'call' ? 'called' : `given "${action}"`}` };
}

export function allowedActions(from: TicketStatus): TicketAction[] {
  return Object.keys(TABLE[from]) as TicketAction[];
}

export const TERMINAL: readonly TicketStatus[] = ['done', 'no-show', 'cancelled'];
