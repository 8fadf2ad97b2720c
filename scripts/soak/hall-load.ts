import { percentile } from '../bench/table.ts';

/** What one simulated hour of the hall did, as the soak table prints it. */
export interface HourRow {
  hour: number;
  /** The hall's local time at the end of the hour. */
  clock: string;
  requests: number;
  refused: number;
  errors: number;
  p50: number;
  p95: number;
  heapMb: number;
  rssMb: number;
  printed: number;
}

/** Counts every request of the load, with its latency, until the hour is taken. */
export class Tally {
  requests = 0;
  refused = 0;
  errors = 0;
  latencies: number[] = [];
  /** The first few errors, for the report. */
  samples: string[] = [];

  constructor(private readonly baseUrl: string) {}

  /** One HTTP request on loopback; a 4xx is a refusal (a closed service, a full day), a 5xx or no answer an error. */
  async call(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response | null> {
    const started = performance.now();
    this.requests++;
    try {
      const res = await fetch(`${this.baseUrl}${url}`, {
        method, headers: { ...headers, ...(body !== undefined && { 'content-type': 'application/json' }) },
        ...(body !== undefined && { body: JSON.stringify(body) }), signal: AbortSignal.timeout(10_000),
      });
      const text = await res.text();
      this.latencies.push(performance.now() - started);
      if (res.status >= 500) this.error(`${method} ${url}: ${res.status} ${text.slice(0, 200)}`);
      else if (res.status >= 400) this.refused++;
      return new Response(text, { status: res.status, headers: res.headers });
    } catch (err) {
      this.error(`${method} ${url}: ${(err as Error).message}`);
      return null;
    }
  }

  error(what: string): void {
    this.errors++;
    if (this.samples.length < 10) this.samples.push(what);
  }

  /** The hour's figures, and a fresh start for the next one. */
  take(): Pick<HourRow, 'requests' | 'refused' | 'errors' | 'p50' | 'p95'> {
    const row = { requests: this.requests, refused: this.refused, errors: this.errors, p50: percentile(this.latencies, 50), p95: percentile(this.latencies, 95) };
    this.requests = 0;
    this.refused = 0;
    this.errors = 0;
    this.latencies = [];
    return row;
  }
}

export function renderHours(rows: HourRow[]): string {
  const head = ['sim h', 'hall time', 'requests', 'refused', 'errors', 'p50 ms', 'p95 ms', 'heap MB', 'rss MB', 'slips'];
  const body = rows.map((r) => [
    String(r.hour), r.clock, String(r.requests), String(r.refused), String(r.errors), r.p50.toFixed(1), r.p95.toFixed(1),
    r.heapMb.toFixed(1), r.rssMb.toFixed(1), String(r.printed),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
