import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../infra/db.ts';
import { fieldError } from '../../infra/errors.ts';
import { uuidv7 } from '../../infra/ids.ts';
import { CommandChannel, type Command } from '../../infra/commands.ts';
import type { AlertBody, AlertMessage, AlertShown, AlertTemplate, AlertView, CommandState, Screen, TopicBus } from '../../contract/index.ts';
import { ackMachine } from '../devices/ack-machine.ts';
import { nextAlertState, type AlertEvent } from './alert-machine.ts';
import { AlertStore, messageOf, type AlertRow } from './alert-store.ts';
import type { SignageAudit } from './audit.ts';
import type { LedAreas } from './led.ts';
import { MemoryCommandStore } from './memory-commands.ts';
import type { WriteQueue } from './write-queue.ts';

/** A display's acknowledgement of what it was told to show. */
const alertMachine = ackMachine<AlertShown>();

interface AlertPayload {
  action: 'show' | 'clear';
  alert: AlertMessage;
}

export interface AlertDeps {
  db: Db;
  writes: WriteQueue;
  bus: TopicBus;
  screens: () => readonly Screen[];
  zoneExists: (id: string) => boolean;
  templates: () => AlertTemplate[];
  led: LedAreas;
  audit: SignageAudit;
  now: () => Date;
  log: FastifyBaseLogger;
}

/** How often the hub looks for alerts past their expiry; screens clear them on their own clock as well. */
const SWEEP_MS = 1000;

/** The words on an LED board: a drill says so first, in both languages, so it never reads as real. */
export function ledAlertText(a: AlertMessage): string {
  const mark = a.status === 'exercise' ? '【演练 EXERCISE】' : a.status === 'test' ? '【测试 TEST】' : '';
  return `${mark}${a.headline.zh} ${a.instruction.zh} · ${a.headline.en}`.slice(0, 400);
}

/**
 * Emergency takeover, shaped on CAP 1.2. One staff action (or another system's POST) puts an alert up on the
 * chosen zones' screens and LED boards at once, with no approval step: it goes out retained on the public
 * alerts topic (every page, registered or not) and as a command to each registered screen and each board,
 * which acknowledge it. It ends by cancel, by an update replacing it, or by its expiry, on which the hub and
 * every screen clear it independently. Every step is in the signage audit log.
 */
export class SignageAlerts {
  readonly store: AlertStore;
  readonly channel: CommandChannel<'signageAlert', 'signageAlertShown', CommandState, AlertPayload>;
  /** Commands this process issued for alerts: correlation id → what it was for. */
  private readonly issued = new Map<string, { alertId: string; screenId: string; action: 'show' | 'clear' }>();
  private sweeper: NodeJS.Timeout | null = null;

  constructor(private readonly d: AlertDeps) {
    this.store = new AlertStore(d.db, d.writes);
    this.channel = new CommandChannel({
      bus: d.bus, command: 'signageAlert', reply: 'signageAlertShown', machine: alertMachine, store: new MemoryCommandStore<CommandState, AlertPayload, AlertShown>(alertMachine), log: d.log,
      // A screen answers in milliseconds; one that has not in a second is sent it again, four times.
      policy: { answerWithinMs: 1000, retries: 4, ttlMs: 24 * 3600_000, resendOnReconnect: true },
      encode: (cmd) => ({ correlationId: cmd.correlationId, ...cmd.payload, ttlMs: Math.max(0, Date.parse(cmd.payload.alert.expires) - d.now().getTime()) }),
      now: () => d.now().getTime(),
    });
  }

  async start(): Promise<void> {
    this.channel.on('change', (cmd) => this.answered(cmd));
    this.d.led.channel.on('change', (cmd) => this.answered(cmd));
    await this.channel.start();
    this.sweeper = setInterval(() => this.expireDue(), SWEEP_MS);
    this.sweeper.unref();
    this.expireDue();
    // After a restart the commands in memory are gone: every target of an active alert that has not
    // acknowledged it is sent it again.
    this.d.db.transaction(() => {
      for (const row of this.store.active()) for (const s of this.targetsOf(messageOf(row))) if (!this.acknowledged(row.id, s.id)) this.showOn(messageOf(row), s);
    })();
    this.publishActive();
  }

