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

/** The filters a visitor can see and tap on the search screen, by the hub's names for them (SearchFilterName). */
export type OnScreenFilter = 'district' | 'payMin' | 'meals' | 'lodging' | 'payPeriod' | 'employmentType' | 'avoidShift' | 'occupation';

/** What dropping an on-screen filter would bring back, when nothing was found: the switch to tap, and how many. */
export interface Relaxation {
  filter: OnScreenFilter;
  total: number;
}

/**
 * When nothing is found, the filters worth dropping — only those on screen. The hub counts every filter, the
 * kind of vacancy a service opened the search for too (岗位类别, 劳务项目); a hint to drop what the visitor cannot
 * see or change would only confuse.
 */
export function relaxations(result: JobSearchResult, f: JobFilters): Relaxation[] {
  const shown = new Set<string>(['district', 'payMin', 'meals', 'lodging', 'payPeriod', 'avoidShift', 'occupation']);
  // employmentType is the 短期/兼职 switch, unless the service fixed it (劳务派遣).
  if (!f.preset?.employmentType) shown.add('employmentType');
  return (result.help?.relaxed ?? []).filter((r): r is Relaxation => shown.has(r.filter));
}

/** The filters without the one a relaxation drops. */
export function dropFilter(f: JobFilters, filter: OnScreenFilter): Partial<JobFilters> {
  switch (filter) {
    case 'district': return { districts: [] };
    case 'payMin': return { payMin: null };
    case 'meals': return { meals: false };
    case 'lodging': return { lodging: false };
    case 'payPeriod': return { quickPay: false };
    case 'employmentType': return { temporary: false };
    case 'avoidShift': return { noNight: false };
    case 'occupation': return { occupation: null };
  }
}
