import { z } from 'zod';
import { IsoTime, LocalizedText, ServiceDay, Slug, Uuid } from './common.ts';
import { DistrictCode } from './jobs-content.ts';
import { Programme } from './jobs.ts';

/**
 * What lobby screens play: layouts of regions, playlists of typed slides, the schedule that picks them, and the
 * manifest a screen receives (one content revision cut for that screen). Everything here is public: screens
 * fetch it without a staff session, and nothing personal may ever be put in it.
 */

/** A media file is named by the SHA-256 of its bytes: the screen checks what it downloaded against the name. */
export const Sha256 = z.string().regex(/^[a-f0-9]{64}$/, 'a lower-case hex SHA-256');
export type Sha256 = z.infer<typeof Sha256>;

/** HH:MM or HH:MM:SS on the hall's clock. Seconds let a daypart change on the second (a drill, a test). */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'HH:MM or HH:MM:SS');

/** Staff-written rich text, already sanitised by the hub (infra/sanitise.ts): a tight allow-list of tags. */
export const RichText = z.strictObject({ zh: z.string().min(1).max(8000), en: z.string().min(1).max(8000) });
export type RichText = z.infer<typeof RichText>;

export const MediaMime = z.enum(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'video/mp4', 'video/webm']);
export type MediaMime = z.infer<typeof MediaMime>;

export const MediaRef = z.strictObject({ sha256: Sha256, mime: MediaMime, bytes: z.number().int().positive() });
export type MediaRef = z.infer<typeof MediaRef>;

/** What every slide has. `until`: the last hall day it may play (a notice that ends on its own). */
const base = {
  id: Slug,
  /** Seconds on screen; a job board pages within it. */
  durationS: z.number().int().min(3).max(600),
  until: ServiceDay.nullable().default(null),
};

export const ImageSlide = z.strictObject({ ...base, type: z.literal('image'), media: Sha256, alt: LocalizedText, fit: z.enum(['cover', 'contain']).default('contain') });
/** Lobby screens are silent: a video plays muted from its start, for the slide's duration. */
export const VideoSlide = z.strictObject({ ...base, type: z.literal('video'), media: Sha256, alt: LocalizedText });
export const NoticeSlide = z.strictObject({ ...base, type: z.literal('notice'), title: LocalizedText, body: RichText, tone: z.enum(['info', 'important']).default('info') });
export const JobFilter = z.strictObject({
  district: z.array(DistrictCode).max(10).default([]),
  /** A 大典 code or a group prefix (4-07). */
  occupation: z.string().regex(/^\d(-\d{2}){0,3}$/).nullable().default(null),
  programme: Programme.nullable().default(null),
  fairId: Uuid.nullable().default(null),
});
export type JobFilter = z.infer<typeof JobFilter>;
/** The live job board: approved vacancies matching the filter, newest first, paged within the slide's time. */
export const JobsSlide = z.strictObject({
  ...base, type: z.literal('jobs'), title: LocalizedText, filter: JobFilter,
  perPage: z.number().int().min(3).max(8).default(6),
});
export const PolicySlide = z.strictObject({
  ...base, type: z.literal('policy'), title: LocalizedText, summary: LocalizedText,
  points: z.array(LocalizedText).max(6), where: LocalizedText, link: z.url({ protocol: /^https?$/ }).nullable().default(null),
});
export const FairsSlide = z.strictObject({ ...base, type: z.literal('fairs'), title: LocalizedText, show: z.enum(['calendar', 'booths']) });
export const OccupationSlide = z.strictObject({
  ...base, type: z.literal('occupation'), name: LocalizedText, text: LocalizedText,
  pay: z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(0) }).nullable().default(null),
  skills: z.array(LocalizedText).max(6), media: Sha256.nullable().default(null),
});
export const GuidanceSlide = z.strictObject({
  ...base, type: z.literal('guidance'), title: LocalizedText, steps: z.array(LocalizedText).min(1).max(6), where: LocalizedText, media: Sha256.nullable().default(null),
});
export const StartupSlide = z.strictObject({
  ...base, type: z.literal('startup'), title: LocalizedText,
  projects: z.array(z.strictObject({ name: LocalizedText, summary: LocalizedText, support: LocalizedText })).min(1).max(4),
});
/** Waiting counts per queue line, large: for a screen without a call panel. Empty `queues` shows every line. */
export const QueueSlide = z.strictObject({ ...base, type: z.literal('queue'), title: LocalizedText, queues: z.array(Slug).max(20) });
/** A page from the hall's intranet or the city's site, in a sandboxed frame; skipped while it cannot be reached. */
export const WebSlide = z.strictObject({ ...base, type: z.literal('web'), title: LocalizedText, url: z.url({ protocol: /^https?$/ }) });
/** A line for a ticker region and the LED boards of the zone. */
export const TickerSlide = z.strictObject({ ...base, type: z.literal('ticker'), text: LocalizedText });

