import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface AgentProcessOptions {
  agent: 'printer' | 'call-screen' | 'sms' | 'card-reader';
  deviceId: string;
  secret: string;
  mqttUrl: string;
  hall: string;
  /** Where the agent keeps what must survive its restart (a printer's finished job ids). */
  stateDir: string;
  printerUrl?: string;
}

/**
 * A device agent as a device's machine runs it (device-agents/src/main.ts in its own process), so it can be
 * killed with SIGKILL and started again on the same state folder.
 */
export class AgentProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  output = '';

  constructor(private readonly opts: AgentProcessOptions) {}

  start(): void {
    const o = this.opts;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'device-agents/src/main.ts')], {
      cwd: root,
      env: {
        ...process.env, AGENT: o.agent, DEVICE_ID: o.deviceId, DEVICE_SECRET: o.secret, MQTT_URL: o.mqttUrl, HALL_ID: o.hall,
        AGENT_STATE_DIR: o.stateDir, LOG_LEVEL: process.env.AGENT_LOG_LEVEL ?? 'warn', ...(o.printerUrl && { PRINTER_URL: o.printerUrl }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout!.on('data', (d) => (this.output += String(d)));
    child.stderr!.on('data', (d) => (this.output += String(d)));
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.running) return;
    this.child!.kill(signal);
    await this.exited;
  }
}
