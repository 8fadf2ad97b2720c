import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A free loopback port, chosen once so a restarted hub comes back where its clients and agents look. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface HubProcessOptions {
  /** The hall's data folder; a new temporary one when left out. Kept across restarts. */
  dataDir?: string;
  /** Environment over the defaults (LOG_LEVEL, MQTT_URL, …). */
  env?: Record<string, string>;
  /** How long start-up may take before the process is declared dead. */
  startTimeoutMs?: number;
}

/**
 * The hub as the hall runs it: its own Node process (hub-server/src/server.ts), its own embedded broker, SQLite
 * in a data folder on disk. Kill it with SIGKILL and start it again on the same folder and ports to test what
 * survives a crash; its output is kept for the test's failure message and for finding log lines.
 */
export class HubProcess {
  readonly dataDir: string;
  private child: ChildProcess | null = null;
  private log = '';
  private exited: Promise<number | null> = Promise.resolve(null);

  private constructor(
    readonly port: number,
    readonly mqttPort: number,
    private readonly opts: HubProcessOptions,
  ) {
    this.dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-proc-'));
  }

  static async create(opts: HubProcessOptions = {}): Promise<HubProcess> {
    return new HubProcess(await freePort(), await freePort(), opts);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get mqttUrl(): string {
    return `mqtt://127.0.0.1:${this.mqttPort}`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Everything the process wrote (JSON log lines, start-up errors) since it was created. */
  get output(): string {
    return this.log;
  }

  /** Parsed log lines whose message matches. */
  logLines(msg: RegExp): Array<Record<string, unknown>> {
    return this.log.split('\n').flatMap((line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        return typeof entry.msg === 'string' && msg.test(entry.msg) ? [entry] : [];
      } catch {
        return [];
      }
    });
  }

  /** Starts the process and resolves once the API answers; rejects with its output if it exits first. */
  async start(): Promise<void> {
    this.launch();
    await this.ready();
  }

  /** Starts the process without waiting for it (a hub expected to refuse to start). */
  launch(): void {
    if (this.running) throw new Error('hub process already running');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: this.dataDir,
      PORT: String(this.port),
      HOST: '127.0.0.1',
      PUBLIC_URL: 'http://hall.test',
      LOG_LEVEL: 'warn',
      // Eight clients on one address would meet the per-client limit meant for one kiosk.
      RATE_LIMIT_PER_MINUTE: '0',
      ...(this.opts.env?.MQTT_URL ? {} : { MQTT_PORT: String(this.mqttPort) }),
      ...this.opts.env,
    };
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'hub-server/src/server.ts')], {
      cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout!.on('data', (d) => (this.log += String(d)));
    child.stderr!.on('data', (d) => (this.log += String(d)));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** Resolves once the API answers; rejects with the output if the process exits first. */
  async ready(): Promise<void> {
    const child = this.child!;
    const until = Date.now() + (this.opts.startTimeoutMs ?? 60_000);
    for (;;) {
      if (!this.running) {
        throw new Error(`hub process exited during start-up (code ${child.exitCode}, signal ${child.signalCode}):\n${this.log.slice(-3000)}`);
      }
      try {
        const res = await fetch(`${this.baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
        await res.arrayBuffer();
        return;
      } catch {
        // not listening yet
      }
      if (Date.now() > until) {
        await this.kill();
        throw new Error(`hub process did not answer within ${this.opts.startTimeoutMs ?? 60_000} ms:\n${this.log.slice(-3000)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** kill -9: no shutdown hook runs, nothing is flushed that was not already on disk. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.running) return;
    this.child!.kill(signal);
    await this.exited;
  }

  /** A clean stop (SIGTERM), as Ctrl-C or a service manager would; killed if it takes over 10 s. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.child!.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }

  /** Waits for the process to end by itself (a hub that refuses to start); its exit code. */
  async exit(timeoutMs = 30_000): Promise<number | null> {
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }

  /** Stops the process and removes the data folder (unless it was given). */
  async dispose(): Promise<void> {
    await this.kill();
    if (!this.opts.dataDir) fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
