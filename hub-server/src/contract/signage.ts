import { z } from 'zod';
import { IsoTime, LocalizedText, ServiceDay, Slug, Uuid } from './common.ts';
import { CommandState } from './commands.ts';
import { JobSummary } from './jobs.ts';
import {
  AlertSeverity, AlertTemplate, AlertUrgency, Layout, ManifestRef, Playlist, ScheduleEntry, SignageCalendar,
} from './signage-content.ts';

/**
 * The signage system around the content: zones, screens and groups; content items and their approval; the
 * revision each screen is told to play and its answer; heartbeats, alerts and proof of play.
 */

/** An area of the hall. `layoutId`: what a plain /signage/?zone=<id> page plays there (no screen key, no acknowledgements). */
export const Zone = z.strictObject({ id: Slug, name: LocalizedText, layoutId: Slug.nullable().default(null) });
export type Zone = z.infer<typeof Zone>;
export const ScreenGroup = z.strictObject({ id: Slug, name: LocalizedText });
export type ScreenGroup = z.infer<typeof ScreenGroup>;

/** An LCD screen is a browser at /signage/?screen=<id>&key=<key>; an LED board is driven by the LED agent. */
export const ScreenKind = z.enum(['lcd', 'led']);
export type ScreenKind = z.infer<typeof ScreenKind>;

export const ScreenBody = z.strictObject({
  id: Slug,
  name: LocalizedText,
  kind: ScreenKind,
  zoneId: Slug,
  groupIds: z.array(Slug).max(20).default([]),
  /** The layout it plays when no schedule entry switches it (LCD only). */
  layoutId: Slug.nullable().default(null),
  /** The LED agent's device id (LED only), e.g. callscreen-1. */
  deviceId: Slug.nullable().default(null),
});
export type ScreenBody = z.infer<typeof ScreenBody>;

export const Screen = ScreenBody.extend({ createdAt: IsoTime });
export type Screen = z.infer<typeof Screen>;

/** Registering an LCD screen hands out its credential once: the page's key and its broker password. */
export const ScreenRegistered = z.strictObject({ screen: Screen, key: z.string().nullable(), url: z.string().nullable() });

export const SignageStructure = z.strictObject({ zones: z.array(Zone), groups: z.array(ScreenGroup), screens: z.array(Screen) });
export type SignageStructure = z.infer<typeof SignageStructure>;

/** hub → screen, retained: the revision this screen should play. */
export const RevisionCommand = z.strictObject({
  correlationId: z.string().min(1).max(80),
  revision: z.number().int().positive(),
  manifest: ManifestRef,
  /** What is left of the command's lifetime, counted from receipt on the screen's own clock. */
  ttlMs: z.number().int().positive(),
});
export type RevisionCommand = z.infer<typeof RevisionCommand>;

/** screen → hub: it switched to the revision (every file complete and checked), or gave up on it. */
export const RevisionReport = z.strictObject({
  correlationId: z.string().min(1).max(80),
  revision: z.number().int().positive(),
  status: z.enum(['applied', 'failed']),
  reason: z.string().max(200).nullable(),
  at: IsoTime,
});
export type RevisionReport = z.infer<typeof RevisionReport>;

/** A revision command's states: CommandState plus `failed` (the screen could not fetch or check it) and `superseded`. */
export const RevisionState = z.enum(['queued', 'sent', 'applied', 'failed', 'unanswered', 'expired', 'superseded']);
export type RevisionState = z.infer<typeof RevisionState>;
export const REVISION_FINAL: readonly RevisionState[] = ['applied', 'failed', 'unanswered', 'expired', 'superseded'];

/** Where a page without a screen key plays: the zone it asked for, or the hall's first (the lobby). */
export const ViewerInfo = z.strictObject({ zoneId: Slug });

/** public, retained: the revision a zone's unregistered viewers play (the demo's plain /signage/). */
export const ZoneRevision = z.strictObject({ revision: z.number().int().positive(), manifest: ManifestRef });
export type ZoneRevision = z.infer<typeof ZoneRevision>;

