import { z } from 'zod';
import { LocalizedText, Slug } from '../common.ts';
import { LocalId, flowBase } from './base.ts';

/** A record kept across visits (counselling follow-ups, a personnel file): its stages as the visitor sees them. */
export const CaseFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('case'),
  intro: LocalizedText.optional(),
  caseType: Slug,
  stages: z.array(z.strictObject({ id: LocalId, label: LocalizedText })).min(2),
  /** How the visitor finds their record: signed in, or with a reference and check code. */
  lookup: z.enum(['signed-in', 'reference']),
});
export type CaseFlow = z.infer<typeof CaseFlow>;
