import type { QueueLine, QueueSettingsBody, QueueSettingsView } from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import { fieldError } from '../../infra/errors.ts';

interface Row {
  queue_id: string;
  hours: string | null;
  daily_quota: number | null;
  no_quota: number;
  typical_service_minutes: number | null;
  service_level_minutes: number | null;
  updated_by: string;
  updated_at: string;
}

type Settings = Pick<QueueLine, 'hours' | 'dailyQuota' | 'typicalServiceMinutes' | 'serviceLevelMinutes'>;

/**
 * Staff adjustments to a queue line's hours, daily quota and times. content/hall.json holds the defaults;
 * the changes live in SQLite and are laid over the catalogue at start-up and on every change, so tickets,
 * estimates and KPIs all see the same line.
 */
export class QueueSettings {
  private readonly defaults = new Map<string, Settings>();

  constructor(private readonly hub: HubContext) {}

  /** Lays the stored changes over the catalogue; the hub's start, before any ticket is issued. */
  start(): void {
    for (const q of this.hub.catalogue.hall.queues) {
      this.defaults.set(q.id, { hours: q.hours, dailyQuota: q.dailyQuota, typicalServiceMinutes: q.typicalServiceMinutes, serviceLevelMinutes: q.serviceLevelMinutes });
    }
    for (const row of this.rows()) this.apply(row);
  }

  private rows(): Row[] {
    return this.hub.db.prepare('SELECT * FROM queue_settings').all() as Row[];
  }

  private apply(row: Row | undefined, queueId = row?.queue_id): void {
    const base = this.defaults.get(queueId!);
    if (!base) return; // a line that content no longer has
    this.hub.catalogue.updateQueue(queueId!, {
      hours: row?.hours ?? base.hours,
      dailyQuota: row ? (row.no_quota ? null : (row.daily_quota ?? base.dailyQuota)) : base.dailyQuota,
      typicalServiceMinutes: row?.typical_service_minutes ?? base.typicalServiceMinutes,
      serviceLevelMinutes: row?.service_level_minutes ?? base.serviceLevelMinutes,
    });
  }

  list(): QueueSettingsView[] {
    const rows = new Map(this.rows().map((r) => [r.queue_id, r]));
    return this.hub.catalogue.hall.queues.map((q) => {
      const r = rows.get(q.id);
      return {
        queueId: q.id, prefix: q.prefix, name: q.name, hours: q.hours, dailyQuota: q.dailyQuota,
        typicalServiceMinutes: q.typicalServiceMinutes, serviceLevelMinutes: q.serviceLevelMinutes,
        changed: !!r, updatedBy: r?.updated_by ?? null, updatedAt: r?.updated_at ?? null,
      };
    });
  }

  update(queueId: string, body: QueueSettingsBody, staff: string): QueueSettingsView {
    if (!this.defaults.has(queueId)) throw fieldError(404, 'params.queueId', `no queue line ${queueId}`);
    const at = this.hub.now().toISOString();
    this.hub.db
      .prepare(
        `INSERT INTO queue_settings (queue_id, hours, daily_quota, no_quota, typical_service_minutes, service_level_minutes, updated_by, updated_at)
         VALUES (@queue_id, @hours, @daily_quota, @no_quota, @typical, @level, @by, @at)
         ON CONFLICT (queue_id) DO UPDATE SET
           hours = COALESCE(@hours, hours),
           daily_quota = CASE WHEN @quota_given THEN @daily_quota ELSE daily_quota END,
           no_quota = CASE WHEN @quota_given THEN @no_quota ELSE no_quota END,
           typical_service_minutes = COALESCE(@typical, typical_service_minutes),
           service_level_minutes = COALESCE(@level, service_level_minutes),
           updated_by = @by, updated_at = @at`,
      )
      .run({
        queue_id: queueId, hours: body.hours ?? null, daily_quota: body.dailyQuota ?? null,
        no_quota: body.dailyQuota === null ? 1 : 0, quota_given: body.dailyQuota !== undefined ? 1 : 0,
        typical: body.typicalServiceMinutes ?? null, level: body.serviceLevelMinutes ?? null, by: staff, at,
      });
    this.apply(this.rows().find((r) => r.queue_id === queueId), queueId);
    return this.list().find((v) => v.queueId === queueId)!;
  }

  /** Back to content/hall.json's values. */
  reset(queueId: string): QueueSettingsView {
    if (!this.defaults.has(queueId)) throw fieldError(404, 'params.queueId', `no queue line ${queueId}`);
    this.hub.db.prepare('DELETE FROM queue_settings WHERE queue_id = ?').run(queueId);
    this.apply(undefined, queueId);
    return this.list().find((v) => v.queueId === queueId)!;
  }
}
