import { z } from 'zod';
import { IsoTime, LocalizedText } from './common.ts';
import { StatusSource } from './flows/status.ts';

/** 查进度: a reference and its check code, as printed on a slip or a receipt. */
export const StatusLookupBody = z.strictObject({
  refNo: z.string().trim().toUpperCase().min(4).max(24),
  checkCode: z.string().regex(/^\d{6}$/, 'the 6-digit check code'),
});

/**
 * Something a visitor follows (a form's submission, a complaint, a referral), as the public may see it: its
 * status in words and its history, never the answers or anyone's personal data.
 */
export const TrackedItem = z.object({
  source: StatusSource,
  refNo: z.string(),
  title: LocalizedText,
  status: z.string(),
  statusText: LocalizedText,
  final: z.boolean(),
  updatedAt: IsoTime,
  /** What the office said to the applicant (what to bring, why it was refused), newest last. */
  history: z.array(z.object({ at: IsoTime, statusText: LocalizedText, note: z.string().nullable() })),
});
export type TrackedItem = z.infer<typeof TrackedItem>;
