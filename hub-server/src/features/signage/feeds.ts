import type { FastifyBaseLogger } from 'fastify';
import type { FairsFeed, JobFeed, JobFeedRef, JobSearchQuery, JobSearchResult, TopicBus } from '../../contract/index.ts';
import type { DomainEventBus } from '../../infra/events.ts';
import { addDays, serviceDay } from '../../infra/clock.ts';
import type { Fairs } from '../events/plugin.ts';

/** The newest this many vacancies of a filter are on a board: eight pages of six. */
const FEED_SIZE = 48;
/** Approvals often come in bursts (a batch reviewed, an import): one recompute for a burst. */
const SETTLE_MS = 25;
/** Closing days pass and fair hours end without an event: looked at each minute as well. */
const REFRESH_MS = 60_000;
const CALENDAR_DAYS = 30;

export interface FeedDeps {
  bus: TopicBus;
  events: DomainEventBus;
  search: (q: JobSearchQuery, at: Date) => JobSearchResult;
  fairs: Fairs;
  feeds: () => JobFeedRef[];
  timezone: string;
  now: () => Date;
  log: FastifyBaseLogger;
}

/**
 * Live data for the screens, pushed: each live job board's feed and the fair calendar, retained on public
 * topics, republished when a vacancy is approved or leaves the board. A screen updates the board in place.
 */
export class LiveFeeds {
  private readonly last = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;
  private settle: NodeJS.Timeout | null = null;
  private readonly off: Array<() => void> = [];

  constructor(private readonly d: FeedDeps) {}

  start(): void {
    const soon = () => this.soon();
    this.off.push(this.d.events.on('vacancy.approved', soon), this.d.events.on('vacancy.unpublished', soon), this.d.events.on('fair.changed', soon));
    this.timer = setInterval(() => this.refresh(), REFRESH_MS);
    this.timer.unref();
    this.refresh();
  }

  stop(): void {
    for (const o of this.off) o();
    if (this.timer) clearInterval(this.timer);
    if (this.settle) clearTimeout(this.settle);
  }

  soon(): void {
    if (this.settle) return;
    this.settle = setTimeout(() => {
      this.settle = null;
      this.refresh();
    }, SETTLE_MS);
  }

  /** Recomputes every feed and publishes the ones that changed. */
  refresh(): void {
    const at = this.d.now();
    for (const ref of this.d.feeds()) {
      try {
        this.publish(`jobs:${ref.feedId}`, this.jobs(ref, at), (feed) => this.d.bus.publish('jobFeed', { feedId: ref.feedId }, feed));
      } catch (err) {
        this.d.log.warn({ err: (err as Error).message, feedId: ref.feedId }, 'job feed not computed');
      }
    }
    try {
      this.publish('fairs', this.fairs(at), (feed) => this.d.bus.publish('fairsFeed', {}, feed));
    } catch (err) {
      this.d.log.warn({ err: (err as Error).message }, 'fair feed not computed');
    }
  }

  jobs(ref: JobFeedRef, at: Date): JobFeed {
    const f = ref.filter;
    const result = this.d.search({
      sort: 'newest', limit: FEED_SIZE, offset: 0,
      ...(f.district.length ? { district: f.district } : {}), ...(f.occupation ? { occupation: f.occupation } : {}),
      ...(f.programme ? { programme: f.programme } : {}), ...(f.fairId ? { fairId: f.fairId } : {}),
    } as JobSearchQuery, at);
    return { feedId: ref.feedId, items: result.items, total: result.total, at: at.toISOString() };
  }

  fairs(at: Date): FairsFeed {
    const day = serviceDay(at, this.d.timezone);
    const upcoming = this.d.fairs.calendar(day, addDays(day, CALENDAR_DAYS)).filter((f) => f.status === 'scheduled');
    return {
      day,
      upcoming: upcoming.map((f) => ({ id: f.id, title: f.title, day: f.day, starts: f.starts, ends: f.ends, venue: f.venue, booths: f.booths, boothsTaken: f.boothsTaken })),
      booths: upcoming.filter((f) => f.day === day).map((f) => {
        const d = this.d.fairs.detail(f.id);
        return {
          fairId: f.id, title: f.title, starts: f.starts, ends: f.ends, venue: f.venue, boothCount: f.booths,
          booths: d.booths.map((b) => ({ boothNo: b.boothNo, employerName: b.employerName, jobs: b.vacancies.slice(0, 3).map((v) => v.title) })),
        };
      }),
      at: at.toISOString(),
    };
  }

  /** Publishes when the content (not its time stamp) changed since the last publish. */
  private publish<T extends { at: string }>(key: string, feed: T, send: (feed: T) => Promise<void>): void {
    const { at: _at, ...content } = feed;
    const text = JSON.stringify(content);
    if (this.last.get(key) === text) return;
    this.last.set(key, text);
    send(feed).catch((err: Error) => {
      this.last.delete(key);
      this.d.log.warn({ err: err.message, key }, 'live feed not published');
    });
  }
}
