import { z } from 'zod';
import { IsoTime, LocalizedText, ServiceDay, Uuid } from './common.ts';

const count = z.number().int().nonnegative();
const named = z.strictObject({ code: z.string(), name: z.string(), count, headcount: count });

/**
 * The employment bulletin (2.3.1 就业信息简报): figures of one period from the hall's own data, kept as they
 * were when the issue was generated. Aggregates only: no person, no employer contact.
 */
export const BulletinFigures = z.strictObject({
  vacancies: z.strictObject({
    /** Vacancies published in the period, and the people they ask for. */
    published: count,
    headcount: count,
    topOccupations: z.array(named).max(10),
    byDistrict: z.array(named),
    /** Median of the monthly pay ranges' midpoints (monthly-paid vacancies), yuan; null with none. */
    medianMonthlyPay: z.number().int().nullable(),
    /** Open on the last day of the period. */
    openAtEnd: count,
  }),
  fairs: z.array(z.strictObject({ title: z.string(), day: ServiceDay, theme: z.string(), booths: count, boothsTaken: count })),
  referrals: z.strictObject({ made: count, hired: count, interviewed: count, open: count, other: count }),
  queue: z.strictObject({
    tickets: count,
    served: count,
    waitAvgMinutes: z.number().nonnegative().nullable(),
    withinTargetShare: z.number().min(0).max(1).nullable(),
    byLine: z.array(z.strictObject({ name: LocalizedText, served: count })),
  }),
  /** Vacancies published per week of the period (Monday-based), for the trend chart. */
  weekly: z.array(z.strictObject({ week: ServiceDay, published: count })),
});
export type BulletinFigures = z.infer<typeof BulletinFigures>;

export const Bulletin = z.strictObject({
  id: Uuid,
  /** 第 N 期: numbered in the order generated. */
  issueNo: z.number().int().positive(),
  title: z.string(),
  from: ServiceDay,
  to: ServiceDay,
  generatedAt: IsoTime,
  figures: BulletinFigures,
  /** The printable page. */
  url: z.string(),
});
export type Bulletin = z.infer<typeof Bulletin>;

export const GenerateBulletinBody = z.strictObject({
  from: ServiceDay,
  to: ServiceDay,
  title: z.string().trim().min(2).max(60).optional(),
}).refine((b) => b.from <= b.to, { path: ['to'], message: 'must not be before from' });

export const BulletinParams = z.strictObject({ id: Uuid });
export const BulletinList = z.array(Bulletin.omit({ figures: true }));
