import { isFinalPrint, type PrintJobState, type PrintResult } from '../../contract/index.ts';
import type { CommandEvent, CommandMachine } from '../../infra/commands.ts';

/**
 * A print job at the hub, mirroring the printer agent's job machine (device-agents/src/printer/job-machine.ts)
 * over the same states: the hub adds only its own first step, queued → sent, when the broker takes the job.
 * From then on the agent says where the job is: held while the printer cannot print (waiting-printer), then
 * printed, failed or expired. The hub expires a job itself when its lifetime runs out before an answer.
 */
export function nextPrintState(state: PrintJobState, event: CommandEvent<PrintResult>): PrintJobState {
  if (isFinalPrint(state)) return state;
  switch (event.type) {
    case 'published':
      return state === 'queued' ? 'sent' : state; // a job sent again is still wherever the agent put it
    case 'reply':
      return event.reply.state;
    case 'unanswered':
      return state; // never timed out: the agent holds a job and answers when the printer lets it
    case 'expired':
      return 'expired';
  }
}

export const printMachine: CommandMachine<PrintJobState, PrintResult> = {
  initial: 'queued',
  next: nextPrintState,
  isFinal: isFinalPrint,
};
