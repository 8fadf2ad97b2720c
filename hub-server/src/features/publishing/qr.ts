import { encode } from 'uqr';
import { trusted, type SafeHtml } from './html.ts';

/**
 * A QR code as one SVG path (a module is one unit square), for posters and printed pages. Error correction M
 * survives a creased or sun-faded notice-board sheet; the quiet zone is the 4 modules the standard asks.
 */
export function qrSvg(data: string, label: string): SafeHtml {
  const { data: grid, size } = encode(data, { ecc: 'M', border: 4 });
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (grid[y]![x]) d += `M${x} ${y}h1v1h-1z`;
  }
  const esc = label.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return trusted(`<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${esc}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`);
}
