import fs from 'node:fs';
import path from 'node:path';
import { PrinterEmulator } from '../emulator.ts';
import { decodeEscPos, renderPaper } from '../escpos/decoder.ts';
import type { PrinterTransport } from './transport.ts';

/**
 * `sim:` — the demo hall's printer. Each job that comes out is kept as its exact bytes (.bin) and as the text
 * a person would read on the paper (.txt) in the output folder.
 */
export class SimTransport implements PrinterTransport {
  readonly kind = 'sim';
  readonly canReadStatus = true;
  readonly emulator = new PrinterEmulator();
  /** Jobs in the output folder; counted on the first job that comes out, so numbering goes on after a restart. */
  private count: number | null = null;

  constructor(private readonly outputDir: string | null) {}

  async write(bytes: Uint8Array): Promise<void> {
    if (this.emulator.flags.unplugged) throw new Error('simulated printer is unplugged');
    this.emulator.receive(bytes, (job, printed) => {
      if (!this.outputDir || !printed) return;
      if (this.count === null) {
        fs.mkdirSync(this.outputDir, { recursive: true });
        this.count = fs.readdirSync(this.outputDir).filter((f) => f.endsWith('.bin')).length;
      }
      const name = String(++this.count).padStart(6, '0');
      fs.writeFileSync(path.join(this.outputDir, `${name}.bin`), job);
      const paper = decodeEscPos(job).map((j) => renderPaper(j)).join('\n');
      fs.writeFileSync(path.join(this.outputDir, `${name}.txt`), `${paper}\n`);
    });
  }

  async status(n: 1 | 2 | 3 | 4): Promise<number | null> {
    return this.emulator.statusByte(n);
  }

  async close(): Promise<void> {}
}
