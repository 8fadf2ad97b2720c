import type { FastifyBaseLogger } from 'fastify';
import type { CommandState, DisplayAck, LedLineStatus, TopicBus } from '../../contract/index.ts';
import type { DomainEventBus } from '../../infra/events.ts';
import { CommandChannel, type Command, type CommandEvent, type CommandStore } from '../../infra/commands.ts';
import { uuidv7 } from '../../infra/ids.ts';
import { ackMachine } from './ack-machine.ts';

const ledMachine = ackMachine<DisplayAck>();

interface LedPayload {
  window: number;
  text: string;
  brightness: number | null;
}

type LedCommand = Command<CommandState, LedPayload> & { updatedAt: number };

/**
 * LED lines are kept in memory: a line is superseded by the window's next one, and after a restart the counter
 * sets its line again. Kept: every open line, and the newest line of each window of each board.
 */
class LedLineMemory implements CommandStore<CommandState, LedPayload, DisplayAck> {
  private readonly lines = new Map<string, LedCommand>();

  add(cmd: Command<CommandState, LedPayload>): void {
    for (const [id, old] of this.lines) {
      if (old.deviceId === cmd.deviceId && old.payload.window === cmd.payload.window && ledMachine.isFinal(old.state)) this.lines.delete(id);
    }
    this.lines.set(cmd.correlationId, { ...cmd, updatedAt: cmd.issuedAt });
  }

  get(correlationId: string): LedCommand | undefined {
    return this.lines.get(correlationId);
  }

  moved(cmd: Command<CommandState, LedPayload>, _from: CommandState, _event: CommandEvent<DisplayAck>, at: number): void {
    const line = this.lines.get(cmd.correlationId);
    if (line) line.updatedAt = at;
  }

  open(deviceId?: string): LedCommand[] {
    return [...this.lines.values()].filter((l) => !ledMachine.isFinal(l.state) && (!deviceId || l.deviceId === deviceId));
  }

  issuedBefore(before: number): LedCommand[] {
    return this.open().filter((l) => l.issuedAt < before);
  }

  /** The newest line of each window of each board. */
  latest(): LedCommand[] {
    const newest = new Map<string, LedCommand>();
    for (const l of this.lines.values()) {
      const key = `${l.deviceId}/${l.payload.window}`;
      const seen = newest.get(key);
      if (!seen || l.issuedAt >= seen.issuedAt) newest.set(key, l);
    }
    return [...newest.values()].sort((a, b) => a.deviceId.localeCompare(b.deviceId) || a.payload.window - b.payload.window);
  }
}

/**
 * Window lines on the hall's LED boards, the device-command mechanism's second user: each line goes to every
 * call-screen agent with a correlation id of its own, and the agent's `ledShown` acknowledgement is matched to
 * it. A board that has not answered in 3 s is sent the line again, twice; then the line counts as unanswered.
 */
export class LedLines {
  private readonly store = new LedLineMemory();
  private readonly channel: CommandChannel<'ledLine', 'ledShown', CommandState, LedPayload>;

  constructor(
    bus: TopicBus,
    /** The call screens now: content's and those enrolled since, not revoked ones. */
    private readonly boards: () => string[],
    private readonly now: () => Date,
    log: FastifyBaseLogger,
    events?: DomainEventBus,
  ) {
    this.channel = new CommandChannel({
      bus, command: 'ledLine', reply: 'ledShown', machine: ledMachine, store: this.store, log,
      // A board answers within milliseconds; 3 s leaves room for a slow serial line. A line a minute old is
      // no longer what the window should show.
      policy: { answerWithinMs: 3000, retries: 2, ttlMs: 60_000, resendOnReconnect: false },
      encode: (cmd) => ({ ...cmd.payload, correlationId: cmd.correlationId }),
      now: () => now().getTime(),
      events, journalKind: 'led', describe: (cmd) => `window ${cmd.payload.window}: ${cmd.payload.text}`,
    });
  }

  start(): Promise<void> {
    return this.channel.start();
  }

  stop(): Promise<void> {
    return this.channel.stop();
  }

  /** Shows a line on a window of every board; `brightness` null keeps the board's. */
  show(window: number, text: string, brightness: number | null = null): void {
    for (const deviceId of this.boards()) this.channel.issue(deviceId, `led:${uuidv7()}`, { window, text, brightness });
  }

  status(): LedLineStatus[] {
    return this.store.latest().map((l) => ({
      deviceId: l.deviceId, window: l.payload.window, text: l.payload.text, brightness: l.payload.brightness, correlationId: l.correlationId,
      state: l.state, attempts: l.attempts, issuedAt: new Date(l.issuedAt).toISOString(), updatedAt: new Date(l.updatedAt).toISOString(),
    }));
  }
}
