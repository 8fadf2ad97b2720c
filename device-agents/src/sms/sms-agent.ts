import { isStopReply, type SmsCommand, type SmsResult, type TopicBus } from '@jobhall/hub-server/contract';
import { DeviceAgent, type AgentConnection } from '../agent/device-agent.ts';
import type { AgentLog } from '../agent/log.ts';
import { SmsSendError, type DeliveryReport, type SmsGateway } from './gateway.ts';
import { DEFAULT_LIMITS, rateCheck, retryDelay, type RateLimits } from './sms-policy.ts';
import { SmsQueue, numberHash, type SmsEntry } from './sms-queue.ts';

export interface SmsAgentOptions {
  connection: AgentConnection;
  gateway: SmsGateway;
  log: AgentLog;
  /** Where the queue is kept; null keeps it in memory only (tests of the simulator). */
  stateDir: string | null;
  /** How long a message is worth sending after it arrived (default an hour: "your turn is near" ages fast). */
  lifetimeMs?: number;
  limits?: RateLimits;
  /** How often the queue is looked at. */
  tickMs?: number;
}

/**
 * Sends the hall's text messages through a gateway (HTTP API, GSM modem, or the demo's printout). Each
 * message is on disk before anything is done with it, is tried again while the gateway or the network is
 * away, is held to per-number limits, and is reported to the hub: sent, failed, then delivered or not. A
 * reply 退订/TD/STOP is handed to the hub (which ends every subscription of the number) and cancels what
 * still waits here for that number.
 */
export class SmsAgent extends DeviceAgent {
  private readonly queue: SmsQueue;
  private unsubscribe: Array<() => Promise<void>> = [];
  private stopListening: Array<() => void> = [];
  private timer: NodeJS.Timeout | null = null;
  private working = false;
  private received = 0;
  private gatewayReady: Promise<void> | null = null;

  constructor(private readonly opts: SmsAgentOptions) {
    super(opts.connection, 'sms', opts.log);
    this.queue = new SmsQueue(opts.stateDir);
  }

  /** Messages waiting to be sent (tests, the heartbeat). */
  get waiting(): number {
    return this.queue.waiting().length;
  }

  entry(messageId: string): SmsEntry | undefined {
    return this.queue.get(messageId);
  }

  protected async onStart(bus: TopicBus): Promise<void> {
    this.queue.load();
    this.queue.prune(Date.now());
    const g = this.opts.gateway;
    this.stopListening = [
      g.onReceive?.((sms) => this.inbound(sms.from, sms.text)) ?? (() => {}),
      g.onDelivery?.((r) => this.delivery(r)) ?? (() => {}),
    ];
    this.gatewayReady = this.startGateway();
    this.unsubscribe = [await bus.subscribe('smsSend', (cmd) => this.accept(cmd), { deviceId: this.deviceId })];
    this.timer = setInterval(() => void this.work(), this.opts.tickMs ?? 1000);
    this.timer.unref();
    void this.work();
  }

