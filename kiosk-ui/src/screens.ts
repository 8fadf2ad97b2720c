import type { Ticket } from '@jobhall/hub-server/contract';

/** The SMS reminder on the ticket screen: not asked, entering the number, or set up (masked number). */
export type SmsStep = { step: 'none' } | { step: 'entering'; error: string; busy: boolean } | { step: 'set'; phoneMasked: string };

/** What the visitor is told about the paper ticket. */
export type PrintPhase = 'printing' | 'printed' | 'on-screen' | 'none';

/** Printed only when the printer's agent said so after a clean status read; otherwise the screen is the ticket. */
export function printPhaseOf(ticket: Ticket): PrintPhase {
  const p = ticket.print;
  if (!p) return 'on-screen';
  if (p.state === 'printed') return 'printed';
  if (p.state === 'failed' || p.state === 'expired' || p.state === 'waiting-printer' || p.faults.length) return 'on-screen';
  return 'printing';
}
