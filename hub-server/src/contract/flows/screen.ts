import { z } from 'zod';
import { LocalizedText } from '../common.ts';
import { FlowKind } from '../content.ts';
import { EmploymentType, Programme, VacancyLabel } from '../jobs.ts';
import { flowBase } from './base.ts';

/** A job search fixed to one kind of vacancy (劳务输出, 公益性岗位…), with a warning or the licensed agencies. */
export const JobSearchPreset = z.strictObject({
  programme: Programme.exclude(['local']).optional(),
  label: VacancyLabel.optional(),
  employmentType: EmploymentType.optional(),
  note: LocalizedText.optional(),
  agencies: z.enum(['dispatch', 'overseas']).optional(),
});
export type JobSearchPreset = z.infer<typeof JobSearchPreset>;

/**
 * A flow that opens one of the kiosk's own screens (its route path under /kiosk/), e.g. the job search with a
 * preset, the vacancy form, the complaint form. `serves` says which of a function's declared flows it fulfils.
 */
export const ScreenFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('screen'),
  open: z.string().min(1).max(60).regex(/^[a-z0-9][a-z0-9/-]*$/, 'a kiosk route path such as "vacancies/new"'),
  /** Empty for an extra (a sign-in) that fulfils none of the function's declared flows itself. */
  serves: z.array(FlowKind).default([]),
  /** The query the screen opens with (filters already on); the visitor may change them. */
  start: z.record(z.string().regex(/^[a-zA-Z]+$/), z.string().max(40)).optional(),
  preset: JobSearchPreset.optional(),
});
export type ScreenFlow = z.infer<typeof ScreenFlow>;