  async stop(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    await this.channel.stop();
  }

  /** POST /api/signage/alerts. Returns the new alert's id (for a cancel, the cancel message's own). */
  send(body: AlertBody, by: string): { id: string } {
    const at = this.d.now();
    if (Date.parse(body.expires) <= at.getTime()) throw fieldError(422, 'body.expires', 'is already past');
    body.zones.forEach((z, i) => {
      if (!this.d.zoneExists(z)) throw fieldError(422, `body.zones.${i}`, 'no such zone');
    });
    const template = body.template ? this.d.templates().find((t) => t.id === body.template) : undefined;
    if (body.template && !template) throw fieldError(422, 'body.template', 'no such alert template');
    const id = uuidv7();
    const referenced = this.referenced(body);
    if (body.msgType === 'cancel' && !referenced.length) throw fieldError(422, 'body.references', 'no active alert to cancel');
    // Screens the update goes to keep the old alert until the new one replaces it: no flash of content between.
    const keep = new Set(body.msgType === 'update' ? this.d.screens().filter((s) => !body.zones.length || body.zones.includes(s.zoneId)).map((s) => s.id) : []);
    const alert = this.d.db.transaction(() => {
      const references = body.msgType === 'alert' ? undefined : body.references ?? referenced[0]?.id;
      this.store.insert(id, { ...body, references }, template?.pictogram ?? 'info', body.msgType === 'cancel' ? 'cancelled' : 'active', by, at);
      this.d.audit.record(by, `alert.${body.msgType}`, id, { ...body, references: referenced.map((r) => r.id) });
      for (const r of referenced) this.end(r, body.msgType === 'cancel' ? 'cancel' : 'supersede', by, keep);
      const message = body.msgType === 'cancel' ? null : messageOf(this.store.get(id)!);
      // Every target's row in the same commit: the commands go out the moment it is done.
      if (message) for (const s of this.targetsOf(message)) this.showOn(message, s);
      return message;
    })();
    this.publishActive();
    return { id };
  }

  /** POST /api/signage/alerts/:id/cancel. */
  cancel(id: string, by: string): AlertView {
    const row = this.store.get(id);
    if (!row) throw fieldError(404, 'params.id', 'no such alert');
    if (row.state !== 'active') throw fieldError(409, 'params.id', `the alert is ${row.state} already`, 'ALERT_ENDED');
    this.d.db.transaction(() => this.end(row, 'cancel', by))();
    this.publishActive();
    return this.store.view(this.store.get(id)!);
  }

  /** Ends every active alert past its expiry. */
  expireDue(): void {
    const now = this.d.now();
    const due = this.store.active().filter((r) => Date.parse(r.expires) <= now.getTime());
    if (!due.length) return;
    this.d.db.transaction(() => {
      for (const r of due) this.end(r, 'expire', 'system');
    })();
    this.publishActive();
  }

  /** A screen or board came (back) online: give it every active alert it has not acknowledged. */
  targetOnline(screenId: string): void {
    void this.channel.resend(screenId);
    for (const row of this.store.active()) {
      const target = this.targetsOf(messageOf(row)).find((s) => s.id === screenId);
      const open = [...this.issued].some(([corr, i]) => i.screenId === screenId && i.alertId === row.id && this.channel.get(corr) && !alertMachine.isFinal(this.channel.get(corr)!.state));
      if (target && !open && !this.acknowledged(row.id, screenId)) this.showOn(messageOf(row), target);
    }
  }

  active(): AlertMessage[] {
    return this.store.active().map(messageOf);
  }

  list(limit = 50): AlertView[] {
    return this.store.recent(limit).map((r) => this.store.view(r));
  }

  view(id: string): AlertView {
    const row = this.store.get(id);
    if (!row) throw fieldError(404, 'params.id', 'no such alert');
    return this.store.view(row);
  }

