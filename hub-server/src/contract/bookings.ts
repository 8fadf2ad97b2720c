import { z } from 'zod';
import { IsoTime, LocalizedText, ServiceDay, ServiceId, Slug, Uuid } from './common.ts';
import { FlowId, LocalId } from './flows/base.ts';
import { PrintJobState } from './print.ts';

/**
 * Sessions booked through a booking flow (content/flows, kind booking): counsellors, workshops, advisers,
 * school visits. The visitor keeps an 8-digit code; the name and the mobile number are shown masked only.
 */

export const BookingCode = z.string().regex(/^\d{8}$/, 'eight digits');
export const BookingStatus = z.enum(['booked', 'attended', 'no-show', 'cancelled']);
export type BookingStatus = z.infer<typeof BookingStatus>;

export const BookingSlotsQuery = z.strictObject({
  flow: FlowId,
  /** A service day in the hall's time zone; the first bookable day when left out. */
  day: ServiceDay.optional(),
});

export const BookingSlot = z.strictObject({
  session: LocalId,
  topic: LocalizedText.nullable(),
  host: Slug.nullable(),
  start: IsoTime,
  end: IsoTime,
  capacity: z.number().int(),
  left: z.number().int(),
  /** Can be booked now: places left and far enough ahead. */
  open: z.boolean(),
});
export type BookingSlot = z.infer<typeof BookingSlot>;

export const BookingSlots = z.strictObject({
  flowId: FlowId,
  /** Days with sessions, from today, within the flow's daysAhead. */
  days: z.array(ServiceDay),
  day: ServiceDay,
  slots: z.array(BookingSlot),
});
export type BookingSlots = z.infer<typeof BookingSlots>;

export const BookSessionBody = z.strictObject({
  flowId: FlowId,
  session: LocalId,
  slotStart: IsoTime,
  host: Slug.optional(),
  /** Checked like a form's name and phone fields: the answer to each is a sentence at its field. */
  name: z.string().max(60),
  phone: z.string().max(20),
  topic: z.string().max(40).optional(),
  partySize: z.number().int().min(1).max(500).optional(),
  organisation: z.string().max(80).optional(),
  /** The kiosk whose printer prints the slip; a phone books without paper. */
  kioskId: Slug.optional(),
});
export type BookSessionBody = z.infer<typeof BookSessionBody>;

/** A booking as its holder and staff see it: name and mobile masked. */
export const SessionBooking = z.strictObject({
  id: Uuid,
  code: BookingCode,
  flowId: FlowId,
  title: LocalizedText,
  resource: LocalizedText,
  functions: z.array(ServiceId),
  session: LocalId,
  /** The session's topic, or the topic chosen. */
  topic: LocalizedText.nullable(),
  host: z.strictObject({ id: Slug, name: LocalizedText }).nullable(),
  start: IsoTime,
  end: IsoTime,
  day: ServiceDay,
  where: LocalizedText,
  area: Slug.nullable(),
  nameMasked: z.string(),
  phoneMasked: z.string(),
  partySize: z.number().int().nullable(),
  organisation: z.string().nullable(),
  status: BookingStatus,
  createdAt: IsoTime,
  print: z.strictObject({ jobId: Uuid, state: PrintJobState }).nullable(),
});
export type SessionBooking = z.infer<typeof SessionBooking>;

export const BookingCodeParams = z.strictObject({ code: BookingCode });
export const BookingIdParams = z.strictObject({ id: Uuid });

/** Cancelling with the code alone would let anyone who saw a slip cancel it: the mobile's last four digits too. */
export const CancelBookingBody = z.strictObject({ phoneLast4: z.string().regex(/^\d{4}$/, 'four digits') });

export const BookingDayQuery = z.strictObject({ day: ServiceDay.optional(), flow: FlowId.optional() });

/** Staff's day view: every booking flow's slots on a day, each with its bookings. */
export const BookingDay = z.strictObject({
  day: ServiceDay,
  flows: z.array(z.strictObject({
    flowId: FlowId,
    title: LocalizedText,
    slots: z.array(BookingSlot.omit({ open: true }).extend({ bookings: z.array(SessionBooking) })),
  })),
});
export type BookingDay = z.infer<typeof BookingDay>;

export const BookingStatusBody = z.strictObject({ status: BookingStatus.exclude(['booked']) });

export const BookingCalendarQuery = z.strictObject({ days: z.coerce.number().int().min(1).max(31).default(14) });

/** Group sessions ahead with places left: for the lobby screens' calendar and the kiosk. */
export const BookingCalendar = z.strictObject({
  generatedAt: IsoTime,
  items: z.array(z.strictObject({
    flowId: FlowId,
    title: LocalizedText,
    topic: LocalizedText,
    start: IsoTime,
    end: IsoTime,
    where: LocalizedText,
    capacity: z.number().int(),
    left: z.number().int(),
  })),
});
export type BookingCalendar = z.infer<typeof BookingCalendar>;
