import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import tty from 'node:tty';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A serial device and its speed: "/dev/ttyUSB0" or "/dev/ttyUSB0@9600". */
export function parseSerialPath(spec: string, defaultBaud: number): { path: string; baud: number } {
  const at = spec.lastIndexOf('@');
  if (at > 0 && /^\d+$/.test(spec.slice(at + 1))) return { path: spec.slice(0, at), baud: Number(spec.slice(at + 1)) };
  return { path: spec, baud: defaultBaud };
}

/**
 * A serial port as a byte stream, without native modules: the line is set to raw 8N1 at its speed with
 * `stty` (no echo, no line editing, no CR/LF translation, no flow control characters), then read and written
 * through Node's tty streams. The same code drives a USB-serial adapter and a test's pseudo-terminal.
 */
export class SerialLine extends EventEmitter<{ data: [Buffer]; error: [Error]; close: [] }> {
  private reader: tty.ReadStream | null = null;
  private writer: tty.WriteStream | null = null;

  constructor(readonly path: string, readonly baud: number) {
    super();
  }

  async open(): Promise<this> {
    await run('stty', ['-F', this.path, String(this.baud), 'raw', '-echo', '-echoe', '-echok', 'cs8', '-cstopb', '-parenb', '-crtscts', '-ixon', '-ixoff', 'clocal', 'cread']);
    // Two descriptors: Node's tty streams each own theirs, and closing one must not pull the other away.
    const rfd = fs.openSync(this.path, fs.constants.O_RDWR | fs.constants.O_NOCTTY);
    const wfd = fs.openSync(this.path, fs.constants.O_RDWR | fs.constants.O_NOCTTY);
    this.reader = new tty.ReadStream(rfd);
    this.reader.setRawMode(true);
    this.writer = new tty.WriteStream(wfd);
    this.reader.on('data', (d: Buffer) => this.emit('data', d));
    this.reader.on('error', (err) => this.emit('error', err));
    this.writer.on('error', (err) => this.emit('error', err));
    this.reader.on('close', () => this.emit('close'));
    return this;
  }

  write(bytes: Uint8Array): Promise<void> {
    const w = this.writer;
    if (!w) return Promise.reject(new Error(`${this.path} is not open`));
    return new Promise((resolve, reject) => w.write(bytes, (err) => (err ? reject(err) : resolve())));
  }

  async close(): Promise<void> {
    this.reader?.destroy();
    this.writer?.destroy();
    this.reader = null;
    this.writer = null;
  }
}

/**
 * Bytes received and not yet consumed, with a way to wait for what a protocol expects. Protocols parse
 * frames from `bytes` and `consume` what they used.
 */
export class ByteQueue {
  private buf = Buffer.alloc(0);
  private waiter: (() => void) | null = null;

  push(data: Buffer): void {
    this.buf = Buffer.concat([this.buf, data]);
    this.waiter?.();
  }

  get bytes(): Buffer {
    return this.buf;
  }

  consume(n: number): void {
    this.buf = this.buf.subarray(n);
  }

  clear(): void {
    this.buf = Buffer.alloc(0);
  }

  /** Waits until `parse` finds something in the bytes (returning it), or rejects after `timeoutMs`. */
  async until<T>(parse: (bytes: Buffer) => T | null, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = parse(this.buf);
      if (found !== null) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${what} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          this.waiter = null;
          resolve();
        };
      });
    }
  }
}
