import { FileTransport } from './file.ts';
import { SimTransport } from './sim.ts';
import { TcpTransport } from './tcp.ts';
import type { PrinterTransport } from './transport.ts';

export type { PrinterTransport } from './transport.ts';
export { SimTransport, TcpTransport, FileTransport };

/**
 * PRINTER_URL → transport: `tcp://host:9100`, a device file (`/dev/usb/lp0` or `file:///dev/usb/lp0`), or `sim:`
 * (a simulated printer keeping its paper in `simOutputDir`).
 */
export function transportFromUrl(url: string, simOutputDir: string | null): PrinterTransport {
  if (url === 'sim:' || url.startsWith('sim:')) return new SimTransport(simOutputDir);
  if (url.startsWith('tcp://')) {
    const u = new URL(url);
    if (!u.hostname) throw new Error(`PRINTER_URL: no host in ${url}`);
    return new TcpTransport(u.hostname, u.port ? Number(u.port) : 9100);
  }
  if (url.startsWith('file://')) return new FileTransport(new URL(url).pathname);
  if (url.startsWith('/')) return new FileTransport(url);
  throw new Error(`PRINTER_URL: expected tcp://host:port, a device file path or sim:, got ${url}`);
}
