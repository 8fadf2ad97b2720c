/** Every time zone in use today is offset from UTC by a whole number of quarter hours. */
const QUARTER_MS = 15 * 60 * 1000;

/**
 * The hour of the hall's local day (0–23) a moment falls in. Intl is slow for hundreds of thousands of calls,
 * so the answer is cached per UTC quarter hour, inside which no time zone changes its hour.
 */
export function localHourFn(timeZone: string): (ms: number) => number {
  const fmt = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' });
  const cache = new Map<number, number>();
  return (ms) => {
    const quarter = Math.floor(ms / QUARTER_MS);
    let hour = cache.get(quarter);
    if (hour === undefined) {
      hour = Number(fmt.format(quarter * QUARTER_MS));
      cache.set(quarter, hour);
    }
    return hour;
  };
}

/** The service days from..to (YYYY-MM-DD, both included); calendar days, so no time zone enters. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); t <= end; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}
