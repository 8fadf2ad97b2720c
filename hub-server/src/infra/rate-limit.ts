/**
 * A sliding-window limit per key, in memory: at most `limit` hits in any `windowMs`. Limits guard against a
 * flood (an office script in a loop, codes asked for a stranger's phone again and again); after a restart
 * they start empty, which is acceptable for that. Keys are whatever the caller chooses: callers keep
 * personal data out of them (see `keyed`).
 */
export class RateLimit {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a hit and says whether it is allowed; a refused hit is not counted. */
  take(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const verdict = this.check(key);
    if (verdict.ok) {
      const t = this.now();
      this.hits.set(key, [...this.recent(key, t), t]);
    }
    return verdict;
  }

  /** Whether a hit would be allowed now, without counting one (to check several limits before taking any). */
  check(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const t = this.now();
    const recent = this.recent(key, t);
    return recent.length >= this.limit ? { ok: false, retryAfterMs: recent[0]! + this.windowMs - t } : { ok: true };
  }

  /** Hits inside the window now, without counting one. */
  count(key: string): number {
    return this.recent(key, this.now()).length;
  }

  /** Drops keys with nothing inside the window, so the map does not grow with every key ever seen. */
  prune(): void {
    const t = this.now();
    for (const key of [...this.hits.keys()]) if (!this.recent(key, t).length) this.hits.delete(key);
  }

  private recent(key: string, t: number): number[] {
    const list = this.hits.get(key) ?? [];
    const from = t - this.windowMs;
    let i = 0;
    while (i < list.length && list[i]! <= from) i++;
    const kept = i ? list.slice(i) : list;
    if (!kept.length) this.hits.delete(key);
    else if (i) this.hits.set(key, kept);
    return kept;
  }
}
