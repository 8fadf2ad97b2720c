import type { Bracket, FigureValue } from '@jobhall/hub-server/contract';

/** A value as staff read it: a number, a bracket table one band a line, or the end of the measure. */
export function showValue(v: FigureValue): string {
  if (v === null) return '（停止执行 · ended）';
  if (typeof v === 'number') return String(v);
  return v.map((b) => `${b.from}–${b.to ?? '∞'}: ${b.value}`).join('；');
}

/**
 * A bracket table typed as lines "from to value" ("10 - 24" for a band without end). Returns the table, or the
 * line that cannot be read; whether the bands fit together the hub checks (no overlap, no gap).
 */
export function readBrackets(text: string): Bracket[] | string {
  const bands: Bracket[] = [];
  for (const [i, line] of text.split('\n').map((l) => l.trim()).filter(Boolean).entries()) {
    const parts = line.split(/[\s,，]+/);
    const [from, to, value] = parts.map((p) => (p === '-' || p === '∞' ? null : Number(p)));
    if (parts.length !== 3 || from === null || from === undefined || value === null || value === undefined || [from, to, value].some((x) => x !== null && Number.isNaN(x))) {
      return `第 ${i + 1} 行应写成“起 止 值”· line ${i + 1} must read "from to value"`;
    }
    bands.push({ from, to: to ?? null, value });
  }
  return bands.length ? bands : '请至少写一档 · write at least one band';
}
