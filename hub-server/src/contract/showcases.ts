import { z } from 'zod';
import { LocalizedText, Slug } from './common.ts';
import { OccupationCode } from './jobs-content.ts';

/**
 * Showcases (2.3.3 职业展示, 2.3.4 引导展示): content the kiosk browses and the lobby screens show as slides.
 * Every item has the same core — a title, a one-sentence summary and a few short points — so a slide can be
 * drawn from any of them; occupation profiles add pay, skills and the training path.
 */
export const ShowcaseKind = z.enum(['occupation', 'service-promise', 'hiring-practice', 'job-search-tip']);
export type ShowcaseKind = z.infer<typeof ShowcaseKind>;

const core = {
  id: Slug,
  title: LocalizedText,
  summary: LocalizedText,
  /** Short lines, at most 6, each readable from across a lobby. */
  points: z.array(LocalizedText).min(1).max(6),
};

export const OccupationShowcase = z.strictObject({
  ...core,
  kind: z.literal('occupation'),
  occupationCode: OccupationCode,
  /** Monthly pay in the city's advertised vacancies, yuan: a demo figure, said to be one. */
  payRange: z.strictObject({ min: z.number().int().positive(), max: z.number().int().positive(), note: LocalizedText }),
  skills: z.array(LocalizedText).min(1),
  /** Steps from no experience to qualified: courses, certificates, years. */
  trainingPath: z.array(LocalizedText).min(1),
}).refine((o) => o.payRange.max >= o.payRange.min, { path: ['payRange', 'max'], message: 'must not be below min' });

export const GuidanceShowcase = z.strictObject({
  ...core,
  kind: z.enum(['service-promise', 'hiring-practice', 'job-search-tip']),
  /** Who it speaks to, for the screens to pick: the seekers' area or the employers'. */
  audience: z.enum(['everyone', 'seekers', 'employers']),
});

export const Showcase = z.union([OccupationShowcase, GuidanceShowcase]);
export type Showcase = z.infer<typeof Showcase>;

/** content/showcases/occupations.json and content/showcases/guidance.json. */
export const OccupationShowcasesFile = z.strictObject({ note: z.string(), items: z.array(OccupationShowcase).min(1) });
export const GuidanceShowcasesFile = z.strictObject({ note: z.string(), items: z.array(GuidanceShowcase).min(1) });

export const ShowcaseQuery = z.strictObject({ kind: ShowcaseKind.optional() });
export const ShowcaseParams = z.strictObject({ id: Slug });
/** GET /api/showcases: what the kiosk lists and the signage turns into slides. */
export const ShowcaseList = z.strictObject({ items: z.array(Showcase) });

/** One item with what the hall has for it now: open vacancies of the occupation and courses that lead to it. */
export const ShowcaseDetail = z.strictObject({
  showcase: Showcase,
  openVacancies: z.number().int().nonnegative(),
  courses: z.array(z.strictObject({ id: Slug, title: LocalizedText, provider: z.string(), days: z.number().int(), feeYuan: z.number().int(), subsidy: LocalizedText })),
});
export type ShowcaseDetail = z.infer<typeof ShowcaseDetail>;
