import { z } from 'zod';
import { IsoTime, ServiceDay, Uuid } from './common.ts';
import { JobSummary } from './jobs.ts';
import { MaskedSeeker } from './matching.ts';

/**
 * 委托招聘 (3.1.6): an employer hands a published vacancy's screening to the centre. requested → screening
 * (staff at work) → shortlisted (handed to the employer) → closed; cancelled before the shortlist is handed over.
 */
export const EntrustStatus = z.enum(['requested', 'screening', 'shortlisted', 'closed', 'cancelled']);
export type EntrustStatus = z.infer<typeof EntrustStatus>;
export const EntrustAction = z.enum(['start', 'deliver', 'close', 'cancel']);
export type EntrustAction = z.infer<typeof EntrustAction>;

/** Each shortlisted seeker's result: proposed → interviewed → hired or rejected; withdrawn when they drop out. */
export const ShortlistResult = z.enum(['proposed', 'interviewed', 'hired', 'rejected', 'withdrawn']);
export type ShortlistResult = z.infer<typeof ShortlistResult>;

const Note = z.string().trim().min(1).max(200).regex(/^[^\u0000-\u001f\u007f]*$/, 'control characters are not allowed');

export const CreateEntrustBody = z.strictObject({
  vacancyId: z.number().int().positive().max(2 ** 31 - 1),
  /** How many candidates the employer wants on the shortlist. */
  candidates: z.number().int().min(1).max(20),
  /** The day the shortlist is wanted by, in the hall's calendar. */
  dueBy: ServiceDay,
  /** What to look for beyond the vacancy text; checked for discriminatory wording like the vacancy itself. */
  note: Note.optional(),
});
export type CreateEntrustBody = z.infer<typeof CreateEntrustBody>;

export const EntrustTransitionBody = z.strictObject({ action: EntrustAction, note: Note.optional() });

export const AddShortlistBody = z.strictObject({
  seekerId: Uuid,
  /** Also refer the seeker to the vacancy (a referral the follow-up, 3.1.9, tracks); an open one is reused. */
  refer: z.boolean().default(false),
  note: Note.optional(),
});

export const ShortlistResultBody = z.strictObject({ result: ShortlistResult.exclude(['proposed']), note: Note.optional() });

/** A shortlisted seeker as the employer sees them: masked like a candidate list, no name, ID or phone. */
export const ShortlistEntry = z.strictObject({
  seeker: MaskedSeeker,
  /** The mutual match score when shortlisted; null when the matcher no longer ranks the pair. */
  score: z.number().nullable(),
  result: ShortlistResult,
  referralId: Uuid.nullable(),
  referralRefNo: z.string().nullable(),
  note: z.string().nullable(),
  addedAt: IsoTime,
  updatedAt: IsoTime,
});
export type ShortlistEntry = z.infer<typeof ShortlistEntry>;

export const EntrustRequest = z.strictObject({
  id: Uuid,
  /** Printed and spoken: WT20261126-0003. */
  refNo: z.string(),
  status: EntrustStatus,
  vacancy: JobSummary,
  employerId: Uuid.nullable(),
  candidatesWanted: z.number().int(),
  dueBy: ServiceDay,
  /** Past the due day and not yet handed over. */
  overdue: z.boolean(),
  note: z.string().nullable(),
  shortlist: z.array(ShortlistEntry),
  hired: z.number().int(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  closedAt: IsoTime.nullable(),
  history: z.array(z.strictObject({
    action: z.string(), from: EntrustStatus.nullable(), to: EntrustStatus, seekerId: Uuid.nullable(), by: z.string(), at: IsoTime, note: z.string().nullable(),
  })),
});
export type EntrustRequest = z.infer<typeof EntrustRequest>;

export const EntrustListQuery = z.strictObject({
  status: z.enum(['open', 'done', 'all', ...EntrustStatus.options]).default('open'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const EntrustList = z.strictObject({ items: z.array(EntrustRequest), total: z.number().int() });
export const EntrustParams = z.strictObject({ id: Uuid });
export const ShortlistParams = z.strictObject({ id: Uuid, seekerId: Uuid });
