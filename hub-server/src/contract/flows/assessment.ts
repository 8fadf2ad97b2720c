import { z } from 'zod';
import { LocalizedText } from '../common.ts';
import { LocalId, flowBase } from './base.ts';

/** One scale of the profile (e.g. a RIASEC type), described in plain words for the printout. */
export const AssessmentScale = z.strictObject({ id: LocalId, label: LocalizedText, describe: LocalizedText });

/** One statement the visitor rates by tapping; `reverse` scores it backwards. */
export const AssessmentItem = z.strictObject({ id: LocalId, text: LocalizedText, scale: LocalId, reverse: z.boolean().default(false) });

/** A scored questionnaire (职业素质测评): items on scales, rated on one answer scale. */
export const AssessmentFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('assessment'),
  intro: LocalizedText,
  scales: z.array(AssessmentScale).min(1),
  /** The answers every item offers, e.g. 0 不喜欢 / 1 说不清 / 2 喜欢. */
  answers: z.array(z.strictObject({ value: z.number().int(), label: LocalizedText })).min(2),
  items: z.array(AssessmentItem).min(1),
}).superRefine((a, ctx) => {
  const scales = new Set(a.scales.map((s) => s.id));
  const ids = new Set<string>();
  a.items.forEach((item, i) => {
    if (!scales.has(item.scale)) ctx.addIssue({ code: 'custom', path: ['items', i, 'scale'], message: `no scale "${item.scale}"` });
    if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `item "${item.id}" appears twice` });
    ids.add(item.id);
  });
});
export type AssessmentFlow = z.infer<typeof AssessmentFlow>;
