import { z } from 'zod';

/**
 * What a counter can do to a ticket, as the console offers it: to the visitor at the window (recall, start,
 * no-show, park, transfer, finish) or to one waiting or parked for it (call, resume). The hub lists the ones
 * the ticket's state allows on every ticket it shows a counter, so the console never restates the state machine.
 */
export const CounterTicketAction = z.enum(['call', 'recall', 'start', 'no-show', 'park', 'resume', 'transfer', 'finish']);
export type CounterTicketAction = z.infer<typeof CounterTicketAction>;
