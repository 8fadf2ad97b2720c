import type { PrinterFault } from '@jobhall/hub-server/contract';

/** The four DLE EOT answers, one byte each; null where the transport could not read one back. */
export interface StatusBytes {
  printer: number | null; // n = 1
  offlineCause: number | null; // n = 2
  errorCause: number | null; // n = 3
  paper: number | null; // n = 4
}

export interface DecodedStatus {
  faults: PrinterFault[];
  paperNearEnd: boolean;
  statusKnown: boolean;
}

/** Every DLE EOT answer has bit 1 and bit 4 set, bit 0 and bit 7 clear (Epson/Bixolon/HPRT manuals). */
export const isStatusByte = (b: number) => (b & 0x93) === 0x12;

const bit = (b: number, n: number) => (b & (1 << n)) !== 0;

/**
 * Faults from the status bytes:
 * n=1 bit 3: offline. n=2 bit 2: cover open; bit 5: printing stopped by paper end; bit 6: error.
 * n=3 bit 3: auto-cutter error; bit 5: unrecoverable error; bit 6: auto-recoverable error.
 * n=4 bits 2–3: paper near end; bits 5–6: paper end.
 */
export function decodeStatus(s: StatusBytes): DecodedStatus {
  const all = [s.printer, s.offlineCause, s.errorCause, s.paper];
  if (all.every((b) => b === null)) return { faults: [], paperNearEnd: false, statusKnown: false };
  if (all.some((b) => b !== null && !isStatusByte(b))) return { faults: ['unreachable'], paperNearEnd: false, statusKnown: true };
  const faults = new Set<PrinterFault>();
  let paperNearEnd = false;
  if (s.paper !== null) {
    if (bit(s.paper, 5) || bit(s.paper, 6)) faults.add('paper-out');
    if (bit(s.paper, 2) || bit(s.paper, 3)) paperNearEnd = true;
  }
  if (s.offlineCause !== null) {
    if (bit(s.offlineCause, 2)) faults.add('cover-open');
    if (bit(s.offlineCause, 5)) faults.add('paper-out');
    if (bit(s.offlineCause, 6)) faults.add('error');
  }
  if (s.errorCause !== null) {
    if (bit(s.errorCause, 3)) faults.add('cutter-error');
    if (bit(s.errorCause, 5) || bit(s.errorCause, 6)) faults.add('error');
  }
  // "Offline" alone says little; report it only when no more specific cause explains it.
  if (s.printer !== null && bit(s.printer, 3) && faults.size === 0) faults.add('offline');
  return { faults: [...faults], paperNearEnd, statusKnown: true };
}
