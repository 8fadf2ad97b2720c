import { PAY_UNIT, hallTime, periodPay, type FairsFeed, type JobSummary } from '@jobhall/hub-server/contract';

/** Today's fair with its booth map, as the fair feed carries it. */
export type FairBooths = FairsFeed['booths'][number];

/**
 * What the lobby job board shows of a vacancy, and how it pages through them. Pure: the element renders it and
 * the tests read it without a browser.
 */

export interface Badge {
  zh: string;
  en: string;
}

/** Pay in the unit it is paid in: the hub stores the monthly equivalent, a daily wage reads per day (contract pay.ts). */
export function payLabel(job: Pick<JobSummary, 'payMin' | 'payMax' | 'payPeriod'>): { zh: string; en: string } {
  if (!job.payMin && !job.payMax) return { zh: '面议', en: 'Negotiable' };
  const k = (n: number) => (n >= 10_000 && n % 1000 === 0 ? `${n / 10_000}万` : String(n));
  const [lo, hi] = [periodPay(job.payMin, job.payPeriod), periodPay(job.payMax, job.payPeriod)];
  const range = lo === hi ? k(lo) : `${k(lo)}–${k(hi)}`;
  return { zh: `${range} ${PAY_UNIT[job.payPeriod].zh}`, en: PAY_UNIT[job.payPeriod].en };
}

/** What people at a distance decide on first: 包吃, 包住, 日结 (and 周结, the other quick pay). */
export function badges(job: Pick<JobSummary, 'meals' | 'lodging' | 'payPeriod'>): Badge[] {
  const out: Badge[] = [];
  if (job.meals) out.push({ zh: '包吃', en: 'Meals' });
  if (job.lodging) out.push({ zh: '包住', en: 'Lodging' });
  if (job.payPeriod === 'daily') out.push({ zh: '日结', en: 'Paid daily' });
  if (job.payPeriod === 'weekly') out.push({ zh: '周结', en: 'Paid weekly' });
  return out;
}

export function pageCount(items: number, perPage: number): number {
  return Math.max(1, Math.ceil(items / perPage));
}

export function pageOf<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice(page * perPage, (page + 1) * perPage);
}

/** The page after this one, round and round. */
export function nextPage(page: number, items: number, perPage: number): number {
  return (page + 1) % pageCount(items, perPage);
}

/**
 * The page to show after a refresh: back to the first (newest) when something new arrived, so a vacancy
 * approved a minute ago is on screen at once; otherwise carry on, within the new page count.
 */
export function pageAfterRefresh(before: readonly { id: number }[], after: readonly { id: number }[], page: number, perPage: number): number {
  const seen = new Set(before.map((j) => j.id));
  if (after.some((j) => !seen.has(j.id))) return 0;
  return Math.min(page, pageCount(after.length, perPage) - 1);
}

/**
 * Today's fairs that have not ended yet, by the hall clock ("HH:MM"), so a morning fair leaves the screen at
 * noon. The board maps the first: one with recruiters booked before one without (an empty map helps nobody),
 * then the earliest.
 */
export function fairsOn(fairs: readonly FairBooths[], clock: string): FairBooths[] {
  return fairs
    .filter((f) => f.ends > clock)
    .sort((a, b) => Number(b.booths.length > 0) - Number(a.booths.length > 0) || a.starts.localeCompare(b.starts));
}

export interface BoothCell {
  no: number;
  employer: string | null;
  jobs: string[];
}

/**
 * The booth map as cells. A small fair shows every booth, free ones too, so people can find the numbers on
 * the floor; a big one shows only the taken booths, or the screen would be all empty squares.
 */
export function boothCells(f: FairBooths, maxCells = 30): BoothCell[] {
  const taken = new Map(f.booths.map((b) => [b.boothNo, b]));
  const cell = (no: number): BoothCell => {
    const b = taken.get(no);
    return { no, employer: b?.employerName ?? null, jobs: b?.jobs ?? [] };
  };
  if (f.boothCount <= maxCells) return Array.from({ length: f.boothCount }, (_, i) => cell(i + 1));
  return [...taken.keys()].sort((a, b) => a - b).slice(0, maxCells).map(cell);
}

/** "HH:MM" on the hall's clock, whatever zone the screen's computer is set to. */
export function clockOf(t: number, timezone: string): string {
  const s = hallTime(t, timezone).sec;
  return `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}`;
}
