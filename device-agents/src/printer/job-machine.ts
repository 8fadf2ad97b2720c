import { isFinalPrint, type PrintResultState, type PrinterFault } from '@jobhall/hub-server/contract';

/** Where one print job is in the agent. The phases are the contract's print job states (PrintJobState). */
export type JobState =
  | { phase: 'queued' }
  | { phase: 'waiting-printer'; faults: PrinterFault[] } // the printer cannot print now; waits for it to recover
  | { phase: 'printed' }
  | { phase: 'expired' } // too old to help anyone; dropped unprinted
  | { phase: 'failed'; faults: PrinterFault[] };

export type JobEvent =
  | { type: 'printer-faulted'; faults: PrinterFault[] } // status before printing showed a fault
  | { type: 'written-clean' } // bytes written and the status afterwards is clean
  | { type: 'written-faulted'; faults: PrinterFault[] } // bytes written but the status afterwards shows a fault
  | { type: 'write-failed'; faults: PrinterFault[] } // the printer could not be reached
  | { type: 'expired' }
  | { type: 'unencodable' }; // the document cannot become bytes

/**
 * The print job lifecycle. A job counts as printed only when the status read after writing it is clean: a
 * ticket that ran into paper-out halfway is held and printed again once paper is in, never reported printed.
 */
export function nextJobState(state: JobState, event: JobEvent): JobState {
  if (isFinal(state)) return state;
  switch (event.type) {
    case 'expired':
      return { phase: 'expired' };
    case 'unencodable':
      return { phase: 'failed', faults: ['error'] };
    case 'written-clean':
      return { phase: 'printed' };
    case 'printer-faulted':
    case 'written-faulted':
    case 'write-failed':
      return { phase: 'waiting-printer', faults: event.faults };
  }
}

export function isFinal(state: JobState): boolean {
  return isFinalPrint(state.phase);
}

/** What the hub is told for a state: the phase itself, once the job has left the agent's own queue. */
export function resultState(state: JobState): PrintResultState {
  return state.phase === 'queued' ? 'waiting-printer' : state.phase;
}
