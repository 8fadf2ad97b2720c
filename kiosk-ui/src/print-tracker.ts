import { PRINT_IN_FLIGHT, PrintJobView, type Ticket } from '@jobhall/hub-server/contract';
import { api } from '@jobhall/ui-kit';

/** How long the visitor waits for paper before the screen becomes the ticket. */
const PRINT_PATIENCE_MS = 8000;

/**
 * Follows a ticket's print job until it is printed, held or given up, by long-polling the hub (no timer
 * churn on the kiosk). Resolves with the ticket's print state as it ended up.
 */
export async function followPrint(ticket: Ticket, signal: AbortSignal): Promise<Ticket> {
  const print = ticket.print;
  if (!print) return ticket;
  const until = Date.now() + PRINT_PATIENCE_MS;
  let state = print.state;
  let faults = print.faults;
  while (Date.now() < until && PRINT_IN_FLIGHT.includes(state) && !faults.length) {
    const wait = Math.max(0, Math.min(until - Date.now(), 5000));
    const job = await api(`/api/print-jobs/${print.jobId}?after=${state}&waitMs=${wait}`, PrintJobView, { signal });
    state = job.state;
    faults = job.faults;
  }
  return { ...ticket, print: { ...print, state, faults } };
}
