import type { Db } from '../../infra/db.ts';
import { HttpError } from '../../infra/errors.ts';
import type { PlayRecord, PlaySummary } from '../../contract/index.ts';

/** A screen's clock may run a little ahead of the hub's; more than this is a wrong clock, not a play. */
const FUTURE_SLACK_MS = 5 * 60_000;
/** A screen keeps plays while offline for a month at most (its IndexedDB is bounded too). */
const OLDEST_MS = 35 * 24 * 3600_000;

export interface PlayChecks {
  knownSlide(playlistId: string, slideId: string, revision: number): boolean;
  latestRevision(): number;
}

/**
 * Checks a screen's batch: every record must be a play that could have happened. A bad record fails the whole
 * batch with a 422 naming it, and nothing is written; the screen drops the records named and sends the rest.
 */
export function checkPlays(plays: PlayRecord[], checks: PlayChecks, now: number): void {
  const issues: Array<{ path: string; message: string }> = [];
  const latest = checks.latestRevision();
  plays.forEach((p, i) => {
    const start = Date.parse(p.start);
    const end = Date.parse(p.end);
    if (!(start < end)) issues.push({ path: `body.plays.${i}.end`, message: 'must be after start' });
    else if (end > now + FUTURE_SLACK_MS) issues.push({ path: `body.plays.${i}.end`, message: 'is in the future' });
    else if (start < now - OLDEST_MS) issues.push({ path: `body.plays.${i}.start`, message: 'is older than 35 days' });
    if (p.revision > latest) issues.push({ path: `body.plays.${i}.revision`, message: 'no such revision' });
    else if (!checks.knownSlide(p.playlistId, p.slideId, p.revision)) issues.push({ path: `body.plays.${i}.slideId`, message: `no slide ${p.playlistId}/${p.slideId} in revision ${p.revision}` });
  });
  if (issues.length) throw new HttpError(422, 'INVALID_PLAYS', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
}

interface SummaryRow {
  screen_id: string;
  playlist_id: string;
  slide_id: string;
  plays: number;
  seconds: number;
}

/** Proof of play: what each screen showed, start to end, by the ids the screen made (a resend is stored once). */
export class PlayStore {
  constructor(private readonly db: Db) {}

  /** Stores a checked batch in one transaction; returns how many were new. */
  add(screenId: string, plays: PlayRecord[], at: Date): { accepted: number; duplicates: number } {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO signage_plays (id, screen_id, revision, region, playlist_id, slide_id, started_at, ended_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let accepted = 0;
    this.db.transaction(() => {
      for (const p of plays) {
        accepted += insert.run(p.id, screenId, p.revision, p.region, p.playlistId, p.slideId, new Date(p.start).toISOString(), new Date(p.end).toISOString(), at.toISOString()).changes;
      }
    })();
    return { accepted, duplicates: plays.length - accepted };
  }

  /** Plays and time on screen per screen and slide, between two instants. */
  summary(fromIso: string, toIso: string, screenId?: string): Pick<PlaySummary, 'rows' | 'total'> {
    const rows = this.db.prepare(
      `SELECT screen_id, playlist_id, slide_id, COUNT(*) AS plays, SUM((julianday(ended_at) - julianday(started_at)) * 86400.0) AS seconds
       FROM signage_plays WHERE started_at >= ? AND started_at < ? AND (? IS NULL OR screen_id = ?)
       GROUP BY screen_id, playlist_id, slide_id ORDER BY screen_id, plays DESC`,
    ).all(fromIso, toIso, screenId ?? null, screenId ?? null) as SummaryRow[];
    const out = rows.map((r) => ({ screenId: r.screen_id, playlistId: r.playlist_id, slideId: r.slide_id, plays: r.plays, seconds: Math.round(r.seconds * 10) / 10 }));
    return { rows: out, total: { plays: out.reduce((n, r) => n + r.plays, 0), seconds: Math.round(out.reduce((n, r) => n + r.seconds, 0) * 10) / 10 } };
  }

  /** Every play between two instants, oldest first, streamed row by row (a month of a busy hall is large). */
  *rows(fromIso: string, toIso: string, screenId?: string): Generator<Record<string, string | number>> {
    const stmt = this.db.prepare(
      `SELECT id, screen_id, revision, region, playlist_id, slide_id, started_at, ended_at, received_at FROM signage_plays
       WHERE started_at >= ? AND started_at < ? AND (? IS NULL OR screen_id = ?) ORDER BY started_at`,
    );
    yield* stmt.iterate(fromIso, toIso, screenId ?? null, screenId ?? null) as Iterable<Record<string, string | number>>;
  }

  count(screenId?: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM signage_plays WHERE ? IS NULL OR screen_id = ?').get(screenId ?? null, screenId ?? null) as { n: number }).n;
  }
}

const CSV_COLUMNS = ['id', 'screen_id', 'revision', 'region', 'playlist_id', 'slide_id', 'started_at', 'ended_at', 'received_at'];

/** RFC 4180: quote a field that holds a comma, a quote or a line break; a leading =+-@ is defused for spreadsheets. */
function csvField(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function* playsCsv(rows: Iterable<Record<string, string | number>>): Generator<string> {
  yield `\ufeff${CSV_COLUMNS.join(',')}\r\n`;
  for (const r of rows) yield `${CSV_COLUMNS.map((c) => csvField(r[c] ?? '')).join(',')}\r\n`;
}
