import { z } from 'zod';
import { LocalizedText, ServiceId, Slug } from './common.ts';

/**
 * The hall's floor plan (content/floor-plan.json): floors drawn to scale in metres, what stands where, and a
 * walking graph of waypoints the kiosk routes along. The plan names the hall's counters and kiosks by their
 * ids in hall.json, so a window moved in one file and not the other stops start-up.
 */

/** x, y in metres from the floor's top-left corner (y grows towards the entrance side). */
const Metre = z.number().min(0).max(500);

export const Rect = z.strictObject({ x: Metre, y: Metre, w: z.number().positive().max(500), h: z.number().positive().max(500) });
export type Rect = z.infer<typeof Rect>;

/** What an area is, for its colour and pictogram on the plan. */
export const AreaKind = z.enum([
  'windows', 'waiting', 'self-service', 'front-desk', 'entrance', 'rooms', 'hall', 'classroom',
  'toilet', 'accessible-toilet', 'lift', 'stairs', 'water', 'notice-board',
]);
export type AreaKind = z.infer<typeof AreaKind>;

export const FloorArea = z.strictObject({
  id: Slug,
  label: LocalizedText,
  kind: AreaKind,
  rect: Rect,
  /** The waypoint a visitor walks to for this area (its door). */
  node: Slug,
  /** Handbook functions handled here (beyond those handled at a window, which the windows say). */
  services: z.array(ServiceId).default([]),
});
export type FloorArea = z.infer<typeof FloorArea>;

/** A counter's window on the plan: the counter id of hall.json, and where one stands to be served. */
export const FloorWindow = z.strictObject({ counter: Slug, x: Metre, y: Metre, node: Slug });
export const FloorKiosk = z.strictObject({ kiosk: Slug, x: Metre, y: Metre, node: Slug });

export const Waypoint = z.strictObject({ id: Slug, x: Metre, y: Metre });

export const Floor = z.strictObject({
  id: Slug,
  /** 1 for the ground floor (一楼) as the hall numbers floors. */
  level: z.number().int().min(-5).max(60),
  label: LocalizedText,
  width: z.number().positive().max(500),
  height: z.number().positive().max(500),
  areas: z.array(FloorArea).min(1),
  windows: z.array(FloorWindow).default([]),
  kiosks: z.array(FloorKiosk).default([]),
  nodes: z.array(Waypoint).min(1),
  /** Walkable corridors between two waypoints of this floor, straight lines. */
  paths: z.array(z.tuple([Slug, Slug])).min(1),
});
export type Floor = z.infer<typeof Floor>;

/** A lift or a staircase joining waypoints on different floors. Only lifts are step-free. */
export const FloorLink = z.strictObject({
  id: Slug,
  kind: z.enum(['lift', 'stairs']),
  label: LocalizedText,
  nodes: z.array(Slug).min(2),
  /** Walking metres one floor of it is worth, for choosing between lift and stairs. */
  costPerFloor: z.number().positive().max(200),
});
export type FloorLink = z.infer<typeof FloorLink>;

export const FloorPlanFile = z.strictObject({
  note: z.string(),
  floors: z.array(Floor).min(1),
  links: z.array(FloorLink).default([]),
});
export type FloorPlanFile = z.infer<typeof FloorPlanFile>;

/** GET /api/floor-plan: the plan as drawn, with the counters' window numbers. */
export const FloorPlanView = z.strictObject({
  floors: z.array(Floor.extend({ windows: z.array(FloorWindow.extend({ window: z.number().int(), name: LocalizedText })) })),
  links: z.array(FloorLink),
});
export type FloorPlanView = z.infer<typeof FloorPlanView>;

/** Where a function is handled: its windows (counter ids) and its areas, each on a floor. */
export const ServicePlaces = z.strictObject({
  serviceId: ServiceId,
  counters: z.array(Slug),
  areas: z.array(Slug),
  floors: z.array(Slug),
});
export type ServicePlaces = z.infer<typeof ServicePlaces>;

export const RouteQuery = z.strictObject({
  /** The kiosk the visitor stands at. */
  from: Slug,
  /** Where to: `counter:<id>`, `area:<id>` or `service:<function id>` (its nearest window or area). */
  to: z.string().regex(/^(counter|area):[a-z0-9][a-z0-9-]*$|^service:[1-7]\.[1-9]\.[1-9][0-9]?$/, 'counter:<id>, area:<id> or service:<function id>'),
  /** Only lifts between floors, never stairs. */
  stepFree: z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1').default(false),
});

/** A walk from a kiosk: one polyline per floor crossed, and the steps in words. */
export const RouteView = z.strictObject({
  from: Slug,
  to: z.strictObject({ kind: z.enum(['counter', 'area']), id: Slug, label: LocalizedText, floor: Slug }),
  stepFree: z.boolean(),
  metres: z.number(),
  legs: z.array(z.strictObject({ floor: Slug, points: z.array(z.tuple([z.number(), z.number()])).min(2) })),
  steps: z.array(LocalizedText).min(1),
});
export type RouteView = z.infer<typeof RouteView>;

export const WhereParams = z.strictObject({ serviceId: ServiceId });
