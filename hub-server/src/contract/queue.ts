import { z } from 'zod';
import { IsoTime, LocalizedText, ServiceDay, ServiceId, Slug, Uuid } from './common.ts';
import { PrintJobState, PrinterFault } from './print.ts';

export const TicketStatus = z.enum(['waiting', 'called', 'serving', 'parked', 'done', 'no-show', 'cancelled']);
export type TicketStatus = z.infer<typeof TicketStatus>;

/** Priority classes of the "green channel" (绿色通道); normal tickets age so they are never starved. */
export const Priority = z.enum(['normal', 'elderly', 'disabled', 'pregnant', 'veteran']);
export type Priority = z.infer<typeof Priority>;

/** Ticket numbers as printed and spoken: prefix letter + 3 digits, e.g. A012. */
export const TicketNumber = z.string().regex(/^[A-Z]\d{3,4}$/);

export const CreateTicketBody = z.strictObject({
  serviceId: ServiceId,
  kioskId: Slug.optional(),
  priority: Priority.default('normal'),
});
export type CreateTicketBody = z.infer<typeof CreateTicketBody>;

export const TicketPrint = z.strictObject({
  jobId: Uuid,
  printerId: Slug,
  state: PrintJobState,
  faults: z.array(PrinterFault),
});
export type TicketPrint = z.infer<typeof TicketPrint>;

export const Ticket = z.strictObject({
  id: Uuid,
  number: TicketNumber,
  serviceId: ServiceId,
  service: LocalizedText,
  queueId: Slug,
  queue: LocalizedText,
  seq: z.number().int().positive(),
  serviceDay: ServiceDay,
  status: TicketStatus,
  priority: Priority,
  createdAt: IsoTime,
  peopleAhead: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative(),
  /** The phone status page the ticket's QR code opens; the token in it is unguessable and carries no personal data. */
  statusUrl: z.string(),
  print: TicketPrint.nullable(),
});
export type Ticket = z.infer<typeof Ticket>;

/** A call as it goes to every call screen: self-contained, so a screen renders and speaks without a round trip. */
export const CallEvent = z.strictObject({
  callId: Uuid,
  ticketId: Uuid,
  number: TicketNumber,
  serviceId: ServiceId,
  queueId: Slug,
  queue: LocalizedText,
  counterId: Slug,
  window: z.number().int().min(1),
  recall: z.boolean(),
  /** Hall-wide call sequence; screens ignore a sequence they have already shown (QoS 1 may redeliver). */
  seq: z.number().int().positive(),
  at: IsoTime,
  text: LocalizedText,
});
export type CallEvent = z.infer<typeof CallEvent>;

export const WaitingCount = z.strictObject({ queueId: Slug, name: LocalizedText, prefix: z.string(), count: z.number().int().nonnegative() });

/** Retained: what a call screen shows right after it (re)connects. */
export const NowCalling = z.strictObject({
  current: CallEvent.nullable(),
  recent: z.array(CallEvent).max(6),
  waiting: z.array(WaitingCount),
  at: IsoTime,
});
export type NowCalling = z.infer<typeof NowCalling>;

export const CounterParams = z.strictObject({ counterId: Slug });

export const CallNextResult = z.strictObject({ call: CallEvent.nullable(), message: LocalizedText });
export type CallNextResult = z.infer<typeof CallNextResult>;
