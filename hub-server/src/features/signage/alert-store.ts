import type { Db } from '../../infra/db.ts';
import type { AlertBody, AlertMessage, AlertState, AlertView, CommandState } from '../../contract/index.ts';
import type { WriteQueue } from './write-queue.ts';

export interface AlertRow {
  id: string;
  status: AlertMessage['status'];
  msg_type: AlertBody['msgType'];
  severity: AlertMessage['severity'];
  urgency: AlertMessage['urgency'];
  headline_zh: string;
  headline_en: string;
  instruction_zh: string;
  instruction_en: string;
  pictogram: AlertMessage['pictogram'];
  zones: string;
  references_id: string | null;
  sent_at: string;
  sent_by: string;
  expires: string;
  state: AlertState;
  ended_at: string | null;
  ended_by: string | null;
}

interface AckRow {
  alert_id: string;
  screen_id: string;
  kind: 'lcd' | 'led';
  correlation_id: string;
  state: CommandState;
  attempts: number;
  issued_at: string;
  shown_at: string | null;
}

export function messageOf(r: AlertRow): AlertMessage {
  return {
    id: r.id, status: r.status, severity: r.severity, urgency: r.urgency, headline: { zh: r.headline_zh, en: r.headline_en },
    instruction: { zh: r.instruction_zh, en: r.instruction_en }, sent: r.sent_at, expires: r.expires, zones: JSON.parse(r.zones) as string[], pictogram: r.pictogram,
    replaces: r.msg_type === 'update' ? r.references_id : null,
  };
}

/** Alerts and, per alert, each screen and board it went to with its acknowledgement. */
export class AlertStore {
  /** The statements a burst of 200 acknowledgements runs, prepared once rather than per write. */
  private readonly sql;

  constructor(private readonly db: Db, private readonly writes: WriteQueue) {
    this.sql = {
      moved: db.prepare(`UPDATE signage_alert_acks SET state = ?, attempts = ?, shown_at = CASE WHEN ? = 'acknowledged' THEN COALESCE(shown_at, ?) ELSE shown_at END WHERE correlation_id = ?`),
      cleared: db.prepare('UPDATE signage_alert_acks SET cleared_at = ? WHERE alert_id = ? AND screen_id = ?'),
    };
  }

  insert(id: string, body: AlertBody, pictogram: AlertMessage['pictogram'], state: AlertState, by: string, at: Date): void {
    this.db.prepare(
      `INSERT INTO signage_alerts (id, status, msg_type, severity, urgency, headline_zh, headline_en, instruction_zh, instruction_en, pictogram, zones,
         references_id, sent_at, sent_by, expires, state, ended_at, ended_by)
       VALUES (@id, @status, @msgType, @severity, @urgency, @hzh, @hen, @izh, @ien, @pictogram, @zones, @refs, @at, @by, @expires, @state, @ended, @endedBy)`,
    ).run({
      id, status: body.status, msgType: body.msgType, severity: body.severity, urgency: body.urgency, hzh: body.headline.zh, hen: body.headline.en,
      izh: body.instruction.zh, ien: body.instruction.en, pictogram, zones: JSON.stringify(body.zones), refs: body.references ?? null, at: at.toISOString(), by,
      expires: new Date(body.expires).toISOString(), state, ended: state === 'active' ? null : at.toISOString(), endedBy: state === 'active' ? null : by,
    });
  }

  get(id: string): AlertRow | undefined {
    return this.db.prepare('SELECT * FROM signage_alerts WHERE id = ?').get(id) as AlertRow | undefined;
  }

  active(): AlertRow[] {
    return this.db.prepare(`SELECT * FROM signage_alerts WHERE state = 'active' ORDER BY sent_at`).all() as AlertRow[];
  }

  recent(limit: number): AlertRow[] {
    return this.db.prepare('SELECT * FROM signage_alerts ORDER BY sent_at DESC LIMIT ?').all(limit) as AlertRow[];
  }

  end(id: string, state: AlertState, by: string, at: Date): void {
    this.db.prepare(`UPDATE signage_alerts SET state = ?, ended_at = ?, ended_by = ? WHERE id = ? AND state = 'active'`).run(state, at.toISOString(), by, id);
  }

  /** A command for an alert to a screen: a new row, or a resend replacing the row's correlation id. */
  target(alertId: string, screenId: string, kind: 'lcd' | 'led', correlationId: string, at: Date): void {
    this.db.prepare(
      `INSERT INTO signage_alert_acks (alert_id, screen_id, kind, correlation_id, state, issued_at) VALUES (?, ?, ?, ?, 'queued', ?)
       ON CONFLICT(alert_id, screen_id) DO UPDATE SET correlation_id = excluded.correlation_id, state = 'queued', attempts = 0`,
    ).run(alertId, screenId, kind, correlationId, at.toISOString());
  }

  /** A state change of a "show" command, matched by its correlation id: a burst of them is one commit. */
  moved(correlationId: string, state: CommandState, attempts: number, at: Date): void {
    const when = at.toISOString();
    this.writes.add(() => this.sql.moved.run(state, attempts, state, when, correlationId));
  }

  cleared(alertId: string, screenId: string, at: Date): void {
    const when = at.toISOString();
    this.writes.add(() => this.sql.cleared.run(when, alertId, screenId));
  }

  acks(alertId: string): AckRow[] {
    this.writes.flush();
    return this.db.prepare('SELECT * FROM signage_alert_acks WHERE alert_id = ? ORDER BY kind, screen_id').all(alertId) as AckRow[];
  }

  view(r: AlertRow): AlertView {
    return {
      ...messageOf(r), msgType: r.msg_type, state: r.state, sentBy: r.sent_by, endedAt: r.ended_at, endedBy: r.ended_by,
      acks: this.acks(r.id).map((a) => ({ screenId: a.screen_id, kind: a.kind, state: a.state, shownAt: a.shown_at, attempts: a.attempts })),
    };
  }
}
