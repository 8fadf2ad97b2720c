import { PRINT_IN_FLIGHT, type Ticket } from '@jobhall/hub-server/contract';

/** The SMS reminder on the ticket screen: not asked, entering the number, or set up (masked number). */
export type SmsStep = { step: 'none' } | { step: 'entering'; error: string; busy: boolean } | { step: 'set'; phoneMasked: string };

/** What the visitor is told about the paper ticket. */
export type PrintPhase = 'printing' | 'printed' | 'on-screen' | 'none';

/**
 * Printed only when the printer's agent said so after a clean status read. While the job is on its way and the
 * printer has no fault, it is printing; anything else (held, failed, expired, a fault) makes the screen the ticket.
 */
export function printPhaseOf(ticket: Ticket): PrintPhase {
  const p = ticket.print;
  if (!p) return 'on-screen';
  if (p.state === 'printed') return 'printed';
  return PRINT_IN_FLIGHT.includes(p.state) && !p.faults.length ? 'printing' : 'on-screen';
}