/** Every kind of slide, told apart by `type`. */
export const Slide = z.discriminatedUnion('type', [
  ImageSlide, VideoSlide, NoticeSlide, JobsSlide, PolicySlide, FairsSlide, OccupationSlide, GuidanceSlide, StartupSlide, QueueSlide, WebSlide, TickerSlide,
]);
export type Slide = z.infer<typeof Slide>;
export type SlideType = Slide['type'];
export type SlideOf<T extends SlideType> = Extract<Slide, { type: T }>;

/** Slides a region of each kind can play; the ticker reads text only. */
export const TICKER_SLIDES: readonly SlideType[] = ['ticker', 'notice'];

export const Playlist = z.strictObject({
  id: Slug,
  name: LocalizedText,
  slides: z.array(Slide).min(1).max(100),
});
export type Playlist = z.infer<typeof Playlist>;

/**
 * main and side play playlists; ticker scrolls text lines; clock is the hall clock; calls is the call panel
 * (now calling, the last calls, the waiting counts, and the spoken call).
 */
export const RegionKind = z.enum(['main', 'side', 'ticker', 'clock', 'calls']);
export type RegionKind = z.infer<typeof RegionKind>;

/** A region's place on a 24 × 24 grid over the whole screen. */
export const Region = z.strictObject({
  kind: RegionKind,
  x: z.number().int().min(0).max(23),
  y: z.number().int().min(0).max(23),
  w: z.number().int().min(1).max(24),
  h: z.number().int().min(1).max(24),
  /** Played when no schedule entry gives this region a playlist, so a schedule gap is never a black hole. */
  playlistId: Slug.nullable().default(null),
});
export type Region = z.infer<typeof Region>;

export const Layout = z.strictObject({
  id: Slug,
  name: LocalizedText,
  orientation: z.enum(['landscape', 'portrait']),
  regions: z.array(Region).min(1).max(5).refine((rs) => new Set(rs.map((r) => r.kind)).size === rs.length, 'one region of each kind at most'),
});
export type Layout = z.infer<typeof Layout>;

export const Daypart = z.strictObject({ id: Slug, name: LocalizedText, start: ClockTime, end: ClockTime });
export type Daypart = z.infer<typeof Daypart>;
export const Holiday = z.strictObject({ day: ServiceDay, name: LocalizedText });
export type Holiday = z.infer<typeof Holiday>;

/** The hall's named dayparts and its holidays (public holidays, closure days). */
export const SignageCalendar = z.strictObject({
  dayparts: z.array(Daypart).max(24),
  holidays: z.array(Holiday).max(400),
});
export type SignageCalendar = z.infer<typeof SignageCalendar>;

/**
 * When an entry plays, on the hall's clock. A window whose start is not before its end runs overnight: it
 * belongs to the day it starts on (Friday 22:00–06:00 covers Saturday 03:00, as a Friday). Weekdays are ISO,
 * 1 = Monday. `holidays`: ignore them, skip them, or play only on them; `except` lists days to leave out.
 */
export const ScheduleTime = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all-day') }),
  z.strictObject({ kind: z.literal('daypart'), daypart: Slug }),
  z.strictObject({ kind: z.literal('hours'), start: ClockTime, end: ClockTime }),
]);
export type ScheduleTime = z.infer<typeof ScheduleTime>;

