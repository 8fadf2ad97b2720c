import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { EventEmitter } from 'node:events';

/**
 * A pseudo-terminal pair for protocol tests: the agent opens `path` as it would /dev/ttyUSB0, and the test's
 * scripted device reads what the agent sends (`data`) and answers with `write`. Python's pty module makes the
 * pair (Node cannot without a native module) and relays the master side over its stdin and stdout.
 */
const RELAY = `
import os, pty, select, sys, tty
m, s = pty.openpty()
tty.setraw(s)
sys.stderr.write(os.ttyname(s) + "\\n"); sys.stderr.flush()
out = sys.stdout.buffer
while True:
    r, _, _ = select.select([m, 0], [], [])
    if m in r:
        try:
            data = os.read(m, 4096)
        except OSError:
            data = b""
        if data:
            out.write(data); out.flush()
    if 0 in r:
        data = os.read(0, 4096)
        if not data:
            break
        os.write(m, data)
`;

export class PtyPair extends EventEmitter<{ data: [Buffer] }> {
  private child: ChildProcessWithoutNullStreams | null = null;
  path = '';

  async open(): Promise<this> {
    const child = spawn('python3', ['-c', RELAY], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    this.path = await new Promise<string>((resolve, reject) => {
      child.once('error', reject);
      child.stderr.once('data', (d) => resolve(String(d).trim().split('\n')[0]!));
    });
    child.stdout.on('data', (d: Buffer) => this.emit('data', d));
    return this;
  }

  /** Bytes from the device to the agent. */
  write(bytes: Uint8Array): void {
    this.child?.stdin.write(bytes);
  }

  async close(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child) return;
    child.stdin.end();
    await new Promise((r) => {
      child.once('exit', r);
      setTimeout(() => child.kill('SIGKILL'), 1000).unref();
    });
  }
}
