import type { SimPrinterControl } from '@jobhall/hub-server/contract';

export interface EmulatorFlags {
  paperOut: boolean;
  paperNearEnd: boolean;
  coverOpen: boolean;
  /** Powered but offline: answers DLE EOT with the offline bit, prints nothing. */
  offline: boolean;
  /** Cable pulled or power off: answers nothing at all. */
  unplugged: boolean;
}

/**
 * A receipt printer in software: takes ESC/POS bytes, answers DLE EOT 1–4 like an Epson-compatible printer,
 * and keeps each cut-off job. The demo's `sim:` printer and the fake 9100 printer in tests both use it.
 */
export class PrinterEmulator {
  readonly flags: EmulatorFlags = { paperOut: false, paperNearEnd: false, coverOpen: false, offline: false, unplugged: false };
  /** Jobs left on the roll; the job that finds it empty is lost and the printer reports paper-out. null = endless. */
  paperLeft: number | null = null;
  /** Completed jobs (bytes up to and including a cut) that came out on paper. */
  readonly printed: Uint8Array[] = [];
  /** Jobs that arrived while the printer could not print: lost, as on a real printer. */
  readonly lost: Uint8Array[] = [];
  private pending: number[] = [];

  set(control: SimPrinterControl | Partial<EmulatorFlags>): void {
    Object.assign(this.flags, Object.fromEntries(Object.entries(control).filter(([, v]) => v !== undefined)));
  }

  get canPrint(): boolean {
    const f = this.flags;
    return !f.paperOut && !f.coverOpen && !f.offline && !f.unplugged;
  }

  /** One status byte per DLE EOT n, as the printer sends it; null when unplugged. */
  statusByte(n: number): number | null {
    const f = this.flags;
    if (f.unplugged) return null;
    const base = 0x12; // bits 1 and 4 are always set in a DLE EOT answer
    switch (n) {
      case 1: return base | (f.offline || f.coverOpen || f.paperOut ? 0x08 : 0);
      case 2: return base | (f.coverOpen ? 0x04 : 0) | (f.paperOut ? 0x20 : 0);
      case 3: return base;
      case 4: return base | (f.paperNearEnd || f.paperOut ? 0x0c : 0) | (f.paperOut ? 0x60 : 0);
      default: return null;
    }
  }

  /**
   * Feeds bytes in; returns the status answers they asked for. DLE EOT is answered at once, mid-stream,
   * as real printers do. A cut ends a job.
   */
  receive(bytes: Uint8Array, onJob?: (job: Uint8Array, printed: boolean) => void): number[] {
    const answers: number[] = [];
    let i = 0;
    while (i < bytes.length) {
      const x = bytes[i]!;
      if (x === 0x10 && bytes[i + 1] === 0x04 && i + 2 < bytes.length) {
        const a = this.statusByte(bytes[i + 2]!);
        if (a !== null) answers.push(a);
        i += 3;
        continue;
      }
      if (this.flags.unplugged) { i++; continue; }
      this.pending.push(x);
      // GS V m [n]: the cut that ends a job
      if (x === 0x1d && bytes[i + 1] === 0x56) {
        const m = bytes[i + 2] ?? 0;
        const len = m === 65 || m === 66 ? 4 : 3;
        this.pending.push(...bytes.subarray(i + 1, i + len));
        i += len;
        const job = Uint8Array.from(this.pending);
        this.pending = [];
        if (this.paperLeft !== null && this.canPrint) {
          if (this.paperLeft === 0) this.flags.paperOut = true; // the roll ran out during this job
          else this.paperLeft--;
        }
        const ok = this.canPrint;
        (ok ? this.printed : this.lost).push(job);
        onJob?.(job, ok);
        continue;
      }
      i++;
    }
    return answers;
  }
}
