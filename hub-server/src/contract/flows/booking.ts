import { z } from 'zod';
import { LocalizedText, Slug } from '../common.ts';
import { LocalId, flowBase } from './base.ts';
import { ChoiceOption } from './fields.ts';

const Hours = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, '"HH:MM-HH:MM" in the hall\'s time zone');

/** Minutes since midnight of each end of "HH:MM-HH:MM". */
export function hoursSpan(hours: string): [number, number] {
  return hours.split('-').map((hm) => {
    const [h, m] = hm.split(':').map(Number) as [number, number];
    return h * 60 + m;
  }) as [number, number];
}

/**
 * When a booking flow's sessions are held, every week: a counsellor's surgery cut into slots, or a workshop
 * on a topic held as one slot. Places are per slot, and per host where the flow names its hosts.
 */
export const BookingSession = z.strictObject({
  id: LocalId,
  /** A group session's topic ("简历写作"): what the calendar and the lobby screens show. */
  topic: LocalizedText.optional(),
  /** ISO weekdays, 1 Monday … 7 Sunday. */
  weekdays: z.array(z.number().int().min(1).max(7)).min(1),
  hours: Hours,
  /** Cut into slots of this length; without it the whole session is one slot. */
  slotMinutes: z.number().int().min(10).max(240).optional(),
  capacity: z.number().int().min(1).max(200),
});
export type BookingSession = z.infer<typeof BookingSession>;

/** A named counsellor or adviser the visitor chooses (就业困难群体 clients keep theirs). */
export const BookingHost = z.strictObject({ id: Slug, name: LocalizedText, about: LocalizedText.optional() });
export type BookingHost = z.infer<typeof BookingHost>;

/** What the booking asks besides a name and a mobile number, which it always asks. */
export const BookingAsk = z.strictObject({
  /** What the visitor wants to talk about; one must be chosen when offered. */
  topics: z.array(ChoiceOption).max(12).default([]),
  /** How many come (a school's class, a family, an employer's staff). */
  party: z.strictObject({ label: LocalizedText, min: z.number().int().min(1), max: z.number().int().min(1).max(200) }).optional(),
  /** The school or company booking, by this label. */
  organisation: LocalizedText.optional(),
});
export type BookingAsk = z.infer<typeof BookingAsk>;

/** Booking a session (a counsellor, a workshop, an adviser, a school visit): weekly sessions, places, a slip. */
export const BookingFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('booking'),
  intro: LocalizedText.optional(),
  /** With whom or what: "职业指导师" / "a career counsellor". */
  resource: LocalizedText,
  where: LocalizedText,
  /** The floor-plan area where it is held, for the map and the slip. */
  area: Slug.optional(),
  daysAhead: z.number().int().min(1).max(90),
  /** The latest a slot can be booked, in minutes before it starts. */
  minNoticeMinutes: z.number().int().min(0).max(2880).default(60),
  sessions: z.array(BookingSession).min(1).max(20),
  hosts: z.array(BookingHost).max(20).default([]),
  ask: BookingAsk.prefault({}),
  /** A booking takes one place, or one per person in its party (a workshop's seats). */
  places: z.enum(['bookings', 'people']).default('bookings'),
}).superRefine((b, ctx) => {
  const ids = new Set<string>();
  b.sessions.forEach((s, i) => {
    if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'id'], message: `session "${s.id}" appears twice` });
    ids.add(s.id);
    const [from, to] = hoursSpan(s.hours);
    if (from >= to) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'hours'], message: 'ends before it starts' });
    else if (s.slotMinutes && s.slotMinutes > to - from) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'slotMinutes'], message: 'longer than the session' });
    if (b.places === 'people' && b.ask.party && b.ask.party.min > s.capacity) {
      ctx.addIssue({ code: 'custom', path: ['sessions', i, 'capacity'], message: 'smaller than the smallest party' });
    }
  });
  const hosts = new Set<string>();
  b.hosts.forEach((h, i) => {
    if (hosts.has(h.id)) ctx.addIssue({ code: 'custom', path: ['hosts', i, 'id'], message: `host "${h.id}" appears twice` });
    hosts.add(h.id);
  });
  if (b.ask.party && b.ask.party.min > b.ask.party.max) ctx.addIssue({ code: 'custom', path: ['ask', 'party', 'min'], message: 'min is above max' });
  if (new Set(b.ask.topics.map((t) => t.value)).size !== b.ask.topics.length) ctx.addIssue({ code: 'custom', path: ['ask', 'topics'], message: 'topic values must be unique' });
});
export type BookingFlow = z.infer<typeof BookingFlow>;
