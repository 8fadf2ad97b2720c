import { z } from 'zod';
import { LocalizedText, Slug } from '../common.ts';
import { flowBase } from './base.ts';

/**
 * Blank application forms to fill in by hand (便利服务, 1.2.2), listed by name: content/blank-forms/<sheet>.json,
 * each an A4 page the front desk prints. The kiosk prints a small slip naming the ones chosen.
 */
export const BlankFormsFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('blank-forms'),
  intro: LocalizedText.optional(),
  sheets: z.array(Slug).min(1).max(40),
});
export type BlankFormsFlow = z.infer<typeof BlankFormsFlow>;
