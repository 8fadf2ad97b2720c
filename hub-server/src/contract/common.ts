import { z } from 'zod';

/** Every text the public sees exists in Chinese first, English second. */
export const LocalizedText = z.strictObject({
  zh: z.string().min(1).max(2000),
  en: z.string().min(1).max(2000),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const Lang = z.enum(['zh', 'en']);
export type Lang = z.infer<typeof Lang>;

/** Handbook function ids: module.group.item, e.g. "1.2.1" or "6.1.10". */
export const ServiceId = z.string().regex(/^[1-7]\.[1-9]\.[1-9][0-9]?$/, 'must look like 1.2.1');

/** Hall, device, kiosk and counter ids travel inside MQTT topics, so they must be topic-safe. */
export const Slug = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes only');

export const IsoTime = z.iso.datetime({ offset: true });

/** A service day in the hall's time zone, YYYY-MM-DD. */
export const ServiceDay = z.iso.date();

export const Uuid = z.uuid();
