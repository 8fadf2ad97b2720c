import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SmsCommand, SmsResult } from '@jobhall/hub-server/contract';

export type SmsState = SmsResult['state'] | 'queued';

export interface SmsEntry {
  messageId: string;
  correlationId: string;
  /** The number and text, kept only until the message is sent or given up. */
  to: string | null;
  text: string | null;
  /** SHA-256 of the number: per-number limits and opt-outs without keeping the number. */
  toHash: string;
  state: SmsState;
  attempts: number;
  /** This agent's clock (ms): not before, and not after. */
  nextAt: number;
  deadline: number;
  /** The gateway's id of each part, and which parts were reported delivered. */
  gatewayIds: string[];
  delivered: string[];
  error: string | null;
  /** Results the broker has not acknowledged yet: published again after a reconnect or a restart. */
  unreported: SmsResult[];
  updatedAt: number;
}

interface QueueFile {
  entries: SmsEntry[];
  /** Send times per number hash, for the rate limits (a day's worth). */
  sends: Record<string, number[]>;
}

/** Finished messages are remembered a week: a redelivered command is answered, a late report matched. */
const KEEP_FINISHED_MS = 7 * 86_400_000;

export function numberHash(phone: string): string {
  return crypto.createHash('sha256').update(phone, 'utf8').digest('hex');
}

/**
 * The SMS agent's queue on disk: a message is written (and synced) before anything else happens to it, so a
 * power cut or a restart loses nothing the hub handed over; every change is written whole (temporary file,
 * fsync, rename). The number and text are dropped as soon as they are no longer needed.
 */
export class SmsQueue {
  private data: QueueFile = { entries: [], sends: {} };
  private readonly file: string | null;

  constructor(dir: string | null) {
    this.file = dir ? path.join(dir, 'sms-queue.json') : null;
  }

  load(): void {
    if (!this.file || !fs.existsSync(this.file)) return;
    try {
      this.data = JSON.parse(fs.readFileSync(this.file, 'utf8')) as QueueFile;
    } catch {
      // A torn file cannot happen with rename; an unreadable one is set aside rather than block every message.
      fs.renameSync(this.file, `${this.file}.unreadable-${Date.now()}`);
    }
  }

  get(messageId: string): SmsEntry | undefined {
    return this.data.entries.find((e) => e.messageId === messageId);
  }

  byGatewayId(id: string): SmsEntry | undefined {
    return this.data.entries.find((e) => e.gatewayIds.includes(id));
  }

  /** Messages waiting to be sent, oldest first. */
  waiting(): SmsEntry[] {
    return this.data.entries.filter((e) => e.state === 'queued');
  }

  withUnreported(): SmsEntry[] {
    return this.data.entries.filter((e) => e.unreported.length);
  }

  add(cmd: SmsCommand, now: number, lifetimeMs: number): SmsEntry {
    const entry: SmsEntry = {
      messageId: cmd.messageId, correlationId: cmd.correlationId, to: cmd.to, text: cmd.text, toHash: numberHash(cmd.to),
      state: 'queued', attempts: 0, nextAt: now, deadline: now + lifetimeMs, gatewayIds: [], delivered: [], error: null, unreported: [], updatedAt: now,
    };
    this.data.entries.push(entry);
    this.save();
    return entry;
  }

  /** Changes an entry and writes the queue; a final state lets go of the number and text. */
  update(entry: SmsEntry, change: Partial<SmsEntry>, now: number): void {
    Object.assign(entry, change, { updatedAt: now });
    if (entry.state !== 'queued') {
      entry.to = null;
      entry.text = null;
    }
    this.save();
  }

  sentTo(hash: string): number[] {
    return this.data.sends[hash] ?? [];
  }

  recordSend(hash: string, at: number): void {
    this.data.sends[hash] = [...this.sentTo(hash).filter((t) => t > at - 86_400_000), at];
  }

  /** Drops what is no longer needed: finished messages after a week, send times after a day. */
  prune(now: number): void {
    this.data.entries = this.data.entries.filter((e) => e.state === 'queued' || e.unreported.length || now - e.updatedAt < KEEP_FINISHED_MS);
    for (const [h, times] of Object.entries(this.data.sends)) {
      const recent = times.filter((t) => t > now - 86_400_000);
      if (recent.length) this.data.sends[h] = recent;
      else delete this.data.sends[h];
    }
    this.save();
  }

  save(): void {
    if (!this.file) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.tmp`;
    const fd = fs.openSync(tmp, 'w', 0o600);
    try {
      fs.writeSync(fd, JSON.stringify(this.data));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.file);
  }
}