/** screen → hub every 15 s, retained on the screen's state topic. */
export const Heartbeat = z.strictObject({
  revision: z.number().int().nonnegative(),
  slide: z.strictObject({ region: z.string().max(20), playlistId: Slug, slideId: Slug }).nullable(),
  alertId: z.string().max(40).nullable(),
  uptimeS: z.number().int().nonnegative(),
  storage: z.strictObject({ usedBytes: z.number().nonnegative(), quotaBytes: z.number().nonnegative() }),
  /** Plays recorded on the screen and not yet accepted by the hub. */
  unsentPlays: z.number().int().nonnegative(),
  at: IsoTime,
});
export type Heartbeat = z.infer<typeof Heartbeat>;

export const ScreenHealth = z.strictObject({
  id: Slug,
  kind: ScreenKind,
  zoneId: Slug,
  state: z.enum(['online', 'offline', 'unknown']),
  since: IsoTime.nullable(),
  lastSeen: IsoTime.nullable(),
  heartbeat: Heartbeat.nullable(),
  /** The revision the hub last asked for, and what became of it. */
  desired: z.strictObject({ revision: z.number().int(), state: RevisionState, attempts: z.number().int() }).nullable(),
});
export type ScreenHealth = z.infer<typeof ScreenHealth>;
/** public, retained: every screen's health, for the admin (offline within 60 s, and back online). */
export const SignageHealth = z.strictObject({ screens: z.array(ScreenHealth), at: IsoTime });
export type SignageHealth = z.infer<typeof SignageHealth>;

export const ScreenshotCommand = z.strictObject({ correlationId: z.string().min(1).max(80) });

// ——— Emergency alerts, shaped on CAP 1.2 ———

export const AlertStatus = z.enum(['actual', 'exercise', 'test']);
export type AlertStatus = z.infer<typeof AlertStatus>;
export const AlertMsgType = z.enum(['alert', 'update', 'cancel']);

/** POST /api/signage/alerts: the body other systems send. `zones` empty means every zone. */
export const AlertBody = z.strictObject({
  status: AlertStatus,
  msgType: AlertMsgType,
  severity: AlertSeverity,
  urgency: AlertUrgency,
  headline: LocalizedText,
  instruction: LocalizedText,
  expires: IsoTime,
  zones: z.array(Slug).max(50),
  /** CAP <references>: the alert an update or cancel is about; without it, the newest active one it overlaps. */
  references: Uuid.optional(),
  template: Slug.optional(),
});
export type AlertBody = z.infer<typeof AlertBody>;
export const AlertCreated = z.strictObject({ id: Uuid });

/** An alert as screens receive it. */
export const AlertMessage = z.strictObject({
  id: Uuid,
  status: AlertStatus,
  severity: AlertSeverity,
  urgency: AlertUrgency,
  headline: LocalizedText,
  instruction: LocalizedText,
  sent: IsoTime,
  expires: IsoTime,
  zones: z.array(Slug),
  pictogram: AlertTemplate.shape.pictogram,
  /** An update names the alert it replaces: a screen showing that one swaps it for this without a gap. */
  replaces: Uuid.nullable(),
});
export type AlertMessage = z.infer<typeof AlertMessage>;

/**
 * public, retained: the alerts on now, as of `at` (hub clock, like each alert's `sent`: an alert sent after
 * `at` is not missing from this list, only newer than it). Registered screens also get each alert as a
 * command of their own, and acknowledge it.
 */
export const ActiveAlerts = z.strictObject({ alerts: z.array(AlertMessage), at: IsoTime });
export type ActiveAlerts = z.infer<typeof ActiveAlerts>;

/** hub → screen: put this alert up (or take it down: `clear`). */
export const AlertCommand = z.strictObject({
  correlationId: z.string().min(1).max(80),
  action: z.enum(['show', 'clear']),
  alert: AlertMessage,
  /** Left of the alert's life at this send, counted on the screen's own clock: it clears itself even offline. */
  ttlMs: z.number().int().nonnegative(),
});
export type AlertCommand = z.infer<typeof AlertCommand>;

/** screen → hub: the alert is on screen (or off it, for `clear`). */
export const AlertShown = z.strictObject({ correlationId: z.string().min(1).max(80), alertId: Uuid, action: z.enum(['show', 'clear']), at: IsoTime });
export type AlertShown = z.infer<typeof AlertShown>;

export const AlertState = z.enum(['active', 'cancelled', 'expired', 'superseded']);
export type AlertState = z.infer<typeof AlertState>;

