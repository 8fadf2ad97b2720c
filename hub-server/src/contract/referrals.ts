import { z } from 'zod';
import { IsoTime, LocalizedText, Slug, Uuid } from './common.ts';
import { JobSummary } from './jobs.ts';
import { PrintStatus } from './print.ts';
import { SeekerRef } from './seekers.ts';

export const ReferralStatus = z.enum(['referred', 'interviewed', 'hired', 'rejected', 'no-show', 'cancelled']);
export type ReferralStatus = z.infer<typeof ReferralStatus>;
export const ReferralOutcome = ReferralStatus.exclude(['referred']);

export const CreateReferralBody = z.strictObject({
  /** The vacancies chosen from the recommendations; one slip each. */
  vacancyIds: z.array(z.number().int().positive()).min(1).max(5),
  /** The kiosk whose printer prints the slips; none prints nothing. */
  kioskId: Slug.optional(),
  /** Staff only: the seeker being referred (a signed-in seeker refers themself). */
  seekerId: Uuid.optional(),
});

export const ReferralOutcomeBody = z.strictObject({
  outcome: ReferralOutcome,
  note: z.string().trim().min(1).max(200).optional(),
});

export const Referral = z.strictObject({
  id: Uuid,
  refNo: z.string(),
  status: ReferralStatus,
  seeker: SeekerRef,
  vacancy: JobSummary,
  score: z.number().nullable(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  outcomeAt: IsoTime.nullable(),
  /** Open and not updated for the reminder period: the employer or counsellor should record what happened. */
  reminderDue: z.boolean(),
  history: z.array(z.strictObject({ from: ReferralStatus.nullable(), to: ReferralStatus, by: z.string(), at: IsoTime, note: z.string().nullable() })),
  print: PrintStatus.nullable(),
});
export type Referral = z.infer<typeof Referral>;

export const ReferralsCreated = z.strictObject({ items: z.array(Referral), message: LocalizedText });

export const ReferralListQuery = z.strictObject({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  /** A counsellor's assistance clients ("me" for the signed-in staff member). */
  counsellor: z.string().min(1).max(64).optional(),
  /** Only those due a reminder. */
  due: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const ReferralList = z.strictObject({ items: z.array(Referral), total: z.number().int() });
export const ReferralParams = z.strictObject({ id: Uuid });
