import { z } from 'zod';
import { LocalizedText } from '../common.ts';
import { FlowId, flowBase } from './base.ts';

/** What a status lookup can find: a form's submission, a complaint, a referral slip. */
export const StatusSource = z.enum(['form', 'complaint', 'referral']);
export type StatusSource = z.infer<typeof StatusSource>;

/**
 * 查进度: look something up by its reference and check code (the slip), or, signed in, see one's own. The
 * same lookup answers the phone page the slip's QR opens.
 */
export const StatusFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('status'),
  intro: LocalizedText.optional(),
  finds: z.array(StatusSource).min(1),
  /** For `form`: the forms whose submissions this looks up; empty for any form. */
  forms: z.array(FlowId).default([]),
  /** A signed-in job seeker sees their own submissions without typing the reference. */
  signedIn: z.boolean().default(true),
});
export type StatusFlow = z.infer<typeof StatusFlow>;