  protected async onStop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const stop of this.stopListening) stop();
    await Promise.all(this.unsubscribe.map((u) => u().catch(() => {})));
    await this.opts.gateway.close?.();
  }

  /** After every (re)connect: results the broker never acknowledged go out again. */
  protected override onConnect(): void {
    for (const e of this.queue.withUnreported()) for (const r of e.unreported) this.report(e, r);
  }

  /** A gateway that will not start (a modem unplugged) is tried again; the queue keeps what it holds meanwhile. */
  private async startGateway(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.opts.gateway.start?.();
        return;
      } catch (err) {
        this.log.warn({ err: (err as Error).message, attempt }, 'SMS gateway not ready; trying again');
        await new Promise((r) => setTimeout(r, Math.min(retryDelay(attempt), 60_000)));
      }
    }
  }

  private accept(cmd: SmsCommand): void {
    const known = this.queue.get(cmd.messageId);
    if (known) {
      // A redelivery: answer with where it is, never send twice.
      const last = known.unreported.at(-1);
      if (last) this.report(known, last);
      return;
    }
    this.queue.add(cmd, Date.now(), this.opts.lifetimeMs ?? 3_600_000);
    void this.work();
  }

  /** Sends whatever is due, one at a time, oldest first. */
  private async work(): Promise<void> {
    if (this.working) return;
    this.working = true;
    try {
      await this.gatewayReady;
      for (const e of this.queue.waiting()) {
        const now = Date.now();
        if (e.nextAt > now) continue;
        if (now > e.deadline) {
          this.finish(e, 'failed', e.error ? `gave up: ${e.error}` : 'expired before it could be sent');
          continue;
        }
        const limit = rateCheck(this.queue.sentTo(e.toHash), now, this.opts.limits ?? DEFAULT_LIMITS);
        if (!limit.ok) {
          if (limit.notBefore > e.deadline) this.finish(e, 'failed', 'held back: too many messages to this number');
          else this.queue.update(e, { nextAt: limit.notBefore }, now);
          continue;
        }
        await this.sendOne(e);
      }
    } finally {
      this.working = false;
    }
  }

  private async sendOne(e: SmsEntry): Promise<void> {
    const attempts = e.attempts + 1;
    try {
      const receipt = await this.opts.gateway.send(e.to!, e.text!);
      this.queue.recordSend(e.toHash, Date.now());
      this.finish(e, 'sent', null, { attempts, gatewayIds: receipt.gatewayIds });
    } catch (err) {
      const msg = (err as Error).message.slice(0, 300);
      if (err instanceof SmsSendError && err.permanent) return this.finish(e, 'failed', msg, { attempts });
      this.log.warn({ messageId: e.messageId, attempts, err: msg }, 'SMS not sent; trying again later');
      this.queue.update(e, { attempts, error: msg, nextAt: Date.now() + retryDelay(attempts) }, Date.now());
    }
  }

  private finish(e: SmsEntry, state: SmsResult['state'], error: string | null, change: Partial<SmsEntry> = {}): void {
    const result: SmsResult = {
      messageId: e.messageId, correlationId: e.correlationId, state, ...(error && { error: error.slice(0, 300) }), at: new Date().toISOString(),
    };
    this.queue.update(e, { ...change, state, error, unreported: [...e.unreported, result] }, Date.now());
    if (state === 'failed') this.log.warn({ messageId: e.messageId, err: error }, 'SMS given up');
    this.report(e, result);
  }

  /** Publishes a result; once the broker has it, it is no longer kept for publishing again. */
  private report(e: SmsEntry, result: SmsResult): void {
    this.bus
      ?.publish('smsResult', { deviceId: this.deviceId }, result)
      .then(() => this.queue.update(e, { unreported: e.unreported.filter((r) => r !== result) }, Date.now()))
      .catch((err: Error) => this.log.warn({ err: err.message }, 'SMS result not published yet'));
  }

  private delivery(r: DeliveryReport): void {
    const e = this.queue.byGatewayId(r.gatewayId);
    if (!e || !r.final || e.state === 'delivered' || e.state === 'undelivered') return;
    if (!r.delivered) return this.finish(e, 'undelivered', r.detail);
    const delivered = [...new Set([...e.delivered, r.gatewayId])];
    if (delivered.length < e.gatewayIds.length) return this.queue.update(e, { delivered }, Date.now());
    this.finish(e, 'delivered', null, { delivered });
  }

  /** A reply to the hall's number: to the hub (which acts on it); a stop also cancels what waits here for that number. */
  private inbound(from: string, text: string): void {
    if (isStopReply(text)) {
      const hash = numberHash(from);
      for (const e of this.queue.waiting()) if (e.toHash === hash) this.finish(e, 'failed', 'the number opted out (退订)');
    }
    const messageId = `${this.deviceId}:${Date.now()}:${++this.received}`;
    this.bus
      ?.publish('smsReceived', { deviceId: this.deviceId }, { messageId, from, text: text.slice(0, 500), at: new Date().toISOString() })
      .catch((err: Error) => this.log.warn({ err: err.message }, 'received SMS not handed to the hub'));
  }
}
