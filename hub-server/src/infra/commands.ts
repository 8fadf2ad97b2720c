import { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';
import type { TopicBus, TopicInput, TopicName, TopicParams, TopicPayload } from '../contract/index.ts';
import type { DomainEventBus } from './events.ts';

/**
 * Commands to devices, one mechanism for every kind (print jobs, LED lines, and later signage revisions).
 *
 * A command is issued to one device with a correlation id; the device answers on its reply topic echoing that
 * id, and the answer is matched to the command by it. Each kind brings a pure transition table over its own
 * states, a policy (how long to wait for an answer, how often to send again, how long the command is worth
 * carrying out) and a store (memory, or SQLite for a kind whose commands must survive a restart).
 *
 * Lifetimes are durations. The hub counts a command's lifetime from its issue on its own clock; a kind whose
 * device must drop stale commands itself (a printer holding a job while out of paper) sends `ttlMs`, what is
 * left of the lifetime at that send, and the device counts it from receipt on its own clock. No two clocks
 * are ever compared.
 *
 * A new kind (signage revisions next) brings: a command topic and a reply topic under devices/{deviceId}/, a
 * pure transition table over its states (CommandMachine), a policy, a store, and `encode` for the wire payload.
 */

/** Topics addressed to one device: `devices/{deviceId}/…`. */
type DeviceTopic = { [K in TopicName]: TopicParams<K> extends { deviceId: string } ? (keyof TopicParams<K> extends 'deviceId' ? K : never) : never }[TopicName];
/** Replies echo the correlation id of the command they answer. */
type ReplyTopic = { [K in DeviceTopic]: TopicPayload<K> extends { correlationId: string } ? K : never }[DeviceTopic];

/** What can happen to a command; a kind's transition table says what each does to its states. */
export type CommandEvent<R> =
  | { type: 'published' } // the broker took it (QoS 1 PUBACK)
  | { type: 'reply'; reply: R } // the device answered with this command's correlation id
  | { type: 'unanswered' } // no answer after the last send
  | { type: 'expired' }; // older than its lifetime

export interface CommandMachine<S extends string, R> {
  /** The state of a command just issued, not yet handed to the broker. */
  readonly initial: S;
  /** Pure: where a state goes on an event. Returning the same state means the event changes nothing. */
  next(state: S, event: CommandEvent<R>): S;
  /** States a command never leaves: no more sends, timers or expiry. */
  isFinal(state: S): boolean;
}

export interface CommandPolicy {
  /**
   * How long a device has to answer one send before it is sent again; null for a kind whose device holds
   * commands and answers when it can (a printer out of paper), which is sent again only when it returns.
   */
  answerWithinMs: number | null;
  /** Sends after the first, when no answer came, before the command counts as unanswered. */
  retries: number;
  /** How long a command is worth carrying out, from its issue. */
  ttlMs: number;
  /** Send every open command again when the hub's broker connection comes back (the broker may have lost it). */
  resendOnReconnect: boolean;
}

export interface Command<S extends string, P> {
  correlationId: string;
  deviceId: string;
  /** What the kind sends; `encode` turns it into the wire payload of one send. */
  payload: P;
  state: S;
  /** The hub's clock at issue, ms. */
  issuedAt: number;
  /** Sends by this process. */
  attempts: number;
}

/** Where a kind keeps its commands. A persistent store writes `add` in the caller's transaction. */
export interface CommandStore<S extends string, P, R> {
  add(cmd: Command<S, P>): void;
  /** A command as stored now: undefined when it was never committed (its transaction rolled back). */
  get(correlationId: string): Command<S, P> | undefined;
  /** The command moved from `from` to `cmd.state` on `event`; the store records what must be kept. */
  moved(cmd: Command<S, P>, from: S, event: CommandEvent<R>, at: number): void;
  /** Open commands, of one device or of all, oldest first. */
  open(deviceId?: string): Array<Command<S, P>>;
  /** Open commands issued before `before` (ms): the ones the sweep expires. */
  issuedBefore(before: number): Array<Command<S, P>>;
}

export interface CommandChannelOptions<K extends DeviceTopic, R extends ReplyTopic, S extends string, P> {
  bus: TopicBus;
  /** The command topic and the reply topic, both `devices/{deviceId}/…`. */
  command: K;
  reply: R;
  machine: CommandMachine<S, TopicPayload<R>>;
  policy: CommandPolicy;
  store: CommandStore<S, P, TopicPayload<R>>;
  /** The wire payload of one send; `ttlMs` is what is left of the command's lifetime now. */
  encode(cmd: Command<S, P>, ttlMs: number): TopicInput<K>;
  /** The hub's clock, ms. */
  now(): number;
  log: Pick<FastifyBaseLogger, 'warn'>;
  /** How often stale commands are expired and unsent ones sent (ms). */
  sweepMs?: number;
  /** Told every state change as `device.command`, for the fleet's command log. */
  events?: DomainEventBus;
  /** The kind's name in that log; the command topic's name when left out. */
  journalKind?: string;
  /** The command in a few words for that log ("ticket A012", "window 3: 请 A012 号…"). */
  describe?(cmd: Command<S, P>): string;
  /** The device's answer in a few words for that log, or null. */
  detail?(reply: TopicPayload<R>): string | null;
}

/**
 * One kind of device command. The constructor only assigns; start() subscribes to the replies and starts the
 * sweep, stop() undoes it. Emits `change` after every state change.
 */
export class CommandChannel<K extends DeviceTopic, R extends ReplyTopic, S extends string, P>
  extends EventEmitter<{ change: [Command<S, P>] }> {
  /** Issued commands this process has not handed to the broker yet (a failed publish, or issued before a restart). */
  private readonly unsent = new Set<string>();
  /** Answer timers of sent commands. */
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private unsubscribe: (() => Promise<void>) | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  private readonly onReconnect = () => void this.resend();

  constructor(private readonly o: CommandChannelOptions<K, R, S, P>) {
    super();
    this.setMaxListeners(0); // one listener per request waiting on a command
  }

  async start(): Promise<void> {
    // After a restart, commands still in their first state were never handed to the broker by this process.
    for (const cmd of this.o.store.open()) if (cmd.state === this.o.machine.initial) this.unsent.add(cmd.correlationId);
    this.unsubscribe = await this.o.bus.subscribe(this.o.reply, (reply, params) => {
      this.answer((params as { deviceId: string }).deviceId, reply as TopicPayload<R>);
    });
    if (this.o.policy.resendOnReconnect) this.o.bus.client.on('connect', this.onReconnect);
    this.sweeper = setInterval(() => void this.sweep().catch((err: Error) => this.o.log.warn({ err: err.message, kind: this.o.command }, 'command sweep failed')), this.o.sweepMs ?? 5000);
    this.sweeper.unref();
  }

  async stop(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.o.bus.client.off('connect', this.onReconnect);
    await this.unsubscribe?.().catch(() => {});
    this.unsubscribe = null;
  }

  /**
   * Issues a command. Inside the caller's transaction for a persistent kind: it is sent once that transaction
   * has committed (better-sqlite3 transactions are synchronous, so by the next microtask it has committed or
   * rolled back), and a command whose transaction rolled back is never sent.
   */
  issue(deviceId: string, correlationId: string, payload: P): Command<S, P> {
    const cmd: Command<S, P> = { correlationId, deviceId, payload, state: this.o.machine.initial, issuedAt: this.o.now(), attempts: 0 };
    this.o.store.add(cmd);
    this.unsent.add(correlationId);
    queueMicrotask(() => void this.send(correlationId));
    return cmd;
  }

  get(correlationId: string): Command<S, P> | undefined {
    return this.o.store.get(correlationId);
  }

  /** Sends every open command of a device (or of all) again: the device came back and may have lost them. */
  async resend(deviceId?: string): Promise<void> {
    for (const cmd of this.o.store.open(deviceId)) await this.send(cmd.correlationId);
  }

  /** Expires commands past their lifetime and sends the ones this process has not handed to the broker. */
  async sweep(): Promise<void> {
    const now = this.o.now();
    for (const cmd of this.o.store.issuedBefore(now - this.o.policy.ttlMs)) this.apply(cmd, { type: 'expired' });
    for (const id of [...this.unsent]) await this.send(id);
  }

  /** Resolves with the command once `done` holds for it (at once if it does), or as it is after `timeoutMs`. */
  waitFor(correlationId: string, done: (cmd: Command<S, P>) => boolean, timeoutMs: number): Promise<Command<S, P> | undefined> {
    const current = this.get(correlationId);
    if (!current || done(current) || this.o.machine.isFinal(current.state)) return Promise.resolve(current);
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.off('change', onChange);
        resolve(this.get(correlationId));
      };
      const onChange = (cmd: Command<S, P>) => {
        if (cmd.correlationId === correlationId && (done(cmd) || this.o.machine.isFinal(cmd.state))) finish();
      };
      const timer = setTimeout(finish, timeoutMs);
      this.on('change', onChange);
    });
  }

  private async send(correlationId: string): Promise<void> {
    const cmd = this.o.store.get(correlationId);
    if (!cmd || this.o.machine.isFinal(cmd.state)) {
      this.unsent.delete(correlationId);
      return;
    }
    const left = cmd.issuedAt + this.o.policy.ttlMs - this.o.now();
    if (left <= 0) {
      this.apply(cmd, { type: 'expired' });
      return;
    }
    try {
      cmd.attempts++;
      await this.o.bus.publish(this.o.command, { deviceId: cmd.deviceId } as TopicParams<K>, this.o.encode(cmd, left));
    } catch (err) {
      this.o.log.warn({ correlationId, err: (err as Error).message }, 'command not handed to the broker yet; will retry');
      return;
    }
    this.unsent.delete(correlationId);
    // The answer may have overtaken the broker's acknowledgement; the kind's table decides what "published"
    // still means then (a printed job stays printed in its store, whatever this copy says).
    this.apply(cmd, { type: 'published' });
    this.arm(correlationId);
  }

  /** Waits for an answer to the latest send; without one, sends again or gives up. */
  private arm(correlationId: string): void {
    const wait = this.o.policy.answerWithinMs;
    if (wait === null) return;
    clearTimeout(this.timers.get(correlationId));
    const timer = setTimeout(() => {
      this.timers.delete(correlationId);
      const cmd = this.o.store.get(correlationId);
      if (!cmd || this.o.machine.isFinal(cmd.state)) return;
      if (cmd.attempts <= this.o.policy.retries) void this.send(correlationId);
      else this.apply(cmd, { type: 'unanswered' });
    }, wait);
    timer.unref();
    this.timers.set(correlationId, timer);
  }

  private answer(deviceId: string, reply: TopicPayload<R>): void {
    const { correlationId } = reply as { correlationId: string };
    const cmd = this.o.store.get(correlationId);
    if (!cmd || cmd.deviceId !== deviceId) {
      this.o.log.warn({ deviceId, correlationId }, 'an answer to a command this device was not given');
      return;
    }
    this.unsent.delete(correlationId); // the device has it, whoever sent it
    this.apply(cmd, { type: 'reply', reply });
  }

  private apply(cmd: Command<S, P>, event: CommandEvent<TopicPayload<R>>): void {
    const from = cmd.state;
    if (this.o.machine.isFinal(from)) return; // a duplicate answer after the command finished
    const to = this.o.machine.next(from, event);
    // An answer that keeps the state may still carry news (a printer held for another fault): the store sees it.
    if (to === from && event.type !== 'reply') return;
    cmd.state = to;
    this.o.store.moved(cmd, from, event, this.o.now());
    if (this.o.machine.isFinal(to)) {
      this.unsent.delete(cmd.correlationId);
      clearTimeout(this.timers.get(cmd.correlationId));
      this.timers.delete(cmd.correlationId);
    }
    if (this.listenerCount('change')) this.emit('change', cmd);
    this.o.events?.emit('device.command', {
      kind: this.o.journalKind ?? this.o.command, correlationId: cmd.correlationId, deviceId: cmd.deviceId, state: String(to), attempts: cmd.attempts,
      summary: this.o.describe?.(cmd) ?? '', detail: event.type === 'reply' ? (this.o.detail?.(event.reply) ?? null) : null,
      issuedAt: cmd.issuedAt, at: this.o.now(),
    });
  }
}
