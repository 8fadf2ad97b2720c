import { REVISION_FINAL, type RevisionReport, type RevisionState } from '../../contract/index.ts';
import type { CommandEvent, CommandMachine } from '../../infra/commands.ts';

/**
 * A desired revision's life at the hub, per screen: handed to the broker (retained), then answered by the
 * screen once every file of it is downloaded and checked and it is on screen (`applied`), or once the screen
 * gave up on it (`failed`: a file missing or not matching its hash; the screen keeps playing what it had).
 * A newer revision for the same screen supersedes an open one (the store records that when it is issued).
 */
export function nextRevisionState(state: RevisionState, event: CommandEvent<RevisionReport>): RevisionState {
  if (REVISION_FINAL.includes(state)) return state;
  switch (event.type) {
    case 'published':
      return state === 'queued' ? 'sent' : state;
    case 'reply':
      return event.reply.status;
    case 'unanswered':
      return 'unanswered';
    case 'expired':
      return 'expired';
  }
}

export const revisionMachine: CommandMachine<RevisionState, RevisionReport> = {
  initial: 'queued',
  next: nextRevisionState,
  isFinal: (state) => REVISION_FINAL.includes(state),
};
