/**
 * When the SMS agent sends: retries after a failure that may pass (the gateway or the network away), and
 * per-number limits so a fault upstream can never flood someone's phone. Pure: times are ms on the agent's
 * own clock.
 */

/** 5 s, 15 s, 1 min, 5 min, then every 10 min for as long as the message is worth sending. */
export function retryDelay(attempts: number): number {
  return [5_000, 15_000, 60_000, 300_000][attempts - 1] ?? 600_000;
}

export interface RateLimits {
  /** Messages to one number within 10 minutes. */
  per10min: number;
  /** …and within 24 hours. */
  perDay: number;
}

/** A safety net under the hub's own policies (subscriptions send at most 3 alerts a day): a loop upstream floods nobody. */
export const DEFAULT_LIMITS: RateLimits = { per10min: 6, perDay: 20 };

/** Whether a number may get a message now, given when it got its last ones; if not, from when it may. */
export function rateCheck(sentAt: readonly number[], now: number, limits: RateLimits): { ok: true } | { ok: false; notBefore: number } {
  const windows: Array<[number, number]> = [[600_000, limits.per10min], [86_400_000, limits.perDay]];
  let notBefore = 0;
  for (const [span, max] of windows) {
    const inside = sentAt.filter((t) => t > now - span).sort((a, b) => a - b);
    // Over the limit: wait until the oldest send that counts falls out of the window.
    if (inside.length >= max) notBefore = Math.max(notBefore, inside[inside.length - max]! + span);
  }
  return notBefore > now ? { ok: false, notBefore } : { ok: true };
}
