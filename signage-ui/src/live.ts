import type { FairsFeed, JobFeed, JobFeedRef, JobFilter, LocalizedText, NowCalling } from '@jobhall/hub-server/contract';

/**
 * Live data the slides show, pushed over MQTT and handed down from the app: a new object on every change, so
 * Lit re-renders exactly the slides that read it, in place.
 */
export interface LiveData {
  hallName: LocalizedText;
  timezone: string;
  /** Job feeds by id, and which feed a filter reads (from the manifest). */
  jobs: ReadonlyMap<string, JobFeed>;
  feedOf: ReadonlyMap<string, string>;
  fairs: FairsFeed | null;
  waiting: NowCalling['waiting'];
  /** Whether the screen hears the hub now: a web slide is skipped without it. */
  online: boolean;
}

/** The same key the hub names a feed by (features/signage/manifest.ts feedIdOf), without the hash. */
export const filterKey = (f: JobFilter) => JSON.stringify([f.district, f.occupation, f.programme, f.fairId]);

export const feedIndex = (refs: readonly JobFeedRef[]) => new Map(refs.map((r) => [filterKey(r.filter), r.feedId]));

export function jobFeedFor(live: LiveData, filter: JobFilter): JobFeed | undefined {
  const id = live.feedOf.get(filterKey(filter));
  return id ? live.jobs.get(id) : undefined;
}
