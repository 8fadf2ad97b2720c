import { z } from 'zod';
import { IsoTime, LocalizedText, ServiceDay } from './common.ts';

/** What a KPI table is broken down by. "hour" is the hour of the hall's local day the visitor joined the line. */
export const KpiGroupBy = z.enum(['queue', 'service', 'counter', 'staff', 'hour']);
export type KpiGroupBy = z.infer<typeof KpiGroupBy>;

/** A year of service days is the longest range one request may ask for; it stays well under a second. */
export const KPI_MAX_DAYS = 366;

const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/** The date range is of service days (the day the ticket was issued, in the hall's time zone), both ends included. */
export const KpiQuery = z
  .strictObject({
    from: ServiceDay,
    to: ServiceDay,
    groupBy: KpiGroupBy.default('queue'),
  })
  .refine((q) => q.from <= q.to, { message: 'must not be before from', path: ['to'] })
  .refine((q) => dayNumber(q.to) - dayNumber(q.from) < KPI_MAX_DAYS, { message: `at most ${KPI_MAX_DAYS} days after from`, path: ['to'] });
export type KpiQuery = z.infer<typeof KpiQuery>;

/**
 * How a visit transaction ended (Qmatic's outcome taxonomy in the hall's terms): the five finish outcomes of
 * the counter console (Qmatic NORMAL), no-show (NO_SHOW), transferred to another line or counter
 * (TRANSFER_TO_QUEUE / _SERVICE_POINT), parked (transfer to a pool), cancelled (REMOVE), and unfinished: still
 * open, or left open when the day ended (REMOVE_BY_RESET).
 */
export const KpiOutcome = z.enum([
  'completed', 'needs-documents', 'referred', 'information-only', 'other',
  'no-show', 'transferred', 'parked', 'cancelled', 'unfinished',
]);
export type KpiOutcome = z.infer<typeof KpiOutcome>;

const seconds = z.number().nonnegative().nullable();
const share = z.number().min(0).max(1).nullable();
const count = z.number().int().nonnegative();

/** The figures of one group (or of all). Times in seconds; null where there is nothing to measure. */
export const KpiFigures = z.strictObject({
  /** Visit transactions: one per stay in a line (a transfer or a park starts another). */
  transactions: count,
  /** Transactions that were called at least once. */
  called: count,
  /** Transactions that ended with a finish, whatever its outcome. */
  served: count,
  noShows: count,
  /** Transactions with a measured wait (called from a line, not straight from the park pool). */
  waitCount: count,
  waitAvgSec: seconds,
  waitP90Sec: seconds,
  serviceCount: count,
  serviceAvgSec: seconds,
  serviceP90Sec: seconds,
  /** First call to the start of the visit: the visitor's walk to the window, including recalls. */
  walkAvgSec: seconds,
  /** No-shows / called. */
  noShowRate: share,
  /** Waits within the line's service-level target / measured waits. */
  withinTargetShare: share,
  outcomes: z.record(KpiOutcome, count),
});
export type KpiFigures = z.infer<typeof KpiFigures>;

export const KpiRow = KpiFigures.extend({
  /** Queue line id, handbook function id, counter id, staff username, or the hour "09"; null: not called yet. */
  key: z.string().nullable(),
  label: LocalizedText,
  /** The line's service-level target in minutes (rows by queue line only). */
  targetMinutes: z.number().positive().nullable(),
});
export type KpiRow = z.infer<typeof KpiRow>;

export const KpiReport = z.strictObject({
  from: ServiceDay,
  to: ServiceDay,
  groupBy: KpiGroupBy,
  timezone: z.string(),
  /** Computed from the event log at this moment: the figures are as fresh as the log. */
  generatedAt: IsoTime,
  /** Tickets issued in the range. */
  tickets: count,
  rows: z.array(KpiRow),
  totals: KpiFigures,
});
export type KpiReport = z.infer<typeof KpiReport>;
