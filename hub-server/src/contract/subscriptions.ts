import { z } from 'zod';
import { IsoTime, Uuid } from './common.ts';
import { DistrictCode } from './jobs-content.ts';
import { MobileNumber } from './sms.ts';

/**
 * SMS subscriptions (2.3.2 短信发布): job alerts by occupation and district, and the hall's notices. Opt-in
 * with a code sent to the phone; opt-out at the kiosk or by replying 退订/TD/STOP. The number is kept only
 * while the subscription lives: opting out deletes it, and an unconfirmed request is deleted when its code expires.
 */
export const SubscriptionTopics = z.strictObject({
  /** Job alerts; null: none. Empty lists mean any occupation, any district. */
  jobs: z.strictObject({
    occupations: z.array(z.string().regex(/^\d(-\d{2}){0,3}$/)).max(5),
    districts: z.array(DistrictCode).max(5),
  }).nullable(),
  notices: z.boolean(),
}).refine((t) => t.jobs !== null || t.notices, { message: 'choose job alerts, notices or both', path: ['notices'] });
export type SubscriptionTopics = z.infer<typeof SubscriptionTopics>;

export const SubscriptionStatus = z.enum(['pending', 'active']);
export type SubscriptionStatus = z.infer<typeof SubscriptionStatus>;

export const SubscribeBody = z.strictObject({ phone: MobileNumber, topics: SubscriptionTopics });
export const SubscribeStarted = z.strictObject({
  subscriptionId: Uuid,
  phoneMasked: z.string(),
  /** The code in the SMS works until then. */
  expiresAt: IsoTime,
});
export const ConfirmSubscriptionBody = z.strictObject({ code: z.string().regex(/^\d{6}$/, 'the 6 digits of the SMS') });
export const SubscriptionParams = z.strictObject({ id: Uuid });
export const SubscriptionView = z.strictObject({
  id: Uuid,
  phoneMasked: z.string(),
  status: SubscriptionStatus,
  topics: SubscriptionTopics,
  confirmedAt: IsoTime.nullable(),
});
export type SubscriptionView = z.infer<typeof SubscriptionView>;

export const UnsubscribeBody = z.strictObject({ phone: MobileNumber });
/** The same answer whether or not the number had a subscription: the kiosk must not tell who subscribes. */
export const UnsubscribeResult = z.strictObject({ phoneMasked: z.string() });

/** Admin overview: counts only, and the masked log of what went out. */
export const SubscriptionOverview = z.strictObject({
  active: z.number().int(),
  pending: z.number().int(),
  jobAlerts: z.number().int(),
  notices: z.number().int(),
  byOccupation: z.array(z.strictObject({ code: z.string(), name: z.string(), count: z.number().int() })),
  byDistrict: z.array(z.strictObject({ code: z.string(), name: z.string(), count: z.number().int() })),
  /** Messages of the last 7 days by purpose. */
  sent: z.strictObject({ codes: z.number().int(), alerts: z.number().int(), notices: z.number().int(), stops: z.number().int() }),
});
