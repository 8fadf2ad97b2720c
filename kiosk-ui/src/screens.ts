import { PRINT_IN_FLIGHT, type Appointment, type Priority, type Ticket } from '@jobhall/hub-server/contract';
import type { SearchPreset } from './jobs/jobs-data.ts';
import type { LocalizedText } from '@jobhall/ui-kit';

/** Where the kiosk is. One union instead of flags: a screen carries exactly the data it shows. */
export type Screen =
  | { name: 'home' }
  | { name: 'ticket-menu' }
  | { name: 'module'; moduleId: string }
  | { name: 'service'; serviceId: string }
  | { name: 'ticket-options'; serviceId: string }
  | { name: 'book'; serviceId: string }
  | { name: 'booked'; appointment: Appointment; slip: boolean }
  | { name: 'check-in'; error: string; busy: boolean }
  | { name: 'jobs'; simple: boolean; preset?: SearchPreset & { title: LocalizedText; note?: LocalizedText; agencies?: 'dispatch' | 'overseas' } }
  | { name: 'job'; jobId: number }
  | { name: 'seeker-sign-in' }
  | { name: 'seeker-register'; fromCard?: { readId: string; idMasked: string; nameMasked: string } }
  | { name: 'matches' }
  | { name: 'vacancy-form' }
  | { name: 'complaint' }
  | { name: 'fairs' }
  | { name: 'employer' }
  | { name: 'entrust' }
  | { name: 'survey' }
  | { name: 'interview'; vacancyId?: number }
  | { name: 'ticket'; ticket: Ticket; printPhase: PrintPhase; sms: SmsStep };

/** The SMS reminder on the ticket screen: not asked, entering the number, or set up (masked number). */
export type SmsStep = { step: 'none' } | { step: 'entering'; error: string; busy: boolean } | { step: 'set'; phoneMasked: string };

/** What the visitor is told about the paper ticket. */
export type PrintPhase = 'printing' | 'printed' | 'on-screen' | 'none';

export type NavigateEvent = CustomEvent<Screen>;
export type TakeTicketEvent = CustomEvent<{ serviceId: string; priority: Priority }>;
export type BookSlotEvent = CustomEvent<{ serviceId: string; slotStart: string }>;

declare global {
  interface HTMLElementEventMap {
    navigate: NavigateEvent;
    'take-ticket': TakeTicketEvent;
    'book-slot': BookSlotEvent;
  }
}

export function navigate(from: EventTarget, screen: Screen): void {
  from.dispatchEvent(new CustomEvent('navigate', { detail: screen, bubbles: true, composed: true }));
}

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
