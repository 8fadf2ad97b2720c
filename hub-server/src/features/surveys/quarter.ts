/** The quarter a day is in, e.g. 2026-11-26 → 2026-Q4. */
export function quarterOf(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** The survey asks about the quarter after today's: 2026-11-26 → 2027-Q1. */
export function nextQuarter(day: string): string {
  const [y, q] = quarterOf(day).split('-Q').map(Number) as [number, number];
  return q === 4 ? `${y + 1}-Q1` : `${y}-Q${q + 1}`;
}