  /** The alerts an update or cancel is about: the one it names, or the newest active one whose zones overlap. */
  private referenced(body: AlertBody): AlertRow[] {
    if (body.msgType === 'alert') return [];
    if (body.references) {
      const r = this.store.get(body.references);
      if (!r || r.state !== 'active') throw fieldError(422, 'body.references', 'no active alert with this id');
      return [r];
    }
    const overlaps = (zones: string[]) => !body.zones.length || !zones.length || zones.some((z) => body.zones.includes(z));
    const active = this.store.active().filter((r) => overlaps(JSON.parse(r.zones) as string[]));
    if (body.msgType === 'cancel') return active;
    return active.slice(-1);
  }

  private end(row: AlertRow, event: AlertEvent, by: string, keep: ReadonlySet<string> = new Set()): void {
    const state = nextAlertState(row.state, event);
    if (state === row.state) return;
    this.store.end(row.id, state, by, this.d.now());
    this.d.audit.record(by, `alert.${state}`, row.id, {});
    const alert = messageOf(row);
    for (const ack of this.store.acks(row.id)) {
      if (keep.has(ack.screen_id)) continue;
      const correlationId = `alert-clear:${uuidv7()}`;
      this.issued.set(correlationId, { alertId: row.id, screenId: ack.screen_id, action: 'clear' });
      if (ack.kind === 'lcd') this.channel.issue(ack.screen_id, correlationId, { action: 'clear', alert });
      else {
        const board = this.d.screens().find((s) => s.id === ack.screen_id);
        if (board?.deviceId) this.d.led.alert(board.deviceId, correlationId, null, 0);
      }
    }
  }

  private targetsOf(alert: AlertMessage): Screen[] {
    return this.d.screens().filter((s) => (!alert.zones.length || alert.zones.includes(s.zoneId)) && (s.kind === 'lcd' || s.deviceId));
  }

  private acknowledged(alertId: string, screenId: string): boolean {
    return this.store.acks(alertId).some((a) => a.screen_id === screenId && a.state === 'acknowledged');
  }

  private showOn(alert: AlertMessage, screen: Screen): void {
    const correlationId = `alert:${uuidv7()}`;
    this.store.target(alert.id, screen.id, screen.kind, correlationId, this.d.now());
    this.issued.set(correlationId, { alertId: alert.id, screenId: screen.id, action: 'show' });
    if (screen.kind === 'lcd') this.channel.issue(screen.id, correlationId, { action: 'show', alert });
    else this.d.led.alert(screen.deviceId!, correlationId, ledAlertText(alert), Math.max(1, Math.ceil((Date.parse(alert.expires) - this.d.now().getTime()) / 1000)));
  }

  /** Records what became of a command for an alert: a screen's acknowledgement is audited. */
  private answered(cmd: Command<CommandState, unknown>): void {
    const what = this.issued.get(cmd.correlationId);
    if (!what) return;
    const at = this.d.now();
    if (what.action === 'show') {
      this.store.moved(cmd.correlationId, cmd.state, cmd.attempts, at);
      if (cmd.state === 'acknowledged') this.d.audit.record(what.screenId, 'alert.acknowledged', what.alertId, { attempts: cmd.attempts });
      if (cmd.state === 'unanswered') this.d.audit.record('system', 'alert.unanswered', what.alertId, { screenId: what.screenId });
    } else if (cmd.state === 'acknowledged') {
      this.store.cleared(what.alertId, what.screenId, at);
      this.d.audit.record(what.screenId, 'alert.cleared', what.alertId, {});
    }
    if (alertMachine.isFinal(cmd.state) && this.issued.size > 10_000) this.issued.delete(cmd.correlationId);
  }

  private publishActive(): void {
    this.d.bus.publish('alerts', {}, { alerts: this.active(), at: this.d.now().toISOString() }).catch((err: Error) => this.d.log.warn({ err: err.message }, 'active alerts not published'));
  }
}
