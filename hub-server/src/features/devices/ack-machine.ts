import { COMMAND_FINAL, type CommandState } from '../../contract/index.ts';
import type { CommandEvent, CommandMachine } from '../../infra/commands.ts';

/**
 * The lifecycle of a command a device answers with a plain acknowledgement (an LED line, a kiosk shell's
 * command): handed to the broker, then acknowledged when the device's answer with its correlation id comes,
 * or given up after the retries. What the answer says (a shell's "failed") is kept by the kind's store.
 */
export function nextAckState<R>(state: CommandState, event: CommandEvent<R>): CommandState {
  if (COMMAND_FINAL.includes(state)) return state;
  switch (event.type) {
    case 'published':
      return state === 'queued' ? 'sent' : state;
    case 'reply':
      return 'acknowledged';
    case 'unanswered':
      return 'unanswered';
    case 'expired':
      return 'expired';
  }
}

export function ackMachine<R>(): CommandMachine<CommandState, R> {
  return { initial: 'queued', next: nextAckState, isFinal: (state) => COMMAND_FINAL.includes(state) };
}
