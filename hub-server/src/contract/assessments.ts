import { z } from 'zod';
import { Lang, LocalizedText, Slug } from './common.ts';
import { FlowId, LocalId } from './flows/base.ts';
import { OccupationCode } from './jobs-content.ts';

export const AssessmentParams = z.strictObject({ flowId: FlowId });

/** Every item's answer by item id (its answer's value). Nothing of it is kept after the answer is sent back. */
export const AssessmentBody = z.strictObject({ answers: z.record(z.string().max(40), z.number().int()) });
export type AssessmentBody = z.infer<typeof AssessmentBody>;

export const AssessmentPrintBody = AssessmentBody.extend({ kioskId: Slug, lang: Lang.default('zh') });

/** One scale of the profile: how much of it the answers show, 0–100. */
export const ScaleScore = z.strictObject({
  id: LocalId,
  letter: z.string(),
  label: LocalizedText,
  describe: LocalizedText,
  percent: z.number().int().min(0).max(100),
});

export const SuggestedOccupation = z.strictObject({
  code: OccupationCode,
  label: LocalizedText,
  /** How well the profile fits it, 0–100. */
  fit: z.number().int().min(0).max(100),
  /** Open vacancies of the occupation now, what the job search with ?occupation= shows. */
  openJobs: z.number().int().min(0),
  /** Subsidised courses that train for it (content/courses.json, by occupation code). */
  courses: z.array(z.strictObject({ id: Slug, title: LocalizedText, days: z.number().int(), subsidy: LocalizedText })),
});

export const AssessmentResult = z.strictObject({
  flowId: FlowId,
  version: z.number().int(),
  /** The scales, highest first. */
  scales: z.array(ScaleScore),
  /** The letters of the top three scales, e.g. "RSC". */
  code: z.string(),
  /** The profile in plain words. */
  summary: LocalizedText,
  flat: z.boolean(),
  occupations: z.array(SuggestedOccupation),
});
export type AssessmentResult = z.infer<typeof AssessmentResult>;
