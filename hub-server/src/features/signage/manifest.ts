import crypto from 'node:crypto';
import { targets, type Audience, type JobFeedRef, type JobFilter, type LocalizedText, type Manifest, type MediaRef, type Playlist } from '../../contract/index.ts';
import type { PublishedContent } from './items.ts';

export interface HallInfo {
  id: string;
  name: LocalizedText;
  timezone: string;
}

export const sha256 = (text: string | Buffer) => crypto.createHash('sha256').update(text).digest('hex');

/** A job board's feed is named by its filter, so boards with the same filter share one feed. */
export function feedIdOf(filter: JobFilter): string {
  return `f${sha256(JSON.stringify([filter.district, filter.occupation, filter.programme, filter.fairId])).slice(0, 15)}`;
}

/** What a manifest holds apart from its revision number and build time. */
export type ManifestContent = Omit<Manifest, 'revision' | 'builtAt'>;

function mediaOf(playlists: Playlist[]): string[] {
  const out = new Set<string>();
  for (const p of playlists) {
    for (const s of p.slides) {
      if ((s.type === 'image' || s.type === 'video') && s.media) out.add(s.media);
      if ((s.type === 'occupation' || s.type === 'guidance') && s.media) out.add(s.media);
    }
  }
  return [...out].sort();
}

/**
 * One revision cut for one audience: the schedule entries that target it, the layouts and playlists those
 * entries and its default layout name, and the media those playlists use. Everything else stays at the hub.
 */
export function cutManifest(content: PublishedContent, hall: HallInfo, audience: Audience, defaultLayoutId: string, media: ReadonlyMap<string, MediaRef>): ManifestContent {
  const schedule = content.schedule.filter((e) => targets(e, audience));
  const layoutIds = new Set([defaultLayoutId, ...schedule.flatMap((e) => (e.layoutId ? [e.layoutId] : []))]);
  const layouts = content.layouts.filter((l) => layoutIds.has(l.id));
  const playlistIds = new Set([
    ...schedule.flatMap((e) => e.regions.map((r) => r.playlistId)),
    ...layouts.flatMap((l) => l.regions.flatMap((r) => (r.playlistId ? [r.playlistId] : []))),
  ]);
  const playlists = content.playlists.filter((p) => playlistIds.has(p.id));
  const feeds = new Map<string, JobFeedRef>();
  for (const p of playlists) for (const s of p.slides) if (s.type === 'jobs') feeds.set(feedIdOf(s.filter), { feedId: feedIdOf(s.filter), filter: s.filter });
  return {
    hall, audience, defaultLayoutId, layouts, playlists, schedule, calendar: content.calendar,
    media: mediaOf(playlists).flatMap((sha) => {
      const m = media.get(sha);
      return m ? [m] : [];
    }),
    alertTemplates: content.alertTemplates,
    jobFeeds: [...feeds.values()].sort((a, b) => a.feedId.localeCompare(b.feedId)),
  };
}

/** Every job feed the published content uses, whoever plays it. */
export function allFeeds(content: PublishedContent): JobFeedRef[] {
  const feeds = new Map<string, JobFeedRef>();
  for (const p of content.playlists) for (const s of p.slides) if (s.type === 'jobs') feeds.set(feedIdOf(s.filter), { feedId: feedIdOf(s.filter), filter: s.filter });
  return [...feeds.values()];
}

export const contentKey = (c: ManifestContent) => sha256(JSON.stringify(c));
