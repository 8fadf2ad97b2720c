import fs from 'node:fs/promises';
import type { PrinterTransport } from './transport.ts';

/**
 * A printer as a device file, such as /dev/usb/lp0 from the kernel's usblp driver. Writing is reliable;
 * reading status back depends on the printer and driver, so this transport reports status as unknown.
 */
export class FileTransport implements PrinterTransport {
  readonly kind = 'file';
  readonly canReadStatus = false;

  constructor(private readonly file: string) {}

  async write(bytes: Uint8Array): Promise<void> {
    const handle = await fs.open(this.file, 'a');
    try {
      await handle.write(bytes);
    } finally {
      await handle.close();
    }
  }

  async status(): Promise<number | null> {
    return null;
  }

  async close(): Promise<void> {}
}
