import { z } from 'zod';
import { LocalizedText } from './common.ts';

/** The kinds of personal record the hub keeps for a limited time; each capability purges its own. */
export const RetentionKind = z.enum(['seeker-identity', 'complaint-contact', 'form-personal-answers']);
export type RetentionKind = z.infer<typeof RetentionKind>;

/** content/retention.json: how long each kind is kept, what is removed then, and why it is kept that long. */
export const RetentionFile = z.strictObject({
  periods: z.record(RetentionKind, z.strictObject({
    /** Days after the record's last change (a closed complaint: after it was closed; a form: after its decision). */
    days: z.number().int().min(1).max(3650),
    what: LocalizedText,
    why: LocalizedText,
  })),
});
export type RetentionFile = z.infer<typeof RetentionFile>;
