/** One measured figure, as every area's bench module returns it. */
export interface BenchRow {
  area: string;
  name: string;
  value: number;
  unit: string;
  /** The target, as text ("≤ 250 ms"). */
  target?: string;
  /** Whether the value meets the target, when there is one. */
  ok?: boolean;
  note?: string;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

/** A plain-text table, one row per figure, wide enough for Chinese-free labels. */
export function renderTable(rows: BenchRow[]): string {
  const head = ['area', 'metric', 'value', 'unit', 'target', 'met', 'note'];
  const body = rows.map((r) => [r.area, r.name, fmt(r.value), r.unit, r.target ?? '', r.ok === undefined ? '' : r.ok ? 'yes' : 'NO', r.note ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}

/**
 * The hub settings every bench runs with: the whole simulated hall (kiosks, 200 screens, counters) calls from
 * one loopback address, which the per-client request limit (RATE_LIMIT_PER_MINUTE) would throttle as one client.
 */
export const BENCH_ENV: Record<string, string> = { RATE_LIMIT_PER_MINUTE: '0' };
