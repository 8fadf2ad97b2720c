import { EventEmitter } from 'node:events';
import type { CardRead } from '../../contract/index.ts';

/** A read is for the person standing at the kiosk now; a minute later it belongs to nobody. */
export const READ_TTL_MS = 60_000;
/** Long enough to answer the registration questions after an unregistered card was read. */
export const REGISTRATION_TTL_MS = 5 * 60_000;

interface Held {
  read: CardRead;
  reader: string;
  expires: number;
  /** Handed to a kiosk already; a read is used once. */
  taken: boolean;
}

/**
 * Card reads held in memory only, never written to disk: each waits for its kiosk to collect it, then for
 * the registration it may start, and is forgotten when either is done or its time is up.
 */
export class PendingReads extends EventEmitter<{ read: [string] }> {
  private readonly held = new Map<string, Held>();

  constructor(private readonly now: () => number) {
    super();
    this.setMaxListeners(0); // one per waiting kiosk request
  }

  add(reader: string, read: CardRead): void {
    this.sweep();
    // A reader holds one card at a time: a new read replaces what the last person left.
    for (const [id, h] of this.held) if (h.reader === reader && !h.taken) this.held.delete(id);
    this.held.set(read.readId, { read, reader, expires: this.now() + READ_TTL_MS, taken: false });
    this.emit('read', reader);
  }

  /** The newest untaken read of a reader, marked taken; it stays available for registration for a while. */
  take(reader: string): CardRead | null {
    this.sweep();
    for (const h of this.held.values()) {
      if (h.reader === reader && !h.taken) {
        h.taken = true;
        h.expires = this.now() + REGISTRATION_TTL_MS;
        return h.read;
      }
    }
    return null;
  }

  /** A taken read, for registering its card holder; consumed by the call. */
  claim(readId: string): CardRead | null {
    this.sweep();
    const h = this.held.get(readId);
    if (!h || !h.taken) return null;
    this.held.delete(readId);
    return h.read;
  }

  forget(readId: string): void {
    this.held.delete(readId);
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, h] of this.held) if (h.expires <= now) this.held.delete(id);
  }
}
