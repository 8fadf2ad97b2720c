import { JobDetail, JobSearchResult, VISITOR_TOKEN_HEADER, type JobSearchPreset } from '@jobhall/hub-server/contract';
import type { z } from 'zod';
import { api, type LocalizedText } from '@jobhall/ui-kit';

/** What a visitor asked for, in the kiosk's terms; turned into /api/jobs query parameters. */
export interface JobFilters {
  q: string;
  occupation: string | null;
  districts: string[];
  payMin: number | null;
  meals: boolean;
  lodging: boolean;
  /** Paid by the day or week (日结/周结), which migrant workers look for first. */
  quickPay: boolean;
  /** Short-term and temporary work. */
  temporary: boolean;
  noNight: boolean;
  /** Fixed by the service the search was opened for (e.g. 劳务输出 → programme outflow). */
  preset: SearchPreset | null;
}

/** A search opened from a service page for one kind of vacancy (a screen flow's preset in content/flows). */
export type SearchPreset = Pick<JobSearchPreset, 'programme' | 'label' | 'employmentType'>;

/** The preset as the search screen shows it: the flow's title over it, a warning, the licensed agencies. */
export interface JobPreset extends SearchPreset {
  title: LocalizedText;
  note?: LocalizedText;
  agencies?: 'dispatch' | 'overseas';
}

export const noFilters: JobFilters = {
  q: '', occupation: null, districts: [], payMin: null, meals: false, lodging: false, quickPay: false, temporary: false, noNight: false, preset: null,
};

/** Switches that are on when their parameter is "1" in the kiosk's address. */
const SWITCHES = ['meals', 'lodging', 'quickPay', 'temporary', 'noNight'] as const;

/**
 * The visitor's filters from the kiosk's address (/kiosk/jobs?q=保安&lodging=1), so 返回 from a job, a reload or
 * a link lands on the same search. The preset belongs to the flow, not to the address.
 */
export function filtersFromQuery(query: URLSearchParams, preset: SearchPreset | null): JobFilters {
  const f: JobFilters = {
    ...noFilters,
    q: query.get('q') ?? '',
    occupation: query.get('occupation') || null,
    districts: (query.get('district') ?? '').split(',').filter(Boolean),
    payMin: Number(query.get('payMin')) || null,
    preset,
  };
  for (const k of SWITCHES) f[k] = query.get(k) === '1';
  return f;
}

/** The filters as the kiosk's address carries them: only what differs from no filter at all. */
export function filtersToQuery(f: JobFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.occupation) p.set('occupation', f.occupation);
  if (f.districts.length) p.set('district', f.districts.join(','));
  if (f.payMin) p.set('payMin', String(f.payMin));
  for (const k of SWITCHES) if (f[k]) p.set(k, '1');
  return p;
}

export function searchParams(f: JobFilters, offset: number, limit = 10): string {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.occupation) p.set('occupation', f.occupation);
  if (f.districts.length) p.set('district', f.districts.join(','));
  if (f.payMin) p.set('payMin', String(f.payMin));
  if (f.meals) p.set('meals', 'true');
  if (f.lodging) p.set('lodging', 'true');
  if (f.quickPay) p.set('payPeriod', 'daily,weekly');
  if (f.temporary) p.set('employmentType', 'temporary,part-time');
  if (f.noNight) p.set('avoidShift', 'night');
  if (f.preset?.programme) p.set('programme', f.preset.programme);
  if (f.preset?.label) p.set('label', f.preset.label);
  if (f.preset?.employmentType) p.set('employmentType', f.preset.employmentType);
  p.set('limit', String(limit));
  p.set('offset', String(offset));
  return p.toString();
}

export function searchJobs(f: JobFilters, offset: number, signal?: AbortSignal) {
  return api(`/api/jobs?${searchParams(f, offset)}`, JobSearchResult, { signal });
}

export function loadJob(id: number, token?: string) {
  return api(`/api/jobs/${id}`, JobDetail, token ? { headers: { [VISITOR_TOKEN_HEADER]: token } } : {});
}

/** "3000–4500 元/月"; a daily wage reads as a daily wage. */
export function payText(job: { payMin: number; payMax: number }, locale: 'zh' | 'en'): string {
  // Pay is always the monthly figure (the contract stores the monthly equivalent of daily or weekly pay);
  // how often it is settled (日结, 周结) is shown as a badge, not as the unit.
  const unit = locale === 'zh' ? '元/月' : 'yuan/month';
  if (!job.payMin && !job.payMax) return locale === 'zh' ? '面议' : 'Negotiable';
  return job.payMin === job.payMax ? `${job.payMin} ${unit}` : `${job.payMin}–${job.payMax} ${unit}`;
}
