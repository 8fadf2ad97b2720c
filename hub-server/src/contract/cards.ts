import { z } from 'zod';
import { IsoTime, Slug, Uuid } from './common.ts';
import { IdNumber, RegisterSeekerBody, Seeker } from './seekers.ts';

/**
 * One card read by a kiosk's reader, device → hub only (the ACL lets no one else read a device's events).
 * A resident ID card and a social-security card both give the ID number and the name; nothing else is kept.
 */
export const CardRead = z.strictObject({
  readId: Uuid,
  card: z.enum(['id-card', 'social-security']),
  idNumber: IdNumber,
  name: z.string().trim().min(1).max(30),
  at: IsoTime,
});
export type CardRead = z.infer<typeof CardRead>;

/** hub → simulated reader: "a card with these details was placed on you" (demo and drills). */
export const SimCardTap = z.strictObject({
  card: z.enum(['id-card', 'social-security']).default('id-card'),
  idNumber: IdNumber,
  name: z.string().trim().min(1).max(30),
});

/** The kiosk's key: only the kiosk page itself (provisioned with it) may wait for its reader's cards. */
export const KIOSK_KEY_HEADER = 'x-kiosk-key';

export const KioskParams = z.strictObject({ kioskId: Slug });
export const CardAwaitQuery = z.strictObject({
  waitMs: z.coerce.number().int().min(0).max(30_000).default(25_000),
  /** sign-in: a registered card signs its holder in; form: the card only fills a form's identity fields. */
  purpose: z.enum(['sign-in', 'form']).default('sign-in'),
});

/**
 * What the kiosk learns from a card: a seeker sign-in, or that the card is not registered yet (then a read id
 * lets the registration use the card's ID and name without the kiosk ever holding them). Never the ID number.
 */
export const CardAwaitResult = z.discriminatedUnion('result', [
  z.strictObject({ result: z.literal('none') }),
  z.strictObject({ result: z.literal('signed-in'), token: z.string(), expiresAt: IsoTime, seeker: Seeker }),
  z.strictObject({ result: z.literal('unregistered'), readId: Uuid, nameMasked: z.string(), idMasked: z.string() }),
  /** For a form: the hub fills its card fields from this read when the form is submitted. */
  z.strictObject({ result: z.literal('read'), readId: Uuid, nameMasked: z.string(), idMasked: z.string() }),
]);
export type CardAwaitResult = z.infer<typeof CardAwaitResult>;

/** 求职登记 from a card read: the card gives the ID number and name; the visitor answers the rest. */
export const RegisterFromCardBody = RegisterSeekerBody.omit({ idNumber: true, name: true }).extend({ readId: Uuid, kioskId: Slug });
