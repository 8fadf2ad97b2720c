import { z } from 'zod';
import { IsoTime, LocalizedText, ServiceDay, ServiceId, Slug, Uuid } from './common.ts';
import { PrintStatus } from './print.ts';
import { CounterTicketAction } from './counter-actions.ts';

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

/** Where a ticket came from. */
export const TicketSource = z.enum(['kiosk', 'desk', 'phone', 'appointment']);
export type TicketSource = z.infer<typeof TicketSource>;

/** A ticket issued by staff: a walk-in at the front desk, or a visit booked by phone. */
export const DeskTicketBody = z.strictObject({
  serviceId: ServiceId,
  priority: Priority.default('normal'),
  source: z.enum(['desk', 'phone']).default('desk'),
});
export type DeskTicketBody = z.infer<typeof DeskTicketBody>;

/** How a visit ended (Qmatic-style outcome taxonomy, in the hall's terms). */
export const VisitOutcome = z.enum(['completed', 'needs-documents', 'referred', 'information-only', 'other']);
export type VisitOutcome = z.infer<typeof VisitOutcome>;

export const Ticket = z.strictObject({
  id: Uuid,
  number: TicketNumber,
  serviceId: ServiceId,
  service: LocalizedText,
  queueId: Slug,
  queue: LocalizedText,
  /** Where this line's visitors sit until called (hall.json), or null when the hall names no area. */
  waitingArea: LocalizedText.nullable(),
  seq: z.number().int().positive(),
  serviceDay: ServiceDay,
  status: TicketStatus,
  priority: Priority,
  source: TicketSource,
  createdAt: IsoTime,
  /** The window it was called to, while called or being served. */
  window: z.number().int().positive().nullable(),
  peopleAhead: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative(),
  /** The phone status page the ticket's QR code opens; the token in it is unguessable and carries no personal data. */
  statusUrl: z.string(),
  print: PrintStatus.nullable(),
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

export const WaitingCount = z.strictObject({
  queueId: Slug, name: LocalizedText, prefix: z.string(), count: z.number().int().nonnegative(),
  /** Where this line waits, for the call screen to say; absent when the hall names no area. */
  waitingArea: LocalizedText.optional(),
});

/** Retained: what a call screen shows right after it (re)connects. */
export const NowCalling = z.strictObject({
  current: CallEvent.nullable(),
  recent: z.array(CallEvent).max(6),
  waiting: z.array(WaitingCount),
  at: IsoTime,
});
export type NowCalling = z.infer<typeof NowCalling>;

export const CounterParams = z.strictObject({ counterId: Slug });


export const CounterSignInBody = z.strictObject({
  /** Queue lines to serve from this counter; by default the lines the hall assigns to it. */
  queueIds: z.array(Slug).min(1).max(20).optional(),
});

export const CallTicketBody = z.strictObject({ ticketId: Uuid });

/** What a counter's LED board shows between calls, and how bright (dim at night, bright in sunlight). */
export const LedBody = z
  .strictObject({
    text: z.string().trim().min(1).max(60).optional(),
    brightness: z.number().int().min(0).max(100).optional(),
  })
  .refine((b) => b.text !== undefined || b.brightness !== undefined, { message: 'give text or brightness', path: ['text'] });

export const TransferBody = z
  .strictObject({
    /** Send the visitor to wait in another queue line… */
    queueId: Slug.optional(),
    /** …or to a particular counter (for example a specialist's window). */
    counterId: Slug.optional(),
  })
  .refine((b) => b.queueId || b.counterId, { message: 'give queueId or counterId', path: ['queueId'] });

export const FinishBody = z.strictObject({
  outcome: VisitOutcome.default('completed'),
  note: z.string().max(500).optional(),
});

/** A ticket as a counter sees it. */
export const CounterTicket = z.strictObject({
  id: Uuid,
  number: TicketNumber,
  serviceId: ServiceId,
  service: LocalizedText,
  queueId: Slug,
  status: TicketStatus,
  priority: Priority,
  source: TicketSource,
  createdAt: IsoTime,
  calledAt: IsoTime.nullable(),
  callCount: z.number().int().nonnegative(),
  /** What this counter may do to the ticket now, from the ticket's state machine (queue/ticket-actions.ts). */
  actions: z.array(CounterTicketAction),
});
export type CounterTicket = z.infer<typeof CounterTicket>;

/** What the counter console shows: who is signed in, the visitor at the window, and what waits. */
export const CounterState = z.strictObject({
  counterId: Slug,
  window: z.number().int().positive(),
  name: LocalizedText,
  session: z.strictObject({ staff: z.string(), queueIds: z.array(Slug), since: IsoTime }).nullable(),
  current: CounterTicket.nullable(),
  parked: z.array(CounterTicket),
  /** The next waiting tickets of the session's lines, in call order. */
  waiting: z.array(CounterTicket),
  waitingCount: z.number().int().nonnegative(),
});
export type CounterState = z.infer<typeof CounterState>;

/** The answer to every counter action: the call it made (if any), a sentence for staff, and the new state. */
export const CounterActionResult = z.strictObject({
  call: CallEvent.nullable(),
  message: LocalizedText,
  state: CounterState,
});
export type CounterActionResult = z.infer<typeof CounterActionResult>;
/** "Call next" answers like every counter action. */
export const CallNextResult = CounterActionResult;
export type CallNextResult = CounterActionResult;

/** A queue line's operating settings as staff see and change them. */
export const QueueSettingsView = z.strictObject({
  queueId: Slug,
  prefix: z.string(),
  name: LocalizedText,
  hours: z.string(),
  dailyQuota: z.number().int().positive().nullable(),
  typicalServiceMinutes: z.number().positive(),
  serviceLevelMinutes: z.number().positive(),
  /** True where staff changed the value from content/hall.json. */
  changed: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: IsoTime.nullable(),
});
export type QueueSettingsView = z.infer<typeof QueueSettingsView>;

export const QueueSettingsBody = z
  .strictObject({
    hours: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'HH:MM-HH:MM, e.g. 09:00-17:00').optional(),
    /** null: no quota. */
    dailyQuota: z.number().int().min(1).max(9999).nullable().optional(),
    typicalServiceMinutes: z.number().positive().max(240).optional(),
    serviceLevelMinutes: z.number().positive().max(480).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'change at least one setting', path: ['hours'] });
export type QueueSettingsBody = z.infer<typeof QueueSettingsBody>;

/** GET /api/queue/usage: tickets taken per service over the last days, so the kiosk lists what is used most first. */
export const QueueUsage = z.strictObject({
  days: z.number().int().positive(),
  services: z.array(z.strictObject({ serviceId: z.string(), tickets: z.number().int().nonnegative() })),
});
export type QueueUsage = z.infer<typeof QueueUsage>;
