import net from 'node:net';
import { statusRequest } from '../escpos/commands.ts';
import type { PrinterTransport } from './transport.ts';

/**
 * A network printer on raw TCP (port 9100). The connection is bidirectional, so DLE EOT status can be read
 * back. One connection is kept and reused; many printers accept only one client at a time.
 */
export class TcpTransport implements PrinterTransport {
  readonly kind = 'tcp';
  readonly canReadStatus = true;
  private socket: net.Socket | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private waiter: ((byte: number) => void) | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
    /** A printer answers DLE EOT within milliseconds; one that has not in this long is not there. */
    private readonly timeoutMs = 1500,
  ) {}

  write(bytes: Uint8Array): Promise<void> {
    return this.exclusive(async () => {
      const socket = await this.connect();
      await new Promise<void>((resolve, reject) => socket.write(bytes, (err) => (err ? reject(err) : resolve())));
    });
  }

  status(n: 1 | 2 | 3 | 4): Promise<number | null> {
    return this.exclusive(async () => {
      let socket: net.Socket;
      try {
        socket = await this.connect();
      } catch {
        return null;
      }
      return new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => {
          this.waiter = null;
          resolve(null);
        }, this.timeoutMs);
        this.waiter = (byte) => {
          clearTimeout(timer);
          this.waiter = null;
          resolve(byte);
        };
        socket.write(Uint8Array.from(statusRequest(n)));
      });
    });
  }

  async close(): Promise<void> {
    await this.chain.catch(() => {});
    this.socket?.destroy();
    this.socket = null;
  }

  /** One operation at a time: a status answer must not be mistaken for the answer to another request. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => {});
    return run;
  }

  private connect(): Promise<net.Socket> {
    if (this.socket && !this.socket.destroyed) return Promise.resolve(this.socket);
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: this.host, port: this.port });
      const fail = (err: Error) => {
        socket.destroy();
        reject(err);
      };
      socket.setTimeout(this.timeoutMs, () => fail(new Error(`printer ${this.host}:${this.port} did not answer`)));
      socket.once('error', fail);
      socket.once('connect', () => {
        socket.setTimeout(0);
        socket.off('error', fail);
        socket.on('error', () => socket.destroy());
        socket.on('close', () => {
          if (this.socket === socket) this.socket = null;
        });
        socket.on('data', (data) => {
          // Only answers we asked for are expected; anything else (a stray ASB packet) is ignored.
          if (this.waiter && data.length) this.waiter(data[data.length - 1]!);
        });
        this.socket = socket;
        resolve(socket);
      });
    });
  }
}
