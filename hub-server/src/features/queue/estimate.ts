import type Database from 'better-sqlite3';
import type { QueueLine } from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import type { TicketRow, TicketStore } from './store.ts';
import { candidateOf, placeInOrder } from './call-order.ts';

/** Recent visits that teach the estimate; older ones describe a different hour of the day. */
const RECENT_VISITS = 20;
/** The configured typical visit counts as this many observed visits, so three quick visits do not swing it. */
const PRIOR_WEIGHT = 3;
/** Counter sessions and service times change slowly; recomputing them for every ticket view is waste. */
const STATS_TTL_MS = 5000;

export interface QueueStats {
  /** Counters signed in and serving this line now; the configured counters when nobody is signed in. */
  counters: number;
  /** Minutes a visit takes, learnt from today's finished visits and shrunk towards the configured value. */
  serviceMinutes: number;
  /** Visitors at those counters now. */
  busy: number;
}

/**
 * Minutes until a ticket is called: the people ahead plus half of each visit in progress, served in parallel
 * by the counters open for the line, each visit taking the learnt average.
 */
export function waitMinutes(peopleAhead: number, stats: QueueStats): number {
  const work = peopleAhead + 0.5 * Math.min(stats.busy, stats.counters);
  if (work === 0) return 0;
  return Math.ceil((work * stats.serviceMinutes) / Math.max(1, stats.counters));
}

export function learnServiceMinutes(durationsMinutes: number[], typical: number): number {
  const sum = durationsMinutes.reduce((a, b) => a + b, 0);
  return (sum + PRIOR_WEIGHT * typical) / (durationsMinutes.length + PRIOR_WEIGHT);
}

interface Prepared {
  sessions: Database.Statement;
  visits: Database.Statement;
  busy: Database.Statement;
  cache: Map<string, { at: number; stats: Omit<QueueStats, 'busy'> }>;
}

const perHub = new WeakMap<HubContext, Prepared>();

function prepared(hub: HubContext): Prepared {
  let p = perHub.get(hub);
  if (!p) {
    p = {
      sessions: hub.db.prepare(`SELECT COUNT(*) AS n FROM counter_sessions, json_each(counter_sessions.queue_ids) q
                                WHERE signed_out_at IS NULL AND q.value = ?`),
      visits: hub.db.prepare(`SELECT (julianday(finished_at) - julianday(called_at)) * 1440 AS minutes FROM tickets
                              WHERE queue_id = ? AND service_day = ? AND status = 'done' AND called_at IS NOT NULL
                              ORDER BY finished_at DESC LIMIT ?`),
      busy: hub.db.prepare(`SELECT COUNT(*) AS n FROM tickets WHERE queue_id = ? AND service_day = ? AND status IN ('called', 'serving')`),
      cache: new Map(),
    };
    perHub.set(hub, p);
  }
  return p;
}

export function queueStats(hub: HubContext, queue: QueueLine, day: string): QueueStats {
  const p = prepared(hub);
  const now = hub.now().getTime(); // the hall clock, so a replayed day ages the cache as a real one would
  let hit = p.cache.get(`${queue.id}/${day}`);
  if (!hit || now - hit.at > STATS_TTL_MS) {
    const sessions = p.sessions.get(queue.id) as { n: number };
    const visits = p.visits.all(queue.id, day, RECENT_VISITS) as Array<{ minutes: number }>;
    hit = {
      at: now,
      stats: {
        counters: sessions.n || queue.counters.length,
        serviceMinutes: learnServiceMinutes(visits.map((v) => v.minutes), queue.typicalServiceMinutes),
      },
    };
    p.cache.set(`${queue.id}/${day}`, hit);
  }
  const busy = p.busy.get(queue.id, day) as { n: number };
  return { ...hit.stats, busy: busy.n };
}

/**
 * People the hall will call before a waiting ticket, by the call order itself (call-order.ts). A normal ticket
 * just issued is the newest of its line, so everyone waiting is ahead of it and the line's count is exact
 * (and cheap, on the issuing path); any other ticket — green channel, transferred, an appointment, or one
 * that has waited a while — is placed among its competitors now.
 */
export function peopleAheadNow(store: TicketStore, row: TicketRow, now: Date, justIssued = false): number {
  if (justIssued && row.priority === 'normal' && !row.appointment_at && row.target_counter_id === null) return store.peopleAheadOfNew(row);
  return placeInOrder(candidateOf(row), store.competitors(row).map(candidateOf), now);
}

/** People ahead of a waiting ticket and the minutes until it is called; `justIssued` inside the issuing transaction. */
export function estimateWait(hub: HubContext, store: TicketStore, row: TicketRow, justIssued = false): { peopleAhead: number; minutes: number } {
  const queue = hub.catalogue.queue(row.queue_id)!;
  const peopleAhead = peopleAheadNow(store, row, hub.now(), justIssued);
  return { peopleAhead, minutes: waitMinutes(peopleAhead, queueStats(hub, queue, row.service_day)) };
}
