import { z } from 'zod';
import { LocalizedText, Slug } from '../common.ts';
import { LocalId, flowBase } from './base.ts';

/** A stage of a record as the visitor reads it, and the stages staff may move it to next. */
export const CaseStage = z.strictObject({
  id: LocalId,
  label: LocalizedText,
  /** What this stage means for the person, in plain words ("your file is kept in our archive room"). */
  describe: LocalizedText,
  next: z.array(LocalId).default([]),
});
export type CaseStage = z.infer<typeof CaseStage>;

/**
 * A record kept across visits (counselling follow-ups, a start-up's progress, a personnel file, an unemployed
 * person's record): one per person and case type, moved through its stages by staff (the transition table is
 * `next`), with dated follow-ups where the flow keeps them. The visitor looks theirs up signed in, or with the
 * ID number and the mobile's last four digits.
 */
export const CaseFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('case'),
  intro: LocalizedText.optional(),
  caseType: Slug,
  /** The first stage is where a new record starts. */
  stages: z.array(CaseStage).min(2).max(12),
  lookup: z.array(z.enum(['signed-in', 'id-phone'])).min(1),
  /** Counsellors record dated follow-ups with a next date; an archive only changes stage. */
  followUps: z.boolean().default(false),
  /** Named stage moves staff make at the window, e.g. completing a registration pre-applied at the kiosk. */
  actions: z.array(z.strictObject({ id: LocalId, label: LocalizedText, to: LocalId, needsRef: z.boolean().default(false) })).default([]),
}).superRefine((c, ctx) => {
  const ids = new Set(c.stages.map((s) => s.id));
  if (ids.size !== c.stages.length) ctx.addIssue({ code: 'custom', path: ['stages'], message: 'stage ids must be unique' });
  c.stages.forEach((s, i) => s.next.forEach((n, j) => {
    if (!ids.has(n)) ctx.addIssue({ code: 'custom', path: ['stages', i, 'next', j], message: `no stage "${n}"` });
    if (n === s.id) ctx.addIssue({ code: 'custom', path: ['stages', i, 'next', j], message: 'a stage cannot lead to itself' });
  }));
  c.actions.forEach((a, i) => {
    if (!ids.has(a.to)) ctx.addIssue({ code: 'custom', path: ['actions', i, 'to'], message: `no stage "${a.to}"` });
  });
});
export type CaseFlow = z.infer<typeof CaseFlow>;

/** null when staff may move a record from one stage to another, otherwise why not. */
export function caseMoveRefusal(flow: Pick<CaseFlow, 'stages'>, from: string, to: string): string | null {
  const stage = flow.stages.find((s) => s.id === from);
  if (!stage) return `no stage "${from}"`;
  if (!flow.stages.some((s) => s.id === to)) return `no stage "${to}"`;
  return stage.next.includes(to) ? null : `a record at "${from}" cannot move to "${to}"`;
}
