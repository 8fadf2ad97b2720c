import { z } from 'zod';
import { LocalizedText } from '../common.ts';
import { EducationLevel } from '../jobs-content.ts';
import { LocalId, flowBase } from './base.ts';
import { SimpleField } from './fields.ts';

/** What a signed-in seeker's registration can fill in: only what a CV needs and nothing that identifies them. */
export const CvPrefill = z.enum(['wantedOccupations', 'skills', 'certificates', 'education', 'experienceYears']);
export type CvPrefill = z.infer<typeof CvPrefill>;

/** The kinds of question a CV asks. An ID number is never one of them: it has no place on a CV. */
const CV_FIELD_TYPES = new Set(['text', 'number', 'choice', 'yes-no', 'phone', 'name']);

export const CvSection = z.strictObject({
  id: LocalId,
  title: LocalizedText,
  /** Asked once per entry (each job held, each school), up to this many; 1 for a section asked once. */
  repeat: z.number().int().min(1).max(10).default(1),
  /** The button that adds one more entry of a repeated section, e.g. "再加一段工作经历". */
  addLabel: LocalizedText.optional(),
  fields: z.array(SimpleField).min(1).max(12),
});
export type CvSection = z.infer<typeof CvSection>;

/** A CV builder (4.2.3): sections of questions, some repeated (jobs held, schooling), printed as a CV. */
export const CvFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('cv'),
  intro: LocalizedText.optional(),
  sections: z.array(CvSection).min(1).max(8),
  /** Fields filled from a signed-in seeker's registration, by field id. */
  prefill: z.record(LocalId, CvPrefill).default({}),
  /** How long the phone's one-time QR code stays good, in minutes. */
  shareMinutes: z.number().int().min(2).max(60).default(15),
}).superRefine((cv, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const seen = new Map<string, { field: SimpleField; repeated: boolean }>();
  cv.sections.forEach((s, i) => {
    if (cv.sections.findIndex((x) => x.id === s.id) !== i) issue(['sections', i, 'id'], `section "${s.id}" appears twice`);
    if (s.repeat > 1 && !s.addLabel) issue(['sections', i, 'addLabel'], 'a repeated section needs the label of its add button');
    s.fields.forEach((f, j) => {
      const at = ['sections', i, 'fields', j];
      if (!CV_FIELD_TYPES.has(f.type)) issue([...at, 'type'], `a CV does not ask ${f.type} questions`);
      if (f.visibleIf || typeof f.required === 'string') issue([...at, 'visibleIf'], 'CV questions have no conditions');
      if (seen.has(f.id)) issue([...at, 'id'], `field "${f.id}" appears twice`);
      if ((f.type === 'name' || f.type === 'phone') && (s.repeat > 1 || [...seen.values()].some((x) => x.field.type === f.type))) {
        issue([...at, 'type'], `one ${f.type} field, in a section asked once`);
      }
      seen.set(f.id, { field: f, repeated: s.repeat > 1 });
    });
  });
  for (const [id, from] of Object.entries(cv.prefill)) {
    const target = seen.get(id);
    if (!target || target.repeated) {
      issue(['prefill', id], target ? 'a repeated section cannot be filled in' : `no field "${id}"`);
      continue;
    }
    const f = target.field;
    const fits = from === 'experienceYears' ? f.type === 'number'
      : from === 'education' ? f.type === 'choice' && f.options.every((o) => EducationLevel.safeParse(o.value).success)
        : f.type === 'text';
    if (!fits) issue(['prefill', id], `${from} cannot fill a ${f.type} question`);
  }
});
export type CvFlow = z.infer<typeof CvFlow>;