export const AlertView = AlertMessage.extend({
  msgType: AlertMsgType,
  state: AlertState,
  sentBy: z.string(),
  endedAt: IsoTime.nullable(),
  endedBy: z.string().nullable(),
  /** Each targeted screen and LED board, with when it acknowledged. */
  acks: z.array(z.strictObject({ screenId: Slug, kind: z.enum(['lcd', 'led']), state: CommandState, shownAt: IsoTime.nullable(), attempts: z.number().int() })),
});
export type AlertView = z.infer<typeof AlertView>;

// ——— Proof of play ———

/** One slide on one screen, start to end; `id` is made on the screen so a resend is recognised. */
export const PlayRecord = z.strictObject({
  id: Uuid,
  revision: z.number().int().positive(),
  region: z.string().max(20),
  playlistId: Slug,
  slideId: Slug,
  start: IsoTime,
  end: IsoTime,
});
export type PlayRecord = z.infer<typeof PlayRecord>;
export const PlayUpload = z.strictObject({ plays: z.array(PlayRecord).min(1).max(500) });
export const PlaysAccepted = z.strictObject({ accepted: z.number().int(), duplicates: z.number().int() });

export const PlayQuery = z.strictObject({
  from: ServiceDay,
  to: ServiceDay,
  screenId: Slug.optional(),
});
export const PlaySummary = z.strictObject({
  from: ServiceDay,
  to: ServiceDay,
  rows: z.array(z.strictObject({ screenId: Slug, playlistId: Slug, slideId: Slug, plays: z.number().int(), seconds: z.number() })),
  total: z.strictObject({ plays: z.number().int(), seconds: z.number() }),
});
export type PlaySummary = z.infer<typeof PlaySummary>;

// ——— Content items and their approval ———

export const ItemKind = z.enum(['layout', 'playlist', 'schedule', 'calendar', 'alert-template']);
export type ItemKind = z.infer<typeof ItemKind>;

/** The schema of each kind's data. */
export const ITEM_SCHEMAS = {
  layout: Layout,
  playlist: Playlist,
  schedule: ScheduleEntry,
  calendar: SignageCalendar,
  'alert-template': AlertTemplate,
} as const satisfies Record<ItemKind, z.ZodType>;

/**
 * draft: an editor is working on it; submitted: waiting for an approver; rejected: sent back with a comment;
 * published: what the screens play (no draft pending). Deleting is a draft too (`removal`), approved like any.
 */
export const ItemState = z.enum(['draft', 'submitted', 'rejected', 'published']);
export type ItemState = z.infer<typeof ItemState>;

export const ItemView = z.strictObject({
  kind: ItemKind,
  id: Slug,
  state: ItemState,
  published: z.unknown().nullable(),
  draft: z.unknown().nullable(),
  removal: z.boolean(),
  editedBy: z.string().nullable(),
  editedAt: IsoTime.nullable(),
  submittedBy: z.string().nullable(),
  note: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: IsoTime.nullable(),
  comment: z.string().nullable(),
});
export type ItemView = z.infer<typeof ItemView>;

export const SaveItemDraftBody = z.strictObject({ data: z.unknown() });
export const SubmitBody = z.strictObject({ note: z.string().trim().max(500).default('') });
export const DecisionBody = z.strictObject({ comment: z.string().trim().max(500).default('') });
export const RejectBody = z.strictObject({ comment: z.string().trim().min(1, 'say what to change').max(500) });
export const Published = z.strictObject({ item: ItemView, revision: z.number().int().positive() });

/** What a publish would play: conflicts and gaps over the next days, per screen (and per zone's viewers). */
export const ScheduleIssue = z.strictObject({
  kind: z.enum(['gap', 'layout-conflict', 'never-plays', 'missing']),
  audience: z.string(),
  region: z.string().nullable(),
  from: IsoTime,
  to: IsoTime,
  entries: z.array(Slug),
  message: LocalizedText,
});
export type ScheduleIssue = z.infer<typeof ScheduleIssue>;
export const ScheduleCheck = z.strictObject({ from: IsoTime, to: IsoTime, issues: z.array(ScheduleIssue) });
export type ScheduleCheck = z.infer<typeof ScheduleCheck>;

