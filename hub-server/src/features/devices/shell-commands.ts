import fs from 'node:fs';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { CommandState, ShellResult, TopicBus } from '../../contract/index.ts';
import { CommandChannel, type Command } from '../../infra/commands.ts';
import type { DomainEventBus } from '../../infra/events.ts';
import { uuidv7 } from '../../infra/ids.ts';
import { ackMachine } from './ack-machine.ts';
import type { CommandLog, ShellPayload } from './command-log.ts';

export interface ShellCommandsOptions {
  bus: TopicBus;
  log: CommandLog;
  /** Where the last screenshot of each shell is kept: DATA_DIR/screenshots/<device>.jpg. */
  dir: string;
  now(): Date;
  events: DomainEventBus;
  logger: FastifyBaseLogger;
}

/**
 * Commands to kiosk shells (ping, reload, navigate, screenshot): the device-command mechanism's shell kind,
 * kept in the command log so they survive a restart and staff see each one's answer. A shell answers within
 * seconds; a screenshot takes longest (JPEG of a full screen), so 10 s before a second send, twice.
 */
export class ShellCommands {
  readonly channel: CommandChannel<'shellCommand', 'shellResult', CommandState, ShellPayload>;
  private readonly shots = new Map<string, string>();
  private unsubscribe: (() => Promise<void>) | null = null;

  constructor(private readonly o: ShellCommandsOptions) {
    fs.mkdirSync(o.dir, { recursive: true });
    for (const f of fs.readdirSync(o.dir)) {
      if (f.endsWith('.jpg')) this.shots.set(f.slice(0, -4), fs.statSync(path.join(o.dir, f)).mtime.toISOString());
    }
    this.channel = new CommandChannel({
      bus: o.bus, command: 'shellCommand', reply: 'shellResult', machine: ackMachine<ShellResult>(), store: o.log, log: o.logger,
      policy: { answerWithinMs: 10_000, retries: 2, ttlMs: 60_000, resendOnReconnect: false },
      encode: (cmd, ttlMs) => ({ correlationId: cmd.correlationId, action: cmd.payload.action, ...(cmd.payload.path && { path: cmd.payload.path }), ttlMs }),
      now: () => o.now().getTime(),
      events: o.events, journalKind: 'shell',
    });
  }

  async start(): Promise<void> {
    // Subscribed before the channel: the picture is kept before the answer is recorded, so whoever waits on
    // the command finds it.
    this.unsubscribe = await this.o.bus.subscribe('shellResult', (r, { deviceId }) => {
      if (r.screenshot && this.o.log.get(r.correlationId)?.deviceId === deviceId) this.keepScreenshot(deviceId, r.screenshot, r.at);
    });
    await this.channel.start();
  }

  async stop(): Promise<void> {
    await this.channel.stop();
    await this.unsubscribe?.().catch(() => {});
    this.unsubscribe = null;
  }

  issue(deviceId: string, payload: ShellPayload): Command<CommandState, ShellPayload> {
    return this.channel.issue(deviceId, `shell:${uuidv7()}`, payload);
  }

  /** When the last screenshot of a shell was taken (the shell's own clock), or null. */
  screenshotAt(deviceId: string): string | null {
    return this.shots.get(deviceId) ?? null;
  }

  screenshot(deviceId: string): Buffer | null {
    const file = path.join(this.o.dir, `${deviceId}.jpg`);
    return this.shots.has(deviceId) && fs.existsSync(file) ? fs.readFileSync(file) : null;
  }

  private keepScreenshot(deviceId: string, base64: string, at: string): void {
    const file = path.join(this.o.dir, `${deviceId}.jpg`);
    fs.writeFileSync(`${file}.tmp`, Buffer.from(base64, 'base64'));
    fs.renameSync(`${file}.tmp`, file);
    this.shots.set(deviceId, at);
  }
}
