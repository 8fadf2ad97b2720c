import type { PrintResult, PrinterFault } from '@jobhall/hub-server/contract';

/** Where one print job is in the agent. */
export type JobState =
  | { phase: 'queued' }
  | { phase: 'held'; faults: PrinterFault[] } // the printer cannot print now; waits for it to recover
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
  if (state.phase === 'printed' || state.phase === 'expired' || state.phase === 'failed') return state; // final
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
      return { phase: 'held', faults: event.faults };
  }
}

export function isFinal(state: JobState): boolean {
  return state.phase === 'printed' || state.phase === 'expired' || state.phase === 'failed';
}

/** What the hub is told for a state. */
export function resultState(state: JobState): PrintResult['state'] {
  switch (state.phase) {
    case 'printed': return 'printed';
    case 'expired': return 'expired';
    case 'failed': return 'failed';
    default: return 'waiting-printer';
  }
}
