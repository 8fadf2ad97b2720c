import { escapeHtml } from '../publishing/html.ts';

/**
 * Bar charts as inline SVG, no library: black, grey and one blue, so an issue prints and photocopies well.
 * Labels are escaped (they are occupation and line names from content and data).
 */
export interface Bar {
  label: string;
  value: number;
}

const W = 640;

/** Horizontal bars, one row each, the value at the end: rankings such as the top occupations. */
export function horizontalBars(bars: Bar[], title: string, unit = ''): string {
  const row = 26;
  const labelW = 190;
  const h = bars.length * row + 10;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const items = bars.map((b, i) => {
    const w = Math.max(1, Math.round((b.value / max) * (W - labelW - 80)));
    const y = i * row + 4;
    return `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end" font-size="14">${escapeHtml(b.label)}</text>` +
      `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${row - 8}" fill="#0b5cad"/>` +
      `<text x="${labelW + w + 6}" y="${y + 16}" font-size="14">${b.value}${escapeHtml(unit)}</text>`;
  });
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${h}" role="img" aria-label="${escapeHtml(title)}">` +
    `<title>${escapeHtml(title)}</title>${items.join('')}</svg>`;
}

/** Vertical bars over time (weeks), with a baseline and the first and last labels: a trend. */
export function columnChart(bars: Bar[], title: string): string {
  const h = 180;
  const base = h - 30;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = bars.length ? (W - 40) / bars.length : 0;
  const cols = bars.map((b, i) => {
    const bh = Math.round((b.value / max) * (base - 20));
    const x = 20 + i * step;
    return `<rect x="${(x + step * 0.15).toFixed(1)}" y="${base - bh}" width="${(step * 0.7).toFixed(1)}" height="${bh}" fill="#0b5cad"/>` +
      `<text x="${(x + step / 2).toFixed(1)}" y="${base - bh - 4}" text-anchor="middle" font-size="12">${b.value}</text>` +
      `<text x="${(x + step / 2).toFixed(1)}" y="${base + 18}" text-anchor="middle" font-size="12">${escapeHtml(b.label)}</text>`;
  });
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${h}" role="img" aria-label="${escapeHtml(title)}">` +
    `<title>${escapeHtml(title)}</title><line x1="16" y1="${base}" x2="${W - 16}" y2="${base}" stroke="#000"/>${cols.join('')}</svg>`;
}