export const RevisionView = z.strictObject({
  revision: z.number().int(),
  createdAt: IsoTime,
  createdBy: z.string(),
  reason: z.string(),
});
export type RevisionView = z.infer<typeof RevisionView>;

export const SignageAuditEntry = z.strictObject({
  seq: z.number().int(),
  at: IsoTime,
  actor: z.string(),
  action: z.string(),
  subject: z.string(),
  detail: z.record(z.string(), z.unknown()),
});
export type SignageAuditEntry = z.infer<typeof SignageAuditEntry>;

export const MediaView = z.strictObject({
  sha256: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  name: z.string(),
  uploadedBy: z.string(),
  uploadedAt: IsoTime,
});
export type MediaView = z.infer<typeof MediaView>;

// ——— Live data pushed to screens ———

/** public, retained per feed: a live job board's vacancies, newest first. */
export const JobFeed = z.strictObject({ feedId: Slug, items: z.array(JobSummary), total: z.number().int().nonnegative(), at: IsoTime });
export type JobFeed = z.infer<typeof JobFeed>;

/** public, retained: the fair calendar and today's booth maps, trimmed for screens. */
export const FairsFeed = z.strictObject({
  day: ServiceDay,
  upcoming: z.array(z.strictObject({
    id: Uuid, title: z.string(), day: ServiceDay, starts: z.string(), ends: z.string(), venue: z.string(), booths: z.number().int(), boothsTaken: z.number().int(),
  })),
  booths: z.array(z.strictObject({
    fairId: Uuid, title: z.string(), starts: z.string(), ends: z.string(), venue: z.string(), boothCount: z.number().int(),
    booths: z.array(z.strictObject({ boothNo: z.number().int(), employerName: z.string(), jobs: z.array(z.string()) })),
  })),
  at: IsoTime,
});
export type FairsFeed = z.infer<typeof FairsFeed>;

// ——— LED boards ———

/**
 * A text area on an asynchronous LED card, hub → LED agent. Everything the hub sends is frequently changing
 * text, so it goes to the card's RAM dynamic areas (unlimited writes, lost on power-off), never its flash
 * program (about 100,000 erase cycles). `exclusive` pauses everything else on the board (an alert);
 * `timeoutS` makes the card drop the area by itself after that long without an update (0 = never).
 */
export const LedArea = z.strictObject({
  correlationId: z.string().min(1).max(80),
  area: z.enum(['ticker', 'alert']),
  /** null clears the area. */
  text: z.string().min(1).max(400).nullable(),
  effect: z.enum(['static', 'scroll-left']),
  mode: z.enum(['normal', 'exclusive']),
  timeoutS: z.number().int().min(0).max(7 * 24 * 3600),
});
export type LedArea = z.infer<typeof LedArea>;

/** LED agent → hub, retained: what the board shows now, as the simulated board draws it. */
export const LedBoardView = z.strictObject({
  windows: z.array(z.strictObject({ window: z.number().int(), text: z.string(), brightness: z.number().int() })),
  ticker: z.string().nullable(),
  alert: z.string().nullable(),
  /** Writes to the card's RAM areas and to its flash program since the agent started. */
  ramWrites: z.number().int().nonnegative(),
  flashWrites: z.number().int().nonnegative(),
  at: IsoTime,
});
export type LedBoardView = z.infer<typeof LedBoardView>;
export const LedBoardStatus = z.strictObject({ deviceId: Slug, screenId: Slug.nullable(), view: LedBoardView.nullable() });

/** content/signage/demo.json: the demo hall's signage, published on the first start without review. */
export const SignageSeedFile = z.strictObject({
  note: z.string(),
  zones: z.array(Zone),
  groups: z.array(ScreenGroup),
  screens: z.array(ScreenBody),
  layouts: z.array(Layout),
  playlists: z.array(Playlist),
  calendar: SignageCalendar,
  schedule: z.array(ScheduleEntry),
  alertTemplates: z.array(AlertTemplate),
  /** Files in content/signage/media/, with the SHA-256 the slides name them by. */
  media: z.array(z.strictObject({ file: z.string().regex(/^[a-z0-9-]+\.(png|jpg|webp|mp4|webm)$/), sha256: z.string().regex(/^[a-f0-9]{64}$/), name: z.string() })).default([]),
});
export type SignageSeedFile = z.infer<typeof SignageSeedFile>;
