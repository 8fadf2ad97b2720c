import { z } from 'zod';
import { LocalizedText, ServiceId, Slug } from './common.ts';

/** The flows a function can offer (see content/services.json "flows"). */
export const FlowKind = z.enum([
  'info', 'search', 'match', 'form', 'status', 'booking', 'ticket', 'calc', 'assess', 'signage', 'feed', 'device', 'admin',
]);
export type FlowKind = z.infer<typeof FlowKind>;

export const Module = z.strictObject({
  id: z.string().regex(/^[1-7]$/),
  zh: z.string().min(1),
  en: z.string().min(1),
  /** Name of the pictogram the apps draw for this module (people who read little find services by icon). */
  icon: Slug,
});
export type Module = z.infer<typeof Module>;

export const ServiceFunction = z.strictObject({
  id: ServiceId,
  zh: z.string().min(1),
  en: z.string().min(1),
  tier: z.enum(['basic', 'extended', 'expansion']),
  audience: z.enum(['all', 'employer', 'seeker', 'special', 'assistance']),
  flows: z.array(FlowKind).min(1),
  does: z.string().min(1),
  /** The queue line whose counters handle this function; absent when it has no window business. */
  queue: Slug.optional(),
});
export type ServiceFunction = z.infer<typeof ServiceFunction>;

/** content/services.json: the 7 modules and 89 functions of the national handbook. */
export const ServicesFile = z.strictObject({
  source: z.string(),
  modules: z.array(Module).length(7),
  functions: z.array(ServiceFunction).length(89),
});
export type ServicesFile = z.infer<typeof ServicesFile>;

/**
 * A queue line (业务队列): one ticket prefix, its own number sequence per service day, and the counters that serve it.
 * Several handbook functions can share a line, so a number on the call screen is never ambiguous.
 */
export const QueueLine = z.strictObject({
  id: Slug,
  prefix: z.string().regex(/^[A-Z]$/, 'one capital letter'),
  name: LocalizedText,
  counters: z.array(Slug).min(1),
  /** Where visitors of this line sit until they are called (the ticket, the kiosk and the call screen say it). */
  waitingArea: LocalizedText.optional(),
  /** Opening hours in the hall's time zone, "HH:MM-HH:MM"; "00:00-24:00" means round the clock. */
  hours: z.string().regex(/^\d\d:\d\d-\d\d:\d\d$/).default('00:00-24:00'),
  /** Tickets per service day; null for no quota. */
  dailyQuota: z.number().int().positive().nullable().default(null),
  /** Minutes a visit usually takes; seeds the wait estimate until the event log has enough history. */
  typicalServiceMinutes: z.number().positive().max(240).default(6),
  /** Service-level target for the KPIs: the share of visitors called within this many minutes of joining the line. */
  serviceLevelMinutes: z.number().positive().max(480).default(15),
});
export type QueueLine = z.infer<typeof QueueLine>;

export const Counter = z.strictObject({
  id: Slug,
  /** The window number shown and spoken: "请 A012 号到 3 号窗口". */
  window: z.number().int().min(1).max(999),
  name: LocalizedText,
});
export type Counter = z.infer<typeof Counter>;

/** signage-screen: a lobby LCD screen, a browser with a credential of its own (registered in admin, not here). */
export const DeviceKind = z.enum(['printer', 'call-screen', 'card-reader', 'sms', 'kiosk-shell', 'signage-screen']);
export type DeviceKind = z.infer<typeof DeviceKind>;

export const DeviceEntry = z.strictObject({
  id: Slug,
  kind: DeviceKind,
  name: LocalizedText,
});
export type DeviceEntry = z.infer<typeof DeviceEntry>;

export const Kiosk = z.strictObject({
  id: Slug,
  name: LocalizedText,
  /** The ticket printer built into this kiosk. */
  printer: Slug.nullable(),
  /** The ID / social-security card reader built into this kiosk (一卡通, 3.3.3), if any. */
  cardReader: Slug.optional(),
});
export type Kiosk = z.infer<typeof Kiosk>;

