import { z } from 'zod';
import { LocalizedText, ServiceId, Slug } from './common.ts';

/**
 * A blank form as content (content/blank-forms/<id>.json): boxes with their labels in both languages, drawn
 * on one A4 page. Printed by the front desk on its office printer: a form filled in by hand and filed with an
 * application needs A4 paper, not a receipt roll.
 */
export const BlankRow = z.strictObject({
  label: LocalizedText,
  /** line: a write-in line; lines: several; choices: boxes to tick; date: 年 月 日; sign: signature and date. */
  kind: z.enum(['line', 'lines', 'choices', 'date', 'sign']).default('line'),
  /** Half the page's width, so two go side by side. */
  half: z.boolean().default(false),
  options: z.array(LocalizedText).max(8).default([]),
  lines: z.number().int().min(2).max(8).default(3),
}).refine((r) => r.kind !== 'choices' || r.options.length >= 2, { message: 'a choices row needs at least 2 options', path: ['options'] });
export type BlankRow = z.infer<typeof BlankRow>;

export const BlankFormSheet = z.strictObject({
  id: Slug,
  title: LocalizedText,
  /** What it is for, on the kiosk's list. */
  describe: LocalizedText,
  /** The function whose window takes it. */
  service: ServiceId,
  sections: z.array(z.strictObject({ title: LocalizedText, rows: z.array(BlankRow).min(1).max(20) })).min(1).max(6),
  /** What to bring with it, printed under the boxes. */
  bring: z.array(LocalizedText).default([]),
});
export type BlankFormSheet = z.infer<typeof BlankFormSheet>;

export const BlankFormSummary = BlankFormSheet.pick({ id: true, title: true, describe: true, service: true }).extend({ url: z.string() });
export type BlankFormSummary = z.infer<typeof BlankFormSummary>;
/** The forms, and the page listing them all (the QR a phone scans). */
export const BlankFormList = z.strictObject({ index: z.string(), items: z.array(BlankFormSummary) });
export const BlankFormParams = z.strictObject({ id: Slug });
export const BlankFormSlipBody = z.strictObject({ kioskId: Slug, ids: z.array(Slug).min(1).max(10) });
