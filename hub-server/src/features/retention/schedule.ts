import type { RetentionFile, RetentionKind } from '../../contract/index.ts';

/** What one purge of one kind removed: the cut-off it used and how many records. */
export interface Purged {
  kind: RetentionKind;
  before: string;
  removed: number;
}

/** A capability's purge of one kind of its own records: everything last changed before `before`; returns how many. */
export type Purge = (before: Date) => number;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Runs every registered purge against its period. A kind no capability registered is skipped (the hub may run
 * without it); a period without a purge is not an error either, so content can name a kind before code lands.
 */
export function runPurges(periods: RetentionFile['periods'], purges: ReadonlyMap<RetentionKind, Purge>, now: Date): Purged[] {
  const out: Purged[] = [];
  for (const [kind, purge] of purges) {
    const before = new Date(now.getTime() - periods[kind].days * DAY_MS);
    out.push({ kind, before: before.toISOString(), removed: purge(before) });
  }
  return out;
}
