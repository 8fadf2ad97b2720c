import crypto from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { HttpError } from './errors.ts';

/** How many failures within a window lock a key, and for how long. */
export interface ThrottleLimits {
  failures: number;
  windowMs: number;
  lockMs: number;
}

/** Keys a throttle holds at most: past this the oldest are forgotten, so random names cannot fill memory. */
const MAX_KEYS = 20_000;

/** Failures per key within a window, and a lock once there are too many. In memory: a restart forgets them. */
class FailureCounter {
  private readonly entries = new Map<string, { failures: number[]; lockedUntil: number }>();

  constructor(private readonly limits: ThrottleLimits) {}

  lockedFor(key: string, now: number): number {
    const e = this.entries.get(key);
    return e && e.lockedUntil > now ? e.lockedUntil - now : 0;
  }

  fail(key: string, now: number): void {
    const e = this.entries.get(key) ?? { failures: [], lockedUntil: 0 };
    e.failures = [...e.failures.filter((t) => now - t < this.limits.windowMs), now];
    if (e.failures.length >= this.limits.failures) {
      e.lockedUntil = now + this.limits.lockMs;
      e.failures = [];
    }
    // Re-inserted last, so the map's order is oldest activity first.
    this.entries.delete(key);
    this.entries.set(key, e);
    if (this.entries.size > MAX_KEYS) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(key: string): void {
    this.entries.delete(key);
  }
}

/**
 * Slows guessing at a sign-in form twice over. Per account: a few failures for one name, from any address,
 * lock that name for a while (a slow spread-out attack on one password). Per address: more failures from
 * one address, over any names, lock that address (one machine trying many names with common passwords).
 * While locked, attempts are refused before any password is checked. A success clears the account's count
 * only: an attacker who knows one password does not buy more guesses at others.
 */
export class LoginThrottle {
  private readonly accounts: FailureCounter;
  private readonly addresses: FailureCounter;

  constructor(
    account: ThrottleLimits = { failures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
    address: ThrottleLimits = { failures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  ) {
    this.accounts = new FailureCounter(account);
    this.addresses = new FailureCounter(address);
  }

  /** Milliseconds until this account and address may try again; 0 when they may now. */
  lockedFor(account: string, address: string, now: number): number {
    return Math.max(this.accounts.lockedFor(keyOf(account), now), this.addresses.lockedFor(address, now));
  }

  fail(account: string, address: string, now: number): void {
    this.accounts.fail(keyOf(account), now);
    this.addresses.fail(address, now);
  }

  succeed(account: string): void {
    this.accounts.clear(keyOf(account));
  }
}

/** Accounts may be ID numbers or credit codes: only a hash of them is kept, even in memory. */
function keyOf(account: string): string {
  return crypto.createHash('sha256').update(account).digest('base64url').slice(0, 22);
}

/** The refusal while locked: 429 with Retry-After in seconds, and a sentence for the kiosk in both languages. */
export function lockedOut(reply: FastifyReply, ms: number): HttpError {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  reply.header('retry-after', String(Math.ceil(ms / 1000)));
  return new HttpError(429, 'TOO_MANY_ATTEMPTS', `too many failed attempts; try again in ${minutes} minute(s)`, undefined, {
    zh: `尝试次数过多，请 ${minutes} 分钟后再试，或到窗口办理。`, en: `Too many attempts. Try again in ${minutes} minute(s), or ask at a window.`,
  });
}
