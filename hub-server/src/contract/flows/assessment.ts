import { z } from 'zod';
import { LocalizedText } from '../common.ts';
import { OccupationCode } from '../jobs-content.ts';
import { LocalId, flowBase } from './base.ts';

/** One scale of the profile (e.g. a RIASEC type), in plain words for the screen and the printout. */
export const AssessmentScale = z.strictObject({
  id: LocalId,
  /** One capital letter for the profile's code (RIASEC: R I A S E C). */
  letter: z.string().regex(/^[A-Z]$/),
  label: LocalizedText,
  /** What someone high on it likes, as a phrase that fits "你最喜欢…" / "You like … most". */
  like: LocalizedText,
  /** A sentence or two about the scale for people with little schooling. */
  describe: LocalizedText,
});
export type AssessmentScale = z.infer<typeof AssessmentScale>;

/** One statement the visitor rates by tapping; `reverse` scores it backwards. */
export const AssessmentItem = z.strictObject({ id: LocalId, text: LocalizedText, scale: LocalId, reverse: z.boolean().default(false) });

/** An occupation the profile may suggest: its code in content/jobs/occupations.json and the scales it fits, the main one first. */
export const AssessmentOccupation = z.strictObject({
  code: OccupationCode,
  label: LocalizedText,
  scales: z.array(LocalId).min(1).max(2),
});

/** A scored questionnaire (职业素质测评): items on scales, rated on one answer scale, interpreted in plain words. */
export const AssessmentFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('assessment'),
  intro: LocalizedText,
  /** Asked above every item, e.g. "你喜欢做这件事吗？". */
  question: LocalizedText,
  scales: z.array(AssessmentScale).min(2).max(12),
  /** The answers every item offers, e.g. 2 喜欢 / 1 说不准 / 0 不喜欢; higher means more of the scale. */
  answers: z.array(z.strictObject({ value: z.number().int().min(0).max(10), label: LocalizedText })).min(2).max(7),
  items: z.array(AssessmentItem).min(6).max(120),
  /** Points (of 100) between the highest and the lowest scale under which a profile is called flat. */
  flatWithin: z.number().int().min(0).max(100).default(15),
  /** The sentence for a flat profile: no kind of work stands out. */
  flat: LocalizedText,
  occupations: z.array(AssessmentOccupation).min(1).max(80),
}).superRefine((a, ctx) => {
  const scales = new Set(a.scales.map((s) => s.id));
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (scales.size !== a.scales.length) issue(['scales'], 'scale ids must be unique');
  if (new Set(a.scales.map((s) => s.letter)).size !== a.scales.length) issue(['scales'], 'scale letters must be unique');
  if (new Set(a.answers.map((x) => x.value)).size !== a.answers.length) issue(['answers'], 'answer values must be unique');
  const ids = new Set<string>();
  a.items.forEach((item, i) => {
    if (!scales.has(item.scale)) issue(['items', i, 'scale'], `no scale "${item.scale}"`);
    if (ids.has(item.id)) issue(['items', i, 'id'], `item "${item.id}" appears twice`);
    ids.add(item.id);
  });
  for (const s of a.scales) if (a.items.filter((x) => x.scale === s.id).length < 2) issue(['scales'], `scale "${s.id}" needs at least 2 items`);
  const codes = new Set<string>();
  a.occupations.forEach((o, i) => {
    o.scales.forEach((s, j) => {
      if (!scales.has(s)) issue(['occupations', i, 'scales', j], `no scale "${s}"`);
    });
    if (codes.has(o.code)) issue(['occupations', i, 'code'], `${o.code} appears twice`);
    codes.add(o.code);
  });
});
export type AssessmentFlow = z.infer<typeof AssessmentFlow>;
