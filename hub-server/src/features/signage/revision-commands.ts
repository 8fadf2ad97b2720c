import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../infra/db.ts';
import type { ManifestRef, RevisionReport, RevisionState, TopicBus } from '../../contract/index.ts';
import { CommandChannel, type Command, type CommandEvent, type CommandStore } from '../../infra/commands.ts';
import { revisionMachine } from './revision-machine.ts';
import type { WriteQueue } from './write-queue.ts';

export interface RevisionPayload {
  revision: number;
  manifest: ManifestRef;
}

interface Row {
  correlation_id: string;
  screen_id: string;
  revision: number;
  manifest_sha256: string;
  manifest_bytes: number;
  state: RevisionState;
  issued_at: number;
  attempts: number;
  updated_at: number;
  reason: string | null;
}

const OPEN = `('queued', 'sent')`;

function commandOf(r: Row): Command<RevisionState, RevisionPayload> {
  return {
    correlationId: r.correlation_id, deviceId: r.screen_id, payload: { revision: r.revision, manifest: { sha256: r.manifest_sha256, bytes: r.manifest_bytes } },
    state: r.state, issuedAt: r.issued_at, attempts: r.attempts,
  };
}

/**
 * Desired-revision commands in SQLite, written in the publish's transaction: a revision approved is a revision
 * sent, after a crash too. Issuing one supersedes the screen's open one, in the same statement group: a screen
 * is only ever asked for its newest revision.
 */
class RevisionCommandStore implements CommandStore<RevisionState, RevisionPayload, RevisionReport> {
  /** State changes queued for the next commit (write-queue.ts), laid over what get() reads meanwhile. */
  private readonly pending = new Map<string, { state: RevisionState; attempts: number }>();

  private readonly supersede;
  private readonly insert;
  private readonly byId;
  private readonly move;

  constructor(private readonly db: Db, private readonly writes: WriteQueue) {
    this.supersede = db.prepare(`UPDATE signage_revision_commands SET state = 'superseded', updated_at = ? WHERE screen_id = ? AND state IN ${OPEN}`);
    this.insert = db.prepare(
      `INSERT INTO signage_revision_commands (correlation_id, screen_id, revision, manifest_sha256, manifest_bytes, state, issued_at, attempts, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)`,
    );
    this.byId = db.prepare('SELECT * FROM signage_revision_commands WHERE correlation_id = ?');
    this.move = db.prepare('UPDATE signage_revision_commands SET state = ?, attempts = ?, updated_at = ?, reason = COALESCE(?, reason) WHERE correlation_id = ?');
  }

  private flush(): void {
    this.writes.flush();
  }

  add(cmd: Command<RevisionState, RevisionPayload>): void {
    this.flush();
    this.supersede.run(cmd.issuedAt, cmd.deviceId);
    this.insert.run(cmd.correlationId, cmd.deviceId, cmd.payload.revision, cmd.payload.manifest.sha256, cmd.payload.manifest.bytes, cmd.state, cmd.issuedAt, cmd.issuedAt);
  }

  get(correlationId: string): Command<RevisionState, RevisionPayload> | undefined {
    const row = this.byId.get(correlationId) as Row | undefined;
    return row ? { ...commandOf(row), ...this.pending.get(correlationId) } : undefined;
  }

  /** Two hundred screens report within milliseconds of each other: their reports are one commit. */
  moved(cmd: Command<RevisionState, RevisionPayload>, _from: RevisionState, event: CommandEvent<RevisionReport>, at: number): void {
    const reason = event.type === 'reply' ? event.reply.reason : null;
    const { correlationId, state, attempts } = cmd;
    this.pending.set(correlationId, { state, attempts });
    this.writes.add(() => {
      this.move.run(state, attempts, at, reason, correlationId);
      if (this.pending.get(correlationId)?.state === state) this.pending.delete(correlationId);
    });
  }

  open(deviceId?: string): Array<Command<RevisionState, RevisionPayload>> {
    this.flush();
    return (this.db.prepare(`SELECT * FROM signage_revision_commands WHERE state IN ${OPEN} AND (? IS NULL OR screen_id = ?) ORDER BY issued_at`)
      .all(deviceId ?? null, deviceId ?? null) as Row[]).map(commandOf);
  }

  issuedBefore(before: number): Array<Command<RevisionState, RevisionPayload>> {
    this.flush();
    return (this.db.prepare(`SELECT * FROM signage_revision_commands WHERE state IN ${OPEN} AND issued_at < ?`).all(before) as Row[]).map(commandOf);
  }

  /** The newest command of each screen: what admin shows as a screen's desired revision. */
  latest(): Map<string, Row> {
    this.flush();
    const rows = this.db.prepare(
      `SELECT c.* FROM signage_revision_commands c JOIN (SELECT screen_id, MAX(issued_at) AS at FROM signage_revision_commands GROUP BY screen_id) m
       ON m.screen_id = c.screen_id AND m.at = c.issued_at`,
    ).all() as Row[];
    return new Map(rows.map((r) => [r.screen_id, r]));
  }
}

/**
 * The device-command mechanism's third kind: a screen's desired revision, retained on its command topic, with
 * the manifest's address and hash (never the content). The screen answers once it has switched. A screen has a
 * minute per send to fetch and check everything, and five sends; a week-old desired revision is not pursued.
 */
export class RevisionCommands {
  readonly store: RevisionCommandStore;
  readonly channel: CommandChannel<'signageRevision', 'signageRevisionReport', RevisionState, RevisionPayload>;

  constructor(db: Db, writes: WriteQueue, bus: TopicBus, now: () => Date, log: FastifyBaseLogger) {
    this.store = new RevisionCommandStore(db, writes);
    this.channel = new CommandChannel({
      bus, command: 'signageRevision', reply: 'signageRevisionReport', machine: revisionMachine, store: this.store, log,
      policy: { answerWithinMs: 60_000, retries: 4, ttlMs: 7 * 24 * 3600_000, resendOnReconnect: true },
      encode: (cmd, ttlMs) => ({ correlationId: cmd.correlationId, revision: cmd.payload.revision, manifest: cmd.payload.manifest, ttlMs }),
      now: () => now().getTime(),
    });
  }

  latest() {
    return this.store.latest();
  }
}
