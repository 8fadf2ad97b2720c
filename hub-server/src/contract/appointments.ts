import { z } from 'zod';
import { IsoTime, LocalizedText, ServiceDay, ServiceId, Slug, Uuid } from './common.ts';

export const AppointmentCode = z.string().regex(/^\d{6}$/, 'six digits');

export const SlotsQuery = z.strictObject({
  serviceId: ServiceId,
  /** A service day in the hall's time zone; today when left out. */
  date: ServiceDay.optional(),
});

export const Slot = z.strictObject({ start: IsoTime, end: IsoTime, capacity: z.number().int(), available: z.number().int() });
export type Slot = z.infer<typeof Slot>;

export const SlotsResult = z.strictObject({
  serviceId: ServiceId,
  queueId: Slug,
  date: ServiceDay,
  /** The days that can be booked, today first. */
  days: z.array(ServiceDay),
  slots: z.array(Slot),
});
export type SlotsResult = z.infer<typeof SlotsResult>;

export const BookBody = z.strictObject({
  serviceId: ServiceId,
  slotStart: IsoTime,
  /** The kiosk to print the booking slip on; phones book without paper. */
  kioskId: Slug.optional(),
});

export const AppointmentStatus = z.enum(['booked', 'checked-in', 'cancelled']);

/** A booking as the visitor sees it: no name, no number, only the code that checks it in. */
export const Appointment = z.strictObject({
  id: Uuid,
  code: AppointmentCode,
  serviceId: ServiceId,
  service: LocalizedText,
  queueId: Slug,
  slotStart: IsoTime,
  slotEnd: IsoTime,
  status: AppointmentStatus,
  checkInFrom: IsoTime,
  checkInUntil: IsoTime,
  ticketId: Uuid.nullable(),
});
export type Appointment = z.infer<typeof Appointment>;

export const CheckInBody = z.strictObject({ code: AppointmentCode, kioskId: Slug.optional() });
export const CodeParams = z.strictObject({ code: AppointmentCode });
