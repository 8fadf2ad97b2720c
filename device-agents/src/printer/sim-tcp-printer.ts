import net from 'node:net';
import { PrinterEmulator } from './emulator.ts';

/**
 * A fake network printer on a TCP port: the emulator behind a socket. Tests and the benchmark point the printer
 * agent at it as `tcp://127.0.0.1:<port>` and set faults (paper out, cover open) on `emulator.flags`.
 */
export class SimTcpPrinter {
  readonly emulator = new PrinterEmulator();
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly onJob?: (job: Uint8Array, printed: boolean) => void) {}

  async start(port = 0): Promise<void> {
    const server = net.createServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => socket.destroy());
      socket.on('data', (data) => {
        const answers = this.emulator.receive(data, this.onJob);
        if (answers.length && !socket.destroyed) socket.write(Uint8Array.from(answers));
      });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.port = (server.address() as net.AddressInfo).port;
  }

  /** Drops every connection, as when the printer is switched off. */
  disconnectAll(): void {
    for (const s of this.sockets) s.destroy();
  }

  async stop(): Promise<void> {
    this.disconnectAll();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
