import { COMMAND_FINAL, type CommandState, type DisplayAck } from '../../contract/index.ts';
import type { CommandEvent, CommandMachine } from '../../infra/commands.ts';

/**
 * An LED line's lifecycle at the hub: handed to the broker, then acknowledged by the call-screen agent once
 * the board shows it (`ledShown` with the line's correlation id), or given up after the retries.
 */
export function nextLedState(state: CommandState, event: CommandEvent<DisplayAck>): CommandState {
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

export const ledMachine: CommandMachine<CommandState, DisplayAck> = {
  initial: 'queued',
  next: nextLedState,
  isFinal: (state) => COMMAND_FINAL.includes(state),
};