/** How visits can be booked in advance (预约). */
export const AppointmentRules = z.strictObject({
  slotMinutes: z.number().int().min(5).max(240).default(30),
  /** Bookings per slot and queue line; the rest of the line's capacity stays for walk-ins. */
  perSlot: z.number().int().min(1).max(50).default(2),
  daysAhead: z.number().int().min(0).max(60).default(7),
  /** Check-in opens this long before the slot… */
  checkInEarlyMinutes: z.number().int().min(0).max(240).default(30),
  /** …and closes this long after its start; later, the visitor takes a normal ticket. */
  lateMinutes: z.number().int().min(0).max(120).default(15),
});
export type AppointmentRules = z.infer<typeof AppointmentRules>;

/** content/hall.json: the physical hall. */
export const HallFile = z.strictObject({
  id: Slug,
  name: LocalizedText,
  timezone: z.string().min(1).default('Asia/Shanghai'),
  address: LocalizedText,
  queues: z.array(QueueLine).min(1),
  counters: z.array(Counter).min(1),
  kiosks: z.array(Kiosk).min(1),
  devices: z.array(DeviceEntry),
  appointments: AppointmentRules.prefault({}),
});
export type HallFile = z.infer<typeof HallFile>;

export const NoticeSeed = z.strictObject({
  title: LocalizedText,
  body: LocalizedText,
});

/** content/notices.json: the hall's notices on the first start (phone pages, feeds, SMS subscriptions). */
export const NoticesFile = z.strictObject({ notices: z.array(NoticeSeed) });
export type NoticesFile = z.infer<typeof NoticesFile>;

/** A question people ask at the window, answered in plain language. */
export const GuideFaq = z.strictObject({ q: LocalizedText, a: LocalizedText });

/**
 * One step of a guide. A step done with a kiosk flow names it (`kiosk`: the flow's id in the kiosk's FLOWS for
 * this function) and is shown only while the kiosk has that flow; until then `otherwise` — the same step as it
 * is done today, at a window — is shown in its place, or nothing. A guide never sends anybody to a button the
 * kiosk does not have. Paper (the printed guide) always carries `otherwise`: it is read away from the kiosk.
 */
export const GuideStep = z.strictObject({
  zh: LocalizedText.shape.zh,
  en: LocalizedText.shape.en,
  kiosk: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/).optional(),
  otherwise: LocalizedText.optional(),
}).refine((s) => s.kiosk !== undefined || s.otherwise === undefined, 'otherwise needs a kiosk flow to stand in for');
export type GuideStep = z.infer<typeof GuideStep>;

/** The steps a guide shows where these kiosk flows exist (none: what paper shows). */
export function guideSteps(steps: readonly GuideStep[], flows: ReadonlySet<string>): LocalizedText[] {
  return steps.flatMap((s) => {
    if (!s.kiosk || flows.has(s.kiosk)) return [{ zh: s.zh, en: s.en }];
    return s.otherwise ? [s.otherwise] : [];
  });
}

/**
 * content/guides/<function id>.json: the service guide (办事指南) of one function, what the kiosk shows and
 * prints: who qualifies, what to bring, the steps, where and when, and what it costs.
 */
export const ServiceGuide = z.strictObject({
  id: z.string().regex(/^[1-7]\.[1-9]\.[1-9][0-9]?$/),
  /** One sentence a person with little schooling understands: what this service does for them. */
  summary: LocalizedText,
  whoQualifies: z.array(LocalizedText).min(1),
  documents: z.array(LocalizedText),
  steps: z.array(GuideStep).min(1),
  /** Where in the hall (window, floor, area), or "at this kiosk". */
  where: LocalizedText,
  hours: LocalizedText,
  fees: LocalizedText,
  /** How long it takes, e.g. "当场办结" / "done on the spot". */
  timeLimit: LocalizedText,
  /** Legal or policy basis, by name (no article numbers unless certain). */
  basis: z.array(z.string().min(1)).default([]),
  faq: z.array(GuideFaq).default([]),
  /** Simple words people type for this service (a search synonym list). */
  keywords: z.array(z.string().min(1)).default([]),
});
export type ServiceGuide = z.infer<typeof ServiceGuide>;
