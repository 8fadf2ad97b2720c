import { z } from 'zod';
import { LocalizedText } from '../common.ts';
import { LocalId, flowBase } from './base.ts';
import { SimpleField } from './fields.ts';

/** A CV builder: sections of questions, some repeated (jobs held, schooling), printed as a CV. */
export const CvFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('cv'),
  intro: LocalizedText.optional(),
  sections: z.array(z.strictObject({
    id: LocalId,
    title: LocalizedText,
    /** Asked once per entry (each job held), up to this many; 1 for a section asked once. */
    repeat: z.number().int().min(1).max(10).default(1),
    fields: z.array(SimpleField).min(1),
  })).min(1),
});
export type CvFlow = z.infer<typeof CvFlow>;
