import type { Command, CommandEvent, CommandMachine, CommandStore } from '../../infra/commands.ts';

/** How many finished commands are kept for the admin to see, beside every open one. */
const KEEP_FINISHED = 500;

/**
 * Commands kept in memory, for kinds whose outcome is recorded elsewhere as it happens (an alert's
 * acknowledgements go to signage_alert_acks through the channel's change events).
 */
export class MemoryCommandStore<S extends string, P, R> implements CommandStore<S, P, R> {
  private readonly commands = new Map<string, Command<S, P>>();

  constructor(private readonly machine: CommandMachine<S, R>) {}

  add(cmd: Command<S, P>): void {
    this.commands.set(cmd.correlationId, { ...cmd });
    if (this.commands.size > KEEP_FINISHED) {
      for (const [id, c] of this.commands) {
        if (this.commands.size <= KEEP_FINISHED) break;
        if (this.machine.isFinal(c.state)) this.commands.delete(id);
      }
    }
  }

  get(correlationId: string): Command<S, P> | undefined {
    return this.commands.get(correlationId);
  }

  moved(_cmd: Command<S, P>, _from: S, _event: CommandEvent<R>, _at: number): void {}

  open(deviceId?: string): Array<Command<S, P>> {
    return [...this.commands.values()].filter((c) => !this.machine.isFinal(c.state) && (!deviceId || c.deviceId === deviceId));
  }

  issuedBefore(before: number): Array<Command<S, P>> {
    return this.open().filter((c) => c.issuedAt < before);
  }
}
