import type { CommandState, DeviceCommandEntry, ShellAction, ShellResult } from '../../contract/index.ts';
import type { Command, CommandEvent, CommandStore } from '../../infra/commands.ts';
import type { Db } from '../../infra/db.ts';
import type { DomainEvents } from '../../infra/events.ts';

export interface ShellPayload {
  action: ShellAction;
  path?: string;
}

export type ShellCommandRecord = Command<CommandState, ShellPayload>;

/** A month of commands is enough to answer "did the kiosk get it?"; older rows are deleted. */
const KEEP_MS = 30 * 24 * 3600_000;
/** Journalled changes of other kinds are written together, so printing a ticket costs no extra commit. */
const FLUSH_MS = 250;

interface Row {
  correlation_id: string;
  device_id: string;
  kind: string;
  summary: string;
  payload: string | null;
  state: string;
  attempts: number;
  result: string | null;
  issued_at: number;
  updated_at: number;
}

const OPEN = "state IN ('queued', 'sent')";

/**
 * The device_commands table: the log of every command sent to a device. The shell kind keeps its commands
 * here (it is that kind's store); other kinds are journalled from the `device.command` domain event.
 */
export class CommandLog implements CommandStore<CommandState, ShellPayload, ShellResult> {
  private readonly pending = new Map<string, DomainEvents['device.command']>();
  private flusher: NodeJS.Timeout | null = null;

  constructor(private readonly db: Db) {}

  /** One change of another kind's command; written with the next batch. */
  journal(e: DomainEvents['device.command']): void {
    if (e.kind === 'shell') return; // the shell kind writes its own rows
    const before = this.pending.get(e.correlationId);
    this.pending.set(e.correlationId, before && !e.detail ? { ...e, detail: before.detail } : e);
    this.flusher ??= setTimeout(() => this.flush(), FLUSH_MS);
    this.flusher.unref?.();
  }

  flush(): void {
    if (this.flusher) clearTimeout(this.flusher);
    this.flusher = null;
    if (!this.pending.size) return;
    const rows = [...this.pending.values()];
    this.pending.clear();
    const upsert = this.db.prepare(`
      INSERT INTO device_commands (correlation_id, device_id, kind, summary, state, attempts, result, issued_at, updated_at)
      VALUES (@correlationId, @deviceId, @kind, @summary, @state, @attempts, @detail, @issuedAt, @at)
      ON CONFLICT (correlation_id) DO UPDATE SET state = excluded.state, attempts = MAX(attempts, excluded.attempts),
        result = COALESCE(excluded.result, result), updated_at = excluded.updated_at`);
    this.db.transaction(() => {
      for (const r of rows) upsert.run(r);
    })();
  }

  recent(limit: number, deviceId?: string): DeviceCommandEntry[] {
    this.flush();
    const rows = (deviceId
      ? this.db.prepare('SELECT * FROM device_commands WHERE device_id = ? ORDER BY issued_at DESC LIMIT ?').all(deviceId, limit)
      : this.db.prepare('SELECT * FROM device_commands ORDER BY issued_at DESC LIMIT ?').all(limit)) as Row[];
    return rows.map((r) => ({
      correlationId: r.correlation_id, deviceId: r.device_id, kind: r.kind, summary: r.summary, state: r.state, attempts: r.attempts,
      result: r.result, issuedAt: new Date(r.issued_at).toISOString(), updatedAt: new Date(r.updated_at).toISOString(),
    }));
  }

  prune(now: number): number {
    return this.db.prepare('DELETE FROM device_commands WHERE issued_at < ?').run(now - KEEP_MS).changes;
  }

  // The shell kind's store (infra/commands.ts).

  add(cmd: ShellCommandRecord): void {
    const summary = cmd.payload.path ? `${cmd.payload.action} ${cmd.payload.path}` : cmd.payload.action;
    this.db.prepare(`INSERT INTO device_commands (correlation_id, device_id, kind, summary, payload, state, attempts, issued_at, updated_at)
                     VALUES (?, ?, 'shell', ?, ?, ?, 0, ?, ?)`)
      .run(cmd.correlationId, cmd.deviceId, summary, JSON.stringify(cmd.payload), cmd.state, cmd.issuedAt, cmd.issuedAt);
  }

  get(correlationId: string): ShellCommandRecord | undefined {
    const row = this.db.prepare("SELECT * FROM device_commands WHERE correlation_id = ? AND kind = 'shell'").get(correlationId) as Row | undefined;
    return row ? toCommand(row) : undefined;
  }

  moved(cmd: ShellCommandRecord, _from: CommandState, event: CommandEvent<ShellResult>, at: number): void {
    const result = event.type === 'reply'
      ? `${event.reply.ok ? 'ok' : 'failed'}${event.reply.detail ? `: ${event.reply.detail}` : ''}`
      : event.type === 'unanswered' ? 'no answer' : event.type === 'expired' ? 'expired' : null;
    this.db.prepare('UPDATE device_commands SET state = ?, attempts = ?, result = COALESCE(?, result), updated_at = ? WHERE correlation_id = ?')
      .run(cmd.state, cmd.attempts, result, at, cmd.correlationId);
  }

  open(deviceId?: string): ShellCommandRecord[] {
    const rows = (deviceId
      ? this.db.prepare(`SELECT * FROM device_commands WHERE kind = 'shell' AND device_id = ? AND ${OPEN} ORDER BY issued_at`).all(deviceId)
      : this.db.prepare(`SELECT * FROM device_commands WHERE kind = 'shell' AND ${OPEN} ORDER BY issued_at`).all()) as Row[];
    return rows.map(toCommand);
  }

  issuedBefore(before: number): ShellCommandRecord[] {
    return (this.db.prepare(`SELECT * FROM device_commands WHERE kind = 'shell' AND ${OPEN} AND issued_at < ? ORDER BY issued_at`).all(before) as Row[])
      .map(toCommand);
  }
}

function toCommand(r: Row): ShellCommandRecord {
  return {
    correlationId: r.correlation_id, deviceId: r.device_id, payload: JSON.parse(r.payload ?? '{}') as ShellPayload,
    state: r.state as CommandState, issuedAt: r.issued_at, attempts: r.attempts,
  };
}