export const ScheduleWindow = z.strictObject({
  from: ServiceDay.nullable().default(null),
  to: ServiceDay.nullable().default(null),
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7).default([1, 2, 3, 4, 5, 6, 7]),
  time: ScheduleTime.default({ kind: 'all-day' }),
  holidays: z.enum(['ignore', 'skip', 'only']).default('ignore'),
  except: z.array(ServiceDay).max(100).default([]),
});
export type ScheduleWindow = z.infer<typeof ScheduleWindow>;

/** Which screens an entry is for: any listed zone, group or screen; all three empty means every screen. */
export const ScheduleTarget = z.strictObject({
  zones: z.array(Slug).max(50).default([]),
  groups: z.array(Slug).max(50).default([]),
  screens: z.array(Slug).max(200).default([]),
});
export type ScheduleTarget = z.infer<typeof ScheduleTarget>;

/**
 * One line of the schedule. Per region, the active entries of the highest priority play; when several do,
 * they share the region's time in proportion to `share`. An entry with a layout switches the screen's layout
 * while it is the highest-priority active entry that has one.
 */
export const ScheduleEntry = z.strictObject({
  id: Slug,
  name: LocalizedText,
  target: ScheduleTarget.prefault({}),
  layoutId: Slug.nullable().default(null),
  regions: z.array(z.strictObject({ region: RegionKind, playlistId: Slug })).max(5),
  window: ScheduleWindow.prefault({}),
  priority: z.number().int().min(0).max(100).default(10),
  share: z.number().int().min(1).max(100).default(1),
});
export type ScheduleEntry = z.infer<typeof ScheduleEntry>;

/** CAP severity and urgency (OASIS CAP 1.2 §3.2.2), lower case. */
export const AlertSeverity = z.enum(['extreme', 'severe', 'moderate', 'minor']);
export type AlertSeverity = z.infer<typeof AlertSeverity>;
export const AlertUrgency = z.enum(['immediate', 'expected', 'future']);
export type AlertUrgency = z.infer<typeof AlertUrgency>;

/** A ready-made alert staff can send with one action; screens hold them in advance with the revision. */
export const AlertTemplate = z.strictObject({
  id: Slug,
  name: LocalizedText,
  severity: AlertSeverity,
  urgency: AlertUrgency,
  headline: LocalizedText,
  instruction: LocalizedText,
  /** Minutes until it expires if staff send it as it is. */
  minutes: z.number().int().min(1).max(24 * 60),
  pictogram: z.enum(['fire', 'evacuate', 'earthquake', 'weather', 'medical', 'info']),
});
export type AlertTemplate = z.infer<typeof AlertTemplate>;

/** Who a manifest was cut for: a registered screen, or a zone's unregistered viewers (`screenId` null). */
export const Audience = z.strictObject({ screenId: Slug.nullable(), zoneId: Slug, groupIds: z.array(Slug) });
export type Audience = z.infer<typeof Audience>;

/** A live job board's feed: the hub publishes the filter's vacancies on public/signage/jobs/<feedId>. */
export const JobFeedRef = z.strictObject({ feedId: Slug, filter: JobFilter });
export type JobFeedRef = z.infer<typeof JobFeedRef>;

/**
 * One content revision, cut for one audience: only the layouts, playlists, schedule entries and media it can
 * play. Served at /api/signage/manifests/<sha256 of its bytes>, fetched by that name and checked against it.
 */
export const Manifest = z.strictObject({
  revision: z.number().int().positive(),
  builtAt: IsoTime,
  hall: z.strictObject({ id: Slug, name: LocalizedText, timezone: z.string().min(1) }),
  audience: Audience,
  defaultLayoutId: Slug,
  layouts: z.array(Layout),
  playlists: z.array(Playlist),
  schedule: z.array(ScheduleEntry),
  calendar: SignageCalendar,
  media: z.array(MediaRef),
  alertTemplates: z.array(AlertTemplate),
  jobFeeds: z.array(JobFeedRef),
});
export type Manifest = z.infer<typeof Manifest>;

/** Where a manifest is and how to check it: never the content itself. */
export const ManifestRef = z.strictObject({ sha256: Sha256, bytes: z.number().int().positive() });
export type ManifestRef = z.infer<typeof ManifestRef>;

export const manifestUrl = (sha256: string) => `/api/signage/manifests/${sha256}`;
export const mediaUrl = (sha256: string) => `/api/signage/media/${sha256}`;
