import { z } from 'zod';
import { LocalizedText } from './common.ts';
import { Finding } from './jobs.ts';

/**
 * Typed detail a refusal may carry beyond the fields it names, one key per kind. Readers look for the key
 * they know; a refusal without detail has none.
 */
export const ApiErrorDetails = z.strictObject({
  /** BLOCKED_WORDING: every finding of the wording checker, each with its rule, severity, fix and legal basis. */
  findings: z.array(Finding).optional(),
  /** A form's answers refused: each at its field, said for the public in both languages. */
  fields: z.array(z.object({ path: z.string(), text: LocalizedText })).optional(),
});
export type ApiErrorDetails = z.infer<typeof ApiErrorDetails>;

/** The body of every 4xx/5xx the hub sends, one shape for all. `issues` names each offending field. */
export const ApiError = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  code: z.string().optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** For refusals the public sees (a closed service, a full day): what the kiosk says, in both languages. */
  text: LocalizedText.optional(),
  details: ApiErrorDetails.optional(),
});
export type ApiError = z.infer<typeof ApiError>;
