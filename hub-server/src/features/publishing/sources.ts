import type { FastifyInstance } from 'fastify';
import type { Fair, JobSearchQuery, Notice, PublicFair, PublicNotice, PublicVacancy } from '../../contract/index.ts';
import { addDays, serviceDay } from '../../infra/clock.ts';
import type { Catalogues } from './catalogues.ts';

/** How far ahead the public fair calendar looks. */
export const FAIR_DAYS_AHEAD = 60;

/**
 * The one place the publishing channels read the hall's data, already in its public shape. Whatever goes out —
 * page, feed, poster, hotline, press release, office API — comes through here, so nothing personal can reach
 * a channel by another road: a vacancy as its summary (no contact person or phone), a notice without who
 * published it, a fair with counts but not who signed up.
 */
export class PublicSources {
  constructor(
    private readonly app: Pick<FastifyInstance, 'hub' | 'vacancies' | 'notices' | 'fairs' | 'vocabulary'>,
    readonly catalogues: Catalogues,
  ) {}

  get publicUrl(): string {
    return this.app.hub.config.publicUrl;
  }

  get hallName() {
    return this.app.hub.catalogue.hall.name;
  }

  get hall() {
    return this.app.hub.catalogue.hall;
  }

  now(): Date {
    return this.app.hub.now();
  }

  /** Today in the hall's time zone. */
  today(): string {
    return serviceDay(this.now(), this.hall.timezone);
  }

  /** Published vacancies open on the hall's day, newest first. */
  vacancies(filter: Pick<JobSearchQuery, 'district' | 'occupation'> = {}, limit = 50, offset = 0): { items: PublicVacancy[]; total: number } {
    const r = this.app.vacancies.search({ ...filter, sort: 'newest', limit, offset }, this.now());
    return { items: r.items.map((j) => ({ ...j, url: this.app.vacancies.view.url(j.id) })), total: r.total };
  }

  notice(id: string): PublicNotice | null {
    const n = this.app.notices.get(id);
    return n ? this.publicNotice(n) : null;
  }

  notices(limit = 50): PublicNotice[] {
    return this.app.notices.recent(limit).map((n) => this.publicNotice(n));
  }

  /** Notices published between two service days of the hall, inclusive. */
  noticesBetween(from: string, to: string): PublicNotice[] {
    return this.app.notices.recent(500).map((n) => this.publicNotice(n))
      .filter((n) => { const day = serviceDay(new Date(n.publishedAt), this.hall.timezone); return day >= from && day <= to; });
  }

  private publicNotice(n: Notice): PublicNotice {
    return { id: n.id, title: n.title, body: n.body, publishedAt: n.publishedAt, url: `${this.publicUrl}/notices/${n.id}` };
  }

  /** Scheduled fairs from today on (or between two days). */
  fairs(from = this.today(), to = addDays(this.today(), FAIR_DAYS_AHEAD)): PublicFair[] {
    return this.app.fairs.calendar(from, to).filter((f) => f.status === 'scheduled').map((f) => this.publicFair(f));
  }

  fair(id: string): { fair: PublicFair; employers: string[]; vacancies: PublicVacancy[] } | null {
    let detail;
    try {
      detail = this.app.fairs.detail(id);
    } catch {
      return null;
    }
    if (detail.fair.status !== 'scheduled') return null;
    const jobs = [...detail.vacancies, ...detail.booths.flatMap((b) => b.vacancies)];
    return {
      fair: this.publicFair(detail.fair),
      employers: detail.booths.map((b) => b.employerName),
      vacancies: jobs.map((j) => ({ ...j, url: this.app.vacancies.view.url(j.id) })),
    };
  }

  private publicFair(f: Fair): PublicFair {
    return { ...f, url: `${this.publicUrl}/fairs/${f.id}` };
  }

  policies() {
    return this.catalogues.currentPolicies(this.today());
  }

  courses() {
    return this.catalogues.courses;
  }

  /** An occupation or a group of them by its code or prefix (4-07 → 社会服务…), or the code itself. */
  occupationName(code: string): string {
    return this.app.vocabulary.occupation(code)?.name ?? this.app.vocabulary.groupName(code) ?? code;
  }

  districtName(code: string): string {
    return this.app.vocabulary.district(code)?.name ?? code;
  }
}
