import { z } from 'zod';
import { LocalizedText } from '../common.ts';
import { flowBase } from './base.ts';

/** Booking a session (a counsellor, a workshop, an adviser): slots of a length, a capacity, opening hours. */
export const BookingFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('booking'),
  intro: LocalizedText.optional(),
  /** With whom or what: "职业指导师" / "a career counsellor". */
  resource: LocalizedText,
  where: LocalizedText,
  slotMinutes: z.number().int().min(10).max(240),
  /** People per slot: 1 for a one-to-one session, more for a group. */
  capacity: z.number().int().min(1).max(200),
  daysAhead: z.number().int().min(1).max(90),
  /** Hours in the hall's time zone, "HH:MM-HH:MM". */
  hours: z.string().regex(/^\d\d:\d\d-\d\d:\d\d$/),
  /** ISO weekdays (1 Monday … 7 Sunday) on which sessions are held. */
  weekdays: z.array(z.number().int().min(1).max(7)).min(1),
});
export type BookingFlow = z.infer<typeof BookingFlow>;
