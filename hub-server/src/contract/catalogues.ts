import { z } from 'zod';
import { IsoTime, LocalizedText, ServiceId, Slug } from './common.ts';
import { CatalogueSource } from './flows/catalogue.ts';
import { DistrictCode } from './jobs-content.ts';

/**
 * Catalogues at the kiosk: every source's entries in one shape, so one element lists policies, courses,
 * providers, start-up projects, service points and agencies. Nothing personal is in any of them: phones are
 * office lines.
 */

const Phone = z.string().regex(/^[0-9-]{5,20}$/, 'an office line such as 021-12345678');

/** One entry as a catalogue lists it. */
export const CatalogueEntry = z.strictObject({
  id: z.string().min(1).max(60),
  title: LocalizedText,
  summary: LocalizedText,
  /** Short labelled facts: the provider, the fee, the hours, the licence. */
  facts: z.array(z.strictObject({ label: LocalizedText, value: LocalizedText })),
  /** Longer lists: who qualifies, how to apply, what is offered, how to get there. */
  sections: z.array(z.strictObject({ title: LocalizedText, items: z.array(LocalizedText) })),
  /** Values the filters and presets match, by facet. */
  facets: z.record(z.string(), z.array(z.string())),
  /** Marks in front of the title: 补贴 subsidised, 持证 licensed. */
  badges: z.array(LocalizedText),
  /** Where in the hall (a floor-plan area), when it is here. */
  area: Slug.nullable(),
  /** A phone page with the same entry (the QR on a printed summary). */
  url: z.string().nullable(),
  /** The service function this entry is the guide of: the kiosk opens its page and prints its guide slip. */
  service: ServiceId.nullable(),
  /** Words people type for it besides its title and summary (a guide's keywords), for the search field. */
  keywords: z.array(z.string().min(1)),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

export const CatalogueParams = z.strictObject({ source: CatalogueSource });
/** Facet filters as query parameters: ?district=putuo&subsidised=yes. */
export const CatalogueQuery = z.record(z.string().regex(/^[a-zA-Z]{1,40}$/), z.string().max(40));
export const CatalogueResult = z.strictObject({ source: CatalogueSource, entries: z.array(CatalogueEntry) });
export type CatalogueResult = z.infer<typeof CatalogueResult>;

/** Print the summary of chosen policies (the finder's answer, or one policy) at a kiosk. */
export const PrintEntriesBody = z.strictObject({
  kioskId: Slug,
  ids: z.array(z.string().min(1).max(40)).min(1).max(5),
  /** The finder's reasons, shown under each policy's title on the slip. */
  because: z.record(z.string(), LocalizedText).optional(),
});

/** content/catalogues/providers.json: training providers; `name` is how courses.json names them. */
export const TrainingProvider = z.strictObject({
  id: Slug,
  name: z.string().min(2).max(60),
  nameEn: z.string().min(2).max(80),
  /** 定点培训机构: courses here are subsidised for those who qualify. */
  designated: z.boolean(),
  licence: z.string().min(4).max(60),
  district: DistrictCode,
  address: LocalizedText,
  officePhone: Phone,
  offers: LocalizedText,
});
export type TrainingProvider = z.infer<typeof TrainingProvider>;
export const ProvidersFile = z.strictObject({ note: z.string(), providers: z.array(TrainingProvider).min(1) });

/** content/catalogues/service-points.json: street and community employment service points (5.1.6). */
export const ServicePoint = z.strictObject({
  id: Slug,
  name: LocalizedText,
  district: DistrictCode,
  address: LocalizedText,
  officePhone: Phone,
  hours: LocalizedText,
  /** What can be done there, in plain words. */
  offers: z.array(LocalizedText).min(1),
  /** The handbook functions it handles, for "where else can I do this". */
  services: z.array(ServiceId).default([]),
  /** How to get there: metro, bus, a landmark. */
  directions: z.array(LocalizedText).min(1),
});
export type ServicePoint = z.infer<typeof ServicePoint>;
export const ServicePointsFile = z.strictObject({ note: z.string(), points: z.array(ServicePoint).min(1) });

export const ProjectSector = z.enum(['food', 'retail', 'online', 'services', 'farming', 'crafts', 'tech', 'care']);
export type ProjectSector = z.infer<typeof ProjectSector>;

/** A start-up project in the bank (5.1.4 collects them, 5.1.5 shows them). */
export const StartupProjectFields = z.strictObject({
  title: LocalizedText,
  summary: LocalizedText,
  sector: ProjectSector,
  district: DistrictCode,
  /** Starting money needed, yuan. */
  investmentYuan: z.number().int().min(0).max(100_000_000),
  /** Jobs it creates. */
  jobs: z.number().int().min(0).max(10_000),
  /** What the centre offers with it: a site, a mentor, a loan. */
  support: LocalizedText,
  /** The incubator's or the centre's office line, never a founder's mobile. */
  officePhone: Phone,
});
export type StartupProjectFields = z.infer<typeof StartupProjectFields>;
export const StartupProjectsFile = z.strictObject({ note: z.string(), projects: z.array(StartupProjectFields.extend({ id: Slug })).min(1) });

export const StartupProject = StartupProjectFields.extend({
  id: z.string(),
  shown: z.boolean(),
  /** The approved kiosk submission it came from (5.1.4), or null for the demo seed and staff entries. */
  submissionRef: z.string().nullable(),
  updatedAt: IsoTime,
  updatedBy: z.string(),
});
export type StartupProject = z.infer<typeof StartupProject>;

export const ProjectBody = StartupProjectFields.extend({
  shown: z.boolean().default(true),
  submissionRef: z.string().trim().regex(/^[A-Z0-9-]{4,40}$/).optional(),
});
export const ProjectParams = z.strictObject({ id: z.string().min(1).max(60) });
export const ProjectShownBody = z.strictObject({ shown: z.boolean() });
export const ProjectList = z.strictObject({ items: z.array(StartupProject) });
