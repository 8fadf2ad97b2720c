import { z } from 'zod';
import { LocalizedText, Slug } from '../common.ts';
import { flowBase } from './base.ts';

/** Blank application forms a visitor can print at the kiosk (便利服务) to fill in by hand. */
export const BlankFormsFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('blank-forms'),
  intro: LocalizedText.optional(),
  documents: z.array(z.strictObject({
    id: Slug,
    title: LocalizedText,
    describe: LocalizedText.optional(),
    /** The printable sheet: content/blank-forms/<file>. */
    file: z.string().regex(/^[a-z0-9][a-z0-9-]*\.[a-z]+$/),
  })).min(1),
});
export type BlankFormsFlow = z.infer<typeof BlankFormsFlow>;
